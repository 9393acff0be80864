#include "net/YahooChart.h"
#include "util/MessageText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::net {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::net::YahooChart)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr qint64 kSecondsPerDay = 86400;

Error failure(const QString &symbol, const QString &message)
{
    return Error::invalidInput(Text::tr("%1: Yahoo: %2").arg(symbol, message));
}

/// Seconds since the epoch Yahoo can mean: years 1 to about 5000 (a number outside would
/// overflow the conversion to an integer).
constexpr double kMaxStampSeconds = 1e11;

/// The trading date of a bar stamped `stamp` (seconds after the epoch), `gmtOffset` seconds
/// east of UTC; an invalid date when `stamp` is not such a number.
QDate tradingDate(const QJsonValue &stamp, int gmtOffset)
{
    if (!stamp.isDouble() || !(std::abs(stamp.toDouble()) <= kMaxStampSeconds))
        return {};
    const qint64 local = qint64(stamp.toDouble()) + gmtOffset;
    const qint64 day = local >= 0 ? local / kSecondsPerDay : -((-local + kSecondsPerDay - 1) / kSecondsPerDay);
    return toDate(DayNumber(day));
}

/// Element `i` of a JSON array of numbers; NaN for null, a missing element or another type.
double number(const QJsonArray &values, qsizetype i)
{
    const QJsonValue v = values.at(i);
    return v.isDouble() ? v.toDouble() : kNaN;
}

/// A page a person would read: Yahoo's "Will be right back", a consent or login page.
bool looksLikeWebPage(QByteArrayView body)
{
    const QByteArrayView head = body.trimmed().first(std::min<qsizetype>(body.trimmed().size(), 512));
    return head.startsWith("<") || QByteArray(head.data(), head.size()).toLower().contains("<html");
}

QString pageTitle(QByteArrayView body)
{
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = title.match(QString::fromUtf8(body.first(std::min<qsizetype>(body.size(), 64 * 1024))));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}

} // namespace

