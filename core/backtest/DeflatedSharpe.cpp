#include "backtest/DeflatedSharpe.h"

#include <boost/math/distributions/normal.hpp>

#include <cmath>
#include <limits>

namespace rutile::backtest {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double normalCdf(double x)
{
    return boost::math::cdf(boost::math::normal_distribution<double>(), x);
}

double normalQuantile(double p)
{
    return boost::math::quantile(boost::math::normal_distribution<double>(), p);
}

} // namespace

double expectedMaxSharpe(double variance, int trials)
{
    if (trials < 1 || !(variance >= 0))
        return kNaN;
    if (trials == 1)
        return 0; // nothing was selected
    const double n = trials;
    return std::sqrt(variance)
        * ((1 - kEulerGamma) * normalQuantile(1 - 1 / n) + kEulerGamma * normalQuantile(1 - 1 / (n * std::exp(1.0))));
}

double probabilisticSharpe(double sharpe, double benchmark, int observations, double skewness, double excessKurtosis)
{
    if (observations < 2 || !std::isfinite(sharpe) || !std::isfinite(benchmark))
        return kNaN;
    const double kurtosis = excessKurtosis + 3;
    const double denominator = 1 - skewness * sharpe + (kurtosis - 1) / 4 * sharpe * sharpe;
    if (!(denominator > 0))
        return kNaN;
    return normalCdf((sharpe - benchmark) * std::sqrt(double(observations) - 1) / std::sqrt(denominator));
}

DeflatedSharpeResult deflatedSharpe(const DeflatedSharpeInput &in, double confidence)
{
    DeflatedSharpeResult r;
    r.trials = in.trials;
    r.sharpe = in.sharpe;
    r.confidence = confidence;
    r.expectedMaxSharpe = expectedMaxSharpe(in.sharpeVariance, in.trials);
    r.probability = probabilisticSharpe(in.sharpe, r.expectedMaxSharpe, in.observations, in.skewness, in.excessKurtosis);
    r.valid = std::isfinite(r.probability);
    r.significant = r.valid && r.probability >= confidence;
    return r;
}

} // namespace rutile::backtest
