// The ML lab's speed (issue 17), on the sample's SYN-SMALL (9,860 daily bars, 1988–2025, about
// RUT's length): training a 100-tree random forest and 100 rounds of boosted trees on 9,000 rows
// × the seed's 4 features, and a walk-forward with yearly refits (252 rows) after two years,
// each model — the whole core call of `rutile-cli ml --eval walkforward` (dataset, models,
// predictions, permutation importance). Then the ml_signal strategy in the backtester: one
// backtest with its default yearly refits of boosted trees, and an optimiser grid of five
// thresholds, whose points share one trained probability column.
//
//   build/speed/tests/bench/ml/bench_ml

#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "data/SampleMarket.h"
#include "ml/Classifier.h"
#include "ml/Dataset.h"
#include "ml/Evaluation.h"
#include "strategy/StrategyRegistry.h"
#include "trading/MarketData.h"

#include <benchmark/benchmark.h>

using namespace rutile;
using namespace rutile::ml;

namespace {

const BarSeries &bars()
{
    static const BarSeries small = generateSampleMarket().smallCap;
    return small;
}

void train(benchmark::State &state, ModelKind kind)
{
    const Dataset d = buildDataset(bars(), defaultFeatures(), 1).value();
    const std::size_t rows = std::min<std::size_t>(9000, d.rows());
    const std::vector<double> x(d.x.begin(), d.x.begin() + std::ptrdiff_t(rows * d.columns()));
    const std::vector<int> y(d.y.begin(), d.y.begin() + std::ptrdiff_t(rows));
    const ParamValues size{{kind == ModelKind::RandomForest ? QStringLiteral("trees") : QStringLiteral("rounds"), 100}};
    for (auto _ : state) {
        auto model = makeClassifier(kind, size).value();
        if (!model->train(x, d.columns(), y)) {
            state.SkipWithError("training failed");
            return;
        }
        benchmark::DoNotOptimize(model);
    }
    state.counters["rows"] = double(rows);
}

void BM_TrainForest100(benchmark::State &state) { train(state, ModelKind::RandomForest); }
BENCHMARK(BM_TrainForest100)->Unit(benchmark::kMillisecond)->Iterations(3);
void BM_TrainBoosted100(benchmark::State &state) { train(state, ModelKind::GradientBoosting); }
BENCHMARK(BM_TrainBoosted100)->Unit(benchmark::kMillisecond)->Iterations(3);

void walkForward(benchmark::State &state, ModelKind kind)
{
    EvaluationRequest request;
    request.model = kind;
    request.method = EvaluationMethod::WalkForward;
    request.walkForward = {504, 252, true};
    std::size_t models = 0, testRows = 0;
    for (auto _ : state) {
        const auto evaluation = evaluate(bars(), request);
        if (!evaluation) {
            state.SkipWithError("evaluation failed");
            return;
        }
        models = evaluation->folds.size();
        testRows = evaluation->testRows;
    }
    state.counters["models"] = double(models);
    state.counters["test_rows"] = double(testRows);
}

void BM_WalkForwardYearlyForest(benchmark::State &state) { walkForward(state, ModelKind::RandomForest); }
BENCHMARK(BM_WalkForwardYearlyForest)->Unit(benchmark::kMillisecond)->Iterations(1);
void BM_WalkForwardYearlyBoosted(benchmark::State &state) { walkForward(state, ModelKind::GradientBoosting); }
BENCHMARK(BM_WalkForwardYearlyBoosted)->Unit(benchmark::kMillisecond)->Iterations(1);

const strategy::StrategyDescriptor &mlSignal()
{
    return *strategy::StrategyRegistry::builtIn().find(u"ml_signal");
}

void BM_MlSignalBacktest(benchmark::State &state)
{
    std::size_t trades = 0;
    for (auto _ : state) {
        const trading::MarketData data(bars()); // a new cache: the models are trained each time
        const auto run = backtest::runBacktest(data, mlSignal(), defaultValues(mlSignal().params), {});
        if (!run) {
            state.SkipWithError("backtest failed");
            return;
        }
        trades = run->trades.size();
    }
    state.counters["trades"] = double(trades);
}
BENCHMARK(BM_MlSignalBacktest)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_MlSignalThresholdGrid(benchmark::State &state)
{
    backtest::ParameterGrid grid;
    grid.base = defaultValues(mlSignal().params);
    grid.axes = {backtest::GridAxis::range(*findParam(mlSignal().params, u"threshold"), 0.5, 0.6, 0.025).value()};
    std::size_t points = 0;
    for (auto _ : state) {
        const trading::MarketData data(bars());
        const auto opt = backtest::optimize(data, mlSignal(), grid, {}, {});
        if (!opt) {
            state.SkipWithError("optimisation failed");
            return;
        }
        points = opt->results.size();
    }
    state.counters["points"] = double(points);
}
BENCHMARK(BM_MlSignalThresholdGrid)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