Result<YahooHistory> parseYahooChart(QByteArrayView body, const QString &symbol)
{
    if (body.trimmed().isEmpty())
        return failure(symbol, Text::tr("the response is empty"));
    if (looksLikeWebPage(body)) {
        const QString title = pageTitle(body);
        return failure(symbol, title.isEmpty()
                ? Text::tr("a web page came back instead of data")
                : Text::tr("a web page (\"%1\") came back instead of data").arg(escapeControlCharacters(title)));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(body.data(), body.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(symbol, Text::tr("not JSON at byte %1 (%2); the response may be cut off")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    const QJsonObject chart = doc.object().value(QStringLiteral("chart")).toObject();
    if (chart.isEmpty())
        return failure(symbol, Text::tr("no 'chart' object in the response"));
    const QJsonValue error = chart.value(QStringLiteral("error"));
    if (error.isObject()) {
        // Text from the server: control characters escaped, so the message stays one line.
        const QJsonObject e = error.toObject();
        return failure(symbol, Text::tr("%1 (%2)").arg(escapeControlCharacters(e.value(QStringLiteral("description")).toString()),
                                   escapeControlCharacters(e.value(QStringLiteral("code")).toString())));
    }
    const QJsonArray results = chart.value(QStringLiteral("result")).toArray();
    if (results.isEmpty() || !results.first().isObject())
        return failure(symbol, Text::tr("no result in the response"));
    const QJsonObject result = results.first().toObject();

    YahooHistory out;
    const QJsonObject meta = result.value(QStringLiteral("meta")).toObject();
    // At most a day either way; anything else is not an offset.
    out.gmtOffset = std::clamp(meta.value(QStringLiteral("gmtoffset")).toInt(), -int(kSecondsPerDay), int(kSecondsPerDay));
    out.timezone = meta.value(QStringLiteral("exchangeTimezoneName")).toString();

    const QJsonArray stamps = result.value(QStringLiteral("timestamp")).toArray();
    const QJsonObject indicators = result.value(QStringLiteral("indicators")).toObject();
    const QJsonObject quote = indicators.value(QStringLiteral("quote")).toArray().first().toObject();
    const QJsonArray open = quote.value(QStringLiteral("open")).toArray();
    const QJsonArray high = quote.value(QStringLiteral("high")).toArray();
    const QJsonArray low = quote.value(QStringLiteral("low")).toArray();
    const QJsonArray close = quote.value(QStringLiteral("close")).toArray();
    const QJsonArray volume = quote.value(QStringLiteral("volume")).toArray();
    const QJsonArray adjclose = indicators.value(QStringLiteral("adjclose"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("adjclose"))
                                    .toArray();
    if (stamps.isEmpty())
        return failure(symbol, Text::tr("no bars in the requested range"));

    std::vector<Bar> bars;
    for (qsizetype i = 0; i < stamps.size(); ++i) {
        RowIssue issue;
        issue.line = i + 1;
        const QDate date = tradingDate(stamps.at(i), out.gmtOffset);
        if (!date.isValid()) {
            issue.reason = Text::tr("row %1: no usable timestamp").arg(i + 1);
            out.bars.skipped.push_back(issue);
            continue;
        }
        Bar bar;
        bar.day = toDayNumber(date);
        bar.open = number(open, i);
        bar.high = number(high, i);
        bar.low = number(low, i);
        bar.close = number(close, i);
        const double adjusted = number(adjclose, i);
        bar.adjClose = std::isfinite(adjusted) ? adjusted : bar.close;
        const double v = number(volume, i);
        bar.volume = std::isfinite(v) ? v : 0; // indices report no volume
        if (!std::isfinite(bar.open) || !std::isfinite(bar.high) || !std::isfinite(bar.low) || !std::isfinite(bar.close)) {
            issue.reason = Text::tr("%1: no price (null in the response)").arg(date.toString(Qt::ISODate));
            out.bars.skipped.push_back(issue);
            continue;
        }
        if (const auto problem = validateBar(bar)) {
            issue.reason = date.toString(Qt::ISODate) + QStringLiteral(": ") + problem->reason;
            out.bars.skipped.push_back(issue);
            continue;
        }
        bars.push_back(bar);
    }
    out.bars.rowsRead = stamps.size();
    // Ascending, one bar per date (Yahoo repeats today's bar during the session): the later wins.
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.day < b.day; });
    for (std::size_t i = 0; i < bars.size(); ++i) {
        if (i + 1 < bars.size() && bars[i + 1].day == bars[i].day) {
            ++out.bars.duplicatesDropped;
            continue;
        }
        out.bars.series.append(bars[i]);
    }
    out.bars.series.symbol = symbol;

    const QJsonObject events = result.value(QStringLiteral("events")).toObject();
    for (const QJsonValue &d : events.value(QStringLiteral("dividends")).toObject()) {
        const QJsonObject o = d.toObject();
        const QDate date = tradingDate(o.value(QStringLiteral("date")), out.gmtOffset);
        if (date.isValid())
            out.actions.dividends.push_back({date, o.value(QStringLiteral("amount")).toDouble()});
    }
    for (const QJsonValue &s : events.value(QStringLiteral("splits")).toObject()) {
        const QJsonObject o = s.toObject();
        const QDate date = tradingDate(o.value(QStringLiteral("date")), out.gmtOffset);
        if (date.isValid())
            out.actions.splits.push_back(
                {date, o.value(QStringLiteral("numerator")).toDouble(1), o.value(QStringLiteral("denominator")).toDouble(1)});
    }
    const auto byDate = [](const auto &a, const auto &b) { return a.date < b.date; };
    std::sort(out.actions.dividends.begin(), out.actions.dividends.end(), byDate);
    std::sort(out.actions.splits.begin(), out.actions.splits.end(), byDate);
    if (out.bars.series.empty())
        return failure(symbol, Text::tr("no usable bar among %1 rows").arg(stamps.size()));
    return out;
}

} // namespace rutile::net
