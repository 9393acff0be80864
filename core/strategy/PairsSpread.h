#pragma once

#include "util/Error.h"

#include <span>

namespace rutile::strategy {

/// The rolling hedge ratio and spread z-score of pairs_spread, from log prices
/// y = log(traded), x = log(hedge), over a window of `lookback` bars ending at t:
///
///   β_t = cov(x, y) / var(x)                       (OLS slope of y on x over the window)
///   spread_j = y_j − β_t · x_j  for j in the window (the current hedge ratio applied to the window)
///   z_t = (spread_t − mean(spread)) / σ(spread)     (σ the population standard deviation)
///       = ((y_t − ȳ) − β_t (x_t − x̄)) / √(var(y) − β_t · cov(x, y))
///
/// Moments are population moments over the window, computed two-pass by the rolling
/// statistics of core/indicators. First valid index lookback − 1; NaN before, and NaN where
/// var(x) = 0 or the fit is perfect (no spread to trade). Causal: the values at t read bars ≤ t.
Status pairsSpread(std::span<const double> logTraded, std::span<const double> logHedge, int lookback,
                   std::span<double> beta, std::span<double> zscore);

} // namespace rutile::strategy
