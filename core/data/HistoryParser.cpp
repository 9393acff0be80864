#include "data/HistoryParser.h"

#include "data/DatePattern.h"
#include "data/TextLines.h"
#include "util/MessageText.h"

#include <QCoreApplication>

#include <fast_float/fast_float.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::HistoryParser)
};

constexpr qint64 kProgressEveryRows = 1 << 16;

QString quoted(const char *b, const char *e)
{
    return quoteFileText(QByteArrayView(b, e - b));
}

// End of the field that starts at `f`: the delimiter after it, or `lineEnd`. A field that
// starts with a double quote runs to its closing quote ("" inside is a quote), so the
// delimiter may appear inside it. Reads only [f, lineEnd).
const char *fieldEnd(const char *f, const char *lineEnd, char delimiter)
{
    const char *from = f;
    if (f < lineEnd && *f == '"') {
        const char *q = f + 1;
        while (q < lineEnd && !(*q == '"' && (q + 1 == lineEnd || q[1] != '"')))
            q += (*q == '"') ? 2 : 1;
        from = q;
    }
    if (from == lineEnd)
        return lineEnd;
    const auto *d = static_cast<const char *>(std::memchr(from, delimiter, static_cast<size_t>(lineEnd - from)));
    return d ? d : lineEnd;
}

// Number of fields on a line, quotes respected as fieldEnd() does.
int fieldCount(QByteArrayView line, char delimiter)
{
    const char *const lineEnd = line.data() + line.size();
    int count = 1;
    for (const char *f = line.data();; ++count) {
        const char *const e = fieldEnd(f, lineEnd, delimiter);
        if (e == lineEnd)
            return count;
        f = e + 1;
    }
}

void trim(const char *&b, const char *&e)
{
    while (b < e && (*b == ' ' || *b == '\t'))
        ++b;
    while (e > b && (e[-1] == ' ' || e[-1] == '\t'))
        --e;
    if (e - b >= 2 && *b == '"' && e[-1] == '"') {
        ++b;
        --e;
    }
}

bool isMissing(const char *b, const char *e)
{
    const auto is = [&](const char *word) {
        const auto n = static_cast<qsizetype>(std::strlen(word));
        return e - b == n && qstrnicmp(b, word, static_cast<size_t>(n)) == 0;
    };
    return b == e || is("null") || is("nan") || is("n/a") || is("-") || is("."); // "." is FRED's
}

// Where each CSV column goes: the BarField index, or -1 for columns Rutile ignores.
std::vector<int> fieldsByColumn(const CsvLayout &layout, int &columnsNeeded)
{
    columnsNeeded = 0;
    for (int c : layout.column)
        columnsNeeded = std::max(columnsNeeded, c + 1);
    std::vector<int> byColumn(static_cast<std::size_t>(columnsNeeded), -1);
    for (int f = 0; f < kBarFieldCount; ++f) {
        if (layout.column[f] >= 0)
            byColumn[static_cast<std::size_t>(layout.column[f])] = f;
    }
    return byColumn;
}

// Sorts rows by date (stable) and keeps the last row of each date, as the user's file
// order says which of two rows for one day is the correction.
void sortAndDeduplicate(ParsedHistory &out, std::vector<qint64> &lines)
{
    BarSeries &s = out.series;
    const std::size_t n = s.size();
    const auto firstUnsorted = std::adjacent_find(s.day.begin(), s.day.end(), std::greater<>());
    const bool sorted = firstUnsorted == s.day.end();
    const bool hasDuplicates =
        std::adjacent_find(s.day.begin(), s.day.end(), std::greater_equal<>()) != s.day.end();
    if (sorted && !hasDuplicates)
        return;

    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (!sorted) {
        const auto at = static_cast<std::size_t>(firstUnsorted - s.day.begin()) + 1;
        out.warnings.push_back({ParseWarning::Kind::Unsorted, lines[at],
                                Text::tr("rows are not in date order (line %1 goes back to %2); they were sorted")
                                    .arg(lines[at])
                                    .arg(s.date(at).toString(Qt::ISODate))});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return s.day[a] < s.day[b]; });
    }

    BarSeries kept;
    kept.symbol = s.symbol;
    kept.reserve(n);
    std::vector<qint64> keptLines;
    keptLines.reserve(n);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = order[k];
        if (k + 1 < n && s.day[order[k + 1]] == s.day[i]) {
            const std::size_t later = order[k + 1];
            out.warnings.push_back({ParseWarning::Kind::DuplicateDate, lines[i],
                                    Text::tr("%1 appears again on line %2; line %3 was dropped")
                                        .arg(s.date(i).toString(Qt::ISODate))
                                        .arg(lines[later])
                                        .arg(lines[i])});
            ++out.duplicatesDropped;
            continue;
        }
        kept.append(s.bar(i));
        keptLines.push_back(lines[i]);
    }
    s = std::move(kept);
    lines = std::move(keptLines);
}

} // namespace

