#include "relval/MacKinnon.h"

#include <boost/math/distributions/normal.hpp>

#include <array>
#include <cmath>
#include <limits>

namespace rutile::relval {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// MacKinnon (1994), constant case ("c"), rows N = 1 and N = 2.
struct PValueRow {
    double tauMin, tauStar, tauMax;
    std::array<double, 3> small; ///< γ₀, γ₁, γ₂ for τ ≤ τ*
    std::array<double, 4> large; ///< γ₀, γ₁, γ₂, γ₃ for τ > τ*
};
constexpr PValueRow kPValues[] = {
    {-18.83, -1.61, 2.74, {2.1659, 1.4412, 0.038269}, {1.7339, 0.93202, -0.12745, -0.010368}},
    {-18.86, -2.62, 0.92, {2.92, 1.5012, 0.039796}, {2.1945, 0.64695, -0.29198, -0.042377}},
};

// MacKinnon (2010), Table 2, constant case: β∞, β₁, β₂, β₃ at 1 %, 5 % and 10 %.
constexpr std::array<std::array<double, 4>, 3> kCritical[] = {
    {{{-3.43035, -6.5393, -16.786, -79.433}, {-2.86154, -2.8903, -4.234, -40.040}, {-2.56677, -1.5384, -2.809, 0}}},
    {{{-3.89644, -10.9519, -33.527, 0}, {-3.33613, -6.1101, -6.823, 0}, {-3.04445, -4.2412, -2.720, 0}}},
};

} // namespace

double mackinnonPValue(double tau, int series)
{
    if (series < 1 || series > 2 || std::isnan(tau))
        return kNaN;
    const PValueRow &r = kPValues[series - 1];
    if (tau > r.tauMax)
        return 1;
    if (tau < r.tauMin)
        return 0;
    const double z = tau <= r.tauStar ? r.small[0] + tau * (r.small[1] + tau * r.small[2])
                                      : r.large[0] + tau * (r.large[1] + tau * (r.large[2] + tau * r.large[3]));
    return boost::math::cdf(boost::math::normal_distribution<double>(), z);
}

double mackinnonCriticalValue(double level, int series, double observations)
{
    if (series < 1 || series > 2)
        return kNaN;
    int column = -1;
    if (std::abs(level - 0.01) < 1e-12)
        column = 0;
    else if (std::abs(level - 0.05) < 1e-12)
        column = 1;
    else if (std::abs(level - 0.10) < 1e-12)
        column = 2;
    if (column < 0)
        return kNaN;
    const std::array<double, 4> &b = kCritical[series - 1][std::size_t(column)];
    if (observations <= 0)
        return b[0];
    const double u = 1 / observations;
    return b[0] + u * (b[1] + u * (b[2] + u * b[3]));
}

} // namespace rutile::relval
