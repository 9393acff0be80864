#pragma once

// Performance statistics of an equity curve and of a trade list (Lean's PortfolioStatistics
// shape): one typed struct per concern, each field with its formula, its convention and what
// it is when undefined. Undefined values are NaN (JSON null), never a made-up 0.
//
// Conventions (README "Backtesting → Metrics"):
//  * The curve holds one equity value per bar at the close; its first value is the starting
//    equity (nothing can fill on the first bar of a run). Daily returns r_t = e_t/e_{t−1} − 1,
//    one per bar after the first.
//  * N = tradingDaysPerYear (252) annualises; the risk-free rate is annual and enters as
//    rf_d = rf/N per day.
//  * Standard deviations of returns are sample standard deviations (divisor n − 1).

#include "backtest/BacktestConfig.h"
#include "data/BarSeries.h"
#include "risk/BenchmarkStats.h"
#include "trading/Trade.h"

#include <limits>
#include <span>
#include <vector>

namespace rutile::backtest {

inline constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

/// Statistics of one equity curve.
struct PerformanceStats {
    int bars = 0;    ///< points of the curve
    int returns = 0; ///< daily returns: bars − 1
    double initialEquity = kUndefined; ///< first point of the curve
    double finalEquity = kUndefined;   ///< last point
    /// finalEquity / initialEquity − 1.
    double totalReturn = kUndefined;
    /// returns / N: the length of the run in years of trading days.
    double years = kUndefined;
    /// (final/initial)^(1/years) − 1. −1 when the final equity is ≤ 0; NaN when years = 0.
    double cagr = kUndefined;
    /// Mean and sample standard deviation of the daily returns (NaN with fewer than 2).
    double meanDailyReturn = kUndefined;
    double dailyVolatility = kUndefined;
    /// dailyVolatility · √N.
    double annualVolatility = kUndefined;
    /// (mean − rf_d) / dailyVolatility · √N. NaN when the volatility is 0 or undefined
    /// (a flat curve has no Sharpe ratio).
    double sharpe = kUndefined;
    /// (mean − rf_d) / DD · √N with the downside deviation DD = √(Σ min(0, r − rf_d)² / n) over
    /// all n returns (Sortino & Price 1994, target rf_d). NaN when no return falls below rf_d.
    double sortino = kUndefined;
    /// cagr / |maxDrawdown|. NaN when there is no drawdown.
    double calmar = kUndefined;
    /// The deepest point of the drawdown curve (core/risk's summarizeDrawdowns, so the same
    /// figures as the risk analysis of the curve), a negative fraction:
    /// min_t (e_t / max_{s≤t} e_s − 1); −0.25 is a fall of 25% from the peak. 0 when the curve never falls below an earlier peak.
    double maxDrawdown = 0;
    int maxDrawdownPeak = -1;     ///< curve index of the peak before the maximum drawdown; −1 when none
    int maxDrawdownTrough = -1;   ///< curve index of its trough
    int maxDrawdownRecovery = -1; ///< first index at or above the peak again; −1 when not recovered
    /// Bars from that peak to its recovery, or to the last bar when it has not recovered.
    int maxDrawdownDuration = 0;
    /// The longest stretch, in bars, from any peak to its recovery (or to the last bar).
    int longestDrawdown = 0;
    /// Fraction of bars holding a position at the close (time in the market); NaN without an
    /// exposure series.
    double exposure = kUndefined;
    /// Mean of gross notional / equity over the bars.
    double averageGrossExposure = kUndefined;
    /// (mean − rf_d) / dailyVolatility, not annualised: the deflated Sharpe ratio's input.
    double dailySharpe = kUndefined;
    /// Moment estimates of the daily returns: m3/m2^1.5 and m4/m2² − 3 (population moments,
    /// as Bailey & López de Prado use them). NaN with fewer than 2 returns or no variation.
    double skewness = kUndefined;
    double excessKurtosis = kUndefined;
};

/// Statistics of `equity` (one value per bar). `exposure`, when not empty, is gross notional /
/// equity per bar (> 0 means a position was held at that close).
PerformanceStats computePerformance(std::span<const double> equity, std::span<const double> exposure,
                                    const MetricsParams &params);
/// The same, with the daily returns written to `returns` (equity.size() − 1 values): callers
/// that run many backtests reuse one buffer.
PerformanceStats computePerformance(std::span<const double> equity, std::span<const double> exposure,
                                    const MetricsParams &params, std::span<double> returns);

/// Statistics of the closed trades. A round trip is every Trade with the same group (the two
/// legs of a pair trade, the parts of a position closed in steps): its pnl is their sum.
struct TradeStats {
    int trades = 0;  ///< round trips
    int legs = 0;    ///< rows of the trade list
    int winners = 0; ///< round trips with pnl > 0
    int losers = 0;  ///< round trips with pnl < 0 (pnl = 0 is neither)
    /// winners / trades; NaN without trades.
    double winRate = kUndefined;
    double grossProfit = 0; ///< sum of winning pnl
    double grossLoss = 0;   ///< sum of losing pnl (≤ 0)
    double netProfit = 0;   ///< sum of all pnl (net of commission)
    /// grossProfit / |grossLoss|; NaN without a losing trade.
    double profitFactor = kUndefined;
    /// grossProfit / winners and grossLoss / losers (negative); NaN when there are none.
    double averageWin = kUndefined;
    double averageLoss = kUndefined;
    /// netProfit / trades: the average pnl per round trip, in currency; NaN without trades.
    double expectancy = kUndefined;
    /// Commission of every fill.
    double totalCommission = 0;
    /// Mean bars from entry to exit per round trip (its longest leg); NaN without trades.
    double averageBarsHeld = kUndefined;
    /// Round trips closed by the end of the data rather than by a rule.
    int endOfDataTrades = 0;
};

TradeStats computeTradeStats(std::span<const trading::Trade> trades);

/// A curve against a benchmark: core/risk's statistics (one definition for the backtest, the
/// risk analysis and the risk dashboard), of the curve's simple daily returns on the
/// benchmark's (its Close), values aligned on the days both have first, returns taken between
/// consecutive common days; rf and N from `params`. `count` is the number of paired returns;
/// `alpha` is Jensen's alpha per day, `annualAlpha` = alpha · N. The rolling curves are not
/// computed (window 0).
using BenchmarkStats = risk::BenchmarkStats;

BenchmarkStats compareWithBenchmark(std::span<const DayNumber> days, std::span<const double> equity,
                                    const BarSeries &benchmark, const MetricsParams &params);

/// The statistics of holding `curve` (buy-and-hold of a symbol or a benchmark): from its first
/// finite value on (a benchmark curve is NaN before the benchmark's first bar), exposure 1.
/// Curve indices in the result (the drawdown's peak, trough, recovery) refer to `curve`.
/// Fewer than 2 finite values give the empty statistics (bars 0).
PerformanceStats heldPerformance(std::span<const double> curve, const MetricsParams &params);

/// The benchmark's Close on each of `days`, scaled so that it equals `initial` on the first
/// day it has a value for; carried forward over days the benchmark lacks; NaN before its first
/// bar.
std::vector<double> benchmarkCurve(std::span<const DayNumber> days, const BarSeries &benchmark, double initial);

/// Drawdown per point: e_t / max_{s≤t} e_s − 1 (≤ 0).
void drawdownCurve(std::span<const double> equity, std::span<double> out);

} // namespace rutile::backtest
