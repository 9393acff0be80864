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
};

/// What a job produced: one of the three results, or the error that stopped it. A cancelled
/// grid search or walk-forward still carries the points finished before (its result's
/// `cancelled` is set); a cancelled single backtest carries nothing.
struct BacktestOutcome {
    BacktestJob job;
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
};

using BacktestOutcomePtr = std::shared_ptr<const BacktestOutcome>;

/// The strategy `job` runs: its rule strategy, else the built-in it names; null for neither.
const strategy::StrategyDescriptor *jobStrategy(const BacktestJob &job);

/// The job that runs a journaled run again, with the inputs it recorded.
BacktestJob jobOf(const journal::RecordedStrategyRun &run, const QString &workspacePath);

/// Runs `job` on the calling thread, then journals it (a run that finished, not one cancelled). Progress and cancellation go through `control`: grid
/// searches and walk-forward poll it between grid points; a single backtest (a few
/// milliseconds of bar loop, which core does not interrupt) checks it before and after the run.
BacktestOutcome runBacktestJob(const BacktestJob &job, const TaskControl &control = {});

} // namespace rutile::ui
