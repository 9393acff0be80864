#pragma once

// The event-driven bar loop. For each bar t of the run, in this order:
//   1. orders decided at t−1's close execute: market orders at t's open (FillTiming::NextOpen),
//      then working limit and stop orders against t's range;
//   2. attached exits (stop-loss, take-profit, trailing stop) are checked against t's range;
//   3. (FillTiming::NextClose: market orders execute at t's close);
//   4. positions are marked at t's close: equity_t;
//   5. the strategy decides at t's close (not on the last bar, where nothing could fill);
// and on the last bar every open position is closed at its close (exit reason end_of_data,
// slippage and commission charged, flagged in the warnings).
//
// The loop itself allocates nothing: order queues, the trade list and the curves live in
// buffers owned by the Backtester and reused from run to run (one Backtester per thread in the
// optimiser).

#include "backtest/BacktestConfig.h"
#include "backtest/BacktestResult.h"
#include "strategy/Strategy.h"
#include "trading/MarketData.h"
#include "util/Error.h"

#include <cstddef>
#include <functional>
#include <limits>
#include <memory>

namespace rutile::backtest {

struct RunOptions {
    /// Bars traded: [first, last) of the data, clipped to it. Indicators are computed over the
    /// whole data, so bars before `first` warm them up.
    std::size_t first = 0;
    std::size_t last = std::numeric_limits<std::size_t>::max();
    bool keepCurves = true;     ///< days, equity, drawdown, exposure, buy-and-hold and benchmark curves
    bool keepTrades = true;     ///< the trade list (statistics are computed either way)
    bool keepOrders = true;     ///< the order log and the fills
    bool compareBuyAndHold = true;
    bool compareBenchmark = true;
    /// Polled by long preparation (ml_signal trains its models in prepare()): when it says yes,
    /// the run stops with a Cancelled error. Empty: never.
    std::function<bool()> isCancellationRequested;
};

class Backtester {
public:
    Backtester();
    ~Backtester();
    Backtester(const Backtester &) = delete;
    Backtester &operator=(const Backtester &) = delete;

    /// Runs the strategy `descriptor` with `params` (defaults fill the rest; checked).
    /// Errors: InvalidArgument for bad parameters or configuration, InvalidInput for data too
    /// short for the strategy or a strategy needing more symbols than `data` has.
    Result<BacktestResult> run(const trading::MarketData &data, const strategy::StrategyDescriptor &descriptor,
                               const ParamValues &params, const BacktestConfig &config, const RunOptions &options = {});

    /// Runs a strategy object (custom strategies, tests). A strategy object may keep state
    /// between bars, so give each run a fresh one.
    Result<BacktestResult> run(const trading::MarketData &data, strategy::Strategy &strategy,
        const BacktestConfig &config, const RunOptions &options = {});

    struct Scratch; ///< reused buffers (implementation detail)

private:
    std::unique_ptr<Scratch> m_scratch;
};

/// One run with a fresh Backtester.
Result<BacktestResult> runBacktest(const trading::MarketData &data, const strategy::StrategyDescriptor &descriptor,
                                   const ParamValues &params, const BacktestConfig &config,
                                   const RunOptions &options = {});

} // namespace rutile::backtest
