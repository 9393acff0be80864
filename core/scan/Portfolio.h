#pragma once

// Portfolio backtests over a watchlist: a rotational book that ranks every symbol by an
// expression, holds the best N, and rebalances on a schedule, with the engine's commission,
// slippage and fill timing. What `rutile-cli portfolio` and the Scanner's Portfolio tab run.
//
// The rules, in the order a trading day is processed (README "Universe → Portfolio backtests"):
//  1. Orders decided at the last rebalance fill at the symbol's next bar (its open, or its close
//     with `fill next_close`), with slippage against the trader: sells first, then buys. Buys
//     larger than the cash are scaled down together, then cut in rank order to what is left.
//  2. A holding whose history ends on this day (delisted, or not brought up to date) is sold
//     at this close; on the last day of the run every holding is sold at its close. Both pay
//     slippage and commission (exit reason end_of_data).
//  3. Equity = cash + Σ units · last close.
//  4. On a rebalance day (the first trading day of a period of the union calendar, not the
//     last day of the run): symbols with a bar that day, a finite rank value (and the filter
//     true) are ranked, highest first, ties by list position; the best N get target weights
//     (equal, or inverse volatility), capped at max_weight. Target units = ⌊w · equity /
//     close⌋, both of this close. Holdings that left the top N are sold; a kept holding is
//     traded back to its target only when it has drifted beyond the tolerance.
// Nothing in a decision reads a bar after its day: the look-ahead test perturbs the future and
// checks that every earlier decision and equity value stays the same.

#include "backtest/BacktestConfig.h"
#include "backtest/Metrics.h"
#include "data/BarSeries.h"
#include "risk/RiskReport.h"
#include "scan/PortfolioSettings.h"
#include "scan/Scan.h"
#include "trading/Trade.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rutile::scan {

struct PortfolioRequest {
    QStringList symbols; ///< the list, in its order (ties in rank go to the earlier symbol)
    ScanExpression rank; ///< higher is better; a condition ranks 1 above 0
    std::optional<ScanExpression> filter; ///< a condition a symbol must meet on a rebalance day
    PortfolioSettings settings;
    backtest::BacktestConfig config; ///< cash, commission, slippage, fill timing, metrics
    QDate from; ///< first day traded (earlier bars warm the rank up); null: the first
    QDate to;   ///< last day; null: the last
    QString benchmark; ///< a cached symbol to compare with (beta, alpha); empty: none
    int threads = 0;   ///< 0: one per core
};

/// One symbol's data as the simulation reads it: every bar's day, open and close in the range,
/// and, only on the first bar of each rebalance period, the rank and the volatility.
struct PortfolioSeries {
    qsizetype position = 0; ///< in the list
    std::vector<DayNumber> day;
    std::vector<double> open;
    std::vector<double> close;
    struct Decision {
        DayNumber day = 0;
        double score = 0;      ///< NaN: not rankable that day (warm-up, filter false, undefined)
        double volatility = 0; ///< σ of daily returns over vol_window bars (inverse_vol), else 0
    };
    std::vector<Decision> decisions;
};

/// Evaluates the rank, the filter and the volatility on `bars` (the whole history, so that the
/// warm-up may use bars before `from`) and keeps what the simulation reads of [from, to].
Result<PortfolioSeries> preparePortfolioSeries(const PortfolioRequest &request, qsizetype position, BarSeries bars);

/// What a rebalance decided at a close.
struct PortfolioTarget {
    qsizetype position = 0;
    double score = 0;
    double weight = 0; ///< fraction of equity
    double units = 0;  ///< whole units wanted after the fills
    bool operator==(const PortfolioTarget &) const = default;
};
struct PortfolioRebalance {
    DayNumber day = 0;    ///< the decision's close
    int candidates = 0;   ///< symbols ranked that day
    std::vector<PortfolioTarget> targets; ///< best first
    bool operator==(const PortfolioRebalance &) const = default;
};

/// The book at a close after its fills.
struct PortfolioHolding {
    qsizetype position = 0;
    double units = 0;
    double close = 0; ///< the last close known that day
    double weight = 0; ///< units · close / equity
};
struct PortfolioSnapshot {
    DayNumber day = 0;
    std::vector<PortfolioHolding> holdings; ///< by list position
};

struct PortfolioResult {
    QStringList symbols; ///< the list (trades' `leg` and the holdings' `position` index it)
    std::vector<DayNumber> days; ///< the union calendar of the run
    std::vector<double> equity;  ///< at each close
    std::vector<double> cash;
    std::vector<double> exposure;  ///< invested / equity
    std::vector<int> holdingCount; ///< holdings at each close
    std::vector<PortfolioRebalance> rebalances;
    std::vector<PortfolioSnapshot> snapshots; ///< on every day with a fill
    /// Round trips per symbol: `leg` is the list position; a position resized in steps keeps
    /// one `group` until it is flat.
    std::vector<trading::Trade> trades;
    backtest::PerformanceStats performance;
    backtest::TradeStats tradeStats;
    /// Half the traded notional (buys and sells) per year, over the mean equity.
    double annualTurnover = backtest::kUndefined;
    std::vector<ScanSkip> skipped; ///< symbols that never took part, with the reason
    QString benchmarkSymbol;
    backtest::BenchmarkStats benchmark;
    std::vector<double> benchmarkEquity; ///< the benchmark scaled to the starting cash
    backtest::PerformanceStats benchmarkHeld; ///< the statistics of holding the benchmark instead
    std::optional<risk::RiskReport> risk; ///< of the equity curve; empty when too short
};

/// The simulation on prepared series (in memory: the look-ahead test moves their future).
/// `series` need not cover the same days; the calendar is their union.
Result<PortfolioResult> simulatePortfolio(const PortfolioRequest &request, const std::vector<PortfolioSeries> &series,
                                          const TaskControl &control = {});

/// Reads the list from the workspace at `path` in parallel, prepares every symbol, simulates,
/// and adds the benchmark and the risk figures. Errors: a cancellation, an unreadable
/// workspace, invalid settings, no symbol with data.
Result<PortfolioResult> runPortfolio(const QString &path, const PortfolioRequest &request,
                                     const TaskControl &control = {});

} // namespace rutile::scan
