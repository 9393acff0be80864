#include "risk/BenchmarkStats.h"

#include "indicators/RollingStats.h"

#include <cmath>
#include <limits>

namespace rutile::risk {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

BenchmarkStats benchmarkStatistics(std::span<const DayNumber> days, std::span<const double> asset,
    std::span<const double> benchmark, int window, int tradingDaysPerYear, double riskFreeRate)
{
    BenchmarkStats s;
    s.window = window;
    s.count = std::min(asset.size(), benchmark.size());
    s.beta = s.alpha = s.annualAlpha = s.correlation = s.rSquared = kNaN;
    s.trackingError = s.annualTrackingError = s.informationRatio = kNaN;
    s.day.assign(days.begin(), days.begin() + std::ptrdiff_t(std::min(days.size(), s.count)));
    s.rollingBeta.assign(s.count, kNaN);
    s.rollingCorrelation.assign(s.count, kNaN);
    if (s.count == 0)
        return s;
    s.firstDay = s.day.front();
    s.lastDay = s.day.back();
    if (s.count < 2)
        return s;

    const double n = double(s.count);
    const double T = double(tradingDaysPerYear);
    const double rf = riskFreeRate / T;
    double ma = 0;
    double mb = 0;
    for (std::size_t i = 0; i < s.count; ++i) {
        ma += asset[i] - rf;
        mb += benchmark[i] - rf;
    }
    ma /= n;
    mb /= n;
    double saa = 0;
    double sbb = 0;
    double sab = 0;
    double me = 0;
    for (std::size_t i = 0; i < s.count; ++i) {
        const double da = asset[i] - rf - ma;
        const double db = benchmark[i] - rf - mb;
        saa += da * da;
        sbb += db * db;
        sab += da * db;
        me += asset[i] - benchmark[i];
    }
    me /= n;
    double see = 0;
    for (std::size_t i = 0; i < s.count; ++i) {
        const double de = asset[i] - benchmark[i] - me;
        see += de * de;
    }
    if (sbb > 0) {
        s.beta = sab / sbb;
        s.alpha = ma - s.beta * mb;
        s.annualAlpha = s.alpha * T;
    }
    if (saa > 0 && sbb > 0) {
        s.correlation = sab / std::sqrt(saa * sbb);
        s.rSquared = s.correlation * s.correlation;
    }
    s.trackingError = std::sqrt(see / (n - 1));
    s.annualTrackingError = s.trackingError * std::sqrt(T);
    if (s.trackingError > 0)
        s.informationRatio = me / s.trackingError * std::sqrt(T);

    if (window >= 2 && s.count >= std::size_t(window)) {
        const auto a = asset.first(s.count);
        const auto b = benchmark.first(s.count);
        // Both kernels return an error only for a bad window or length, excluded above.
        (void)indicators::rollingBeta(a, b, window, s.rollingBeta);
        (void)indicators::rollingCorrelation(a, b, window, s.rollingCorrelation);
        // TA-Lib's convention gives 0 for a constant window; here that is "undefined".
        std::vector<double> bStd(s.count);
        (void)indicators::rollingStdDev(b, window, indicators::Dispersion::Sample, bStd);
        std::vector<double> aStd(s.count);
        (void)indicators::rollingStdDev(a, window, indicators::Dispersion::Sample, aStd);
        for (std::size_t i = 0; i < s.count; ++i) {
            if (bStd[i] == 0)
                s.rollingBeta[i] = kNaN;
            if (bStd[i] == 0 || aStd[i] == 0)
                s.rollingCorrelation[i] = kNaN;
        }
    }
    return s;
}

} // namespace rutile::risk
