#include "Cli.h"

#include "data/CsvLayout.h"
#include "import/CacheComparison.h"
#include "import/HistoryImporter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::ImportCommand)
};

constexpr int kSkippedRowsShown = 20;

QString warningKind(ParseWarning::Kind kind)
{
    return kind == ParseWarning::Kind::Unsorted ? QStringLiteral("unsorted") : QStringLiteral("duplicate_date");
}

/// The warning of an import that rewrote cached bars with other values: a script cannot be
/// asked (the GUI asks first), so it is told on stderr.
QString replacementWarning(const QString &symbol, const CacheComparison &c)
{
    QString warning = Text::tr("%1: %2 of %3 cached bars replaced with different values (%4 to %5)")
                          .arg(symbol)
                          .arg(c.changed)
                          .arg(c.cachedBars)
                          .arg(c.changedFrom.toString(Qt::ISODate), c.changedTo.toString(Qt::ISODate));
    if (c.largestVolumeRatio > 1.5)
        warning += Text::tr("; volumes differ by up to %1 times").arg(c.largestVolumeRatio, 0, 'g', 3);
    if (c.volumesLost > 0)
        warning += Text::tr("; %1 bars lost their volume").arg(c.volumesLost);
    return warning;
}

QJsonObject toJson(const ImportReport &r)
{
    QJsonArray skipped;
    for (const RowIssue &issue : r.skipped)
        skipped.append(QJsonObject{{"line", issue.line}, {"column", issue.column}, {"reason", issue.reason}});
    QJsonArray warnings;
    for (const ParseWarning &w : r.warnings)
        warnings.append(QJsonObject{{"line", w.line}, {"kind", warningKind(w.kind)}, {"message", w.message}});
    return QJsonObject{{"symbol", r.symbol},
                       {"format", csvFormatName(r.format)},
                       {"file", r.file},
                       {"rows_read", r.rowsRead},
                       {"rows_imported", r.rowsImported},
                       {"rows_skipped", r.rowsSkipped},
                       {"duplicates_dropped", r.duplicatesDropped},
                       {"first_date", jsonDate(r.firstDate)},
                       {"last_date", jsonDate(r.lastDate)},
                       {"skipped", skipped},
                       {"warnings", warnings},
                       {"elapsed_ms", r.elapsedMs}};
}

std::optional<char> singleChar(const QString &text)
{
    if (text == QLatin1String("\\t") || text.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0)
        return '\t';
    if (text.size() == 1 && text[0].unicode() < 128)
        return text[0].toLatin1();
    return std::nullopt;
}

