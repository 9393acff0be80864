#pragma once

#include <span>

namespace rutile::risk {

/// Sample quantile by linear interpolation between order statistics: R's type 7, Excel
/// PERCENTILE.INC, numpy's default ("linear"), pandas' default.
///
/// With x sorted ascending (x[0] ≤ … ≤ x[n−1]) and h = (n − 1)·p:
///     Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]),
/// so Q(0) = min, Q(1) = max, Q(0.5) = the median. Hyndman & Fan (1996), "Sample quantiles
/// in statistical packages", definition 7.
///
/// Degenerate cases: NaN when `sorted` is empty or p is outside [0, 1] or NaN; the single
/// value when n = 1. `sorted` must be ascending (not checked: O(n)).
double quantileType7(std::span<const double> sorted, double p);

} // namespace rutile::risk
