#include "backtest/WalkForward.h"

#include "util/RangeCheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace rutile::backtest {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};
} // namespace

Status WalkForwardConfig::validate(std::size_t bars) const
{
    if (Status s = checkRange(Text::tr("in-sample bars"), inSampleBars, 20, 1e7); !s)
        return s;
    if (Status s = checkRange(Text::tr("out-of-sample bars"), outOfSampleBars, 2, 1e7); !s)
        return s;
    if (std::size_t(inSampleBars) + 2 > bars)
        return Error::invalidInput(Text::tr("not enough data: an in-sample window of %1 bars and an out-of-sample window of at least 2 "
                              "need %2 bars, the range has %3")
                         .arg(inSampleBars)
                         .arg(inSampleBars + 2)
                         .arg(bars));
    return {};
}

std::vector<WalkForwardFold> walkForwardWindows(std::size_t first, std::size_t last, const WalkForwardConfig &c)
{
    std::vector<WalkForwardFold> folds;
    const auto is = std::size_t(c.inSampleBars);
    const auto oos = std::size_t(c.outOfSampleBars);
    for (std::size_t k = 0;; ++k) {
        WalkForwardFold f;
        f.outOfSampleFirst = first + is + k * oos;
        if (f.outOfSampleFirst + 2 > last)
            break;
        f.outOfSampleLast = std::min(f.outOfSampleFirst + oos, last);
        f.inSampleLast = f.outOfSampleFirst;
        f.inSampleFirst = c.anchored ? first : f.inSampleLast - is;
        folds.push_back(f);
    }
    return folds;
}

Result<WalkForwardResult> walkForward(const trading::MarketData &data, const strategy::StrategyDescriptor &descriptor,
                                      const ParameterGrid &grid, const BacktestConfig &config,
                                      const OptimizerConfig &optimizer, const WalkForwardConfig &walk,
                                      const RunOptions &range, const TaskControl &control)
{
    QElapsedTimer timer;
    timer.start();
    const std::size_t first = std::min(range.first, data.size());
    const std::size_t last = std::min(range.last, data.size());
    if (Status s = walk.validate(last > first ? last - first : 0); !s)
        return s.error();
    if (optimizer.shard.count != 1)
        return Error::invalidArgument(Text::tr("walk-forward runs the whole grid; --shard does not apply"));

    WalkForwardResult out;
    out.strategy = descriptor.name;
    out.objective = optimizer.objective;
    out.config = walk;
    out.folds = walkForwardWindows(first, last, walk);
    const std::size_t folds = out.folds.size();

    BacktestConfig oosConfig = config;
    Backtester backtester;
    double isCagrSum = 0;
    int isCagrCount = 0;
    int groupOffset = 0;
    for (std::size_t k = 0; k < folds; ++k) {
        WalkForwardFold &f = out.folds[k];
        // Progress: fold k's grid is the k-th of `folds` equal parts.
        TaskControl foldControl;
        foldControl.onProgress = [&control, k, folds](double fraction) {
            control.report((double(k) + fraction) / double(folds));
        };
        foldControl.isCancellationRequested = [&control] { return control.cancelled(); };

        RunOptions isRange = range;
        isRange.first = f.inSampleFirst;
        isRange.last = f.inSampleLast;
        Result<OptimizationResult> opt = optimize(data, descriptor, grid, config, optimizer, isRange, foldControl);
        if (!opt)
            return Error{opt.error().kind,
                         Text::tr("walk-forward fold %1 (in-sample %2 to %3): %4")
                             .arg(k + 1)
                             .arg(toDate(data.days()[f.inSampleFirst]).toString(Qt::ISODate),
                                  toDate(data.days()[f.inSampleLast - 1]).toString(Qt::ISODate), opt.error().message),
                         {}, 0, 0};
        if (opt->cancelled) {
            out.cancelled = true;
            out.folds.resize(k);
            break;
        }
        const GridPointResult *best = opt->bestPoint();
        f.evaluated = int(opt->results.size());
        f.params = best->params;
        f.inSampleValue = best->value;
        f.inSample = best->performance;

        RunOptions oosRange;
        oosRange.first = f.outOfSampleFirst;
        oosRange.last = f.outOfSampleLast;
        oosRange.keepOrders = false;
        oosRange.compareBenchmark = false;
        oosConfig.initialCash = out.equity.empty() ? config.initialCash : out.equity.back();
        if (!(oosConfig.initialCash > 0)) {
            out.warnings.push_back({BacktestWarningKind::EquityNotPositive,
                                    Text::tr("the out-of-sample equity fell to zero; the walk-forward stopped at fold %1")
                                        .arg(k + 1)});
            out.folds.resize(k);
            break;
        }
        Result<BacktestResult> run = backtester.run(data, descriptor, f.params, oosConfig, oosRange);
        if (!run)
            return run.error();
        f.outOfSample = run->performance;
        f.outOfSampleTrades = run->tradeStats;
        if (f.inSample.cagr > 0)
            f.efficiency = f.outOfSample.cagr / f.inSample.cagr;
        if (std::isfinite(f.inSample.cagr)) {
            isCagrSum += f.inSample.cagr;
            ++isCagrCount;
        }
        out.days.insert(out.days.end(), run->days.begin(), run->days.end());
        out.equity.insert(out.equity.end(), run->equity.begin(), run->equity.end());
        out.exposure.insert(out.exposure.end(), run->exposure.begin(), run->exposure.end());
        // Each run numbers its trade groups from 1: shift them past the previous folds'.
        int maxGroup = groupOffset;
        for (trading::Trade t : run->trades) {
            t.group += groupOffset;
            maxGroup = std::max(maxGroup, t.group);
            out.trades.push_back(t);
        }
        groupOffset = maxGroup;
        for (const BacktestWarning &w : run->warnings)
            if (w.kind != BacktestWarningKind::EndOfDataExit && w.kind != BacktestWarningKind::NoTrades)
                out.warnings.push_back(w);
    }
    out.drawdown.resize(out.equity.size());
    drawdownCurve(out.equity, out.drawdown);
    out.performance = computePerformance(out.equity, out.exposure, config.metrics);
    out.tradeStats = computeTradeStats(out.trades);
    if (isCagrCount > 0 && isCagrSum / isCagrCount > 0)
        out.efficiency = out.performance.cagr / (isCagrSum / isCagrCount);
    if (!out.equity.empty()) {
        const double initial = out.equity.front();
        out.buyAndHoldEquity = benchmarkCurve(out.days, data.leg(0), initial);
        out.buyAndHold = heldPerformance(out.buyAndHoldEquity, config.metrics);
        if (const BarSeries *benchmark = data.benchmark()) {
            out.benchmarkSymbol = benchmark->symbol;
            out.benchmarkEquity = benchmarkCurve(out.days, *benchmark, initial);
            out.benchmarkPerformance = heldPerformance(out.benchmarkEquity, config.metrics);
        }
    }
    out.valid = true;
    if (!out.cancelled)
        control.report(1.0);
    out.elapsedMs = double(timer.nsecsElapsed()) * 1e-6;
    return out;
}

} // namespace rutile::backtest
