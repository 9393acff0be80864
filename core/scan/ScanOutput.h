#pragma once

// A scan's results as JSON (CLI.md "lists / scan": `{evaluated, results: [{symbol, value |
// metrics...}]}`, plus the rank, the list, the shard and the symbols skipped) and as CSV; and the
// merge of the JSON of shards. The one place that formats them, for the CLI and the Scanner.

#include "scan/Scan.h"

#include <QIODevice>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace rutile::scan {

/// The metric columns of a backtest scan's rows, in order (JSON keys and CSV header).
const QStringList &scanMetricNames();

/// The document of `result`; `list` names the watchlist scanned. A grid scan's rows carry
/// `deflated_sharpe`, the deflated Sharpe ratio of the row's best point over all the scan's
/// trials (the document's `trials`, with `expected_max_sharpe` the daily Sharpe ratio the best
/// of that many unskilled trials would reach), and `dsr_inputs`, what it was computed from. A
/// shard's document has them null: mergeScanJson computes them over every shard.
QJsonObject scanJson(const ScanResult &result, const ScanRequest &request, const QString &list);

/// Joins the documents of `scan --shard i/N` runs of one scan: they must agree on the list, what
/// was evaluated (expression or strategy, columns, filter) and the dates, and each must account
/// for every position of its slice (in its results, skipped or filtered_out). Rows are ranked again over all of them; `complete` says whether
/// every shard of the N was given, `missing_shards` which were not. A grid's deflated Sharpe
/// ratios are computed over the trials of every shard; null while shards are missing (or rows
/// lack `dsr_inputs`, written by an older version).
/// A shard's fault names its file when `files` gives them (one a shard), else "shard N".
Result<QJsonObject> mergeScanJson(const std::vector<QJsonObject> &shards, const QStringList &files = {});

/// True for a document scanJson() wrote (merge tells scans from optimisations by it).
bool isScanJson(const QJsonObject &document);

/// The rows of `document` (scanJson or mergeScanJson) as CSV: rank, symbol, date, (for a grid:
/// objective_value and the best point's parameters), then value or the metrics (for a grid, then
/// deflated_sharpe), then the
/// exploration's columns.
Status writeScanCsv(QIODevice &device, const QJsonObject &document);

} // namespace rutile::scan
