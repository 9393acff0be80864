#include "risk/Moments.h"

#include <cmath>
#include <limits>

namespace rutile::risk {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

double mean(std::span<const double> x)
{
    if (x.empty())
        return kNaN;
    double sum = 0;
    for (double v : x)
        sum += v;
    return sum / double(x.size());
}

double sampleStdDev(std::span<const double> x)
{
    if (x.size() < 2)
        return kNaN;
    const double m = mean(x);
    double s2 = 0;
    for (double v : x)
        s2 += (v - m) * (v - m);
    return std::sqrt(s2 / double(x.size() - 1));
}

Moments sampleMoments(std::span<const double> x)
{
    Moments m;
    m.count = x.size();
    m.mean = mean(x);
    m.stdDev = kNaN;
    m.skewness = kNaN;
    m.excessKurtosis = kNaN;
    if (m.count < 2)
        return m;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double v : x) {
        const double d = v - m.mean;
        const double d2 = d * d;
        s2 += d2;
        s3 += d2 * d;
        s4 += d2 * d2;
    }
    const double n = double(m.count);
    const double var = s2 / (n - 1);
    m.stdDev = std::sqrt(var);
    if (!(var > 0))
        return m;
    if (m.count >= 3)
        m.skewness = n / ((n - 1) * (n - 2)) * (s3 / (var * m.stdDev));
    if (m.count >= 4)
        m.excessKurtosis = n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * (s4 / (var * var))
            - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3));
    return m;
}

} // namespace rutile::risk
