#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace rutile::net {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::net::UrlPolicy)
};

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isSecret(const QString &key)
{
    const QString k = key.toLower();
    return k == QLatin1String("apikey") || k == QLatin1String("api_key") || k == QLatin1String("token")
        || k == QLatin1String("key");
}

} // namespace

Status allowUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalidArgument(Text::tr("'%1' is not a usable web address").arg(redactedUrl(url)));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && isLoopback(url.host()))
        return {};
    if (scheme == QLatin1String("http"))
        return Error::invalidArgument(
            Text::tr("refusing plain http to %1: use https (http is allowed only to this machine)").arg(url.host()));
    return Error::invalidArgument(Text::tr("refusing '%1': only https addresses are fetched").arg(redactedUrl(url)));
}

Status allowRedirect(const QUrl &from, const QUrl &target)
{
    if (Status allowed = allowUrl(target); !allowed)
        return allowed;
    if (isLoopback(target.host()) && !isLoopback(from.host()))
        return Error::invalidArgument(Text::tr("refusing a redirect from %1 to this machine (%2)").arg(from.host(), target.host()));
    return {};
}

QUrl rebase(const QUrl &endpoint, const QUrl &base)
{
    if (base.isEmpty())
        return endpoint;
    QUrl out = endpoint;
    out.setScheme(base.scheme());
    out.setHost(base.host());
    out.setPort(base.port());
    QString prefix = base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    out.setPath(prefix + endpoint.path());
    return out;
}

QString redactedUrl(const QUrl &url)
{
    QUrl shown = url;
    QUrlQuery query(url);
    bool changed = false;
    for (const auto &[key, value] : query.queryItems()) {
        if (isSecret(key)) {
            query.removeAllQueryItems(key);
            query.addQueryItem(key, QStringLiteral("..."));
            changed = true;
        }
    }
    if (changed)
        shown.setQuery(query);
    shown.setUserInfo({});
    return shown.toString();
}

} // namespace rutile::net
