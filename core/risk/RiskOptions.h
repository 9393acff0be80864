#pragma once

#include "params/ParamSpec.h"
#include "util/Error.h"

#include <QString>

#include <span>

namespace rutile::risk {

/// How a daily return is formed from consecutive values v[t−1], v[t] (prices or equity).
enum class ReturnType {
    Log, ///< r = ln(v[t] / v[t−1]); additive over time
    Simple, ///< r = v[t] / v[t−1] − 1; what a position actually gains
};

/// "log" or "simple", as written on the CLI and in the JSON.
QString returnTypeName(ReturnType type);

/// Every input of a risk analysis. Nothing numeric is buried in code: levels, windows,
/// trading days per year and the risk-free rate are here, described once by
/// riskParamSpecs() (names, ranges and defaults that the GUI form and the CLI's
/// `--param k=v` read).
struct RiskOptions {
    ReturnType returnType = ReturnType::Log;
    /// Tail probability p of the historical, Gaussian and Cornish–Fisher VaR: the left VaR is
    /// the p-quantile of returns, the right VaR the (1 − p)-quantile. Range [0.001, 0.25].
    double varLevel = 0.05;
    /// Peaks-over-threshold threshold as a quantile q of the tail variable (losses −r on the
    /// left, gains r on the right): u = Q(q). Range [0.5, 0.995].
    double thresholdQuantile = 0.90;
    /// Tail probability of the EVT stress value: the loss exceeded with probability p (left)
    /// and the gain exceeded with probability p (right, the 1 − p quantile of returns).
    /// Range [0.0001, 0.1] and below 1 − thresholdQuantile (the stress value must lie beyond
    /// the threshold, where the GPD describes the tail).
    double stressLevel = 0.01;
    /// Window of the short-term volatility (standard deviation of the last returns) and of the
    /// rolling-volatility curve. Range [2, 2520]; 63 ≈ one quarter.
    int shortTermWindow = 63;
    /// Window of the rolling beta and correlation against the benchmark. Range [2, 5040].
    int benchmarkWindow = 252;
    /// Annualisation: mean × T, volatility × √T, alpha × T. Range [1, 366] (risk/Annualisation.h).
    int tradingDaysPerYear = 252;
    /// Annual risk-free rate (a fraction). Its daily value rf / T is subtracted from asset and
    /// benchmark returns before the regression (Jensen's alpha); 0 gives the plain OLS of
    /// returns. Range [−0.1, 1].
    double riskFreeRate = 0.0;

    /// Checks every field against its ParamSpec and the cross-condition
    /// stressLevel < 1 − thresholdQuantile; the error names the bad value and the range,
    /// e.g. "var_level (0.7) out of range [0.001, 0.25]".
    Status validate() const;

    /// The options as parameter values (spec order).
    ParamValues toParams() const;
    /// Options from parameter values; unset names take their defaults; checked by validate().
    static Result<RiskOptions> fromParams(const ParamValues &values);
};

/// The parameter descriptions of RiskOptions: returns (choice log|simple), var_level,
/// threshold_quantile, stress_level, short_window, benchmark_window, trading_days, risk_free.
std::span<const ParamSpec> riskParamSpecs();

/// Number of exceedances below which a GPD fit is flagged as unreliable (a warning, not an
/// error): with fewer than about 30 points the shape estimate's standard error is of the
/// order of the estimate itself.
inline constexpr std::size_t kRecommendedExceedances = 30;
/// Fewest exceedances for which a GPD fit is attempted at all.
inline constexpr std::size_t kMinimumExceedances = 10;
/// Fewest returns an analysis needs (the excess kurtosis estimator divides by n − 3).
inline constexpr std::size_t kMinimumReturns = 4;

} // namespace rutile::risk
