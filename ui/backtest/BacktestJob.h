#pragma once

// What the strategy panel and the optimiser window ask the engine for, and what comes back.
// The job bodies run on a worker thread (BacktestRunner) or, in tests, on the calling thread;
// each opens its own Workspace on the file (a Workspace belongs to one thread).

#include "backtest/BacktestConfig.h"
#include "backtest/BacktestData.h"
#include "backtest/BacktestResult.h"
#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "backtest/ParameterGrid.h"
#include "backtest/WalkForward.h"
#include "journal/RunInputs.h"
#include "storage/Workspace.h"
#include "strategy/Strategy.h"
#include "trading/MarketData.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace rutile::ui {

/// The bars a job reads: core's selection (backtest/BacktestData.h), the same steps as the CLI.
using DataSelection = backtest::DataSelection;

struct BacktestJob {
    enum class Kind { Backtest, Optimization, WalkForward };

    Kind kind = Kind::Backtest;
    QString workspacePath;
    DataSelection data;
    QString strategy; ///< registry name, or the rule strategy's name
    /// A rule strategy (the editor's program, or one saved in the workspace); null for a
    /// built-in, which `strategy` names.
    std::shared_ptr<const strategy::StrategyDescriptor> ruleStrategy;
    ParamValues params; ///< Backtest: the parameters (defaults fill the rest)
    backtest::BacktestConfig config;
    backtest::ParameterGrid grid; ///< Optimization and WalkForward; its base holds the fixed values
    backtest::OptimizerConfig optimizer;
    backtest::WalkForwardConfig walkForward;
    /// False for runs the user did not ask for (the optimiser's timing of one backtest for its
    /// estimate), which the journal does not keep.
    bool journal = true;
};

/// What a job produced: one of the three results, or the error that stopped it. A cancelled
/// grid search or walk-forward still carries the points finished before (its result's
/// `cancelled` is set); a cancelled single backtest carries nothing.
struct BacktestOutcome {
    BacktestJob job;
    /// This process's number of the run, the same for its outcome before and after journaling
    /// (BacktestRunner delivers both): a view matches the journaled one to the one it shows.
    quint64 run = 0;
    std::optional<backtest::BacktestResult> backtest;
    std::optional<backtest::OptimizationResult> optimization;
    std::optional<backtest::WalkForwardResult> walkForward;
    /// Walk-forward only: the days of the data, which the folds' bar indices point into.
    std::vector<DayNumber> dataDays;
    QString benchmarkSymbol; ///< the benchmark read, empty without one
    Error error;
    bool cancelled = false;
    /// The run as the journal keeps it (core/journal): its id once journaled, 0 when the
    /// workspace could not take it (journalWarning says why). None for a failed or cancelled run.
    std::optional<RunRecord> entry;
    QString journalWarning;

    bool ok() const { return backtest || optimization || walkForward; }
    /// Whether the run is journaled: one the user asked for that finished (a failed or
    /// cancelled one is not).
    bool isJournaled() const { return job.journal && ok() && !cancelled; }
};

using BacktestOutcomePtr = std::shared_ptr<const BacktestOutcome>;

/// The strategy `job` runs: its rule strategy, else the built-in it names; null for neither.
const strategy::StrategyDescriptor *jobStrategy(const BacktestJob &job);

/// The job that runs a journaled run again, with the inputs it recorded.
BacktestJob jobOf(const journal::RecordedStrategyRun &run, const QString &workspacePath);

/// What journaling a computed outcome needs besides it: the bars the job read.
struct JournalBasis {
    backtest::BacktestData loaded;
    DataSelection selection; ///< as read: no self-benchmark, no unused hedge
};

/// A job's outcome before it is journaled, with what journaling it needs (null when it is not
/// journaled: failed or cancelled).
struct ComputedJob {
    BacktestOutcome outcome;
    std::shared_ptr<const JournalBasis> basis;
};
using ComputedJobPtr = std::shared_ptr<ComputedJob>;

/// Runs `job` on the calling thread without journaling it. Progress and cancellation go
/// through `control`: grid searches and walk-forward poll it between grid points; a single
/// backtest (a few milliseconds of bar loop, which core does not interrupt) checks it before
/// and after the run.
ComputedJob computeBacktestJob(const BacktestJob &job, const TaskControl &control = {});

/// Journals `outcome` in its job's workspace: sets its entry (id 0 and journalWarning when the
/// workspace could not take it).
void journalOutcome(BacktestOutcome &outcome, const JournalBasis &basis);

/// computeBacktestJob, then journalOutcome when the run finished.
BacktestOutcome runBacktestJob(const BacktestJob &job, const TaskControl &control = {});

} // namespace rutile::ui
