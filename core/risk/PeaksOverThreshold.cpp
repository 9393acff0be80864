#include "risk/PeaksOverThreshold.h"

#include "risk/Quantile.h"
#include "risk/RiskOptions.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::risk {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

std::vector<double> tailVariable(std::span<const double> returns, Tail tail)
{
    std::vector<double> y(returns.begin(), returns.end());
    if (tail == Tail::Left) {
        for (double &v : y)
            v = -v;
    }
    return y;
}

double potStressValue(double u, double xi, double sigma, std::size_t n, std::size_t nu, double p)
{
    if (nu == 0 || n == 0 || !(p > 0))
        return kNaN;
    const double logRatio = std::log(double(nu) / (double(n) * p));
    return u + gpdExcessAt(logRatio, xi, sigma);
}

PotResult peaksOverThreshold(std::span<const double> returns, Tail tail, double thresholdQuantile, double stressLevel,
    const GpdFitOptions &fitOptions)
{
    PotResult r;
    r.tail = tail;
    r.thresholdQuantile = thresholdQuantile;
    r.stressLevel = stressLevel;
    r.sampleSize = returns.size();
    r.threshold = r.stressValue = r.stressReturn = kNaN;
    r.fit.xi = r.fit.sigma = r.fit.seXi = r.fit.seSigma = r.fit.logLikelihood = r.fit.score = kNaN;
    if (returns.empty())
        return r;

    std::vector<double> y = tailVariable(returns, tail);
    std::sort(y.begin(), y.end());
    r.threshold = quantileType7(y, thresholdQuantile);
    const auto firstAbove = std::upper_bound(y.begin(), y.end(), r.threshold);
    std::vector<double> excesses;
    excesses.reserve(std::size_t(y.end() - firstAbove));
    for (auto it = firstAbove; it != y.end(); ++it)
        excesses.push_back(*it - r.threshold);
    r.exceedanceCount = excesses.size();
    r.fewExceedances = r.exceedanceCount < kRecommendedExceedances;
    r.fit.count = r.exceedanceCount;
    if (r.exceedanceCount < kMinimumExceedances)
        return r;

    r.fit = fitGpd(excesses, fitOptions);
    if (r.fit.fitted) {
        r.stressValue
            = potStressValue(r.threshold, r.fit.xi, r.fit.sigma, r.sampleSize, r.exceedanceCount, stressLevel);
        r.stressReturn = tail == Tail::Left ? -r.stressValue : r.stressValue;
    }
    return r;
}

} // namespace rutile::risk
