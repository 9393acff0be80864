#include "strategy/PairsSpread.h"

#include "indicators/RollingStats.h"

#include <cmath>
#include <limits>
#include <vector>

namespace rutile::strategy {

using namespace indicators;

Status pairsSpread(std::span<const double> y, std::span<const double> x, int lookback, std::span<double> beta,
                   std::span<double> z)
{
    const std::size_t n = y.size();
    std::vector<double> meanY(n), meanX(n), cov(n), varX(n), varY(n);
    for (Status s : {rollingMean(y, lookback, meanY), rollingMean(x, lookback, meanX),
                     rollingCovariance(x, y, lookback, Dispersion::Population, cov),
                     rollingCovariance(x, x, lookback, Dispersion::Population, varX),
                     rollingCovariance(y, y, lookback, Dispersion::Population, varY)}) {
        if (!s)
            return s;
    }
    constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    for (std::size_t t = 0; t < n; ++t) {
        beta[t] = kNaN;
        z[t] = kNaN;
        if (std::isnan(cov[t]) || !(varX[t] > 0))
            continue;
        const double b = cov[t] / varX[t];
        beta[t] = b;
        const double residualVar = varY[t] - b * cov[t];
        // A (numerically) perfect fit leaves no spread to trade.
        if (!(residualVar > 1e-12 * varY[t]))
            continue;
        z[t] = ((y[t] - meanY[t]) - b * (x[t] - meanX[t])) / std::sqrt(residualVar);
    }
    return {};
}

} // namespace rutile::strategy
