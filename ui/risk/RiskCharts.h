#pragma once

#include "risk/RiskPlots.h"
#include "risk/RiskReport.h"

class QChart;

namespace rutile::ui {

// Builders of the risk dashboard's charts (Qt Charts). Each returns a new QChart for a
// RiskChartView; they only draw what core computed (RiskReport, RiskPlots). Returns are
// drawn in percent (axis titles say so); densities per percentage point accordingly.

/// Histogram of daily returns (density) with the fitted normal density N(mean, s²) and the
/// historical VaR lines.
QChart *makeHistogramChart(const risk::RiskReport &report, const risk::RiskPlots &plots);

/// Normal QQ-plot of the returns with the line mean + s·z.
QChart *makeQqChart(const risk::RiskReport &report, const risk::RiskPlots &plots);

/// Mean-excess plot of one tail, the chosen threshold marked, and the fitted GPD's mean
/// excess (σ + ξ(v − u))/(1 − ξ) above it.
QChart *makeMeanExcessChart(const risk::RiskReport &report, const risk::RiskPlots &plots, risk::Tail tail);

/// Empirical tail P̂(Y ≥ y) against the fitted GPD tail (Nu/n)·S(y − u), log scale.
QChart *makeTailFitChart(const risk::RiskReport &report, const risk::RiskPlots &plots, risk::Tail tail);

/// Rolling annualised volatility with the long-term volatility as a dashed line.
QChart *makeRollingVolatilityChart(const risk::RiskReport &report);

/// Underwater curve (drawdown from the running peak), the maximum drawdown marked.
QChart *makeUnderwaterChart(const risk::RiskReport &report);

/// Rolling beta (left axis) and correlation (right axis) against the benchmark; a titled
/// empty chart when there is no benchmark.
QChart *makeBenchmarkChart(const risk::RiskReport &report);

/// At most `maxPoints` indices of a sorted sample for drawing a scatter: every point of the
/// outer `tailFraction` on each side, an even thinning of the middle (the middle of a QQ-plot
/// of 10,000 points is one solid line; the tails are what the eye reads).
std::vector<std::size_t> thinnedIndices(std::size_t n, std::size_t maxPoints, double tailFraction = 0.05);

} // namespace rutile::ui
