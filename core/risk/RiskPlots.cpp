#include "risk/RiskPlots.h"

#include "risk/Gpd.h"
#include "risk/Quantile.h"
#include "risk/TailRisk.h"

#include <algorithm>
#include <cmath>

namespace rutile::risk {

Histogram histogram(std::span<const double> x, int bins)
{
    Histogram h;
    if (x.empty() || bins < 1)
        return h;
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    double from = *lo;
    double to = *hi;
    if (!(to > from)) { // all equal: one bin of width 1 centred on the value
        from -= 0.5;
        to += 0.5;
        bins = 1;
    }
    h.binWidth = (to - from) / bins;
    h.edges.resize(std::size_t(bins) + 1);
    for (int i = 0; i <= bins; ++i)
        h.edges[std::size_t(i)] = from + h.binWidth * i;
    h.edges.back() = to;
    h.counts.assign(std::size_t(bins), 0);
    for (double v : x) {
        auto i = static_cast<std::ptrdiff_t>(std::floor((v - from) / h.binWidth));
        i = std::clamp<std::ptrdiff_t>(i, 0, bins - 1);
        ++h.counts[std::size_t(i)];
    }
    h.density.resize(h.counts.size());
    for (std::size_t i = 0; i < h.counts.size(); ++i)
        h.density[i] = double(h.counts[i]) / (double(x.size()) * h.binWidth);
    return h;
}

int freedmanDiaconisBins(std::span<const double> sorted, int minBins, int maxBins)
{
    if (sorted.size() < 2)
        return minBins;
    const double iqr = quantileType7(sorted, 0.75) - quantileType7(sorted, 0.25);
    const double range = sorted.back() - sorted.front();
    if (!(iqr > 0) || !(range > 0))
        return minBins;
    const double width = 2 * iqr * std::pow(double(sorted.size()), -1.0 / 3.0);
    const double bins = std::ceil(range / width);
    return int(std::clamp(bins, double(minBins), double(maxBins)));
}

std::vector<XY> normalDensityCurve(double mean, double sd, double from, double to, int points)
{
    std::vector<XY> curve;
    if (!(sd > 0) || points < 2 || !(to > from))
        return curve;
    curve.reserve(std::size_t(points));
    for (int i = 0; i < points; ++i) {
        const double x = from + (to - from) * i / (points - 1);
        curve.push_back({x, normalDensity((x - mean) / sd) / sd});
    }
    return curve;
}

std::vector<XY> normalQQ(std::span<const double> sorted)
{
    std::vector<XY> points;
    const std::size_t n = sorted.size();
    points.reserve(n);
    const double a = n <= 10 ? 3.0 / 8.0 : 0.5;
    for (std::size_t i = 0; i < n; ++i) {
        const double p = (double(i + 1) - a) / (double(n) + 1 - 2 * a);
        points.push_back({normalQuantile(p), sorted[i]});
    }
    return points;
}

std::vector<MeanExcessPoint> meanExcessFunction(
    std::span<const double> sortedY, double fromQuantile, std::size_t minExceedances, std::size_t maxPoints)
{
    std::vector<MeanExcessPoint> all;
    const std::size_t n = sortedY.size();
    if (n == 0)
        return all;
    // suffix[k] = Σ_{j ≥ k} y_j
    std::vector<double> suffix(n + 1, 0.0);
    for (std::size_t k = n; k-- > 0;)
        suffix[k] = suffix[k + 1] + sortedY[k];
    const double start = quantileType7(sortedY, fromQuantile);
    std::size_t k = std::size_t(std::lower_bound(sortedY.begin(), sortedY.end(), start) - sortedY.begin());
    while (k < n) {
        const double v = sortedY[k];
        const std::size_t above
            = std::size_t(std::upper_bound(sortedY.begin() + std::ptrdiff_t(k), sortedY.end(), v) - sortedY.begin());
        const std::size_t count = n - above;
        if (count < minExceedances)
            break;
        all.push_back({v, suffix[above] / double(count) - v, count});
        k = above; // next distinct value
    }
    if (maxPoints < 2 || all.size() <= maxPoints)
        return all;
    std::vector<MeanExcessPoint> thinned;
    thinned.reserve(maxPoints);
    for (std::size_t i = 0; i < maxPoints; ++i)
        thinned.push_back(all[i * (all.size() - 1) / (maxPoints - 1)]);
    return thinned;
}

TailFitCurves tailFitCurves(std::span<const double> sortedY, const PotResult &pot, int points)
{
    TailFitCurves c;
    const std::size_t n = sortedY.size();
    if (n == 0 || pot.exceedanceCount == 0)
        return c;
    const double rate = double(pot.exceedanceCount) / double(n);
    for (std::size_t i = 1; i <= pot.exceedanceCount && i <= n; ++i)
        c.empirical.push_back({sortedY[n - i], double(i) / double(n)});
    if (!pot.fit.fitted || points < 2)
        return c;
    const double from = pot.threshold;
    const double to = pot.threshold + 1.1 * (sortedY.back() - pot.threshold);
    for (int i = 0; i < points; ++i) {
        const double y = from + (to - from) * i / (points - 1);
        const double prob = rate * gpdSurvival(y - pot.threshold, pot.fit.xi, pot.fit.sigma);
        if (prob > 0)
            c.fitted.push_back({y, prob});
    }
    return c;
}

RiskPlots riskPlots(const RiskReport &report)
{
    RiskPlots p;
    std::vector<double> sorted = report.returns;
    std::sort(sorted.begin(), sorted.end());
    p.histogram = histogram(sorted, freedmanDiaconisBins(sorted));
    if (!p.histogram.edges.empty())
        p.gaussian = normalDensityCurve(
            report.stats.mean, report.stats.stdDev, p.histogram.edges.front(), p.histogram.edges.back(), 241);
    p.qq = normalQQ(sorted);
    for (Tail tail : {Tail::Left, Tail::Right}) {
        std::vector<double> y = tailVariable(sorted, tail);
        std::sort(y.begin(), y.end());
        TailPlots &t = tail == Tail::Left ? p.left : p.right;
        const PotResult &pot = tail == Tail::Left ? report.left.pot : report.right.pot;
        t.meanExcess = meanExcessFunction(y);
        t.tailFit = tailFitCurves(y, pot);
    }
    return p;
}

} // namespace rutile::risk
