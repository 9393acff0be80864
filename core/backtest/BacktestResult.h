#pragma once

#include "backtest/Metrics.h"
#include "data/BarSeries.h"
#include "params/ParamSpec.h"
#include "trading/Trade.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rutile::backtest {

/// Things the trader should know about a run that are not errors.
enum class BacktestWarningKind {
    EndOfDataExit,     ///< positions still open on the last bar were closed at its close
    WorkingOrdersLeft, ///< limit or stop orders were still working when the data ended
    EntrySkipped,      ///< an entry got no units (ATR still warming up, equity ≤ 0, no hedge reference)
    EquityNotPositive, ///< the equity fell to zero or below; later returns are meaningless
    NoTrades,          ///< the strategy never traded
    NoBenchmarkOverlap ///< the benchmark shares fewer than 3 days with the run
};

struct BacktestWarning {
    BacktestWarningKind kind;
    QString message; ///< translated, for display
};

/// Everything one run produced. Curves have one value per bar of the run ([firstBar, lastBar)
/// of the data), at the close.
struct BacktestResult {
    bool valid = false;
    QString strategy;
    ParamValues params;  ///< resolved
    QStringList symbols; ///< leg 0 first
    std::size_t firstBar = 0;
    std::size_t lastBar = 0;

    std::vector<DayNumber> days;
    std::vector<double> equity;           ///< cash + positions at each close (after the end-of-data close-out on the last bar)
    std::vector<double> drawdown;         ///< equity / running peak − 1 (≤ 0)
    std::vector<double> exposure;         ///< gross notional / equity at each close (before the close-out)
    std::vector<double> buyAndHoldEquity; ///< initial cash · Close_t / Close_first of leg 0
    std::vector<double> benchmarkEquity;  ///< benchmarkCurve(); empty without a benchmark

    std::vector<trading::Trade> trades;        ///< in exit order; pairs as one Trade per leg
    std::vector<trading::OrderRecord> orders;  ///< every order, as decided
    std::vector<trading::Fill> fills;          ///< every execution

    PerformanceStats performance;
    TradeStats tradeStats;
    /// The same curve statistics for holding leg 0 from the first close to the last, without
    /// costs: the yardstick beside the strategy.
    PerformanceStats buyAndHold;
    QString benchmarkSymbol;          ///< empty without a benchmark
    BenchmarkStats benchmark;         ///< the strategy against the benchmark
    BenchmarkStats buyAndHoldBenchmark;
    /// The curve statistics of holding the benchmark over the run's days (benchmarkEquity from
    /// its first value on, no costs), with the same conventions; bars 0 without a benchmark.
    PerformanceStats benchmarkPerformance;

    std::vector<BacktestWarning> warnings;
    double elapsedMs = 0;

    bool hasWarning(BacktestWarningKind kind) const
    {
        for (const BacktestWarning &w : warnings)
            if (w.kind == kind)
                return true;
        return false;
    }
};

} // namespace rutile::backtest
