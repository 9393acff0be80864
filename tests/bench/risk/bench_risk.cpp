// Risk analysis cost: the whole report (moments, VaR/ES, two GPD fits, drawdowns, rolling
// volatility) on fat-tailed synthetic prices, with and without a benchmark (rolling 252-day
// beta and correlation), and the GPD fit alone. The dashboard recomputes on every edit, so
// the 10,000-return case (40 years of daily data) is the one that matters.

#include "risk/Gpd.h"
#include "risk/RiskAnalysis.h"
#include "risk/RiskPlots.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

using namespace rutile;
using namespace rutile::risk;

namespace {

double uniform01(std::mt19937_64 &rng)
{
    return (double(rng() >> 11) + 0.5) * 0x1.0p-53;
}

// Prices whose daily log returns are Student-t with 4 degrees of freedom scaled to 1.2%
// (fat tails like an index: excess kurtosis is infinite in theory, large in samples).
DatedSeries prices(std::size_t n, std::uint64_t seed, const QString &name)
{
    std::mt19937_64 rng(seed);
    std::student_t_distribution<double> t(4.0); // used only for timing data, not for values checked
    DatedSeries s {name, {}, {}};
    s.day.reserve(n + 1);
    s.value.reserve(n + 1);
    double p = 1000;
    for (std::size_t i = 0; i <= n; ++i) {
        s.day.push_back(DayNumber(i));
        s.value.push_back(p);
        p *= std::exp(0.012 / std::sqrt(2.0) * t(rng));
    }
    return s;
}

void BM_AnalyseRisk(benchmark::State &state)
{
    const DatedSeries s = prices(std::size_t(state.range(0)), 1, QStringLiteral("X"));
    for (auto _ : state) {
        auto r = analyseRisk(s, RiskOptions {});
        benchmark::DoNotOptimize(r);
    }
    state.counters["ns/return"] = benchmark::Counter(
        double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_AnalyseRisk)->Arg(10'000)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_AnalyseRiskWithBenchmark(benchmark::State &state)
{
    const DatedSeries s = prices(std::size_t(state.range(0)), 1, QStringLiteral("X"));
    const DatedSeries b = prices(std::size_t(state.range(0)), 2, QStringLiteral("B"));
    for (auto _ : state) {
        auto r = analyseRisk(s, RiskOptions {}, &b);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_AnalyseRiskWithBenchmark)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

void BM_RiskPlots(benchmark::State &state)
{
    const DatedSeries s = prices(std::size_t(state.range(0)), 1, QStringLiteral("X"));
    const auto r = analyseRisk(s, RiskOptions {});
    for (auto _ : state) {
        auto p = riskPlots(*r);
        benchmark::DoNotOptimize(p);
    }
}
BENCHMARK(BM_RiskPlots)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_FitGpd(benchmark::State &state)
{
    std::mt19937_64 rng(7);
    std::vector<double> z(std::size_t(state.range(0)));
    for (double &v : z)
        v = 0.006 / 0.25 * (std::pow(1 - uniform01(rng), -0.25) - 1);
    for (auto _ : state) {
        auto f = fitGpd(z);
        benchmark::DoNotOptimize(f);
    }
}
BENCHMARK(BM_FitGpd)->Arg(100)->Arg(1'000)->Arg(10'000)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
