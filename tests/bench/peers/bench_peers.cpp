// Rutile beside TA-Lib 0.6.4 in one process, on the same input arrays: SMA(20), EMA(20),
// RSI(14), MACD(12,26,9), BBANDS(20,2) and ATR(14). Each round times one Rutile call and one
// TA-Lib call back to back, in alternating order, so both see the same machine load; the
// ratio quoted is the median over rounds of (TA-Lib time / Rutile time) for the same round.
// Before timing, each pair of outputs is compared, so that the two calls compute the same thing.
//
//   bench_peers [--bars N] [--rounds R] [--only sma,bbands,...]
//
// Prices: tests/bench/common/BenchPrices.h (RUTILE_BENCH_PRICES=<csv> tiles a real history).
// Small --bars values repeat each call within a sample so that a sample lasts about 5 ms.

#include "BenchPrices.h"

#include "indicators/MovingAverages.h"
#include "indicators/Oscillators.h"
#include "indicators/Volatility.h"

#include <ta_libc.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <vector>

#if defined(__unix__) || defined(__APPLE__)
#include <time.h>
#define RUTILE_THREAD_CPU_CLOCK 1
#endif

namespace ind = rutile::indicators;

namespace {

using Column = std::vector<double>;

struct Options {
    std::size_t bars = 10'000'000;
    int rounds = 21;
    std::vector<std::string> only;
};

[[noreturn]] void usage(const char *why)
{
    std::fprintf(stderr, "bench_peers: %s\nusage: bench_peers [--bars N (>= 100)] [--rounds R (3..1000)] "
                         "[--only sma,ema,rsi,macd,bbands,atr]\n",
                 why);
    std::exit(1);
}

Options parseOptions(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc)
            usage(("missing value after " + arg).c_str());
        const char *value = argv[++i];
        char *end = nullptr;
        if (arg == "--bars") {
            const unsigned long long v = std::strtoull(value, &end, 10);
            if (*end != '\0' || v < 100 || v > 500'000'000ULL)
                usage("--bars expects a whole number in [100, 500000000]");
            o.bars = std::size_t(v);
        } else if (arg == "--rounds") {
            const long v = std::strtol(value, &end, 10);
            if (*end != '\0' || v < 3 || v > 1000)
                usage("--rounds expects a whole number in [3, 1000]");
            o.rounds = int(v);
        } else if (arg == "--only") {
            std::string list = value;
            for (std::size_t from = 0; from <= list.size();) {
                const std::size_t comma = std::min(list.find(',', from), list.size());
                o.only.push_back(list.substr(from, comma - from));
                from = comma + 1;
            }
        } else {
            usage(("unknown option " + arg).c_str());
        }
    }
    return o;
}

/// One kernel's two calls and the pairs of outputs to compare (Rutile's column holds the
/// warm-up as NaN; TA-Lib's starts at its first valid value).
struct Kernel {
    std::string name;
    std::function<bool()> rutile;
    std::function<bool()> talib;
    std::vector<std::pair<const Column *, const Column *>> outputs;
    int lookback = 0;
    const int *talibBegin = nullptr;
    const int *talibCount = nullptr;
};

/// Largest |Rutile − TA-Lib| over the valid outputs, relative to the column's largest
/// magnitude (the MACD histogram passes through zero); +inf when the lengths disagree.
double worstDifference(const Kernel &k, std::size_t bars)
{
    if (*k.talibBegin != k.lookback || std::size_t(*k.talibBegin) + std::size_t(*k.talibCount) != bars)
        return INFINITY;
    double worst = 0;
    for (const auto &[ours, theirs] : k.outputs) {
        double scale = 0;
        double diff = 0;
        for (int j = 0; j < *k.talibCount; ++j) {
            scale = std::max(scale, std::abs((*theirs)[std::size_t(j)]));
            diff = std::max(diff, std::abs((*ours)[std::size_t(k.lookback + j)] - (*theirs)[std::size_t(j)]));
        }
        worst = std::max(worst, diff / std::max(scale, 1e-300));
    }
    return worst;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : 0.5 * (v[m - 1] + v[m]);
}

/// Milliseconds. The CPU time of this thread where the system keeps one: the machines these
/// figures come from are shared, and time spent waiting for a core is not the kernel's.
#ifdef RUTILE_THREAD_CPU_CLOCK
const char *const kClockName = "CPU time of the calling thread";
double nowMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) * 1e-6;
}
#else
const char *const kClockName = "wall time (steady_clock)";
double nowMs()
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
#endif

/// Milliseconds per call, averaged over `reps` calls.
double timeCalls(const std::function<bool()> &call, int reps)
{
    const double start = nowMs();
    for (int r = 0; r < reps; ++r) {
        if (!call()) {
            std::fprintf(stderr, "bench_peers: a kernel call failed\n");
            std::exit(3);
        }
    }
    return (nowMs() - start) / reps;
}

} // namespace

