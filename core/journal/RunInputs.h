#pragma once

// A journal entry's inputs read back, to run it again: the data selection, the strategy (the
// rule file's own text when it had one, so a later edit of the file does not change what runs),
// the parameters, the engine settings and, for grid searches and walk-forwards, the grid, the
// objective and the windows.

#include "journal/RunEntries.h"
#include "ml/Evaluation.h"
#include "rules/WorkspaceRules.h"
#include "storage/Workspace.h"
#include "util/Error.h"

namespace rutile::journal {

struct RecordedStrategyRun {
    QString kind;                 ///< backtest, optimize or walkforward
    StrategyRunInputs inputs;     ///< inputs.strategy points into `strategy`
    rules::StrategyPtr strategy;
};

/// InvalidInput naming what is missing or unreadable; InvalidArgument for an ml entry (not a
/// strategy run); NotFound for a built-in strategy this build does not have.
Result<RecordedStrategyRun> recordedStrategyRun(const Workspace &workspace, const RunRecord &entry);

/// What an ML evaluation was asked, to run it again.
struct RecordedMlRun {
    QString symbol;
    QDate from, to; ///< null: that side open
    ml::EvaluationRequest request;
};

/// InvalidArgument for an entry that is not an ml run; InvalidInput naming what is unreadable.
Result<RecordedMlRun> recordedMlRun(const RunRecord &entry);

} // namespace rutile::journal
