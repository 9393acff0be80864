// Speed of rule strategies against the built-ins they restate.
//
//   SmaCross/<strategy>/<bars>   one sma_cross(20, 50) run on a fresh MarketData (the SMA columns
//                                computed inside the run); strategy 0 the built-in, 1 the rule file
//   Grid10x8/<strategy>          the 10 × 8 grid (fast 5..50, slow 60..200) over the RUT history
//                                (a 9,300-bar random walk without ../shared/data), 2 threads
//   Compile/<example>            compiling each examples/strategies file
//
// Target (issue 11): the rule file within 1.5× of the built-in; every compile under 1 ms.

#include "BenchBars.h"
#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "rules/Compiler.h"
#include "rules/RuleStrategy.h"
#include "strategy/StrategyRegistry.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>


using namespace rutile;
using namespace rutile::backtest;
using namespace rutile::bench;
using namespace rutile::trading;

namespace {

const char *const kExamples[] = {"sma_cross", "ema_cross", "bollinger_revert", "rsi_revert",
                                 "macd_cross", "pairs_spread", "buy_hold"};

QByteArray example(const char *name)
{
    QFile f(QDir(QStringLiteral(RUTILE_EXAMPLES_DIR)).filePath(QString::fromLatin1(name) + QStringLiteral(".rule")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// 0: the built-in sma_cross; 1: examples/strategies/sma_cross.rule.
const strategy::StrategyDescriptor &smaCross(std::int64_t which)
{
    static const strategy::StrategyDescriptor rule =
        rules::ruleStrategyDescriptor(rules::compileRules(example("sma_cross")).program, QStringLiteral("sma_cross"));
    return which == 0 ? *strategy::StrategyRegistry::builtIn().find(u"sma_cross") : rule;
}

BacktestConfig costs()
{
    BacktestConfig c;
    c.commission = PercentCommissionParams{0.001};
    c.slippage.bps = 5;
    return c;
}

void BM_SmaCross(benchmark::State &state)
{
    const BarSeries bars = randomWalkBars(std::size_t(state.range(1)), 42);
    const ParamValues params{{QStringLiteral("fast"), 20}, {QStringLiteral("slow"), 50}};
    Backtester backtester;
    for (auto _ : state) {
        state.PauseTiming();
        MarketData data(bars);
        state.ResumeTiming();
        auto r = backtester.run(data, smaCross(state.range(0)), params, costs());
        if (!r)
            state.SkipWithError("backtest failed");
        benchmark::DoNotOptimize(r);
        state.PauseTiming();
        { auto drop = std::move(data); }
        state.ResumeTiming();
    }
    state.counters["bars/s"] = benchmark::Counter(double(bars.size()), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_Grid10x8(benchmark::State &state)
{
    const BarSeries bars = rutHistoryOrWalk();
    const strategy::StrategyDescriptor &d = smaCross(state.range(0));
    ParameterGrid grid;
    grid.axes.push_back(GridAxis::range(*findParam(d.params, u"fast"), 5, 50, 5).value());
    grid.axes.push_back(GridAxis::range(*findParam(d.params, u"slow"), 60, 200, 20).value());
    OptimizerConfig oc;
    oc.threads = 2;
    for (auto _ : state) {
        state.PauseTiming();
        MarketData data(bars);
        state.ResumeTiming();
        auto r = optimize(data, d, grid, costs(), oc);
        if (!r || r->results.size() != 80)
            state.SkipWithError("grid failed");
        benchmark::DoNotOptimize(r);
        state.PauseTiming();
        { auto drop = std::move(data); }
        state.ResumeTiming();
    }
}

void BM_Compile(benchmark::State &state)
{
    const char *name = kExamples[state.range(0)];
    const QByteArray source = example(name);
    state.SetLabel(name);
    for (auto _ : state) {
        auto r = rules::compileRules(source);
        if (!r.ok())
            state.SkipWithError("does not compile");
        benchmark::DoNotOptimize(r);
    }
}

/// What the strategy editor compiles after each pause in typing, for a file far longer than any
/// strategy: `lines` lets of indicator arithmetic and a rule (10,000 lines are about 450 KB, the
/// size where checking on the GUI thread would start to be felt).
void BM_CompileLongFile(benchmark::State &state)
{
    const int lines = int(state.range(0));
    QByteArray source;
    for (int i = 0; i < lines; ++i)
        source += "let v" + QByteArray::number(i) + " = sma(close, " + QByteArray::number(2 + i % 200)
            + ") - ema(close, 10) * 0.5\n";
    source += "buy when v0 > v1\nsell when v1 > v0\n";
    state.SetLabel(QStringLiteral("%1 KB").arg(source.size() / 1024).toStdString());
    for (auto _ : state) {
        auto r = rules::compileRules(source);
        if (!r.ok())
            state.SkipWithError("does not compile");
        benchmark::DoNotOptimize(r);
    }
}

} // namespace

BENCHMARK(BM_CompileLongFile)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SmaCross)->ArgsProduct({{0, 1}, {10'000, 1'000'000}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Grid10x8)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Compile)->DenseRange(0, 6)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
