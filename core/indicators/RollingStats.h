#pragma once

// Rolling window statistics used by strategies (z-score of a spread, rolling beta), risk
// (rolling volatility, correlation) and the indicators. Same conventions as the indicators:
// output as long as the input, NaN before the first full window, lookback = window − 1
// (window − 1 as well for the two-series statistics), InvalidArgument errors naming the bad
// parameter. Inputs must be finite; an output may be an input buffer (the input is then copied).
//
// The rolling mean is a running sum re-anchored exactly (as the SMA). Deviations, co-moments
// and regressions are computed two-pass for every window — O(window) per bar, but exact to
// rounding whatever came before: sliding co-moment updates keep an absolute error set by
// the most volatile recent window, which a quiet window (σ near 0) cannot afford when the
// result is divided by σ.

#include "indicators/IndicatorSupport.h"
#include "util/Error.h"

#include <cstddef>
#include <span>

namespace rutile::indicators {

/// Divisor of a variance: the window length n (population) or n − 1 (sample, unbiased;
/// needs a window of at least 2).
enum class Dispersion { Population, Sample };

/// Lookback of every rolling statistic: window − 1.
int rollingLookback(int window);

/// Mean of the last `window` values (the SMA).
Status rollingMean(std::span<const double> in, int window, std::span<double> out);

/// Standard deviation of the last `window` values, population or sample.
Status rollingStdDev(std::span<const double> in, int window, Dispersion dispersion, std::span<double> out);

/// (x − mean)/σ of the newest value against its window (which includes it); 0 when σ = 0.
Status rollingZScore(std::span<const double> in, int window, Dispersion dispersion, std::span<double> out);

/// Covariance of x and y over the window, population or sample.
Status rollingCovariance(std::span<const double> x, std::span<const double> y, int window, Dispersion dispersion,
                         std::span<double> out);

/// Pearson correlation of x and y over the window, in [−1, 1]; 0 when either is constant
/// over the window (TA-Lib CORREL's convention). The divisor cancels, so no Dispersion.
Status rollingCorrelation(std::span<const double> x, std::span<const double> y, int window, std::span<double> out);

/// Beta of `asset` against `benchmark` over the window: cov(asset, benchmark)/var(benchmark),
/// 0 when the benchmark is constant. Pass returns, not prices (unlike TA-Lib BETA, which
/// converts prices to returns itself).
Status rollingBeta(std::span<const double> asset, std::span<const double> benchmark, int window,
                   std::span<double> out);

/// Least-squares line through the last `window` values against their bar position
/// x = 0 (oldest) … window − 1 (newest): `slope` per bar and `intercept` = fitted value at the
/// oldest bar (TA-Lib LINEARREG_SLOPE / LINEARREG_INTERCEPT); the fitted value at the newest
/// bar is intercept + slope·(window − 1). Either output may be empty when not wanted.
/// Needs a window of at least 2.
Status rollingLinearRegression(std::span<const double> in, int window, std::span<double> slope,
                               std::span<double> intercept);

/// Highest / lowest of the last `window` values.
Status rollingHighest(std::span<const double> in, int window, std::span<double> out);
Status rollingLowest(std::span<const double> in, int window, std::span<double> out);

} // namespace rutile::indicators
