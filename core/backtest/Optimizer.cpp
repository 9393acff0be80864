#include "backtest/Optimizer.h"

#include "util/RangeCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <thread>

namespace rutile::backtest {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};

struct ObjectiveEntry {
    Objective objective;
    const char *name;
};
constexpr ObjectiveEntry kObjectives[] = {{Objective::Sharpe, "sharpe"},
                                          {Objective::Cagr, "cagr"},
                                          {Objective::Calmar, "calmar"},
                                          {Objective::TotalReturn, "total_return"},
                                          {Objective::Sortino, "sortino"}};

/// a ranks before b: higher value, NaN last, then lower grid index.
bool ranksBefore(const GridPointResult &a, const GridPointResult &b)
{
    const bool an = std::isnan(a.value), bn = std::isnan(b.value);
    if (an != bn)
        return bn;
    if (!an && a.value != b.value)
        return a.value > b.value;
    return a.index < b.index;
}

} // namespace

QString objectiveName(Objective objective)
{
    for (const auto &e : kObjectives)
        if (e.objective == objective)
            return QString::fromLatin1(e.name);
    return {};
}

std::optional<Objective> objectiveFromName(QStringView name)
{
    for (const auto &e : kObjectives)
        if (name.compare(QLatin1String(e.name), Qt::CaseInsensitive) == 0)
            return e.objective;
    return std::nullopt;
}

QStringList objectiveNames()
{
    QStringList names;
    for (const auto &e : kObjectives)
        names << QString::fromLatin1(e.name);
    return names;
}

double objectiveValue(Objective objective, const PerformanceStats &p)
{
    switch (objective) {
    case Objective::Sharpe: return p.sharpe;
    case Objective::Cagr: return p.cagr;
    case Objective::Calmar: return p.calmar;
    case Objective::TotalReturn: return p.totalReturn;
    case Objective::Sortino: return p.sortino;
    }
    return kUndefined;
}

Status OptimizerConfig::validate() const
{
    if (Status s = checkRange(Text::tr("threads"), threads, 0, 1024); !s)
        return s;
    if (Status s = shard.validate(); !s)
        return s;
    return checkRange(Text::tr("deflated Sharpe confidence"), dsrConfidence, 0.5, 0.9999);
}

std::optional<std::size_t> bestResult(const std::vector<GridPointResult> &results)
{
    if (results.empty())
        return std::nullopt;
    std::size_t best = 0;
    for (std::size_t i = 1; i < results.size(); ++i)
        if (ranksBefore(results[i], results[best]))
            best = i;
    return best;
}

DeflatedSharpeResult deflatedSharpeOf(const std::vector<GridPointResult> &results, std::size_t best, double confidence)
{
    // Trials: every evaluated point. Points whose Sharpe ratio is undefined (no variation:
    // never traded) still count as trials but add nothing to the variance.
    double sum = 0, sumSq = 0;
    int defined = 0;
    for (const GridPointResult &r : results) {
        if (std::isfinite(r.performance.dailySharpe)) {
            sum += r.performance.dailySharpe;
            ++defined;
        }
    }
    const double mean = defined > 0 ? sum / defined : 0;
    for (const GridPointResult &r : results)
        if (std::isfinite(r.performance.dailySharpe))
            sumSq += (r.performance.dailySharpe - mean) * (r.performance.dailySharpe - mean);
    DeflatedSharpeInput in;
    const PerformanceStats &p = results[best].performance;
    in.sharpe = p.dailySharpe;
    in.sharpeVariance = defined > 1 ? sumSq / (defined - 1) : 0;
    in.trials = int(results.size());
    in.observations = p.returns;
    in.skewness = p.skewness;
    in.excessKurtosis = p.excessKurtosis;
    return deflatedSharpe(in, confidence);
}

