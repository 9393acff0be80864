#include "net/YahooChart.h"
#include "util/MessageText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <simdjson.h>

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

using simdjson::dom::element;
/// A value or the error that stopped its lookup: lookups chain through it, so a missing key
/// or a wrong type anywhere on the path just gives an error at the end (no crash, no check
/// at every step).
using Value = simdjson::simdjson_result<element>;

/// A JSON number as a double; NaN for null, a string, a missing value or anything else.
double number(const Value &value)
{
    element e;
    if (value.get(e))
        return kNaN;
    switch (e.type()) {
    case simdjson::dom::element_type::DOUBLE:
        return double(e);
    case simdjson::dom::element_type::INT64:
        return double(int64_t(e));
    case simdjson::dom::element_type::UINT64:
        return double(uint64_t(e));
    default:
        return kNaN;
    }
}

/// The member `key` of `value` (an error when `value` is not an object holding it).
Value member(const Value &value, std::string_view key)
{
    return value.is_object() ? value[key] : Value(simdjson::INCORRECT_TYPE);
}

/// The first element of `value` (an error when `value` is not a non-empty array).
Value first(const Value &value)
{
    return value.is_array() ? value.at(0) : Value(simdjson::INCORRECT_TYPE);
}

/// The numbers of a JSON array, in order (read once: indexing a simdjson array is linear).
std::vector<double> numbers(const Value &value)
{
    std::vector<double> out;
    simdjson::dom::array array;
    if (value.get(array))
        return out;
    out.reserve(array.size());
    for (element v : array)
        out.push_back(number(Value(element(v))));
    return out;
}

QString text(const Value &value)
{
    std::string_view view;
    if (value.get(view))
        return {};
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

/// The trading date of a bar stamped `stamp` (seconds after the epoch), `gmtOffset` seconds
/// east of UTC; an invalid date when `stamp` is not such a number.
QDate tradingDate(double stamp, int gmtOffset)
{
    if (!(std::abs(stamp) <= kMaxStampSeconds))
        return {};
    const qint64 local = qint64(stamp) + gmtOffset;
    const qint64 day = local >= 0 ? local / kSecondsPerDay : -((-local + kSecondsPerDay - 1) / kSecondsPerDay);
    return toDate(DayNumber(day));
}

double at(const std::vector<double> &values, std::size_t i)
{
    return i < values.size() ? values[i] : kNaN;
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
    // One parser per thread, reused: it keeps its buffers between responses.
    thread_local simdjson::dom::parser parser;
    const Value doc = parser.parse(body.data(), std::size_t(body.size()));
    if (doc.error())
        return failure(symbol, Text::tr("not valid JSON (%1); the response may be cut off")
                                   .arg(QString::fromLatin1(simdjson::error_message(doc.error()))));
    const Value chart = member(doc, "chart");
    if (!chart.is_object())
        return failure(symbol, Text::tr("no 'chart' object in the response"));
    const Value error = member(chart, "error");
    if (error.is_object()) {
        // Text from the server: control characters escaped, so the message stays one line.
        return failure(symbol, Text::tr("%1 (%2)").arg(escapeControlCharacters(text(member(error, "description"))),
                                   escapeControlCharacters(text(member(error, "code")))));
    }
    const Value result = first(member(chart, "result"));
    if (!result.is_object())
        return failure(symbol, Text::tr("no result in the response"));

    YahooHistory out;
    const Value meta = member(result, "meta");
    // At most a day either way; anything else is not an offset.
    const double offset = number(member(meta, "gmtoffset"));
    out.gmtOffset = std::isfinite(offset) ? int(std::clamp(offset, -double(kSecondsPerDay), double(kSecondsPerDay))) : 0;
    out.timezone = text(member(meta, "exchangeTimezoneName"));

    const std::vector<double> stamps = numbers(member(result, "timestamp"));
    const Value indicators = member(result, "indicators");
    const Value quote = first(member(indicators, "quote"));
    const std::vector<double> open = numbers(member(quote, "open"));
    const std::vector<double> high = numbers(member(quote, "high"));
    const std::vector<double> low = numbers(member(quote, "low"));
    const std::vector<double> close = numbers(member(quote, "close"));
    const std::vector<double> volume = numbers(member(quote, "volume"));
    const std::vector<double> adjclose = numbers(member(first(member(indicators, "adjclose")), "adjclose"));
    if (stamps.empty())
        return failure(symbol, Text::tr("no bars in the requested range"));

    std::vector<Bar> bars;
    bars.reserve(stamps.size());
    for (std::size_t i = 0; i < stamps.size(); ++i) {
        RowIssue issue;
        issue.line = qint64(i) + 1;
        const QDate date = tradingDate(stamps[i], out.gmtOffset);
        if (!date.isValid()) {
            issue.reason = Text::tr("row %1: no usable timestamp").arg(i + 1);
            out.bars.skipped.push_back(issue);
            continue;
        }
        Bar bar;
        bar.day = toDayNumber(date);
        bar.open = at(open, i);
        bar.high = at(high, i);
        bar.low = at(low, i);
        bar.close = at(close, i);
        const double adjusted = at(adjclose, i);
        bar.adjClose = std::isfinite(adjusted) ? adjusted : bar.close;
        const double v = at(volume, i);
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
    out.bars.rowsRead = qint64(stamps.size());
    // Ascending, one bar per date (Yahoo repeats today's bar during the session): the later wins.
    std::stable_sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.day < b.day; });
    out.bars.series.reserve(bars.size());
    for (std::size_t i = 0; i < bars.size(); ++i) {
        if (i + 1 < bars.size() && bars[i + 1].day == bars[i].day) {
            ++out.bars.duplicatesDropped;
            continue;
        }
        out.bars.series.append(bars[i]);
    }
    out.bars.series.symbol = symbol;

    const Value events = member(result, "events");
    simdjson::dom::object dividends, splits;
    if (!member(events, "dividends").get(dividends)) {
        for (auto field : dividends) {
            const Value event{element(field.value)};
            const QDate date = tradingDate(number(member(event, "date")), out.gmtOffset);
            const double amount = number(member(event, "amount"));
            if (date.isValid())
                out.actions.dividends.push_back({date, std::isfinite(amount) ? amount : 0});
        }
    }
    if (!member(events, "splits").get(splits)) {
        for (auto field : splits) {
            const Value event{element(field.value)};
            const QDate date = tradingDate(number(member(event, "date")), out.gmtOffset);
            const double numerator = number(member(event, "numerator"));
            const double denominator = number(member(event, "denominator"));
            if (date.isValid())
                out.actions.splits.push_back(
                    {date, std::isfinite(numerator) ? numerator : 1, std::isfinite(denominator) ? denominator : 1});
        }
    }
    const auto byDate = [](const auto &a, const auto &b) { return a.date < b.date; };
    std::sort(out.actions.dividends.begin(), out.actions.dividends.end(), byDate);
    std::sort(out.actions.splits.begin(), out.actions.splits.end(), byDate);
    if (out.bars.series.empty())
        return failure(symbol, Text::tr("no usable bar among %1 rows").arg(stamps.size()));
    return out;
}

} // namespace rutile::net