// Applies the generic-CSV mapping options over a sniffed layout.
Result<std::optional<CsvLayout>> mappingFromOptions(const QCommandLineParser &p, const QString &file, CsvFormat format)
{
    const bool any = p.isSet(QStringLiteral("delimiter")) || p.isSet(QStringLiteral("decimal"))
        || p.isSet(QStringLiteral("date-format")) || p.isSet(QStringLiteral("columns"))
        || p.isSet(QStringLiteral("header-lines"));
    if (!any)
        return std::optional<CsvLayout>();
    if (format != CsvFormat::Generic && format != CsvFormat::Auto)
        return Error::invalidArgument(Text::tr("--delimiter, --decimal, --date-format, --columns and --header-lines need --format generic"));
    const auto bad = [](const QString &message) { return Error::invalidArgument(message); };

    CsvLayout layout;
    if (const auto head = readFileHead(file); head) {
        if (auto sniffed = detectLayout(*head, CsvFormat::Generic, file); sniffed)
            layout = *sniffed;
    }
    layout.format = CsvFormat::Generic;
    if (p.isSet(QStringLiteral("delimiter"))) {
        const auto c = singleChar(p.value(QStringLiteral("delimiter")));
        if (!c)
            return bad(Text::tr("--delimiter: expected one character or 'tab', found '%1'").arg(p.value("delimiter")));
        layout.delimiter = *c;
    }
    if (p.isSet(QStringLiteral("decimal"))) {
        const auto c = singleChar(p.value(QStringLiteral("decimal")));
        if (!c || (*c != '.' && *c != ','))
            return bad(Text::tr("--decimal: expected '.' or ',', found '%1'").arg(p.value("decimal")));
        layout.decimalSeparator = *c;
    }
    if (p.isSet(QStringLiteral("date-format")))
        layout.dateFormat = p.value(QStringLiteral("date-format"));
    if (p.isSet(QStringLiteral("header-lines"))) {
        bool ok = false;
        layout.headerLines = p.value(QStringLiteral("header-lines")).toInt(&ok);
        if (!ok || layout.headerLines < 0)
            return bad(Text::tr("--header-lines: expected a whole number ≥ 0, found '%1'").arg(p.value("header-lines")));
    }
    if (p.isSet(QStringLiteral("columns"))) {
        layout.column.fill(-1);
        for (const QString &pair : p.value(QStringLiteral("columns")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString name = pair.section(QLatin1Char('='), 0, 0).trimmed();
            bool ok = false;
            const int column = pair.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
            int field = -1;
            for (int f = 0; f < kBarFieldCount; ++f) {
                if (barFieldName(BarField(f)).remove(QLatin1Char(' ')).compare(QString(name).remove(QLatin1Char('_')),
                                                                               Qt::CaseInsensitive)
                    == 0)
                    field = f;
            }
            if (field < 0 || !ok || column < 1)
                return bad(Text::tr("--columns: expected field=column pairs such as date=1,close=5 "
                                    "(fields: date, open, high, low, close, adjclose, volume), found '%1'")
                               .arg(pair));
            layout.column[field] = column - 1;
        }
    }
    if (Status s = layout.validate(); !s)
        return s.error();
    return std::optional<CsvLayout>(layout);
}

int runImport(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.usage(Text::tr("import takes exactly one FILE, found %1 arguments").arg(args.size()));
    const QCommandLineParser &p = ctx.parser;

    ImportRequest request;
    request.filePath = args.first();
    if (p.isSet(QStringLiteral("symbol"))) {
        const auto symbol = ctx.symbolArgument(p.value(QStringLiteral("symbol")));
        if (!symbol)
            return ctx.fail(symbol.error());
        request.symbol = *symbol;
    }
    request.strict = p.isSet(QStringLiteral("strict"));
    const QString formatName = p.value(QStringLiteral("format"));
    const auto format = csvFormatFromName(formatName);
    if (!format)
        return ctx.usage(Text::tr("--format: expected auto, yahoo, yfinance, stooq or generic, found '%1'").arg(formatName));
    request.format = *format;
    auto mapping = mappingFromOptions(p, request.filePath, *format);
    if (!mapping)
        return ctx.fail(mapping.error());
    request.layout = *mapping;

    // The file is read and checked before the workspace is opened: opening may create it, and
    // a bad file must leave no trace (not even an empty workspace).
    auto parsed = parseImport(request);
    if (!parsed)
        return ctx.fail(parsed.error());
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto comparison = compareWithCache(**workspace, parsed->report.symbol, parsed->series);
    if (!comparison)
        return ctx.fail(comparison.error());
    // The report is written and flushed inside the import's transaction: one that cannot be
    // written (a full disk, a closed pipe) rolls the import back, and the command fails with
    // the workspace as it was.
    const auto report = storeImport(**workspace, std::move(*parsed), {}, [&](const ImportReport &r) {
        return ctx.writeReport([&] { return toJson(r); }, [&](QTextStream &out) {
            for (std::size_t i = 0; i < r.skipped.size() && i < kSkippedRowsShown; ++i) {
                const RowIssue &issue = r.skipped[i];
                ctx.warn(Error::invalidInput(issue.reason, request.filePath, issue.line, issue.column).toString());
            }
            if (r.skipped.size() > kSkippedRowsShown)
                ctx.warn(Text::tr("%1 more rows skipped").arg(r.skipped.size() - kSkippedRowsShown));
            for (const ParseWarning &w : r.warnings)
                ctx.warn(w.message);
            out << Text::tr("Imported %1 bars of %2 (%3 to %4) from %5 [%6]; %7 rows read, %8 skipped")
                       .arg(r.rowsImported)
                       .arg(r.symbol, r.firstDate.toString(Qt::ISODate), r.lastDate.toString(Qt::ISODate), r.file,
                            csvFormatName(r.format))
                       .arg(r.rowsRead)
                       .arg(r.rowsSkipped)
                << Qt::endl;
        });
    });
    if (!report)
        return ctx.fail(report.error());
    // Told once the bars are stored, not before a commit that might not come.
    if (comparison->replacesData())
        ctx.warn(replacementWarning(report->symbol, *comparison));
    return Success;
}

} // namespace

Command importCommand()
{
    return Command{
        QStringLiteral("import"),
        Text::tr("Import daily OHLCV history from a CSV file into the cache."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The CSV file to import."));
            p.addOptions({
                {QStringLiteral("symbol"), Text::tr("Store the bars under SYM (default: from the file)."),
                 Text::tr("SYM")},
                {QStringLiteral("format"),
                 Text::tr("auto (default), yahoo, yfinance, stooq or generic."), Text::tr("FORMAT"),
                 QStringLiteral("auto")},
                {QStringLiteral("strict"), Text::tr("Abort on the first bad row; nothing is written.")},
                {QStringLiteral("json"), Text::tr("Write the import report as JSON to OUT ('-' for stdout)."),
                 Text::tr("OUT")},
                {QStringLiteral("delimiter"), Text::tr("Generic CSV: the field delimiter (one character or 'tab')."),
                 Text::tr("C")},
                {QStringLiteral("decimal"), Text::tr("Generic CSV: the decimal separator, '.' or ','."), Text::tr("C")},
                {QStringLiteral("date-format"),
                 Text::tr("Generic CSV: the date pattern from yyyy, yy, MM, M, dd, d (e.g. dd.MM.yyyy)."),
                 Text::tr("PATTERN")},
                {QStringLiteral("header-lines"), Text::tr("Generic CSV: lines before the first data row."),
                 Text::tr("N")},
                {QStringLiteral("columns"),
                 Text::tr("Generic CSV: 1-based column of each field, e.g. date=1,open=2,high=3,low=4,close=5,volume=6."),
                 Text::tr("MAP")},
            });
        },
        runImport,
        {QStringLiteral("json")},
        WorkspaceAccess::OpenOrCreate,
    };
}

} // namespace rutile::cli