Result<OptimizationResult> optimize(const trading::MarketData &data, const strategy::StrategyDescriptor &descriptor,
                                    const ParameterGrid &grid, const BacktestConfig &config,
                                    const OptimizerConfig &optimizer, const RunOptions &range,
                                    const TaskControl &control)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = optimizer.validate(); !s)
        return s.error();
    if (Status s = validate(grid, descriptor.params); !s)
        return s.error();
    if (Status s = config.validate(); !s)
        return s.error();
    if (Status s = validate(descriptor.params, grid.base); !s)
        return s.error();

    OptimizationResult out;
    out.strategy = descriptor.name;
    out.objective = optimizer.objective;
    out.grid = grid;
    out.gridSize = grid.size();
    out.shard = optimizer.shard;
    // Not a structured binding: Clang before 16 cannot capture one in a lambda (evaluate, below).
    const std::pair<std::size_t, std::size_t> shardRange = optimizer.shard.range(out.gridSize);
    const std::size_t begin = shardRange.first;
    const std::size_t end = shardRange.second;
    const std::size_t count = end - begin;

    int threads = optimizer.threads > 0 ? optimizer.threads : std::max(1, QThread::idealThreadCount());
    threads = int(std::min<std::size_t>(std::size_t(threads), std::max<std::size_t>(count, 1)));
    out.threads = threads;

    RunOptions options = range;
    if (!options.isCancellationRequested)
        options.isCancellationRequested = control.isCancellationRequested;
    options.keepCurves = false;
    options.keepTrades = false;
    options.keepOrders = false;
    options.compareBuyAndHold = false;
    options.compareBenchmark = false;

    // Each slot is written by exactly one worker; `done` counts finished points.
    struct Slot {
        bool evaluated = false;
        bool skipped = false;
        Error error;
        GridPointResult result;
    };
    std::vector<Slot> cells(count);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};

    const auto evaluate = [&](Backtester &backtester, std::size_t k) {
        Slot &slot = cells[k];
        const std::size_t index = begin + k;
        const ParamValues params = grid.point(index);
        Result<BacktestResult> run = backtester.run(data, descriptor, params, config, options);
        if (!run) {
            slot.error = run.error();
            // A point the strategy rejects (fast ≥ slow) or the data cannot carry (a window
            // longer than the history) is skipped; anything else is an error of the whole run.
            slot.skipped = run.error().kind == ErrorKind::InvalidArgument || run.error().kind == ErrorKind::InvalidInput;
            return;
        }
        slot.evaluated = true;
        slot.result.index = index;
        slot.result.params = std::move(run->params);
        slot.result.performance = run->performance;
        slot.result.trades = run->tradeStats;
        slot.result.value = objectiveValue(optimizer.objective, run->performance);
    };
    const auto worker = [&](bool coordinator) {
        Backtester backtester;
        for (;;) {
            if (stop.load(std::memory_order_relaxed))
                return;
            const std::size_t k = next.fetch_add(1);
            if (k >= count)
                return;
            evaluate(backtester, k);
            const std::size_t finished = done.fetch_add(1) + 1;
            // Only the calling thread talks to the TaskControl (its hooks may not be
            // thread-safe); the others see the stop flag.
            if (coordinator) {
                control.report(double(finished) / double(count));
                if (control.cancelled())
                    stop.store(true);
            }
        }
    };

    std::vector<std::thread> pool;
    pool.reserve(std::size_t(threads - 1));
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(worker, false);
    worker(true);
    for (std::thread &t : pool)
        t.join();
    // A cancellation that arrives after the last point finished (another thread may evaluate
    // the rest of the grid before the caller reports) leaves a complete run, not a cancelled one.
    out.cancelled = stop.load() && done.load() < count;
    if (!out.cancelled)
        control.report(1.0);

    for (Slot &slot : cells) {
        if (slot.evaluated) {
            out.results.push_back(std::move(slot.result));
        } else if (slot.skipped) {
            ++out.skipped;
            if (out.firstSkipReason.isEmpty())
                out.firstSkipReason = slot.error.message;
        } else if (!slot.error.message.isEmpty()) {
            return slot.error;
        }
    }
    if (out.results.empty() && count > 0 && !out.cancelled) {
        return Error::invalidInput(Text::tr("no grid point could be evaluated (%n skipped): %1", nullptr, int(out.skipped))
                         .arg(out.firstSkipReason));
    }
    out.best = bestResult(out.results);
    if (out.best && optimizer.shard.count == 1 && !out.cancelled)
        out.deflatedSharpe = deflatedSharpeOf(out.results, *out.best, optimizer.dsrConfidence);
    out.valid = true;
    out.elapsedMs = double(timer.nsecsElapsed()) * 1e-6;
    return out;
}

ObjectiveSurface objectiveSurface(const OptimizationResult &result, std::size_t xAxis, std::size_t yAxis)
{
    ObjectiveSurface s;
    const auto &axes = result.grid.axes;
    if (xAxis >= axes.size() || yAxis >= axes.size() || xAxis == yAxis)
        return s;
    s.xValues = axes[xAxis].values;
    s.yValues = axes[yAxis].values;
    s.nx = s.xValues.size();
    s.ny = s.yValues.size();
    s.values.assign(s.nx * s.ny, kUndefined);
    for (const GridPointResult &r : result.results) {
        const std::vector<std::size_t> c = result.grid.coordinates(r.index);
        double &cell = s.values[c[yAxis] * s.nx + c[xAxis]];
        if (std::isnan(cell) || r.value > cell)
            cell = r.value;
    }
    return s;
}

} // namespace rutile::backtest