std::optional<BarProblem> validateBar(const Bar &bar)
{
    const std::pair<BarField, double> prices[] = {{BarField::Open, bar.open},
                                                  {BarField::High, bar.high},
                                                  {BarField::Low, bar.low},
                                                  {BarField::Close, bar.close},
                                                  {BarField::AdjClose, bar.adjClose}};
    for (const auto &[field, value] : prices) {
        if (!std::isfinite(value) || value <= 0)
            return BarProblem{field, Text::tr("%1 must be a positive price, found %2").arg(barFieldName(field)).arg(value)};
    }
    if (bar.high < std::max(bar.open, bar.close))
        return BarProblem{BarField::High, Text::tr("high %1 is below max(open %2, close %3)")
                                              .arg(bar.high)
                                              .arg(bar.open)
                                              .arg(bar.close)};
    if (bar.low > std::min(bar.open, bar.close))
        return BarProblem{BarField::Low, Text::tr("low %1 is above min(open %2, close %3)")
                                             .arg(bar.low)
                                             .arg(bar.open)
                                             .arg(bar.close)};
    if (!std::isfinite(bar.volume) || bar.volume < 0)
        return BarProblem{BarField::Volume, Text::tr("volume must be 0 or more, found %1").arg(bar.volume)};
    return std::nullopt;
}

namespace {

/// The one rule for a value series: a finite number.
std::optional<BarProblem> validateValue(const Bar &bar)
{
    if (!std::isfinite(bar.close))
        return BarProblem{BarField::Close, Text::tr("expected a finite number, found %1").arg(bar.close)};
    return std::nullopt;
}

} // namespace

