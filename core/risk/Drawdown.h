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

/// Drawdowns of a value series (prices or equity), all as returns from the running peak:
///     underwater[t] = v[t] / max_{s ≤ t} v[s] − 1   (0 at a new high, negative below it).
/// A value equal to the running maximum counts as recovered (a new high ends a drawdown).
/// Values must be positive (see checkValues()).
struct DrawdownReport {
    std::vector<double> underwater; ///< same length as the values
    /// The worst episode: maxDrawdown = min underwater, ≤ 0, reported as a NEGATIVE return
    /// (−0.35 is a 35% fall from the peak); 0 and no episode when the values never fall.
    double maxDrawdown = 0;
    std::optional<DrawdownEpisode> worst;
    /// The episode lasting most bars (peak to recovery, or to the end); the first on ties.
    std::optional<DrawdownEpisode> longest;
    std::vector<DrawdownEpisode> episodes; ///< every episode in time order
};

DrawdownReport drawdowns(std::span<const double> values);

} // namespace rutile::risk
