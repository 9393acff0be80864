#pragma once

#include "data/BarSeries.h"
#include "risk/BenchmarkStats.h"
#include "risk/Drawdown.h"
#include "risk/PeaksOverThreshold.h"
#include "risk/RiskOptions.h"
#include "risk/TailRisk.h"

#include <QString>

#include <optional>
#include <vector>

namespace rutile::risk {

/// Moments and volatilities of the daily returns r_1..r_n. Sample (n − 1) estimators
/// throughout; see Moments.h for skewness and kurtosis. T = trading days per year.
struct ReturnStatistics {
    std::size_t count = 0; ///< n returns (one fewer than values)
    double mean = 0; ///< daily mean
    double stdDev = 0; ///< daily sample standard deviation = long-term volatility
    double skewness = 0; ///< G1 (Excel SKEW, pandas skew)
    double excessKurtosis = 0; ///< G2 (Excel KURT, pandas kurt); 0 for normal data
    double annualMean = 0; ///< mean·T
    double annualVolatility = 0; ///< stdDev·√T (long-term, whole range)
    double min = 0; ///< worst daily return and its date (the first one on ties)
    DayNumber minDay = 0;
    double max = 0; ///< best daily return and its date
    DayNumber maxDay = 0;
    /// Sample standard deviation of the last min(window, n) returns (daily) and ·√T.
    double shortTermVolatility = 0;
    double annualShortTermVolatility = 0;
    std::size_t shortTermCount = 0; ///< returns actually used (< window when history is short)
};

/// One tail's risk figures, all as RETURNS (left values negative).
struct TailStatistics {
    Tail tail = Tail::Left;
    double level = 0; ///< quantile level: p on the left, 1 − p on the right
    HistoricalTail historical; ///< VaR = type-7 quantile at `level`; ES = mean beyond it
    double gaussianVar = 0; ///< μ + Φ⁻¹(level)·s
    double cornishFisherVar = 0; ///< μ + z_cf(level, G1, G2)·s
    PotResult pot; ///< EVT threshold, GPD fit and stress value
};

/// Typed warnings: the analysis ran, but a figure needs care.
enum class RiskWarningKind {
    FewExceedances, ///< a tail has fewer than kRecommendedExceedances exceedances
    GpdNotFitted, ///< a tail has too few exceedances to fit at all (stress value missing)
    GpdNotConverged, ///< the GPD fit did not pass its checks (see GpdFitStatus)
    GpdIrregular, ///< ξ̂ ≤ −1/2: the standard errors are not valid there
    ShortHistory, ///< fewer returns than the short-term window
    BenchmarkShortOverlap, ///< fewer common returns than the rolling window (no rolling curve)
    BenchmarkNoOverlap, ///< fewer than 2 common returns: no benchmark statistics at all
};

struct RiskWarning {
    RiskWarningKind kind = RiskWarningKind::FewExceedances;
    std::optional<Tail> tail; ///< the tail concerned, when it is a tail warning
    QString message; ///< translated, one line
};

/// Everything the dashboard, the CLI and the backtest report show about one series.
struct RiskReport {
    bool valid = false;
    QString name; ///< symbol or equity-curve name
    RiskOptions options; ///< the options used
    /// The input values (closes or equity) and their days; drawdowns are computed on these.
    std::vector<DayNumber> day;
    std::vector<double> value;
    /// Daily returns dated at the later day (returnDay.size() == day.size() − 1).
    std::vector<DayNumber> returnDay;
    std::vector<double> returns;
    ReturnStatistics stats;
    TailStatistics left;
    TailStatistics right;
    DrawdownReport drawdown; ///< on `value`; indices refer to `day`
    /// Annualised rolling volatility: sample s.d. of the last shortTermWindow returns ·√T,
    /// aligned with returnDay, NaN before the first full window.
    std::vector<double> rollingVolatility;
    std::optional<BenchmarkStats> benchmark;
    std::vector<RiskWarning> warnings;
    double elapsedMs = 0;

    bool hasWarning(RiskWarningKind kind) const;
};

} // namespace rutile::risk
