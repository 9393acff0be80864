#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace rutile::risk {

/// One drawdown episode: from a peak (a running maximum) through its trough to the first
/// later value at or above the peak (the recovery), or to the end of the data.
struct DrawdownEpisode {
    std::size_t peak = 0; ///< index of the peak (the last index at the running maximum)
    std::size_t trough = 0; ///< index of the lowest value before recovery (first one on ties)
    std::optional<std::size_t> recovery; ///< first index with value ≥ the peak value
    double depth = 0; ///< value[trough]/value[peak] − 1 (≤ 0)
    /// Bars from the peak to the recovery, or to the last index when not recovered.
    std::size_t lengthBars = 0;
};

/// The figures that sum a series' drawdowns up: the worst and the longest episode. One
/// definition for the risk analysis and the backtest metrics (which compute it for every
/// grid point, so it allocates nothing).
struct DrawdownSummary {
    /// The worst episode's depth: min over t of underwater[t], ≤ 0, a NEGATIVE return
    /// (−0.35 is a 35% fall from the peak); 0 and no episode when the values never fall.
    double maxDrawdown = 0;
    std::optional<DrawdownEpisode> worst; ///< the deepest episode; the first on ties
    std::optional<DrawdownEpisode> longest; ///< the episode lasting most bars; the first on ties
};

/// Drawdowns of a value series (prices or equity), all as returns from the running peak:
///     underwater[t] = v[t] / max_{s ≤ t} v[s] − 1   (0 at a new high, negative below it).
/// A value equal to the running maximum counts as recovered (a new high ends a drawdown).
/// Values must be positive (see checkValues()).
struct DrawdownReport : DrawdownSummary {
    std::vector<double> underwater; ///< same length as the values
    std::vector<DrawdownEpisode> episodes; ///< every episode in time order
};

DrawdownReport drawdowns(std::span<const double> values);

/// The summary of drawdowns(values) without the curve and the episode list.
DrawdownSummary summarizeDrawdowns(std::span<const double> values);

} // namespace rutile::risk
