#include "backtest/BacktestJob.h"

#include "storage/Workspace.h"
#include "strategy/StrategyRegistry.h"

#include <QCoreApplication>

#include <atomic>

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

BacktestJob jobOf(const journal::RecordedStrategyRun &run, const QString &workspacePath)
{
    BacktestJob job;
    job.kind = run.kind == journal::kOptimize ? BacktestJob::Kind::Optimization
        : run.kind == journal::kWalkForward   ? BacktestJob::Kind::WalkForward
                                              : BacktestJob::Kind::Backtest;
    job.workspacePath = workspacePath;
    job.data = run.inputs.data;
    job.strategy = run.strategy->name;
    if (!run.strategy->source.isEmpty())
        job.ruleStrategy = run.strategy;
    job.params = run.inputs.params;
    job.config = run.inputs.config;
    job.grid = run.inputs.grid;
    job.optimizer = run.inputs.optimizer;
    job.walkForward = run.inputs.walkForward;
    return job;
}

void journalOutcome(BacktestOutcome &outcome, const JournalBasis &basis)
{
    const backtest::BacktestData &loaded = basis.loaded;
    const BacktestJob &job = outcome.job;
    const strategy::StrategyDescriptor *descriptor = jobStrategy(job);
    if (!descriptor)
        return; // computeBacktestJob made no outcome without one
    journal::StrategyRunInputs inputs;
    inputs.data = basis.selection;
    inputs.strategy = descriptor;
    inputs.params = outcome.backtest ? outcome.backtest->params : job.grid.base;
    inputs.config = job.config;
    inputs.grid = job.grid;
    inputs.optimizer = job.optimizer;
    inputs.walkForward = job.walkForward;
    RunRecord entry;
    if (outcome.backtest) {
        entry = journal::backtestEntry(inputs, loaded.data, *outcome.backtest);
    } else if (outcome.optimization) {
        const auto best = journal::rerunBestPoint(loaded.data, *descriptor, *outcome.optimization, job.config, loaded.range);
        entry = journal::optimizationEntry(inputs, loaded.data, *outcome.optimization, best ? &*best : nullptr);
    } else if (outcome.walkForward) {
        entry = journal::walkForwardEntry(inputs, loaded.data, *outcome.walkForward);
    } else {
        return;
    }
    if (const auto id = journal::journalRun(job.workspacePath, entry); id)
        entry.id = *id;
    else
        outcome.journalWarning = id.error().message;
    outcome.entry = std::move(entry);
}

BacktestOutcome runBacktestJob(const BacktestJob &job, const TaskControl &control)
{
    ComputedJob computed = computeBacktestJob(job, control);
    if (computed.basis)
        journalOutcome(computed.outcome, *computed.basis);
    return std::move(computed.outcome);
}

ComputedJob computeBacktestJob(const BacktestJob &job, const TaskControl &control)
{
    static std::atomic<quint64> runs{0};
    ComputedJob computed;
    BacktestOutcome &outcome = computed.outcome;
    outcome.job = job;
    outcome.run = ++runs;
    const auto stopped = [&] {
        outcome.cancelled = true;
        outcome.error = cancelledError();
        return std::move(computed);
    };
    if (control.cancelled())
        return stopped();

    const strategy::StrategyDescriptor *descriptor = jobStrategy(job);
    if (!descriptor) {
        outcome.error = strategy::findStrategy(job.strategy).error(); // its message lists the names
        return computed;
    }
    DataSelection selection = job.data;
    if (selection.benchmark == selection.symbol)
        selection.benchmark.clear(); // the panel never compares a symbol with itself
    if (!descriptor->needsPair())
        selection.pair.clear();
    else if (selection.pair.isEmpty()) {
        outcome.error = Error {
            ErrorKind::InvalidArgument, Text::tr("%1 needs a hedge symbol").arg(descriptor->displayName), {}, 0, 0};
        return computed;
    }
    auto loaded = loadData(job.workspacePath, selection);
    if (!loaded) {
        outcome.error = loaded.error();
        return computed;
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
    if (outcome.isJournaled())
        computed.basis = std::make_shared<const JournalBasis>(JournalBasis{std::move(*loaded), selection});
    return computed;
}

} // namespace rutile::ui
