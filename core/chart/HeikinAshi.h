#pragma once

#include "data/BarSeries.h"

namespace rutile::chart {

/// Heikin-Ashi candles of `bars` (Dan Valcu, "Using the Heikin-Ashi Technique", Technical
/// Analysis of Stocks & Commodities, February 2004):
///
///     close'ᵢ = (openᵢ + highᵢ + lowᵢ + closeᵢ) / 4
///     open'₀  = (open₀ + close₀) / 2,   open'ᵢ = (open'ᵢ₋₁ + close'ᵢ₋₁) / 2
///     high'ᵢ  = max(highᵢ, open'ᵢ, close'ᵢ),   low'ᵢ = min(lowᵢ, open'ᵢ, close'ᵢ)
///
/// Days, adjusted close and volume are copied unchanged. The recursion makes every candle
/// depend on all earlier bars, so the chart transforms the whole history once, never a
/// visible slice. An empty series gives an empty series.
BarSeries heikinAshi(const BarSeries &bars);

} // namespace rutile::chart
