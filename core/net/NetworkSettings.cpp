#include "net/NetworkSettings.h"

#include <QSettings>

#include <algorithm>

namespace rutile::net {

namespace {
const QString kRate = QStringLiteral("network/requestsPerSecond");
const QString kBurst = QStringLiteral("network/burst");
const QString kConcurrency = QStringLiteral("network/concurrency");
const QString kTimeout = QStringLiteral("network/timeoutSeconds");
const QString kStooqKey = QStringLiteral("providers/stooqApiKey");
const QString kMirror = QStringLiteral("network/mirrorUrl");
const QString kLiveInterval = QStringLiteral("network/liveIntervalSeconds");
} // namespace

NetworkSettings NetworkSettings::load()
{
    QSettings settings;
    NetworkSettings s;
    s.requestsPerSecond = std::clamp(settings.value(kRate, s.requestsPerSecond).toDouble(), 0.0, 1000.0);
    s.burst = std::clamp(settings.value(kBurst, s.burst).toDouble(), 1.0, 1000.0);
    s.concurrency = std::clamp(settings.value(kConcurrency, s.concurrency).toInt(), 1, 64);
    s.timeoutSeconds = std::clamp(settings.value(kTimeout, s.timeoutSeconds).toInt(), 1, 600);
    s.stooqApiKey = settings.value(kStooqKey).toString();
    s.mirrorUrl = settings.value(kMirror).toString();
    s.liveIntervalSeconds = std::clamp(settings.value(kLiveInterval, s.liveIntervalSeconds).toInt(), 5, 3600);
    const QString fromEnvironment = qEnvironmentVariable("RUTILE_STOOQ_API_KEY");
    if (!fromEnvironment.isEmpty())
        s.stooqApiKey = fromEnvironment;
    return s;
}

void NetworkSettings::save() const
{
    QSettings settings;
    settings.setValue(kRate, requestsPerSecond);
    settings.setValue(kBurst, burst);
    settings.setValue(kConcurrency, concurrency);
    settings.setValue(kTimeout, timeoutSeconds);
    settings.setValue(kStooqKey, stooqApiKey);
    settings.setValue(kMirror, mirrorUrl);
    settings.setValue(kLiveInterval, liveIntervalSeconds);
}

HttpPolicy NetworkSettings::httpPolicy() const
{
    HttpPolicy policy;
    policy.transferTimeoutMs = timeoutSeconds * 1000;
    policy.totalTimeoutMs = std::max(policy.totalTimeoutMs, 4 * policy.transferTimeoutMs);
    return policy;
}

} // namespace rutile::net