Result<ParsedHistory> parseHistory(QByteArrayView data, const CsvLayout &layout, const ParseOptions &options,
                                   const TaskControl &control)
{
    if (const Status valid = layout.validate(); !valid)
        return valid.error();
    const auto datePattern = DatePattern::compile(layout.dateFormat);

    int columnsNeeded = 0;
    const std::vector<int> fieldOf = fieldsByColumn(layout, columnsNeeded);
    const bool hasOpen = layout.columnOf(BarField::Open) >= 0;
    const bool hasHigh = layout.columnOf(BarField::High) >= 0;
    const bool hasLow = layout.columnOf(BarField::Low) >= 0;
    const bool hasAdj = layout.columnOf(BarField::AdjClose) >= 0;
    const fast_float::parse_options numberFormat(fast_float::chars_format::general, layout.decimalSeparator);

    const char *const begin = data.data();
    const char *const end = begin + data.size();
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);

    ParsedHistory out;
    // A reservation only: LF and CR LF files count their rows by LF, CR files by CR.
    qsizetype lineBreaks = std::count(data.begin(), data.end(), '\n');
    if (lineBreaks == 0)
        lineBreaks = std::count(data.begin(), data.end(), '\r');
    const auto expectedRows = static_cast<std::size_t>(lineBreaks + 1);
    out.series.reserve(expectedRows);
    std::vector<qint64> lines;
    lines.reserve(expectedRows);

    TextLines text(data);
    qint64 line = 0;
    // Every row must have as many fields as the header names (or, without a header, as the
    // first row has): a row with more is shifted, e.g. by an unquoted decimal comma, and
    // would store its numbers under the wrong fields.
    int expectedFields = -1;
    for (int h = 0; h < layout.headerLines && !text.atEnd(); ++h) {
        const QByteArrayView header = text.next();
        ++line;
        if (h + 1 == layout.headerLines)
            expectedFields = std::max(columnsNeeded, fieldCount(header, layout.delimiter));
    }

    double values[kBarFieldCount];
    while (!text.atEnd()) {
        const QByteArrayView row = text.next();
        ++line;
        const char *const lineBegin = row.data();
        const char *const lineEnd = lineBegin + row.size();

        const char *probe = lineBegin;
        while (probe < lineEnd && (*probe == ' ' || *probe == '\t' || *probe == ','))
            ++probe;
        if (probe == lineEnd)
            continue; // blank line

        ++out.rowsRead;
        if (out.rowsRead % kProgressEveryRows == 0) {
            if (control.cancelled())
                return Error::cancelled(Text::tr("import cancelled"), options.fileName, line);
            control.report(double(lineBegin - begin) / double(end - begin));
        }

        // Split every field, converting those this layout uses; after the first bad field
        // the rest are only counted, as a wrong field count explains a bad value best.
        RowIssue issue;
        DayNumber day = 0;
        int column = 0;
        for (const char *f = lineBegin;; ++column) {
            const char *const fEnd = fieldEnd(f, lineEnd, layout.delimiter);
            const int field = column < columnsNeeded ? fieldOf[static_cast<std::size_t>(column)] : -1;
            if (field >= 0 && issue.line == 0) {
                const char *b = f;
                const char *e = fEnd;
                trim(b, e);
                if (field == static_cast<int>(BarField::Date)) {
                    if (const auto parsed = datePattern->parse(b, e))
                        day = *parsed;
                    else
                        issue = {line, column + 1,
                                 Text::tr("expected a date like %1, found %2").arg(layout.dateFormat, quoted(b, e))};
                } else if (isMissing(b, e)) {
                    issue = {line, column + 1,
                             Text::tr("missing value %1 for %2").arg(quoted(b, e), barFieldName(BarField(field)))};
                } else {
                    double v = 0;
                    const auto r = fast_float::from_chars_advanced(b, e, v, numberFormat);
                    if (r.ec != std::errc() || r.ptr != e)
                        issue = {line, column + 1,
                                 Text::tr("expected a number for %1, found %2")
                                     .arg(barFieldName(BarField(field)), quoted(b, e))};
                    else
                        values[field] = v;
                }
            }
            if (fEnd == lineEnd)
                break;
            f = fEnd + 1;
        }
        const int fields = column + 1;
        if (expectedFields < 0)
            expectedFields = std::max(columnsNeeded, fields);
        if (fields > expectedFields) {
            issue = {line, expectedFields + 1,
                     Text::tr("expected %1 fields, found %2").arg(expectedFields).arg(fields)};
        } else if (issue.line == 0 && fields < columnsNeeded) {
            issue = {line, fields + 1, Text::tr("expected at least %1 columns, found %2").arg(columnsNeeded).arg(fields)};
        }

        if (issue.line == 0) {
            const double close = values[static_cast<int>(BarField::Close)];
            const Bar bar{day,
                          hasOpen ? values[static_cast<int>(BarField::Open)] : close,
                          hasHigh ? values[static_cast<int>(BarField::High)] : close,
                          hasLow ? values[static_cast<int>(BarField::Low)] : close,
                          close,
                          hasAdj ? values[static_cast<int>(BarField::AdjClose)] : close,
                          layout.columnOf(BarField::Volume) >= 0 ? values[static_cast<int>(BarField::Volume)] : 0.0};
            if (const auto problem = options.valueSeries ? validateValue(bar) : validateBar(bar)) {
                issue = {line, layout.columnOf(problem->field) + 1, problem->reason};
            } else {
                out.series.append(bar);
                lines.push_back(line);
                continue;
            }
        }

        if (options.strict)
            return Error{ErrorKind::InvalidInput, issue.reason, options.fileName, issue.line, issue.column};
        out.skipped.push_back(std::move(issue));
    }

    sortAndDeduplicate(out, lines);
    control.report(1.0);
    return out;
}

} // namespace rutile
