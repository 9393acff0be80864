#include "net/LiveQuote.h"

#include "net/HistoryFetch.h"

#include <QTimeZone>

namespace rutile::net {

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
    const auto fetched =
        fetchHistory(client, HistoryQuery{provider, remoteSymbol, QDate::currentDate().addDays(-7), {}, apiKey}, baseUrl,
                     control);
    if (!fetched)
        return fetched.error();
    const BarSeries &bars = fetched->history.bars.series;
    return bars.bar(bars.size() - 1); // a parsed history has at least one bar
}

} // namespace rutile::net
