#include "import/HistoryImporter.h"

#include "data/Symbol.h"
#include "storage/Workspace.h"
#include "util/MessageText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::HistoryImporter)
};

Result<QString> chooseSymbol(const ImportRequest &request, const CsvLayout &layout)
{
    const QString given = !request.symbol.isEmpty() ? request.symbol : layout.symbolInFile;
    if (!given.isEmpty()) {
        if (auto symbol = normalizeSymbol(given))
            return *symbol;
        // The ticker the file names (yfinance's Ticker line, its first value): a fault of the
        // file, located there, not of the command line.
        if (request.symbol.isEmpty())
            return Error::invalidInput(Text::tr("the file's ticker %1 is not a valid symbol (letters, digits and . - _ =, "
                                                "up to 32); give the symbol to import it as")
                                           .arg(quoteFileText(given.toUtf8())),
                                       request.filePath, 2, 2);
        return Error{ErrorKind::InvalidArgument,
                     Text::tr("%1 is not a valid symbol (letters, digits and . - _ =, up to 32)")
                         .arg(quoteFileText(given.toUtf8())),
                     {}, 0, 0};
    }
    if (auto symbol = symbolFromFileName(request.filePath))
        return *symbol;
    return Error{ErrorKind::InvalidArgument, Text::tr("cannot tell the symbol from the file name; name it"),
                 request.filePath, 0, 0};
}

} // namespace

Result<QByteArray> readFileHead(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, file.errorString(), path, 0, 0};
    return file.read(bytes);
}

Result<CsvLayout> resolveLayout(const ImportRequest &request)
{
    if (request.layout) {
        if (Status s = request.layout->validate(); !s)
            return s.error();
        return *request.layout;
    }
    const auto head = readFileHead(request.filePath);
    if (!head)
        return head.error();
    auto detected = detectLayout(*head, request.format, request.filePath);
    if (!detected)
        return detected;
    // Generic sniffing always gives a layout, but one without a date or close column is
    // not a price history at all (a holdings list, a binary file): say so, naming the file,
    // rather than blame a column mapping the user never made.
    if (const Status usable = detected->validate(); !usable) {
        const QString why = detected->columnOf(BarField::Date) < 0    ? Text::tr("no Date column found")
                            : detected->columnOf(BarField::Close) < 0 ? Text::tr("no Close column found")
                                                                      : usable.error().message;
        return Error::invalidInput(Text::tr("not a recognised price history: %1; expected a Yahoo Finance, yfinance "
                                            "or Stooq header, or a CSV with a date and a close column "
                                            "(use --format generic with --columns)")
                                       .arg(why),
                                   request.filePath);
    }
    return detected;
}

Result<ParsedImport> parseImport(const ImportRequest &request, const TaskControl &control)
{
    QElapsedTimer timer;
    timer.start();

    const auto layout = resolveLayout(request);
    if (!layout)
        return layout.error();
    const auto symbol = chooseSymbol(request, *layout);
    if (!symbol)
        return symbol.error();

    QFile file(request.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(file.errorString(), request.filePath);
    // Map the file rather than copy it; fall back to reading where mapping is unsupported.
    QByteArray copy;
    QByteArrayView data;
    if (const uchar *mapped = file.size() > 0 ? file.map(0, file.size()) : nullptr) {
        data = QByteArrayView(reinterpret_cast<const char *>(mapped), file.size());
    } else {
        copy = file.readAll();
        data = copy;
    }

    auto parsed = parseHistory(data, *layout, ParseOptions{request.strict, request.filePath}, control);
    if (!parsed)
        return parsed.error();
    if (parsed->series.empty()) {
        const RowIssue first = parsed->skipped.empty() ? RowIssue{} : parsed->skipped.front();
        return Error::invalidInput(parsed->rowsRead == 0 ? Text::tr("no data rows")
                                                         : Text::tr("none of the %1 rows can be used; the first problem: %2")
                                                               .arg(parsed->rowsRead)
                                                               .arg(first.reason),
                                   request.filePath, first.line, first.column);
    }

    ParsedImport out;
    ImportReport &report = out.report;
    report.symbol = *symbol;
    report.file = QFileInfo(request.filePath).absoluteFilePath();
    report.format = layout->format;
    report.rowsRead = parsed->rowsRead;
    report.rowsSkipped = static_cast<qint64>(parsed->skipped.size());
    report.duplicatesDropped = parsed->duplicatesDropped;
    report.skipped = std::move(parsed->skipped);
    report.warnings = std::move(parsed->warnings);

    out.series = std::move(parsed->series);
    out.series.symbol = *symbol;
    report.firstDate = out.series.firstDate();
    report.lastDate = out.series.lastDate();
    report.elapsedMs = timer.elapsed();
    return out;
}

Result<ImportReport> storeImport(Workspace &workspace, ParsedImport parsed, const TaskControl &control,
                                 const std::function<Status(const ImportReport &)> &beforeCommit)
{
    QElapsedTimer timer;
    timer.start();
    ImportReport report = std::move(parsed.report);
    ImportRecord record;
    record.symbol = report.symbol;
    record.file = report.file;
    record.format = csvFormatName(report.format);
    record.rowsRead = report.rowsRead;
    record.rowsSkipped = report.rowsSkipped;
    record.rowsImported = static_cast<qint64>(parsed.series.size());
    StoreOptions options;
    const auto finish = [&](qint64 stored) {
        report.rowsImported = stored;
        report.elapsedMs += timer.elapsed();
    };
    if (beforeCommit) {
        options.beforeCommit = [&](qint64 stored) {
            finish(stored);
            return beforeCommit(report);
        };
    }
    const auto stored = workspace.storeSeries(parsed.series, SymbolMetadata{}, record, control, options);
    if (!stored)
        return stored.error();
    if (!beforeCommit)
        finish(*stored);
    return report;
}

Result<ImportReport> importHistory(Workspace &workspace, const ImportRequest &request, const TaskControl &control)
{
    auto parsed = parseImport(request, control.part(0, 0.5));
    if (!parsed)
        return parsed.error();
    return storeImport(workspace, std::move(*parsed), control.part(0.5, 1.0));
}

} // namespace rutile
