#include "backtest/BacktestJob.h"

#include "storage/Workspace.h"
#include "strategy/StrategyRegistry.h"

#include <QCoreApplication>

namespace rutile::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::BacktestJob)
};

Error cancelledError()
{
    return Error::cancelled(Text::tr("cancelled"));
}

/// Core's data selection on the workspace file at `path`, through a connection of this
/// thread's own (a Workspace belongs to one thread). A backtest only reads, so it opens for
/// reading: it works on a read-only workspace and never creates one.
Result<backtest::BacktestData> loadData(const QString &path, const DataSelection &selection)
{
    auto workspace = Workspace::open(path, WorkspaceAccess::Read);
    if (!workspace)
        return workspace.error();
    return backtest::loadBacktestData(**workspace, selection);
}

} // namespace

const strategy::StrategyDescriptor *jobStrategy(const BacktestJob &job)
{
    return job.ruleStrategy ? job.ruleStrategy.get() : strategy::StrategyRegistry::builtIn().find(job.strategy);
}

BacktestOutcome runBacktestJob(const BacktestJob &job, const TaskControl &control)
{
    BacktestOutcome outcome;
    outcome.job = job;
    const auto stopped = [&] {
        outcome.cancelled = true;
        outcome.error = cancelledError();
        return outcome;
    };
    if (control.cancelled())
        return stopped();

    const strategy::StrategyDescriptor *descriptor = jobStrategy(job);
    if (!descriptor) {
        outcome.error = strategy::findStrategy(job.strategy).error(); // its message lists the names
        return outcome;
    }
    DataSelection selection = job.data;
    if (selection.benchmark == selection.symbol)
        selection.benchmark.clear(); // the panel never compares a symbol with itself
    if (!descriptor->needsPair())
        selection.pair.clear();
    else if (selection.pair.isEmpty()) {
        outcome.error = Error {
            ErrorKind::InvalidArgument, Text::tr("%1 needs a hedge symbol").arg(descriptor->displayName), {}, 0, 0};
        return outcome;
    }
    auto loaded = loadData(job.workspacePath, selection);
    if (!loaded) {
        outcome.error = loaded.error();
        return outcome;
    }
    if (control.cancelled())
        return stopped();
    if (loaded->data.benchmark())
        outcome.benchmarkSymbol = selection.benchmark;
    // The rate of a risk-free series, when one was chosen, replaces the typed constant.
    const backtest::BacktestConfig config = loaded->apply(job.config);
    outcome.job.config = config;

    switch (job.kind) {
    case BacktestJob::Kind::Backtest: {
        control.report(0.1);
        backtest::RunOptions range = loaded->range;
        range.isCancellationRequested = control.isCancellationRequested; // ml_signal's training stops
        auto result = backtest::runBacktest(loaded->data, *descriptor, job.params, config, range);
        if (control.cancelled())
            return stopped(); // the run finished, but nobody wants it any more
        if (!result)
            outcome.error = result.error();
        else
            outcome.backtest = std::move(*result);
        control.report(1.0);
        break;
    }
    case BacktestJob::Kind::Optimization: {
        auto result = backtest::optimize(
            loaded->data, *descriptor, job.grid, config, job.optimizer, loaded->range, control);
        if (!result) {
            outcome.error = result.error();
        } else {
            outcome.cancelled = result->cancelled;
            outcome.optimization = std::move(*result);
        }
        break;
    }
    case BacktestJob::Kind::WalkForward: {
        auto result = backtest::walkForward(
            loaded->data, *descriptor, job.grid, config, job.optimizer, job.walkForward, loaded->range, control);
        if (!result) {
            outcome.error = result.error();
        } else {
            outcome.cancelled = result->cancelled;
            outcome.dataDays = loaded->data.days();
            outcome.walkForward = std::move(*result);
        }
        break;
    }
    }
    return outcome;
}

} // namespace rutile::ui
