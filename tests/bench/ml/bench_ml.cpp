// The ML lab's speed (issue 17), on the sample's SYN-SMALL (9,860 daily bars, 1988–2025, about
// RUT's length): training a 100-tree random forest and 100 rounds of boosted trees on 9,000 rows
// × the seed's 4 features, and a walk-forward with yearly refits (252 rows) after two years,
// each model — the whole core call of `rutile-cli ml --eval walkforward` (dataset, models,
// predictions, permutation importance).
//
//   build/speed/tests/bench/ml/bench_ml

#include "data/SampleMarket.h"
#include "ml/Classifier.h"
#include "ml/Dataset.h"
#include "ml/Evaluation.h"

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

} // namespace
