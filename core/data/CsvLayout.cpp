#include "data/CsvLayout.h"

#include "data/DatePattern.h"
#include "data/TextLines.h"
#include "util/MessageText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::CsvLayout)
};

constexpr int kSniffLines = 50;

const char *const kFormatNames[] = {"auto", "yahoo", "yfinance", "stooq", "generic"};

QString fieldKey(const QString &header)
{
    QString key = header.trimmed().toLower();
    key.remove(QLatin1Char('<')).remove(QLatin1Char('>')).remove(QLatin1Char('"'));
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    return key.simplified();
}

// Header names (after fieldKey) that identify a column in a generic CSV.
std::optional<BarField> fieldFromHeader(const QString &header)
{
    static const QHash<QString, BarField> names = {
        {QStringLiteral("date"), BarField::Date},         {QStringLiteral("time"), BarField::Date},
        {QStringLiteral("datetime"), BarField::Date},     {QStringLiteral("timestamp"), BarField::Date},
        {QStringLiteral("day"), BarField::Date},          {QStringLiteral("open"), BarField::Open},
        {QStringLiteral("o"), BarField::Open},            {QStringLiteral("high"), BarField::High},
        {QStringLiteral("h"), BarField::High},            {QStringLiteral("low"), BarField::Low},
        {QStringLiteral("l"), BarField::Low},             {QStringLiteral("close"), BarField::Close},
        {QStringLiteral("c"), BarField::Close},           {QStringLiteral("last"), BarField::Close},
        {QStringLiteral("price"), BarField::Close},       {QStringLiteral("close/last"), BarField::Close},
        {QStringLiteral("adj close"), BarField::AdjClose}, {QStringLiteral("adjclose"), BarField::AdjClose},
        {QStringLiteral("adjusted close"), BarField::AdjClose},
        {QStringLiteral("volume"), BarField::Volume},     {QStringLiteral("vol"), BarField::Volume},
        {QStringLiteral("vol."), BarField::Volume},       {QStringLiteral("v"), BarField::Volume},
    };
    const auto it = names.constFind(fieldKey(header));
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

Error mismatch(const QString &fileName, int line, const QString &expected, QByteArrayView found)
{
    return Error{ErrorKind::InvalidInput, Text::tr("expected %1, found %2").arg(expected, quoteFileText(found, 120)),
                 fileName, line, 0};
}

// Fixed layout of a named format from its header line; std::nullopt when the header differs.
std::optional<CsvLayout> namedLayout(CsvFormat format, const QList<QByteArrayView> &lines)
{
    CsvLayout layout;
    layout.format = format;
    const QStringList header = splitCsvLine(lines.value(0), ',');
    const auto keys = [](const QStringList &names) {
        QStringList out;
        for (const QString &n : names)
            out << fieldKey(n);
        return out;
    };
    switch (format) {
    case CsvFormat::Yahoo:
        if (keys(header) != QStringList{"date", "open", "high", "low", "close", "adj close", "volume"})
            return std::nullopt;
        layout.column = {0, 1, 2, 3, 4, 5, 6};
        return layout;
    case CsvFormat::Stooq: {
        const QStringList k = keys(header);
        const QStringList base{"date", "open", "high", "low", "close"};
        if (k != base && k != base + QStringList{"volume"})
            return std::nullopt;
        layout.column = {0, 1, 2, 3, 4, -1, k.size() == 6 ? 5 : -1};
        return layout;
    }
    case CsvFormat::YFinance: {
        if (lines.size() < 3 || header.value(0).trimmed() != QLatin1String("Price"))
            return std::nullopt;
        const QStringList ticker = splitCsvLine(lines[1], ',');
        const QStringList dateLine = splitCsvLine(lines[2], ',');
        if (ticker.value(0).trimmed() != QLatin1String("Ticker") || fieldKey(dateLine.value(0)) != QLatin1String("date"))
            return std::nullopt;
        layout.headerLines = 3;
        layout.columnOf(BarField::Date) = 0;
        for (int c = 1; c < header.size(); ++c) {
            const auto field = fieldFromHeader(header[c]);
            if (field && *field != BarField::Date && layout.columnOf(*field) < 0)
                layout.columnOf(*field) = c;
        }
        QString symbol = ticker.value(1).trimmed();
        if (symbol.startsWith(QLatin1Char('^')))
            symbol.remove(0, 1); // Yahoo marks indices with '^'; Rutile symbols do not.
        layout.symbolInFile = symbol.toUpper();
        return layout;
    }
    case CsvFormat::Auto:
    case CsvFormat::Generic:
        break;
    }
    return std::nullopt;
}

char sniffDelimiter(const QList<QByteArrayView> &lines)
{
    // The candidate that occurs most often, and equally often, on the first lines wins.
    const char candidates[] = {',', ';', '\t', '|'};
    char best = ',';
    qsizetype bestCount = 0;
    for (char c : candidates) {
        const qsizetype first = lines.isEmpty() ? 0 : std::count(lines[0].begin(), lines[0].end(), c);
        bool steady = first > 0;
        for (int i = 1; i < std::min<qsizetype>(lines.size(), 5) && steady; ++i)
            steady = lines[i].isEmpty() || std::count(lines[i].begin(), lines[i].end(), c) == first;
        if (steady && first > bestCount) {
            best = c;
            bestCount = first;
        }
    }
    return best;
}

bool parsesAll(const DatePattern &pattern, const QList<QStringList> &rows, int column)
{
    int parsed = 0;
    for (const QStringList &row : rows) {
        const QByteArray text = row.value(column).trimmed().toLatin1();
        if (text.isEmpty())
            continue;
        if (!pattern.parse(text.constData(), text.constData() + text.size()))
            return false;
        ++parsed;
    }
    return parsed > 0;
}

Result<CsvLayout> sniffGeneric(const QList<QByteArrayView> &lines, const QString &fileName)
{
    CsvLayout layout;
    layout.format = CsvFormat::Generic;
    layout.delimiter = sniffDelimiter(lines);
    if (lines.isEmpty())
        return Error{ErrorKind::InvalidInput, Text::tr("the file is empty"), fileName, 1, 0};

    const QStringList header = splitCsvLine(lines[0], layout.delimiter);
    for (int c = 0; c < header.size(); ++c) {
        const auto field = fieldFromHeader(header[c]);
        if (field && layout.columnOf(*field) < 0)
            layout.columnOf(*field) = c;
    }
    const bool hasHeader = layout.columnOf(BarField::Date) >= 0 || layout.columnOf(BarField::Close) >= 0;
    layout.headerLines = hasHeader ? 1 : 0;
    if (!hasHeader) {
        // No header: assume the common orders Date,Open,High,Low,Close[,Adj Close],Volume.
        const qsizetype n = header.size();
        if (n == 7)
            layout.column = {0, 1, 2, 3, 4, 5, 6};
        else if (n == 6)
            layout.column = {0, 1, 2, 3, 4, -1, 5};
        else if (n == 5)
            layout.column = {0, 1, 2, 3, 4, -1, -1};
        else if (n == 2)
            layout.column = {0, -1, -1, -1, 1, -1, -1};
    }

    QList<QStringList> sample;
    for (int i = layout.headerLines; i < lines.size(); ++i) {
        if (!lines[i].trimmed().isEmpty())
            sample << splitCsvLine(lines[i], layout.delimiter);
    }

    // A decimal comma shows as numbers with a comma when the delimiter is not a comma.
    if (layout.delimiter != ',') {
        const int closeColumn = layout.columnOf(BarField::Close);
        for (const QStringList &row : sample) {
            if (closeColumn >= 0 && row.value(closeColumn).contains(QLatin1Char(','))) {
                layout.decimalSeparator = ',';
                break;
            }
        }
    }

    const int dateColumn = layout.columnOf(BarField::Date);
    if (dateColumn >= 0) {
        static const char *const patterns[] = {"yyyy-MM-dd", "yyyyMMdd",   "dd.MM.yyyy", "d.M.yyyy",
                                               "MM/dd/yyyy", "dd/MM/yyyy", "M/d/yyyy",   "d/M/yyyy",
                                               "yyyy/MM/dd", "dd-MM-yyyy", "MM-dd-yyyy", "M/d/yy"};
        bool found = false;
        for (const char *candidate : patterns) {
            const auto pattern = DatePattern::compile(QString::fromLatin1(candidate));
            if (pattern && parsesAll(*pattern, sample, dateColumn)) {
                layout.dateFormat = pattern->pattern();
                found = true;
                break;
            }
        }
        if (!found && !hasHeader) {
            // The columns were only guessed from their number, and the first holds no dates:
            // the guess is wrong. The delimiter stays for a mapping made by hand; the importer
            // refuses a layout without a date column as not a price history.
            layout.column.fill(-1);
        } else if (!found && !sample.isEmpty()) {
            return Error{ErrorKind::InvalidInput,
                         Text::tr("cannot recognise the date format of %1; choose one in the column mapping "
                                     "(for example dd.MM.yyyy)")
                             .arg(quoteFileText(sample.first().value(dateColumn).toUtf8())),
                         fileName, layout.headerLines + 1, dateColumn + 1};
        }
    }
    return layout;
}

} // namespace

