// Indicator kernels on 10,000,000 bars of realistic prices (tests/bench/common/BenchPrices.h:
// a mean-reverting log price around 1000 with 1.3 % daily volatility, or the CSV named by
// RUTILE_BENCH_PRICES tiled), single-threaded, outputs preallocated by the caller (as the chart
// and the optimiser do). The "ns/bar" counter is the time per input bar. For figures beside
// TA-Lib in the same process, build the peer harness (tests/bench/peers, -DRUTILE_BENCH_PEERS=ON).

#include "BenchPrices.h"

#include "indicators/MovingAverages.h"
#include "indicators/Oscillators.h"
#include "indicators/RollingStats.h"
#include "indicators/Trend.h"
#include "indicators/Volatility.h"
#include "indicators/Volume.h"

#include <benchmark/benchmark.h>

#include <vector>

using namespace rutile::indicators;

namespace {

constexpr std::size_t kBars = 10'000'000;

using Walk = rutile::bench::PriceSeries;

const Walk &walk()
{
    static const Walk w = rutile::bench::benchPrices(kBars);
    return w;
}

/// Output buffers, written once before timing so that page faults are not measured.
std::vector<double> &buffer(int index)
{
    static std::vector<double> buffers[3] = {std::vector<double>(kBars, 0.0), std::vector<double>(kBars, 0.0),
                                             std::vector<double>(kBars, 0.0)};
    return buffers[index];
}

void finish(benchmark::State &state)
{
    state.counters["ns/bar"] = benchmark::Counter(double(kBars) * 1e-9,
                                                  benchmark::Counter::kIsIterationInvariantRate
                                                      | benchmark::Counter::kInvert);
}

template <typename Fn>
void runSingle(benchmark::State &state, Fn &&fn)
{
    const Walk &w = walk();
    std::vector<double> &out = buffer(0);
    for (auto _ : state) {
        if (!fn(w, out))
            state.SkipWithError("kernel failed");
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    finish(state);
}

void BM_SMA20(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return sma(w.close, {20}, o).ok(); });
}
void BM_EMA20(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return ema(w.close, {20}, o).ok(); });
}
void BM_WMA20(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return wma(w.close, {20}, o).ok(); });
}
void BM_DEMA20(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return dema(w.close, {20}, o).ok(); });
}
void BM_TEMA20(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return tema(w.close, {20}, o).ok(); });
}
void BM_RSI14(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return rsi(w.close, {14}, o).ok(); });
}
void BM_ROC10(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return roc(w.close, {10}, o).ok(); });
}
void BM_ATR14(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return atr(w.high, w.low, w.close, {14}, o).ok(); });
}
void BM_CCI20(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return cci(w.high, w.low, w.close, {20}, o).ok(); });
}
void BM_WILLR14(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return willr(w.high, w.low, w.close, {14}, o).ok(); });
}
void BM_MFI14(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) {
        return mfi(w.high, w.low, w.close, w.volume, {14}, o).ok();
    });
}
void BM_OBV(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return obv(w.close, w.volume, o).ok(); });
}
void BM_MACD_12_26_9(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return macd(w.close, {12, 26, 9}, o, buffer(1), buffer(2)).ok(); });
}
void BM_BBANDS_20_2(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return bbands(w.close, {20, 2.0}, o, buffer(1), buffer(2)).ok(); });
}
void BM_STOCH_14_3_3(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return stoch(w.high, w.low, w.close, {14, 3, 3}, o, buffer(1)).ok(); });
}
void BM_ADX14(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) {
        return adx(w.high, w.low, w.close, {14}, o, buffer(1), buffer(2)).ok();
    });
}
void BM_RollingStd20(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return rollingStdDev(w.close, 20, Dispersion::Sample, o).ok(); });
}
void BM_RollingHighest20(benchmark::State &s)
{
    runSingle(s, [](const Walk &w, std::vector<double> &o) { return rollingHighest(w.close, 20, o).ok(); });
}

} // namespace

#define RUTILE_BENCH(fn) BENCHMARK(fn)->Unit(benchmark::kMillisecond)->MinTime(2.0)
RUTILE_BENCH(BM_SMA20);
RUTILE_BENCH(BM_EMA20);
RUTILE_BENCH(BM_RSI14);
RUTILE_BENCH(BM_MACD_12_26_9);
RUTILE_BENCH(BM_BBANDS_20_2);
RUTILE_BENCH(BM_ATR14);
RUTILE_BENCH(BM_WMA20);
RUTILE_BENCH(BM_DEMA20);
RUTILE_BENCH(BM_TEMA20);
RUTILE_BENCH(BM_STOCH_14_3_3);
RUTILE_BENCH(BM_ADX14);
RUTILE_BENCH(BM_CCI20);
RUTILE_BENCH(BM_WILLR14);
RUTILE_BENCH(BM_MFI14);
RUTILE_BENCH(BM_OBV);
RUTILE_BENCH(BM_ROC10);
RUTILE_BENCH(BM_RollingStd20);
RUTILE_BENCH(BM_RollingHighest20);

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::AddCustomContext("prices", walk().description);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
