#pragma once

// Small hand-made series and a scripted strategy for the engine's golden tests: every
// expected trade in the tests is computed by hand from these bars.

#include "backtest/Backtester.h"
#include "strategy/Strategy.h"
#include "trading/MarketData.h"

#include <QDate>

#include <functional>
#include <map>
#include <vector>

namespace rutile::test {

struct Ohlc {
    double open, high, low, close;
};

/// Daily bars from 2024-01-01 on (calendar days; the engine does not care about weekends).
inline BarSeries makeBars(const QString &symbol, const std::vector<Ohlc> &rows)
{
    BarSeries s;
    s.symbol = symbol;
    const DayNumber first = toDayNumber(QDate(2024, 1, 1));
    for (std::size_t i = 0; i < rows.size(); ++i)
        s.append(Bar{first + DayNumber(i), rows[i].open, rows[i].high, rows[i].low, rows[i].close, rows[i].close, 1000});
    return s;
}

/// The eight bars of the fill tests (O, H, L, C):
///   0: 100 101  99 100        4:  97 100  95  96   (opens below bar 3's low: a gap)
///   1: 102 104 101 103        5:  96  99  94  98
///   2: 103 106 102 105        6:  99 103  98 102
///   3: 104 105  98  99        7: 103 108 102 107
inline BarSeries eightBars()
{
    return makeBars(QStringLiteral("TEST"), {{100, 101, 99, 100},
                                             {102, 104, 101, 103},
                                             {103, 106, 102, 105},
                                             {104, 105, 98, 99},
                                             {97, 100, 95, 96},
                                             {96, 99, 94, 98},
                                             {99, 103, 98, 102},
                                             {103, 108, 102, 107}});
}

/// A strategy that does what it is told at given bars.
class Scripted final : public strategy::Strategy {
public:
    using Action = std::function<void(strategy::StrategyContext &)>;

    Scripted &at(std::size_t bar, Action action)
    {
        m_actions[bar].push_back(std::move(action));
        return *this;
    }
    Status prepare(strategy::StrategySetup &) override { return {}; }
    void onBar(strategy::StrategyContext &ctx) override
    {
        seen.push_back(ctx.bar());
        if (auto it = m_actions.find(ctx.bar()); it != m_actions.end())
            for (const Action &a : it->second)
                a(ctx);
    }

    std::vector<std::size_t> seen; ///< bars the engine asked about

private:
    std::map<std::size_t, std::vector<Action>> m_actions;
};

/// Free trading, 10 units per entry: the arithmetic of the golden tests stays readable.
inline backtest::BacktestConfig tenUnits()
{
    backtest::BacktestConfig c;
    c.sizing = backtest::FixedUnitsParams{10};
    return c;
}

} // namespace rutile::test