QString csvFormatName(CsvFormat format)
{
    return QString::fromLatin1(kFormatNames[static_cast<int>(format)]);
}

std::optional<CsvFormat> csvFormatFromName(const QString &name)
{
    for (int i = 0; i < 5; ++i) {
        if (name.compare(QLatin1String(kFormatNames[i]), Qt::CaseInsensitive) == 0)
            return static_cast<CsvFormat>(i);
    }
    return std::nullopt;
}

QString barFieldName(BarField field)
{
    static const char *const names[] = {"Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"};
    return QString::fromLatin1(names[static_cast<int>(field)]);
}

Status CsvLayout::validate() const
{
    const auto fail = [](const QString &message) { return Error{ErrorKind::InvalidArgument, message, {}, 0, 0}; };
    if (columnOf(BarField::Date) < 0)
        return fail(Text::tr("no column is mapped to the date"));
    if (columnOf(BarField::Close) < 0)
        return fail(Text::tr("no column is mapped to the close"));
    for (int a = 0; a < kBarFieldCount; ++a) {
        for (int b = a + 1; b < kBarFieldCount; ++b) {
            if (column[a] >= 0 && column[a] == column[b])
                return fail(Text::tr("column %1 is mapped to both %2 and %3")
                                .arg(column[a] + 1)
                                .arg(barFieldName(BarField(a)), barFieldName(BarField(b))));
        }
    }
    if (delimiter == decimalSeparator)
        return fail(Text::tr("the delimiter and the decimal separator are both '%1'").arg(QLatin1Char(delimiter)));
    if (decimalSeparator != '.' && decimalSeparator != ',')
        return fail(Text::tr("the decimal separator must be '.' or ','"));
    if (headerLines < 0)
        return fail(Text::tr("header lines (%1) must be 0 or more").arg(headerLines));
    if (!DatePattern::compile(dateFormat))
        return fail(Text::tr("the date format '%1' needs a year (yyyy or yy), a month (MM or M) and a day (dd or d)")
                        .arg(dateFormat));
    return {};
}

