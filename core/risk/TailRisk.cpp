#include "risk/TailRisk.h"

#include "risk/Quantile.h"

#include <boost/math/distributions/normal.hpp>

#include <cmath>
#include <limits>

namespace rutile::risk {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const boost::math::normal_distribution<double> kStandardNormal(0.0, 1.0);
} // namespace

HistoricalTail historicalTail(std::span<const double> sorted, Tail tail, double p)
{
    HistoricalTail h {kNaN, kNaN, 0};
    if (sorted.empty() || !(p > 0 && p <= 0.5))
        return h;
    h.var = quantileType7(sorted, tail == Tail::Left ? p : 1.0 - p);
    double sum = 0;
    if (tail == Tail::Left) {
        for (double r : sorted) {
            if (r > h.var)
                break;
            sum += r;
            ++h.tailCount;
        }
    } else {
        for (auto it = sorted.rbegin(); it != sorted.rend() && *it >= h.var; ++it) {
            sum += *it;
            ++h.tailCount;
        }
    }
    h.expectedShortfall = h.tailCount > 0 ? sum / double(h.tailCount) : kNaN;
    return h;
}

double normalQuantile(double prob)
{
    if (!(prob > 0 && prob < 1))
        return kNaN;
    return boost::math::quantile(kStandardNormal, prob);
}

double normalDensity(double z)
{
    return std::isfinite(z) ? boost::math::pdf(kStandardNormal, z) : (std::isnan(z) ? kNaN : 0.0);
}

double normalCdf(double z)
{
    if (std::isnan(z))
        return kNaN;
    if (std::isinf(z))
        return z > 0 ? 1.0 : 0.0;
    return boost::math::cdf(kStandardNormal, z);
}

double gaussianVar(double mean, double stdDev, double prob)
{
    return mean + normalQuantile(prob) * stdDev;
}

double cornishFisherVar(double mean, double stdDev, double skewness, double excessKurtosis, double prob)
{
    const double z = normalQuantile(prob);
    const double z2 = z * z;
    const double z3 = z2 * z;
    const double zcf = z + (z2 - 1) * skewness / 6 + (z3 - 3 * z) * excessKurtosis / 24
        - (2 * z3 - 5 * z) * skewness * skewness / 36;
    return mean + zcf * stdDev;
}

} // namespace rutile::risk
