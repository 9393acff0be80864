#include "risk/Quantile.h"

#include <cmath>
#include <limits>

namespace rutile::risk {

double quantileType7(std::span<const double> sorted, double p)
{
    const std::size_t n = sorted.size();
    if (n == 0 || !(p >= 0.0 && p <= 1.0))
        return std::numeric_limits<double>::quiet_NaN();
    const double h = double(n - 1) * p;
    const double floorH = std::floor(h);
    const auto j = static_cast<std::size_t>(floorH);
    if (j + 1 >= n)
        return sorted[n - 1];
    return sorted[j] + (h - floorH) * (sorted[j + 1] - sorted[j]);
}

} // namespace rutile::risk