QStringList splitCsvLine(QByteArrayView line, char delimiter)
{
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == delimiter) {
            fields << QString::fromUtf8(field);
            field.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    fields << QString::fromUtf8(field);
    return fields;
}

QList<QByteArrayView> firstLines(QByteArrayView data, int maxLines)
{
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    QList<QByteArrayView> lines;
    TextLines text(data);
    while (!text.atEnd() && lines.size() < maxLines)
        lines << text.next();
    return lines;
}

namespace {

/// yfinance writes a column per field and ticker: a file of several tickers ("Ticker,^GSPC,^RUT,...")
/// holds several histories, which would otherwise import as the first ticker's alone, silently.
Status oneTicker(const QList<QByteArrayView> &lines, const QString &fileName)
{
    const QStringList ticker = splitCsvLine(lines.value(1), ',');
    QStringList tickers;
    int firstOther = 0;
    for (int c = 1; c < ticker.size(); ++c) {
        const QString name = ticker[c].trimmed();
        if (name.isEmpty() || tickers.contains(name))
            continue;
        if (!tickers.isEmpty() && firstOther == 0)
            firstOther = c + 1;
        tickers << name;
    }
    if (tickers.size() < 2)
        return {};
    return Error::invalidInput(Text::tr("the file holds the histories of %1 tickers (%2); Rutile imports one a file: "
                                        "save each ticker's columns to a file of its own")
                                   .arg(tickers.size())
                                   .arg(tickers.join(QStringLiteral(", "))),
                               fileName, 2, firstOther);
}

Result<CsvLayout> checkedNamedLayout(const CsvLayout &layout, const QList<QByteArrayView> &lines, const QString &fileName)
{
    if (layout.format == CsvFormat::YFinance) {
        if (Status s = oneTicker(lines, fileName); !s)
            return s.error();
    }
    return layout;
}

} // namespace

Result<CsvLayout> detectLayout(QByteArrayView head, CsvFormat requested, const QString &fileName)
{
    const QList<QByteArrayView> lines = firstLines(head, kSniffLines);
    if (lines.isEmpty() || (lines.size() == 1 && lines[0].trimmed().isEmpty()))
        return Error{ErrorKind::InvalidInput, Text::tr("the file is empty"), fileName, 0, 0};

    if (requested == CsvFormat::Auto) {
        for (CsvFormat f : {CsvFormat::YFinance, CsvFormat::Yahoo, CsvFormat::Stooq}) {
            if (auto layout = namedLayout(f, lines))
                return checkedNamedLayout(*layout, lines, fileName);
        }
        return sniffGeneric(lines, fileName);
    }
    if (requested == CsvFormat::Generic)
        return sniffGeneric(lines, fileName);
    if (auto layout = namedLayout(requested, lines))
        return checkedNamedLayout(*layout, lines, fileName);

    switch (requested) {
    case CsvFormat::Yahoo:
        return mismatch(fileName, 1, Text::tr("the Yahoo Finance header 'Date,Open,High,Low,Close,Adj Close,Volume'"),
                        lines.value(0));
    case CsvFormat::Stooq:
        return mismatch(fileName, 1, Text::tr("the Stooq header 'Date,Open,High,Low,Close,Volume'"), lines.value(0));
    default:
        return mismatch(fileName, 1,
                        Text::tr("the three yfinance header lines 'Price,...', 'Ticker,...', 'Date,...'"),
                        lines.value(0));
    }
}

} // namespace rutile
