#pragma once

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace rutile {

class Workspace;

/// What to import and how.
struct ImportRequest {
    QString filePath;
    CsvFormat format = CsvFormat::Auto;
    /// Symbol to store the bars under; empty: the file's own (yfinance Ticker line) or the
    /// file name's.
    QString symbol;
    /// Abort on the first bad row with nothing written, instead of skipping it.
    bool strict = false;
    /// A column mapping chosen by the user (the generic CSV step of the import dialog, or
    /// the CLI's mapping options); replaces detection when set.
    std::optional<CsvLayout> layout;
};

/// What an import did. rowsRead = rowsImported + rowsSkipped + duplicatesDropped.
struct ImportReport {
    QString symbol;
    QString file;
    CsvFormat format = CsvFormat::Auto;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    qint64 duplicatesDropped = 0;
    QDate firstDate;
    QDate lastDate;
    std::vector<RowIssue> skipped;
    std::vector<ParseWarning> warnings;
    qint64 elapsedMs = 0;
};

/// Reads the head of a file for format detection and previews (up to `bytes`).
Result<QByteArray> readFileHead(const QString &path, qint64 bytes = 64 * 1024);

/// Works out the layout an import of `request` would use, without importing.
Result<CsvLayout> resolveLayout(const ImportRequest &request);

/// A file read and validated, not yet stored: the bars and the report so far.
struct ParsedImport {
    BarSeries series;
    ImportReport report; ///< rowsImported is set by storeImport
};

/// Reads and validates the file of `request` without touching any workspace, so a caller can
/// refuse a bad file before it opens (and perhaps creates) one. Progress covers [0, 1].
Result<ParsedImport> parseImport(const ImportRequest &request, const TaskControl &control = {});

/// Writes a parsed file in one transaction with its provenance record. Progress covers [0, 1].
/// `beforeCommit`, when given, gets the finished report inside the transaction (StoreOptions).
Result<ImportReport> storeImport(Workspace &workspace, ParsedImport parsed, const TaskControl &control = {},
                                 const std::function<Status(const ImportReport &)> &beforeCommit = {});

/// Imports daily history from a CSV file into `workspace`: parseImport, then storeImport.
///
/// The file is parsed completely before anything is written, then written in one
/// transaction together with its provenance record. A parse error under `strict`, a
/// file with no usable row, a database error or a cancellation leaves the workspace
/// exactly as it was. Progress: parsing covers [0, 0.5], writing [0.5, 1].
Result<ImportReport> importHistory(Workspace &workspace, const ImportRequest &request, const TaskControl &control = {});

} // namespace rutile
