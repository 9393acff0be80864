#pragma once

// Series of compare mode: other symbols laid on the primary symbol's trading days, rebased
// to 100, their ratio and the rolling correlation of their daily returns.

#include "data/BarSeries.h"
#include "util/Error.h"

#include <cstddef>
#include <span>
#include <vector>

namespace rutile::chart {

/// The closes of `other` on the trading days `days` of the primary symbol. A day on which
/// `other` has no bar (its market was closed) takes its last close before that day; days
/// before its first bar or after its last bar are NaN, so that a shorter history shows as
/// a gap, not as a flat line.
std::vector<double> alignCloses(std::span<const DayNumber> days, const BarSeries &other);

/// The index where rebasing of `values` at bar `base` happens: `base` itself, or the first
/// later index with a finite positive value (a compare symbol whose history starts later);
/// values.size() when there is none.
std::size_t rebaseIndex(std::span<const double> values, std::size_t base);

/// Factor that rebases `values` to 100 at rebaseIndex(values, base): 100 / values[that index];
/// NaN when there is no such index.
double rebaseFactor(std::span<const double> values, std::size_t base);

/// a[i] / b[i]; NaN where either is NaN or b[i] ≤ 0 (prices are positive).
std::vector<double> ratio(std::span<const double> a, std::span<const double> b);

/// Pearson correlation of the simple daily returns (xᵢ/xᵢ₋₁ − 1) of `a` and `b` over the last
/// `window` returns, at each bar (RollingStats' rollingCorrelation, so 0 when either is
/// constant over the window). Computed over each stretch of bars where both series are
/// finite; the first value of a stretch starting at bar s is at s + window (a return needs
/// the previous bar). Elsewhere NaN. `window` must lie in [2, 100000] (InvalidArgument
/// otherwise) and `a` and `b` must have the same length.
Result<std::vector<double>> rollingReturnCorrelation(std::span<const double> a, std::span<const double> b, int window);

} // namespace rutile::chart
