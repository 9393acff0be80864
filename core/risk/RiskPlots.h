#pragma once

#include "risk/RiskReport.h"

#include <cstddef>
#include <span>
#include <vector>

namespace rutile::risk {

// Data behind the risk dashboard's charts, computed in core (and off the GUI thread) so
// that the widgets only draw.

struct XY {
    double x = 0;
    double y = 0;
};

/// Equal-width histogram over [min, max] of the data; every bin is [left, right) except
/// the last, which is closed. density = count / (n · width), so the bars integrate to 1 and a
/// probability density can be drawn over them.
struct Histogram {
    std::vector<double> edges; ///< bins + 1 edges
    std::vector<std::size_t> counts;
    std::vector<double> density;
    double binWidth = 0;
};
Histogram histogram(std::span<const double> x, int bins);

/// Freedman–Diaconis bin count: width 2·IQR·n^(−1/3) over the range, clamped to
/// [minBins, maxBins]. `sorted` ascending.
int freedmanDiaconisBins(std::span<const double> sorted, int minBins = 20, int maxBins = 150);

/// The normal density N(mean, sd²) at `points` equally spaced x in [from, to].
std::vector<XY> normalDensityCurve(double mean, double sd, double from, double to, int points);

/// Normal QQ-plot points (theoretical standard-normal quantile, sample quantile), with R's
/// plotting positions ppoints(n): p_i = (i − a)/(n + 1 − 2a), a = 3/8 for n ≤ 10, else 1/2.
/// `sorted` ascending.
std::vector<XY> normalQQ(std::span<const double> sorted);

/// The empirical mean-excess function of a tail variable y (losses or gains):
///     e(v) = mean(y − v | y > v)
/// at the observed values v from the `fromQuantile` quantile upward while at least
/// `minExceedances` values lie above v; at most `maxPoints` points (evenly thinned). A
/// GPD tail shows as a straight line of slope ξ/(1 − ξ) above the right threshold.
struct MeanExcessPoint {
    double threshold = 0;
    double meanExcess = 0;
    std::size_t exceedances = 0;
};
std::vector<MeanExcessPoint> meanExcessFunction(std::span<const double> sortedY, double fromQuantile = 0.5,
    std::size_t minExceedances = 5, std::size_t maxPoints = 600);

/// Empirical against fitted tail of one side, on the tail variable's axis y > u:
/// empirical P̂(Y ≥ y_(i)) = i/n at the i-th largest y (i = 1..Nu); fitted
/// P(Y > y) = (Nu/n)·(1 + ξ(y − u)/σ)^(−1/ξ) on a grid from u to 1.1·max y (points with
/// probability 0, beyond a finite end point, are left out: the chart's y axis is
/// logarithmic).
struct TailFitCurves {
    std::vector<XY> empirical;
    std::vector<XY> fitted;
};
TailFitCurves tailFitCurves(std::span<const double> sortedY, const PotResult &pot, int points = 200);

struct TailPlots {
    std::vector<MeanExcessPoint> meanExcess;
    TailFitCurves tailFit;
};

/// Every chart's data for a report.
struct RiskPlots {
    Histogram histogram;
    std::vector<XY> gaussian; ///< N(mean, s²) density over the histogram's range
    std::vector<XY> qq;
    TailPlots left;
    TailPlots right;
};
RiskPlots riskPlots(const RiskReport &report);

} // namespace rutile::risk
