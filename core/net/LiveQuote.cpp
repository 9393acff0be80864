#include "net/LiveQuote.h"

#include "net/UrlPolicy.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace rutile::net {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::net::LiveQuote)
};
} // namespace

namespace {

/// `when` on New York's clock (UTC−5 when the system knows no time zones, as a last resort).
QDateTime newYorkTime(const QDateTime &when)
{
    static const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
    return newYork.isValid() ? when.toTimeZone(newYork) : when.toUTC().addSecs(-5 * 3600);
}

} // namespace

QDate usEquitySessionDate(const QDateTime &when)
{
    return newYorkTime(when).date();
}

bool usEquitySessionOpen(const QDateTime &when)
{
    const QDateTime local = newYorkTime(when);
    if (local.date().dayOfWeek() > 5)
        return false;
    const QTime t = local.time();
    return t >= QTime(9, 30) && t < QTime(16, 0);
}

Result<Bar> fetchLatestBar(HttpClient &client, Provider provider, const QString &remoteSymbol, const QUrl &baseUrl,
                           const QString &apiKey, const TaskControl &control)
{
    HistoryQuery query{provider, remoteSymbol, QDate::currentDate().addDays(-7), {}, apiKey};
    const auto url = historyUrl(query);
    if (!url)
        return url.error();
    auto response = client.get(rebase(*url, baseUrl), control);
    if (!response) {
        Error e = response.error();
        e.message = Text::tr("%1: %2: %3").arg(remoteSymbol, providerTitle(provider), e.message);
        return e;
    }
    const auto history = parseProviderResponse(provider, response->body, remoteSymbol);
    if (!history)
        return history.error();
    const BarSeries &bars = history->bars.series;
    return bars.bar(bars.size() - 1); // a parsed history has at least one bar
}

} // namespace rutile::net
