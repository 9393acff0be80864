#pragma once

#include "data/BarSeries.h"

#include <QString>

#include <cstddef>
#include <limits>
#include <span>
#include <vector>

namespace rutile::risk {

inline constexpr double kUndefinedStat = std::numeric_limits<double>::quiet_NaN();

/// Statistics of an asset's daily returns a against a benchmark's b on the same days
/// (see commonDays(): values are aligned first, returns taken afterwards).
///
/// Excess returns a' = a − rf/T and b' = b − rf/T (rf the annual risk-free rate, T trading
/// days per year; rf = 0 by default, giving the plain OLS of returns). With sample
/// (n − 1) moments:
/// - beta = cov(a', b') / var(b')  — the OLS slope of a' on b'
/// - alpha = mean(a') − beta·mean(b') — the OLS intercept, per day; annualAlpha = alpha·T
/// - correlation ρ = cov(a', b') / (s_a'·s_b');  rSquared = ρ² (the regression's R²)
/// - active return e = a − b; trackingError = s_e (daily), annualTrackingError = s_e·√T
/// - informationRatio = mean(e)·T / (s_e·√T) = mean(e)/s_e·√T
/// - rolling beta and correlation over the last `window` returns (same formulas, rf
///   cancels), NaN before the first full window.
/// Degenerate cases: NaN when n < 2 or the benchmark (for beta, alpha) or either series
/// (for correlation) is constant, or when the active return is constant (tracking error 0).
struct BenchmarkStats {
    QString symbol;
    std::size_t count = 0; ///< common returns
    DayNumber firstDay = 0;
    DayNumber lastDay = 0;
    // Undefined until computed, never a made-up 0 (a default-constructed value reads as "none").
    double beta = kUndefinedStat;
    double alpha = kUndefinedStat; ///< per day
    double annualAlpha = kUndefinedStat;
    double correlation = kUndefinedStat;
    double rSquared = kUndefinedStat;
    double trackingError = kUndefinedStat;
    double annualTrackingError = kUndefinedStat;
    double informationRatio = kUndefinedStat;
    int window = 0;
    std::vector<DayNumber> day; ///< dates of the common returns
    std::vector<double> rollingBeta;
    std::vector<double> rollingCorrelation;
};

/// `asset` and `benchmark` are returns on the same `days` (equal lengths). `window` < 2 skips
/// the rolling curves (a backtest needs only the whole-period figures).
BenchmarkStats benchmarkStatistics(std::span<const DayNumber> days, std::span<const double> asset,
    std::span<const double> benchmark, int window, int tradingDaysPerYear, double riskFreeRate);

} // namespace rutile::risk
