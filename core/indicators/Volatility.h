#pragma once

// Volatility indicators: Bollinger Bands, true range, ATR. Conventions as in MovingAverages.h.

#include "indicators/IndicatorSupport.h"
#include "util/Error.h"

#include <cstddef>
#include <span>

namespace rutile::indicators {

/// Bollinger Bands (Bollinger 2001): middle = SMA(n); σ = POPULATION standard deviation
/// (divide by n, as TA-Lib and Bollinger himself; the sample σ gives bands too wide by
/// √(n/(n−1))); upper/lower = middle ± k·σ. First valid index n − 1.
///
/// The middle band is the SMA's anchored running sum; σ is computed two-pass around it for
/// every window (no Σx² − n·m² cancellation, no running M2 whose error outlives a volatile
/// stretch), vectorised across bars. A flat window gives σ = 0 exactly.
/// Largest accepted band width k.
inline constexpr double kMaxBandWidth = 100.0;

struct BbandsParams {
    int period = 20;
    double k = 2.0; ///< band width in σ; must be ≥ 0
};
int lookback(const BbandsParams &p);
Status validate(const BbandsParams &p, std::size_t length);
Status bbands(std::span<const double> in, const BbandsParams &p, std::span<double> upper, std::span<double> middle,
              std::span<double> lower);

/// True range (Wilder 1978): max(H − L, |H − C_prev|, |L − C_prev|). Needs the previous close,
/// so bar 0 has none: first valid index 1.
int trueRangeLookback();
Status trueRange(std::span<const double> high, std::span<const double> low, std::span<const double> close,
                 std::span<double> out);

/// Average true range (Wilder 1978): seeded at index n with the mean of TR 1..n, then Wilder
/// smoothing atr ← (atr·(n−1) + TR)/n. First valid index n.
struct AtrParams {
    int period = 14;
};
int lookback(const AtrParams &p);
Status validate(const AtrParams &p, std::size_t length);
Status atr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           const AtrParams &p, std::span<double> out);


} // namespace rutile::indicators
