#pragma once

// Moving averages: SMA, EMA, WMA, DEMA, TEMA.
//
// Conventions (docs/INDICATORS.md, TA-Lib default compatibility): the output has the input's
// length, NaN before lookback(params), which is the first valid index. Every kernel validates
// its parameters against the series length and returns an InvalidArgument error naming the
// parameter, its value and the allowed range. Inputs must be finite. The output may be the
// input buffer itself (in place); any other overlap is handled too, at the cost of a copy.

#include "indicators/IndicatorSupport.h"
#include "util/Error.h"

#include <cstddef>
#include <span>

namespace rutile::indicators {

/// Simple moving average: mean of the last n values. First valid index n − 1.
/// Running sum re-anchored exactly every max(1024, 2n) bars (no drift).
struct SmaParams {
    int period = 20;
};
int lookback(const SmaParams &p);
Status validate(const SmaParams &p, std::size_t length);
Status sma(std::span<const double> in, const SmaParams &p, std::span<double> out);

/// Exponential moving average, k = 2/(n+1), seeded at index n − 1 with the SMA of the first n
/// values, then ema ← ema + k·(x − ema). First valid index n − 1. (Seeding with the first value,
/// as pandas' ewm(adjust=False) does, is a different indicator: INDICATORS.md.)
struct EmaParams {
    int period = 20;
};
int lookback(const EmaParams &p);
Status validate(const EmaParams &p, std::size_t length);
Status ema(std::span<const double> in, const EmaParams &p, std::span<double> out);

/// Weighted moving average, weights 1..n with the newest heaviest, divided by n(n+1)/2.
/// First valid index n − 1.
struct WmaParams {
    int period = 20;
};
int lookback(const WmaParams &p);
Status validate(const WmaParams &p, std::size_t length);
Status wma(std::span<const double> in, const WmaParams &p, std::span<double> out);

/// Double EMA (Mulloy 1994): 2·EMA − EMA(EMA), each EMA seeded with the SMA of its own first
/// n inputs. First valid index 2(n − 1).
struct DemaParams {
    int period = 20;
};
int lookback(const DemaParams &p);
Status validate(const DemaParams &p, std::size_t length);
Status dema(std::span<const double> in, const DemaParams &p, std::span<double> out);

/// Triple EMA (Mulloy 1994): 3·EMA − 3·EMA(EMA) + EMA(EMA(EMA)). First valid index 3(n − 1).
struct TemaParams {
    int period = 20;
};
int lookback(const TemaParams &p);
Status validate(const TemaParams &p, std::size_t length);
Status tema(std::span<const double> in, const TemaParams &p, std::span<double> out);

namespace detail {
/// EMA of x[first, n) (values before `first` are ignored) into out[first, n): NaN up to
/// first + period − 2, seeded at first + period − 1. Reads x[i] before writing out[i], so x
/// and out may be the same buffer. Requires n − first ≥ period.
void emaFrom(const double *x, std::size_t first, std::size_t n, int period, double *out);
} // namespace detail

} // namespace rutile::indicators
