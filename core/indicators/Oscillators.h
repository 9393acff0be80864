#pragma once

// Momentum oscillators: RSI, MACD, Stochastic, CCI, Williams %R, ROC.
// Conventions as in MovingAverages.h (TA-Lib default compatibility, INDICATORS.md).

#include "indicators/IndicatorSupport.h"
#include "util/Error.h"

#include <cstddef>
#include <span>

namespace rutile::indicators {

/// Relative strength index (Wilder 1978). Changes start at index 1; average gain G and loss L
/// are seeded with the plain means of changes 1..n, then Wilder-smoothed
/// avg ← (avg·(n−1) + x)/n; RSI = 100·G/(G+L), 0 when G+L = 0 (flat prices). First valid
/// index n. In place is allowed.
struct RsiParams {
    int period = 14;
};
int lookback(const RsiParams &p);
Status validate(const RsiParams &p, std::size_t length);
Status rsi(std::span<const double> in, const RsiParams &p, std::span<double> out);

/// MACD (Appel). Slow EMA seeded at index slow−1 with the mean of closes 0..slow−1; the fast
/// EMA is seeded at the SAME index with the mean of the `fast` closes ending there (TA-Lib;
/// not at fast−1); line = fast − slow; signal = EMA(signal) of the line seeded with the mean of
/// its first `signal` values; hist = line − signal. All three start at (slow−1)+(signal−1).
/// Requires fast < slow. The input may be the same buffer as any one output.
struct MacdParams {
    int fast = 12;
    int slow = 26;
    int signal = 9;
};
int lookback(const MacdParams &p);
Status validate(const MacdParams &p, std::size_t length);
Status macd(std::span<const double> in, const MacdParams &p, std::span<double> line, std::span<double> signal,
            std::span<double> hist);

/// Slow stochastic (Lane). Fast %K = 100·(C − LL)/(HH − LL) over `fastK` bars, 0 when HH = LL;
/// slow %K = SMA(slowK) of fast %K; slow %D = SMA(slowD) of slow %K. Both outputs start at
/// (fastK−1)+(slowK−1)+(slowD−1).
struct StochParams {
    int fastK = 14;
    int slowK = 3;
    int slowD = 3;
};
int lookback(const StochParams &p);
Status validate(const StochParams &p, std::size_t length);
Status stoch(std::span<const double> high, std::span<const double> low, std::span<const double> close,
             const StochParams &p, std::span<double> k, std::span<double> d);

/// Commodity channel index (Lambert 1980). TP = (H+L+C)/3;
/// CCI = (TP − SMA(TP)) / (0.015 · mean absolute deviation of TP around that SMA), 0 when the
/// deviation is 0. First valid index n − 1. O(n) per bar, as the mean deviation has no
/// running form (TA-Lib does the same).
struct CciParams {
    int period = 20;
};
int lookback(const CciParams &p);
Status validate(const CciParams &p, std::size_t length);
Status cci(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           const CciParams &p, std::span<double> out);

/// Williams %R: −100·(HH − C)/(HH − LL) over n bars, 0 when HH = LL. First valid index n − 1.
/// Values lie in [−100, 0]; at the high the result is −0.
struct WillrParams {
    int period = 14;
};
int lookback(const WillrParams &p);
Status validate(const WillrParams &p, std::size_t length);
Status willr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
             const WillrParams &p, std::span<double> out);

/// Rate of change in percent: 100·(C[t]/C[t−n] − 1), 0 when C[t−n] is 0. First valid index n.
/// In place is allowed.
struct RocParams {
    int period = 10;
};
int lookback(const RocParams &p);
Status validate(const RocParams &p, std::size_t length);
Status roc(std::span<const double> in, const RocParams &p, std::span<double> out);

} // namespace rutile::indicators
