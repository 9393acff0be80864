#pragma once

// Trend strength: ADX with the directional indicators. Conventions as in MovingAverages.h.

#include "indicators/IndicatorSupport.h"
#include "util/Error.h"

#include <cstddef>
#include <span>

namespace rutile::indicators {

/// Average directional index with +DI and −DI (Wilder 1978, TA-Lib convention).
///
/// From index 1: up = H − H_prev, down = L_prev − L; +DM = up when up > down and up > 0, else 0;
/// −DM = down when down > up and down > 0, else 0 (ties give 0 to both); TR as in trueRange().
/// Wilder sums of +DM, −DM and TR are seeded with the plain sums of values 1..n−1, then
/// S ← S − S/n + x from index n. DI± = 100·S±/S_TR (0 when S_TR = 0, i.e. flat prices);
/// DX = 100·|DI+ − DI−|/(DI+ + DI−) (0 when both are 0) from index n; ADX is seeded at 2n−1 with
/// the mean of DX n..2n−1, then adx ← (adx·(n−1) + DX)/n.
///
/// All three outputs start at the ADX's first valid index 2n−1 (one lookback per indicator),
/// although the DIs alone would be defined from n.
struct AdxParams {
    int period = 14;
};
int lookback(const AdxParams &p);
Status validate(const AdxParams &p, std::size_t length);
Status adx(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           const AdxParams &p, std::span<double> adx, std::span<double> plusDi, std::span<double> minusDi);

} // namespace rutile::indicators
