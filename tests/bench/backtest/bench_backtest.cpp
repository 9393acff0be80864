// Speed of the backtest engine.
//
//   SmaCross/<bars>/cold  one sma_cross(20, 50) run on a fresh MarketData: the two SMA columns
//                         are computed, the loop runs, the metrics and buy-and-hold are computed
//   SmaCross/<bars>/warm  the same with the columns already cached (as on the 2nd grid point)
//   Grid10x8              the 10 × 8 sma_cross grid (fast 5..50, slow 60..200) over the RUT
//                         history (9,297 bars; a 9,300-bar random walk without ../shared/data),
//                         on all cores, from a cold cache
//
// Counters: bars/s (bars processed per second), backtests/s. Targets (README): ≥ 20,000,000
// bars/s for a single run, the 80-point grid in under 50 ms on this 2-core machine.

#include "BenchBars.h"
#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "strategy/StrategyRegistry.h"

#include <benchmark/benchmark.h>

#include <cmath>

using namespace rutile;
using namespace rutile::backtest;
using namespace rutile::bench;
using namespace rutile::trading;

namespace {

const strategy::StrategyDescriptor &smaCross()
{
    return *strategy::StrategyRegistry::builtIn().find(u"sma_cross");
}

BacktestConfig costs()
{
    BacktestConfig c;
    c.commission = PercentCommissionParams{0.001};
    c.slippage.bps = 5;
    return c;
}

const ParamValues kParams{{QStringLiteral("fast"), 20}, {QStringLiteral("slow"), 50}};

void finish(benchmark::State &state, double bars, double runs)
{
    state.counters["bars/s"] = benchmark::Counter(bars, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["backtests/s"] = benchmark::Counter(runs, benchmark::Counter::kIsIterationInvariantRate);
}

void BM_SmaCrossCold(benchmark::State &state)
{
    const BarSeries bars = randomWalkBars(std::size_t(state.range(0)), 42);
    Backtester backtester;
    std::size_t trades = 0;
    for (auto _ : state) {
        state.PauseTiming();
        MarketData data(bars); // a fresh column cache: the SMAs are computed inside the run
        state.ResumeTiming();
        auto r = backtester.run(data, smaCross(), kParams, costs());
        if (!r)
            state.SkipWithError("backtest failed");
        else
            trades = r->trades.size();
        benchmark::DoNotOptimize(r);
        state.PauseTiming();
        { auto drop = std::move(data); }
        state.ResumeTiming();
    }
    state.counters["trades"] = double(trades);
    finish(state, double(bars.size()), 1);
}

void BM_SmaCrossWarm(benchmark::State &state)
{
    const MarketData data(randomWalkBars(std::size_t(state.range(0)), 42));
    Backtester backtester;
    (void)backtester.run(data, smaCross(), kParams, costs());
    RunOptions lean; // what a grid point keeps: statistics, no curves or order log
    lean.keepCurves = false;
    lean.keepOrders = false;
    lean.compareBuyAndHold = false;
    for (auto _ : state) {
        auto r = backtester.run(data, smaCross(), kParams, costs(), lean);
        benchmark::DoNotOptimize(r);
    }
    finish(state, double(data.size()), 1);
}

void BM_Grid10x8(benchmark::State &state)
{
    const BarSeries bars = rutHistoryOrWalk();
    const auto &specs = smaCross().params;
    ParameterGrid grid;
    grid.axes.push_back(GridAxis::range(*findParam(specs, u"fast"), 5, 50, 5).value());
    grid.axes.push_back(GridAxis::range(*findParam(specs, u"slow"), 60, 200, 20).value());
    OptimizerConfig oc;
    oc.threads = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        MarketData data(bars);
        state.ResumeTiming();
        auto r = optimize(data, smaCross(), grid, costs(), oc);
        if (!r || r->results.size() != 80)
            state.SkipWithError("grid failed");
        benchmark::DoNotOptimize(r);
        state.PauseTiming();
        { auto drop = std::move(data); }
        state.ResumeTiming();
    }
    state.counters["points"] = 80;
    finish(state, 80.0 * double(bars.size()), 80);
}

} // namespace

BENCHMARK(BM_SmaCrossCold)->Arg(10'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SmaCrossWarm)->Arg(10'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Grid10x8)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
