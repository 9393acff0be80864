#pragma once

// Volume indicators: OBV and MFI. Conventions as in MovingAverages.h.

#include "indicators/IndicatorSupport.h"
#include "util/Error.h"

#include <cstddef>
#include <span>

namespace rutile::indicators {

/// On-balance volume (Granville 1963): OBV[0] = volume[0]; then + volume when the close rose,
/// − volume when it fell, + 0 when unchanged. First valid index 0. A plain sequential sum, the
/// same summation as the definition (so it matches any implementation that sums in order).
/// The output may be the close or the volume buffer.
int obvLookback();
Status obv(std::span<const double> close, std::span<const double> volume, std::span<double> out);

/// Money flow index (Quong & Soudack 1989). TP = (H+L+C)/3; raw flow = TP·volume, positive
/// when TP rose against the previous bar, negative when it fell, neither when unchanged (from
/// index 1); MFI = 100·pos/(pos+neg) over the last n bars, 0 when pos+neg < 1 (no volume).
/// First valid index n.
struct MfiParams {
    int period = 14;
};
int lookback(const MfiParams &p);
Status validate(const MfiParams &p, std::size_t length);
Status mfi(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           std::span<const double> volume, const MfiParams &p, std::span<double> out);

} // namespace rutile::indicators