int main(int argc, char **argv)
{
    const Options opt = parseOptions(argc, argv);
    if (TA_Initialize() != TA_SUCCESS) {
        std::fprintf(stderr, "bench_peers: TA_Initialize failed\n");
        return 3;
    }
    const rutile::bench::PriceSeries p = rutile::bench::benchPrices(opt.bars);
    const std::size_t n = p.size();
    const int end = int(n) - 1;
    const double *close = p.close.data();

    // Separate outputs per library, touched once so that page faults are not timed.
    Column r1(n, 0.0), r2(n, 0.0), r3(n, 0.0), t1(n, 0.0), t2(n, 0.0), t3(n, 0.0);
    int beg = 0;
    int count = 0;

    std::vector<Kernel> kernels;
    kernels.push_back({"SMA(20)", [&] { return ind::sma(p.close, {20}, r1).ok(); },
                       [&] { return TA_SMA(0, end, close, 20, &beg, &count, t1.data()) == TA_SUCCESS; },
                       {{&r1, &t1}}, ind::lookback(ind::SmaParams{20}), &beg, &count});
    kernels.push_back({"EMA(20)", [&] { return ind::ema(p.close, {20}, r1).ok(); },
                       [&] { return TA_EMA(0, end, close, 20, &beg, &count, t1.data()) == TA_SUCCESS; },
                       {{&r1, &t1}}, ind::lookback(ind::EmaParams{20}), &beg, &count});
    kernels.push_back({"RSI(14)", [&] { return ind::rsi(p.close, {14}, r1).ok(); },
                       [&] { return TA_RSI(0, end, close, 14, &beg, &count, t1.data()) == TA_SUCCESS; },
                       {{&r1, &t1}}, ind::lookback(ind::RsiParams{14}), &beg, &count});
    kernels.push_back({"MACD(12,26,9)", [&] { return ind::macd(p.close, {12, 26, 9}, r1, r2, r3).ok(); },
                       [&] {
                           return TA_MACD(0, end, close, 12, 26, 9, &beg, &count, t1.data(), t2.data(), t3.data())
                               == TA_SUCCESS;
                       },
                       {{&r1, &t1}, {&r2, &t2}, {&r3, &t3}}, ind::lookback(ind::MacdParams{12, 26, 9}), &beg, &count});
    kernels.push_back({"BBANDS(20,2)", [&] { return ind::bbands(p.close, {20, 2.0}, r1, r2, r3).ok(); },
                       [&] {
                           return TA_BBANDS(0, end, close, 20, 2.0, 2.0, TA_MAType_SMA, &beg, &count, t1.data(),
                                            t2.data(), t3.data())
                               == TA_SUCCESS;
                       },
                       {{&r1, &t1}, {&r2, &t2}, {&r3, &t3}}, ind::lookback(ind::BbandsParams{20, 2.0}), &beg, &count});
    kernels.push_back({"ATR(14)", [&] { return ind::atr(p.high, p.low, p.close, {14}, r1).ok(); },
                       [&] {
                           return TA_ATR(0, end, p.high.data(), p.low.data(), close, 14, &beg, &count, t1.data())
                               == TA_SUCCESS;
                       },
                       {{&r1, &t1}}, ind::lookback(ind::AtrParams{14}), &beg, &count});

    // About 5 ms per sample: one call at 10 M bars, many at chart sizes.
    const int reps = int(std::clamp<double>(5e5 / double(n), 1.0, 100000.0));
    std::printf("prices: %s\n", p.description.c_str());
    std::printf("rounds: %d (2 more as warm-up), %d call%s per sample, calls alternated; clock: %s\n\n",
                opt.rounds, reps, reps == 1 ? "" : "s", kClockName);
    std::printf("| kernel | Rutile ms (min / median) | TA-Lib ms (min / median) | TA-Lib / Rutile (median, min..max) "
                "| max difference |\n");
    std::printf("|---|---|---|---|---|\n");
    std::fflush(stdout);

    bool mismatch = false;
    for (const Kernel &k : kernels) {
        std::string key = k.name.substr(0, k.name.find('('));
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        if (!opt.only.empty() && std::find(opt.only.begin(), opt.only.end(), key) == opt.only.end())
            continue;
        // The outputs of one call each, compared before anything is timed.
        timeCalls(k.rutile, 1);
        timeCalls(k.talib, 1);
        const double diff = worstDifference(k, n);
        // Both compute the same definition; TA-Lib's running sums are never re-anchored and its
        // σ is √(E[x²] − E[x]²), so it drifts by more than Rutile's 1e-12, but not by 1e-6.
        if (!(diff <= 1e-6))
            mismatch = true;

        std::vector<double> ours, theirs, ratio;
        for (int round = -2; round < opt.rounds; ++round) {
            double a = 0;
            double b = 0;
            if (round % 2 == 0) {
                a = timeCalls(k.rutile, reps);
                b = timeCalls(k.talib, reps);
            } else {
                b = timeCalls(k.talib, reps);
                a = timeCalls(k.rutile, reps);
            }
            if (round < 0)
                continue;
            ours.push_back(a);
            theirs.push_back(b);
            ratio.push_back(b / a);
        }
        const auto [rMin, rMax] = std::minmax_element(ratio.begin(), ratio.end());
        std::printf("| %s | %.3g / %.3g | %.3g / %.3g | **%.2f×** (%.2f..%.2f) | %.1e |\n", k.name.c_str(),
                    *std::min_element(ours.begin(), ours.end()), median(ours),
                    *std::min_element(theirs.begin(), theirs.end()), median(theirs), median(ratio), *rMin, *rMax,
                    diff);
        std::fflush(stdout);
    }
    TA_Shutdown();
    if (mismatch) {
        std::fprintf(stderr, "bench_peers: Rutile and TA-Lib disagree by more than 1e-6 (see the last column)\n");
        return 3;
    }
    return 0;
}
