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
    return Error {ErrorKind::Cancelled, Text::tr("cancelled"), {}, 0, 0};
}

} // namespace

Result<LoadedData> loadData(const QString &workspacePath, const DataSelection &selection)
{
    auto workspace = Workspace::open(workspacePath);
    if (!workspace)
        return workspace.error();
    if (selection.symbol.isEmpty())
        return Error {ErrorKind::InvalidArgument, Text::tr("no symbol to trade"), {}, 0, 0};
    // Everything up to `to`: the bars before `from` warm the indicators up (as the CLI does).
    std::vector<BarSeries> legs;
    auto bars = (*workspace)->readBars(selection.symbol, {}, selection.to);
    if (!bars)
        return bars.error();
    legs.push_back(std::move(*bars));
    if (!selection.pair.isEmpty()) {
        auto pair = (*workspace)->readBars(selection.pair, {}, selection.to);
        if (!pair)
            return pair.error();
        legs.push_back(std::move(*pair));
    }
    auto data = backtest::MarketData::aligned(std::move(legs));
    if (!data)
        return data.error();
    LoadedData out {std::move(*data), {}};
    if (!selection.benchmark.isEmpty() && selection.benchmark != selection.symbol) {
        auto benchmark = (*workspace)->readBars(selection.benchmark, {}, selection.to);
        if (!benchmark)
            return benchmark.error();
        out.data.setBenchmark(std::move(*benchmark));
    }
    out.range.first = selection.from.isValid() ? out.data.leg(0).lowerBound(toDayNumber(selection.from)) : 0;
    out.range.last = out.data.size();
    if (out.range.last < out.range.first + 2) {
        return Error {ErrorKind::InvalidInput,
            Text::tr("not enough data: %1 has fewer than 2 bars between the dates given").arg(selection.symbol), {}, 0,
            0};
    }
    return out;
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

    auto descriptor = strategy::findStrategy(job.strategy);
    if (!descriptor) {
        outcome.error = descriptor.error();
        return outcome;
    }
    DataSelection selection = job.data;
    if (!(*descriptor)->needsPair())
        selection.pair.clear();
    else if (selection.pair.isEmpty()) {
        outcome.error = Error {
            ErrorKind::InvalidArgument, Text::tr("%1 needs a hedge symbol").arg((*descriptor)->displayName), {}, 0, 0};
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

    switch (job.kind) {
    case BacktestJob::Kind::Backtest: {
        control.report(0.1);
        auto result = backtest::runBacktest(loaded->data, **descriptor, job.params, job.config, loaded->range);
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
            loaded->data, **descriptor, job.grid, job.config, job.optimizer, loaded->range, control);
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
            loaded->data, **descriptor, job.grid, job.config, job.optimizer, job.walkForward, loaded->range, control);
        if (!result) {
            outcome.error = result.error();
        } else {
            outcome.cancelled = result->cancelled;
            if (!result->equity.empty()) {
                const double initial = result->equity.front();
                outcome.walkForwardBuyAndHold = backtest::benchmarkCurve(result->days, loaded->data.leg(0), initial);
                if (const BarSeries *benchmark = loaded->data.benchmark())
                    outcome.walkForwardBenchmark = backtest::benchmarkCurve(result->days, *benchmark, initial);
            }
            outcome.dataDays = loaded->data.days();
            outcome.walkForward = std::move(*result);
        }
        break;
    }
    }
    return outcome;
}

} // namespace rutile::ui
