#pragma once

// Walk-forward analysis (Pardo, "The Evaluation and Optimization of Trading Strategies", 2008):
// optimise on an in-sample window, trade the next out-of-sample window with the winner, move
// on, and judge the strategy only by the stitched out-of-sample record.
//
//   rolling:  IS = [s + k·OOS, s + k·OOS + IS),  OOS = [s + k·OOS + IS, … + OOS)
//   anchored: IS = [s, s + IS + k·OOS),          OOS as above
//
// Out-of-sample windows are adjacent and cover the data after the first in-sample window (the
// last one may be shorter, at least 2 bars). Each is traded with the equity the previous one
// ended with; positions still open at a window's end are closed there (end_of_data), so no
// trade spans two parameter sets. Indicators are computed over the whole history, so every
// window starts warmed up.

#include "backtest/Optimizer.h"

#include <vector>

namespace rutile::backtest {

struct WalkForwardConfig {
    int inSampleBars = 756;    ///< about three years of daily bars
    int outOfSampleBars = 252; ///< about one year
    bool anchored = false;     ///< in-sample windows grow from the start instead of rolling

    /// Windows of at least 2 bars (in-sample at least 20) that fit `bars` with one
    /// out-of-sample window of at least 2 bars.
    Status validate(std::size_t bars) const;
};

struct WalkForwardFold {
    std::size_t inSampleFirst = 0; ///< bar indices of the data, [first, last)
    std::size_t inSampleLast = 0;
    std::size_t outOfSampleFirst = 0;
    std::size_t outOfSampleLast = 0;
    ParamValues params;             ///< the in-sample winner
    double inSampleValue = kUndefined;
    PerformanceStats inSample;      ///< of the winner on its in-sample window
    PerformanceStats outOfSample;   ///< of the winner on the out-of-sample window
    TradeStats outOfSampleTrades;
    int evaluated = 0;              ///< grid points run in-sample
    /// outOfSample.cagr / inSample.cagr (Pardo's walk-forward efficiency for this fold); NaN
    /// when the in-sample CAGR is ≤ 0 or undefined.
    double efficiency = kUndefined;
};

struct WalkForwardResult {
    bool valid = false;
    bool cancelled = false;
    QString strategy;
    Objective objective = Objective::Sharpe;
    WalkForwardConfig config;
    std::vector<WalkForwardFold> folds;
    /// The stitched out-of-sample record: one point per out-of-sample bar.
    std::vector<DayNumber> days;
    std::vector<double> equity;
    std::vector<double> drawdown;
    std::vector<double> exposure;
    std::vector<trading::Trade> trades; ///< entry/exit bars are indices of the data
    PerformanceStats performance;
    TradeStats tradeStats;
    /// Walk-forward efficiency: the stitched out-of-sample CAGR over the mean in-sample CAGR of
    /// the winners. NaN when that mean is ≤ 0. Around 0.5 or more is usually read as robust;
    /// near 0 or negative as an over-fitted in-sample optimum.
    double efficiency = kUndefined;
    /// The yardsticks over the stitched days, each starting from the stitched curve's first
    /// value: holding the traded symbol (leg 0's Close) and holding the benchmark (NaN before
    /// its first bar; empty without one). benchmarkCurve() of each, and their statistics.
    std::vector<double> buyAndHoldEquity;
    std::vector<double> benchmarkEquity;
    PerformanceStats buyAndHold;
    QString benchmarkSymbol; ///< empty without a benchmark
    PerformanceStats benchmarkPerformance;
    std::vector<BacktestWarning> warnings;
    double elapsedMs = 0;
};

/// The folds' windows for `bars` bars starting at `first` (no backtest run).
std::vector<WalkForwardFold> walkForwardWindows(std::size_t first, std::size_t last, const WalkForwardConfig &config);

/// Runs the walk-forward over bars [range.first, range.last) of `data`. The optimiser's shard
/// must be the whole grid.
Result<WalkForwardResult> walkForward(const trading::MarketData &data, const strategy::StrategyDescriptor &descriptor,
                                      const ParameterGrid &grid, const BacktestConfig &config,
                                      const OptimizerConfig &optimizer, const WalkForwardConfig &walk,
                                      const RunOptions &range = {}, const TaskControl &control = {});

} // namespace rutile::backtest
