#pragma once

// The backtest report of a journal entry (a backtest, a grid search's best point, or a
// walk-forward's stitched out-of-sample record): provenance with the run id, strategy,
// parameters and engine settings; headline metrics beside buy-and-hold and the benchmark;
// equity and drawdown curves; monthly and yearly returns; the worst drawdowns; trade statistics
// and the trade list; the risk tables of the equity curve with its EVT figures; and for grid
// searches the objective's heat map and the deflated Sharpe verdict, for walk-forwards the
// folds. Every number comes from the entry's JSON (the command's own document).

#include "report/ReportDocument.h"
#include "storage/Workspace.h"
#include "util/Error.h"

namespace rutile::reporting {

/// InvalidInput for an entry of another kind (ml) or one without results.
Result<report::ReportDocument> backtestReport(const RunRecord &entry);

/// The report of an ML evaluation's entry: what was asked (symbol, range, features, model,
/// evaluation), the verdict against the baseline, the metrics, the feature importance, the
/// folds and the warnings.
Result<report::ReportDocument> mlRunReport(const RunRecord &entry);

/// The report of any journal entry: backtestReport() or mlRunReport() by its kind.
Result<report::ReportDocument> runReport(const RunRecord &entry);

} // namespace rutile::reporting
