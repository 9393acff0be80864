// Golden tests of the engine's fill rules, costs and sizing on eightBars() (BacktestFixtures.h),
// every expected number worked out by hand in the row that states it.

#include "BacktestFixtures.h"
#include "TestSupport.h"

#include "backtest/ConfigParams.h"
#include "backtest/FillModel.h"

#include <cmath>

using namespace rutile;
using namespace rutile::backtest;
using namespace rutile::trading;
using rutile::test::Scripted;

namespace {

struct ExpectedTrade {
    std::int64_t entryBar;
    std::int64_t exitBar;
    Side side;
    double size;
    double entryPrice;
    double exitPrice;
    double pnl;
    double commission;
    ExitReason reason;
};

using Configure = std::function<void(BacktestConfig &)>;
using Script = std::function<void(Scripted &)>;

void longAt(Scripted &s, std::size_t bar)
{
    s.at(bar, [](strategy::StrategyContext &c) { c.enterLong(); });
}
void shortAt(Scripted &s, std::size_t bar)
{
    s.at(bar, [](strategy::StrategyContext &c) { c.enterShort(); });
}
void exitAt(Scripted &s, std::size_t bar)
{
    s.at(bar, [](strategy::StrategyContext &c) { c.exit(); });
}
void orderAt(Scripted &s, std::size_t bar, Order o)
{
    s.at(bar, [o](strategy::StrategyContext &c) { c.submit(o); });
}
Order working(Side side, OrderType type, double price, int expiry = 0)
{
    Order o;
    o.side = side;
    o.type = type;
    o.price = price;
    o.expiryBars = expiry;
    return o;
}

Result<BacktestResult> runScript(const BarSeries &bars, const BacktestConfig &config, Scripted &script)
{
    MarketData data(bars);
    Backtester backtester;
    return backtester.run(data, script, config);
}

} // namespace

Q_DECLARE_METATYPE(Configure)
Q_DECLARE_METATYPE(Script)
Q_DECLARE_METATYPE(std::vector<ExpectedTrade>)

class TestBacktestFills : public QObject {
    Q_OBJECT

private slots:
    // ---- the fill model on its own: every intrabar rule ---------------------------------------

    void fillModelRules_data()
    {
        QTest::addColumn<int>("kind"); // 0 limit, 1 stop, 2 exit long, 3 exit short
        QTest::addColumn<bool>("buy");
        QTest::addColumn<double>("level");  // limit/stop price, or the stop-loss of an exit
        QTest::addColumn<double>("level2"); // the take-profit of an exit
        QTest::addColumn<double>("open");
        QTest::addColumn<double>("high");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("expected"); // NaN: no fill
        QTest::addColumn<int>("expectedKind"); // exits: 0 none, 1 stop, 2 take-profit
        const double nan = std::nan("");
        // Limit buy at 100: the open or better, else the limit when the low reaches it.
        QTest::newRow("buy limit, opens below: the better open") << 0 << true << 100.0 << nan << 99.0 << 101.0 << 98.0 << 99.0 << 0;
        QTest::newRow("buy limit, trades down to it: the limit") << 0 << true << 100.0 << nan << 102.0 << 103.0 << 99.5 << 100.0 << 0;
        QTest::newRow("buy limit, never reached") << 0 << true << 100.0 << nan << 102.0 << 103.0 << 100.5 << nan << 0;
        QTest::newRow("sell limit, opens above: the better open") << 0 << false << 100.0 << nan << 101.0 << 102.0 << 99.0 << 101.0 << 0;
        QTest::newRow("sell limit, trades up to it") << 0 << false << 100.0 << nan << 98.0 << 100.5 << 97.0 << 100.0 << 0;
        // Stop buy at 100: the stop when the high reaches it, the (worse) open on a gap.
        QTest::newRow("buy stop, gaps above: the open") << 1 << true << 100.0 << nan << 101.0 << 102.0 << 100.5 << 101.0 << 0;
        QTest::newRow("buy stop, trades through: the stop") << 1 << true << 100.0 << nan << 99.0 << 100.5 << 98.0 << 100.0 << 0;
        QTest::newRow("buy stop, not reached") << 1 << true << 100.0 << nan << 99.0 << 99.9 << 98.0 << nan << 0;
        QTest::newRow("sell stop, gaps below: the open") << 1 << false << 100.0 << nan << 99.0 << 99.5 << 98.0 << 99.0 << 0;
        QTest::newRow("sell stop, trades through") << 1 << false << 100.0 << nan << 101.0 << 101.5 << 99.0 << 100.0 << 0;
        // A long with stop-loss 95 and take-profit 110.
        QTest::newRow("long: gap below the stop fills at the open") << 2 << false << 95.0 << 110.0 << 94.0 << 111.0 << 93.0 << 94.0 << 1;
        QTest::newRow("long: gap above the take-profit fills at the open") << 2 << false << 95.0 << 110.0 << 111.0 << 112.0 << 94.0 << 111.0 << 2;
        QTest::newRow("long: both inside the bar, the stop first") << 2 << false << 95.0 << 110.0 << 100.0 << 111.0 << 94.0 << 95.0 << 1;
        QTest::newRow("long: stop only") << 2 << false << 95.0 << 110.0 << 100.0 << 105.0 << 94.0 << 95.0 << 1;
        QTest::newRow("long: take-profit only") << 2 << false << 95.0 << 110.0 << 100.0 << 110.0 << 96.0 << 110.0 << 2;
        QTest::newRow("long: neither") << 2 << false << 95.0 << 110.0 << 100.0 << 109.0 << 96.0 << nan << 0;
        QTest::newRow("long: no take-profit set") << 2 << false << 95.0 << nan << 100.0 << 200.0 << 96.0 << nan << 0;
        // A short with stop-loss 105 and take-profit 90.
        QTest::newRow("short: gap above the stop") << 3 << true << 105.0 << 90.0 << 106.0 << 107.0 << 89.0 << 106.0 << 1;
        QTest::newRow("short: gap below the take-profit") << 3 << true << 105.0 << 90.0 << 89.0 << 106.0 << 88.0 << 89.0 << 2;
        QTest::newRow("short: both inside, the stop first") << 3 << true << 105.0 << 90.0 << 100.0 << 106.0 << 89.0 << 105.0 << 1;
        QTest::newRow("short: take-profit only") << 3 << true << 105.0 << 90.0 << 100.0 << 104.0 << 89.0 << 90.0 << 2;
    }

    void fillModelRules()
    {
        QFETCH(int, kind);
        QFETCH(bool, buy);
        QFETCH(double, level);
        QFETCH(double, level2);
        QFETCH(double, open);
        QFETCH(double, high);
        QFETCH(double, low);
        QFETCH(double, expected);
        QFETCH(int, expectedKind);
        const StandardFillModel model;
        const BarPrices bar{open, high, low, (high + low) / 2};
        double price = 0;
        if (kind == 0) {
            price = model.limitPrice(buy, level, bar);
        } else if (kind == 1) {
            price = model.stopPrice(buy, level, bar);
        } else {
            const AttachedExitFill fill = model.attachedExit(kind == 2 ? Side::Long : Side::Short, level, level2, bar);
            price = fill.price;
            QCOMPARE(int(fill.kind), expectedKind);
        }
        if (std::isnan(expected))
            QVERIFY(std::isnan(price));
        else
            QCOMPARE(price, expected);
    }

    void marketOrdersFillAtTheNextOpenOrClose()
    {
        const BarPrices bar{10, 12, 9, 11};
        QCOMPARE(StandardFillModel({FillTiming::NextOpen}).marketPrice(bar), 10.0);
        QCOMPARE(StandardFillModel({FillTiming::NextClose}).marketPrice(bar), 11.0);
    }

    // ---- the engine, end to end on eightBars() -------------------------------------------------

    void goldenTrades_data()
    {
        QTest::addColumn<Configure>("configure");
        QTest::addColumn<Script>("script");
        QTest::addColumn<std::vector<ExpectedTrade>>("trades");
        QTest::addColumn<double>("finalEquity");
        const auto none = [](BacktestConfig &) {};
        const Script longOneToFive = [](Scripted &s) {
            longAt(s, 1);
            exitAt(s, 5);
        };
        const auto L = Side::Long;
        const auto S = Side::Short;
        const auto signal = ExitReason::Signal;

        // Decided at bar 1's close, filled at bar 2's open 103; the exit decided at bar 5 fills
        // at bar 6's open 99. pnl = (99 − 103)·10 = −40.
        QTest::newRow("next-open fill") << Configure(none) << longOneToFive
                                        << std::vector<ExpectedTrade>{{2, 6, L, 10, 103, 99, -40, 0, signal}} << 99960.0;
        // 0.1% of notional: 1030·0.001 = 1.03 in, 990·0.001 = 0.99 out; pnl −40 − 2.02.
        QTest::newRow("commission: percent")
            << Configure([](BacktestConfig &c) { c.commission = PercentCommissionParams{0.001}; }) << longOneToFive
            << std::vector<ExpectedTrade>{{2, 6, L, 10, 103, 99, -42.02, 2.02, signal}} << 99957.98;
        // 0.05 per unit, minimum 1: 10 units cost 0.5 → the minimum 1, each way.
        QTest::newRow("commission: per unit, minimum applies")
            << Configure([](BacktestConfig &c) { c.commission = PerUnitCommissionParams{0.05, 1.0}; }) << longOneToFive
            << std::vector<ExpectedTrade>{{2, 6, L, 10, 103, 99, -42, 2, signal}} << 99958.0;
        // 100 units: 5 each way; pnl (99 − 103)·100 − 10 = −410.
        QTest::newRow("commission: per unit above the minimum")
            << Configure([](BacktestConfig &c) {
                   c.commission = PerUnitCommissionParams{0.05, 1.0};
                   c.sizing = FixedUnitsParams{100};
               })
            << longOneToFive << std::vector<ExpectedTrade>{{2, 6, L, 100, 103, 99, -410, 10, signal}} << 99590.0;
        QTest::newRow("commission: fixed per order")
            << Configure([](BacktestConfig &c) { c.commission = FixedCommissionParams{2.5}; }) << longOneToFive
            << std::vector<ExpectedTrade>{{2, 6, L, 10, 103, 99, -45, 5, signal}} << 99955.0;
        // 20 bps against the trader: buy 103·1.002 = 103.206, sell 99·0.998 = 98.802;
        // pnl (98.802 − 103.206)·10 = −44.04.
        QTest::newRow("slippage") << Configure([](BacktestConfig &c) { c.slippage.bps = 20; }) << longOneToFive
                                  << std::vector<ExpectedTrade>{{2, 6, L, 10, 103.206, 98.802, -44.04, 0, signal}} << 99955.96;
        // Stop-loss 4% of 103 = 98.88. Bar 3 opens at 104 and trades down to 98: filled at the
        // stop, 98.88. pnl (98.88 − 103)·10 = −41.2. The exit decided at bar 5 finds no position.
        QTest::newRow("stop-loss inside the bar")
            << Configure([](BacktestConfig &c) { c.exits.stopLossFraction = 0.04; }) << longOneToFive
            << std::vector<ExpectedTrade>{{2, 3, L, 10, 103, 98.88, -41.2, 0, ExitReason::StopLoss}} << 99958.8;
        // Stop-loss 5% = 97.85. Bar 3's low 98 stays above; bar 4 opens at 97, below the stop:
        // filled at the open, 97. pnl (97 − 103)·10 = −60.
        QTest::newRow("stop-loss on a gap fills at the open")
            << Configure([](BacktestConfig &c) { c.exits.stopLossFraction = 0.05; }) << longOneToFive
            << std::vector<ExpectedTrade>{{2, 4, L, 10, 103, 97, -60, 0, ExitReason::StopLoss}} << 99940.0;
        // With 20 bps: entry 103.206, stop 0.95·103.206 = 98.0457, reached by bar 3's low 98;
        // a stop is a market order: 98.0457·0.998 = 97.8496086. pnl (97.8496086 − 103.206)·10.
        QTest::newRow("stop-loss pays slippage")
            << Configure([](BacktestConfig &c) {
                   c.exits.stopLossFraction = 0.05;
                   c.slippage.bps = 20;
               })
            << longOneToFive
            << std::vector<ExpectedTrade>{{2, 3, L, 10, 103.206, 97.8496086, -53.563914, 0, ExitReason::StopLoss}}
            << 100000 - 53.563914;
        // Decided at bar 2, filled at bar 3's open 104: stop 4% = 99.84, take-profit 0.5% =
        // 104.52. Bar 3 reaches both (high 105, low 98): the stop is assumed first. pnl −41.6.
        QTest::newRow("stop-loss and take-profit in one bar: the stop")
            << Configure([](BacktestConfig &c) {
                   c.exits.stopLossFraction = 0.04;
                   c.exits.takeProfitFraction = 0.005;
               })
            << Script([](Scripted &s) { longAt(s, 2); })
            << std::vector<ExpectedTrade>{{3, 3, L, 10, 104, 99.84, -41.6, 0, ExitReason::StopLoss}} << 99958.4;
        // Entry at bar 6's open with 20 bps: 99·1.002 = 99.198; take-profit 3% = 102.17394,
        // reached by bar 6's high 103; a take-profit is a limit: no slippage.
        // pnl (102.17394 − 99.198)·10 = 29.7594.
        QTest::newRow("take-profit inside the bar, no slippage")
            << Configure([](BacktestConfig &c) {
                   c.exits.takeProfitFraction = 0.03;
                   c.slippage.bps = 20;
               })
            << Script([](Scripted &s) { longAt(s, 5); })
            << std::vector<ExpectedTrade>{{6, 6, L, 10, 99.198, 102.17394, 29.7594, 0, ExitReason::TakeProfit}}
            << 100029.7594;
        // Trailing 3%: at entry 103·0.97 = 99.91, bar 2's low 102 stays above; after bar 2 the
        // best price is its high 106, trail 106·0.97 = 102.82; bar 3 trades down to 98: filled at
        // 102.82. pnl (102.82 − 103)·10 = −1.8.
        QTest::newRow("trailing stop, percent")
            << Configure([](BacktestConfig &c) { c.exits.trailingFraction = 0.03; }) << longOneToFive
            << std::vector<ExpectedTrade>{{2, 3, L, 10, 103, 102.82, -1.8, 0, ExitReason::TrailingStop}} << 99998.2;
        // Trailing 1·ATR(2). TR1 = max(104−101, |104−100|, |101−100|) = 4, TR2 = max(4, 3, 1) = 4,
        // ATR2 = 4 (first valid). At entry on bar 2, ATR1 is still warming up: no trail for bar 2.
        // After bar 2: best 106, trail 106 − 4 = 102; bar 3's low 98 reaches it: filled at 102.
        QTest::newRow("trailing stop, ATR multiple")
            << Configure([](BacktestConfig &c) {
                   c.exits.trailingAtrMultiple = 1;
                   c.exits.atrPeriod = 2;
               })
            << longOneToFive
            << std::vector<ExpectedTrade>{{2, 3, L, 10, 103, 102, -10, 0, ExitReason::TrailingStop}} << 99990.0;
        // Long from bar 6's open 99, still open on the last bar: closed at its close 107.
        QTest::newRow("end of data") << Configure(none) << Script([](Scripted &s) { longAt(s, 5); })
                                     << std::vector<ExpectedTrade>{{6, 7, L, 10, 99, 107, 80, 0, ExitReason::EndOfData}}
                                     << 100080.0;
        // Costs are charged on the close-out too: 0.99 in, 1.07 out.
        QTest::newRow("end of data pays commission")
            << Configure([](BacktestConfig &c) { c.commission = PercentCommissionParams{0.001}; })
            << Script([](Scripted &s) { longAt(s, 5); })
            << std::vector<ExpectedTrade>{{6, 7, L, 10, 99, 107, 77.94, 2.06, ExitReason::EndOfData}} << 100077.94;
        // Short at bar 2's open 103, covered at bar 5's open 96: (103 − 96)·10 = 70.
        QTest::newRow("short") << Configure(none) << Script([](Scripted &s) {
            shortAt(s, 1);
            exitAt(s, 4);
        }) << std::vector<ExpectedTrade>{{2, 5, S, 10, 103, 96, 70, 0, signal}} << 100070.0;
        // Sell 103·0.998 = 102.794, buy back 96·1.002 = 96.192: (102.794 − 96.192)·10 = 66.02.
        QTest::newRow("short pays slippage both ways")
            << Configure([](BacktestConfig &c) { c.slippage.bps = 20; }) << Script([](Scripted &s) {
                   shortAt(s, 1);
                   exitAt(s, 4);
               })
            << std::vector<ExpectedTrade>{{2, 5, S, 10, 102.794, 96.192, 66.02, 0, signal}} << 100066.02;
        // Short stop-loss 2% above 103 = 105.06, reached by bar 2's high 106 (open 103 below it).
        QTest::newRow("short stop-loss")
            << Configure([](BacktestConfig &c) { c.exits.stopLossFraction = 0.02; }) << Script([](Scripted &s) {
                   shortAt(s, 1);
                   exitAt(s, 4);
               })
            << std::vector<ExpectedTrade>{{2, 2, S, 10, 103, 105.06, -20.6, 0, ExitReason::StopLoss}} << 99979.4;
        // Short take-profit 5% below 103 = 97.85: bar 3's low 98 misses it, bar 4 opens at 97,
        // beyond it: filled at the (better) open. (103 − 97)·10 = 60.
        QTest::newRow("short take-profit on a gap: the open")
            << Configure([](BacktestConfig &c) { c.exits.takeProfitFraction = 0.05; }) << Script([](Scripted &s) {
                   shortAt(s, 1);
               })
            << std::vector<ExpectedTrade>{{2, 4, S, 10, 103, 97, 60, 0, ExitReason::TakeProfit}} << 100060.0;
        // Long at 103, reversed to short at bar 4's open 97 ((97 − 103)·10 = −60), the short
        // closed at the end, 107: (97 − 107)·10 = −100.
        QTest::newRow("reversal") << Configure(none) << Script([](Scripted &s) {
            longAt(s, 1);
            shortAt(s, 3);
        }) << std::vector<ExpectedTrade>{{2, 4, L, 10, 103, 97, -60, 0, signal}, {4, 7, S, 10, 97, 107, -100, 0, ExitReason::EndOfData}}
                                  << 99840.0;
        // Market-on-close: bar 2's close 105 in, bar 6's close 102 out.
        QTest::newRow("next-close fill")
            << Configure([](BacktestConfig &c) { c.fill.timing = FillTiming::NextClose; }) << longOneToFive
            << std::vector<ExpectedTrade>{{2, 6, L, 10, 105, 102, -30, 0, signal}} << 99970.0;
        // Buy limit 101 decided at bar 2: bar 3 opens at 104 and trades down to 98: filled at 101.
        QTest::newRow("limit entry at the limit") << Configure(none) << Script([](Scripted &s) {
            orderAt(s, 2, working(Side::Long, OrderType::Limit, 101));
            exitAt(s, 5);
        }) << std::vector<ExpectedTrade>{{3, 6, L, 10, 101, 99, -20, 0, signal}} << 99980.0;
        // Buy limit 98 decided at bar 3: bar 4 opens at 97, below the limit: the better open.
        QTest::newRow("limit entry at a better open") << Configure(none) << Script([](Scripted &s) {
            orderAt(s, 3, working(Side::Long, OrderType::Limit, 98));
            exitAt(s, 5);
        }) << std::vector<ExpectedTrade>{{4, 6, L, 10, 97, 99, 20, 0, signal}} << 100020.0;
        // Buy stop 105.5 decided at bar 2: first reached by bar 7 (open 103, high 108).
        QTest::newRow("stop entry") << Configure(none) << Script([](Scripted &s) {
            orderAt(s, 2, working(Side::Long, OrderType::Stop, 105.5));
        }) << std::vector<ExpectedTrade>{{7, 7, L, 10, 105.5, 107, 15, 0, ExitReason::EndOfData}} << 100015.0;
        // Sell stop 98 decided at bar 3: bar 4 opens at 97, through the stop: the (worse) open.
        QTest::newRow("stop entry on a gap: the open") << Configure(none) << Script([](Scripted &s) {
            orderAt(s, 3, working(Side::Short, OrderType::Stop, 98));
        }) << std::vector<ExpectedTrade>{{4, 7, S, 10, 97, 107, -100, 0, ExitReason::EndOfData}} << 99900.0;
        // The same buy stop valid for two bars (3 and 4) expires unfilled.
        QTest::newRow("stop entry expires") << Configure(none) << Script([](Scripted &s) {
            orderAt(s, 2, working(Side::Long, OrderType::Stop, 105.5, 2));
        }) << std::vector<ExpectedTrade>{} << 100000.0;
    }

    void goldenTrades()
    {
        QFETCH(Configure, configure);
        QFETCH(Script, script);
        QFETCH(std::vector<ExpectedTrade>, trades);
        QFETCH(double, finalEquity);
        BacktestConfig config = test::tenUnits();
        configure(config);
        Scripted strategy;
        script(strategy);
        const auto result = runScript(test::eightBars(), config, strategy);
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->trades.size(), trades.size());
        for (std::size_t i = 0; i < trades.size(); ++i) {
            const Trade &t = result->trades[i];
            const ExpectedTrade &e = trades[i];
            QCOMPARE(t.entryBar, e.entryBar);
            QCOMPARE(t.exitBar, e.exitBar);
            QCOMPARE(t.side, e.side);
            QCOMPARE(t.exitReason, e.reason);
            RUTILE_COMPARE_REL(t.size, e.size, 1e-12);
            RUTILE_COMPARE_REL(t.entryPrice, e.entryPrice, 1e-12);
            RUTILE_COMPARE_REL(t.exitPrice, e.exitPrice, 1e-12);
            RUTILE_COMPARE_TOL(t.pnl, e.pnl, 1e-12, 1e-9);
            RUTILE_COMPARE_TOL(t.commission, e.commission, 1e-12, 1e-12);
            QCOMPARE(t.entryDay, toDayNumber(QDate(2024, 1, 1)) + DayNumber(e.entryBar));
        }
        RUTILE_COMPARE_REL(result->equity.back(), finalEquity, 1e-13);
        RUTILE_COMPARE_REL(result->performance.finalEquity, finalEquity, 1e-13);
        const bool endOfData = !trades.empty() && trades.back().reason == ExitReason::EndOfData;
        QCOMPARE(result->hasWarning(BacktestWarningKind::EndOfDataExit), endOfData);
    }

    void equityCurveOfTheNextOpenTrade()
    {
        // Long 10 from bar 2's open 103 (cash 100000 − 1030 = 98970) to bar 6's open 99
        // (cash 98970 + 990 = 99960). Equity at each close = cash + 10·close.
        Scripted strategy;
        longAt(strategy, 1);
        exitAt(strategy, 5);
        const auto r = runScript(test::eightBars(), test::tenUnits(), strategy);
        QVERIFY(r.ok());
        const std::vector<double> expected{100000, 100000, 98970 + 1050, 98970 + 990, 98970 + 960, 98970 + 980, 99960, 99960};
        QCOMPARE(r->equity.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            RUTILE_COMPARE_REL(r->equity[i], expected[i], 1e-14);
        // Drawdown from the peak 100020 (bar 2): 99930/100020 − 1 at bar 4.
        RUTILE_COMPARE_REL(r->drawdown[4], 99930.0 / 100020.0 - 1, 1e-12);
        QCOMPARE(r->drawdown[2], 0.0);
        // Exposure: a position at the closes of bars 2..5 (4 of 8 bars).
        RUTILE_COMPARE_REL(r->performance.exposure, 0.5, 1e-15);
        RUTILE_COMPARE_REL(r->exposure[2], 1050.0 / 100020.0, 1e-12);
        // The strategy was asked at every close but the last.
        QCOMPARE(strategy.seen, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6}));
        // Fills and the order log.
        QCOMPARE(r->fills.size(), std::size_t(2));
        QCOMPARE(r->fills[0].bar, std::int64_t(2));
        QVERIFY(r->fills[0].opening);
        QCOMPARE(r->orders.size(), std::size_t(2));
        QCOMPARE(r->orders[1].decisionBar, std::int64_t(5));
        QCOMPARE(r->orders[1].intent, OrderIntent::Exit);
    }

    void shortEquityIsCashMinusTheBuyBack()
    {
        // Short 10 at 103: cash 101030; at bar 2's close 105 the equity is 101030 − 1050.
        Scripted strategy;
        shortAt(strategy, 1);
        const auto r = runScript(test::eightBars(), test::tenUnits(), strategy);
        QVERIFY(r.ok());
        RUTILE_COMPARE_REL(r->equity[2], 99980.0, 1e-15);
        RUTILE_COMPARE_REL(r->equity[4], 101030.0 - 960, 1e-15);
    }

    // ---- sizing -----------------------------------------------------------------------------

    void percentOfEquitySizesAtTheFill()
    {
        // 50% of equity at bar 2's open: 50000 / 103 units.
        BacktestConfig config;
        config.sizing = PercentOfEquityParams{0.5, false};
        Scripted strategy;
        longAt(strategy, 1);
        exitAt(strategy, 5);
        const auto r = runScript(test::eightBars(), config, strategy);
        QVERIFY(r.ok());
        RUTILE_COMPARE_REL(r->trades[0].size, 50000.0 / 103.0, 1e-14);
        // Whole units: floor(100000/103) = 970.
        config.sizing = PercentOfEquityParams{1.0, true};
        Scripted again;
        longAt(again, 1);
        const auto w = runScript(test::eightBars(), config, again);
        QVERIFY(w.ok());
        QCOMPARE(w->trades[0].size, 970.0);
    }

    void volatilityTargetSizesByAtr()
    {
        // ATR(2) at bar 2 is 4 (see "trailing stop, ATR multiple"): risking 1% of 100000 per ATR
        // gives 1000/4 = 250 units, below the leverage cap 100000/104 at bar 3's open.
        BacktestConfig config;
        config.sizing = VolatilityTargetParams{0.01, 2, 1.0, false};
        Scripted strategy;
        longAt(strategy, 2);
        const auto r = runScript(test::eightBars(), config, strategy);
        QVERIFY(r.ok());
        QCOMPARE(r->trades.size(), std::size_t(1));
        RUTILE_COMPARE_REL(r->trades[0].size, 250.0, 1e-14);
        // A cap at 0.1× leverage binds: 10000/104 units.
        config.sizing = VolatilityTargetParams{0.01, 2, 0.1, false};
        Scripted capped;
        longAt(capped, 2);
        const auto c = runScript(test::eightBars(), config, capped);
        QVERIFY(c.ok());
        RUTILE_COMPARE_REL(c->trades[0].size, 10000.0 / 104.0, 1e-14);
        // Decided at bar 1, where ATR(2) is still warming up: skipped, with a warning.
        config.sizing = VolatilityTargetParams{0.01, 2, 1.0, false};
        Scripted early;
        longAt(early, 1);
        const auto e = runScript(test::eightBars(), config, early);
        QVERIFY(e.ok());
        QVERIFY(e->trades.empty());
        QVERIFY(e->hasWarning(BacktestWarningKind::EntrySkipped));
    }

    // ---- two legs ---------------------------------------------------------------------------

    void pairLegsAreSizedTradedAndCostedSeparately()
    {
        // Leg 0 = eightBars(); leg 1 opens at 50 on bar 2 and 52 on bar 6.
        // At bar 1: short 10 of leg 0 (filled at 103, notional 1030) and a hedge of ratio 0.5 on
        // leg 1: 0.5·1030/50 = 10.3 units long at 50. Both closed on bar 6's open: leg 0 at 99
        // (pnl (103 − 99)·10 = 40), leg 1 at 52 (pnl (52 − 50)·10.3 = 20.6). Commission 0.1% on
        // each fill: leg 0 1.03 + 0.99, leg 1 0.515 + 0.5356.
        BarSeries hedge = test::makeBars(QStringLiteral("HEDGE"), {{49, 50, 48, 49},
                                                                   {49, 50, 48, 49},
                                                                   {50, 51, 49, 50},
                                                                   {50, 51, 49, 50},
                                                                   {51, 52, 50, 51},
                                                                   {51, 52, 50, 51},
                                                                   {52, 53, 51, 52},
                                                                   {52, 53, 51, 52}});
        auto data = MarketData::aligned({test::eightBars(), hedge});
        QVERIFY(data.ok());
        BacktestConfig config = test::tenUnits();
        config.commission = PercentCommissionParams{0.001};
        Scripted strategy;
        strategy.at(1, [](strategy::StrategyContext &c) {
            c.enterShort(0);
            c.enterHedge(1, Side::Long, 0.5, 0);
        });
        strategy.at(5, [](strategy::StrategyContext &c) {
            c.exit(0);
            c.exit(1);
        });
        Backtester backtester;
        const auto r = backtester.run(*data, strategy, config);
        QVERIFY(r.ok());
        QCOMPARE(r->trades.size(), std::size_t(2));
        const Trade &a = r->trades[0];
        const Trade &b = r->trades[1];
        QCOMPARE(a.leg, 0);
        QCOMPARE(a.side, Side::Short);
        RUTILE_COMPARE_TOL(a.pnl, 40 - 1.03 - 0.99, 1e-12, 1e-12);
        QCOMPARE(b.leg, 1);
        QCOMPARE(b.side, Side::Long);
        RUTILE_COMPARE_REL(b.size, 10.3, 1e-14);
        RUTILE_COMPARE_REL(b.entryPrice, 50.0, 1e-15);
        RUTILE_COMPARE_REL(b.exitPrice, 52.0, 1e-15);
        RUTILE_COMPARE_TOL(b.commission, 0.515 + 0.5356, 1e-12, 1e-12);
        RUTILE_COMPARE_TOL(b.pnl, 20.6 - 0.515 - 0.5356, 1e-12, 1e-12);
        // One decision, one round trip.
        QCOMPARE(a.group, b.group);
        QCOMPARE(r->tradeStats.trades, 1);
        QCOMPARE(r->tradeStats.legs, 2);
        RUTILE_COMPARE_REL(r->tradeStats.netProfit, a.pnl + b.pnl, 1e-14);
        RUTILE_COMPARE_REL(r->equity.back(), 100000 + a.pnl + b.pnl, 1e-14);
        // Attached exits are refused on two legs (one stopped leg would leave the other naked).
        config.exits.stopLossFraction = 0.05;
        Scripted again;
        QCOMPARE(backtester.run(*data, again, config).error().kind, ErrorKind::InvalidArgument);
    }

    void alignmentKeepsCommonDays()
    {
        BarSeries a = test::makeBars(QStringLiteral("A"), {{1, 1, 1, 1}, {2, 2, 2, 2}, {3, 3, 3, 3}, {4, 4, 4, 4}});
        BarSeries b = test::makeBars(QStringLiteral("B"), {{5, 5, 5, 5}, {6, 6, 6, 6}, {7, 7, 7, 7}});
        b.day = {a.day[1], a.day[2], a.day[3] + 1}; // B lacks A's first and last day
        auto data = MarketData::aligned({a, b});
        QVERIFY(data.ok());
        QCOMPARE(data->size(), std::size_t(2));
        QCOMPARE(data->leg(0).close, (std::vector<double>{2, 3}));
        QCOMPARE(data->leg(1).close, (std::vector<double>{5, 6}));
        b.day = {a.day[3] + 5, a.day[3] + 6, a.day[3] + 7};
        QCOMPARE(MarketData::aligned({a, b}).error().kind, ErrorKind::InvalidInput);
    }

    // ---- configuration ------------------------------------------------------------------------

    void configValidationNamesTheValueAndRange_data()
    {
        QTest::addColumn<Configure>("configure");
        QTest::addColumn<QString>("message");
        QTest::newRow("cash") << Configure([](BacktestConfig &c) { c.initialCash = 0; }) << QStringLiteral("cash (0) out of range (0, 1e+15]");
        QTest::newRow("commission") << Configure([](BacktestConfig &c) { c.commission = PercentCommissionParams{0.5}; })
                                    << QStringLiteral("commission rate (0.5) out of range [0, 0.1]");
        QTest::newRow("slippage") << Configure([](BacktestConfig &c) { c.slippage.bps = -1; })
                                  << QStringLiteral("slippage bps (-1) out of range [0, 1000]");
        QTest::newRow("size") << Configure([](BacktestConfig &c) { c.sizing = FixedUnitsParams{0}; })
                              << QStringLiteral("size (0) out of range (0, ");
        QTest::newRow("stop-loss") << Configure([](BacktestConfig &c) { c.exits.stopLossFraction = 1.5; })
                                   << QStringLiteral("stop-loss fraction (1.5) out of range (0, 0.99]");
        QTest::newRow("risk-free") << Configure([](BacktestConfig &c) { c.metrics.riskFreeRate = 2; })
                                   << QStringLiteral("risk-free rate (2) out of range [-0.1, 1]");
    }

    void configValidationNamesTheValueAndRange()
    {
        QFETCH(Configure, configure);
        QFETCH(QString, message);
        BacktestConfig config;
        QVERIFY(config.validate().ok());
        configure(config);
        const Status s = config.validate();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(s.error().message.startsWith(message), qPrintable(s.error().message));
    }

    void configAsParametersForForms()
    {
        // The CLI's units: percent for *_pct, so commission_pct 0.1 is a rate of 0.001.
        const auto c = configFromParams({{QStringLiteral("commission_pct"), 0.1},
                                         {QStringLiteral("stop_loss_pct"), 5},
                                         {QStringLiteral("size_model"), 2},
                                         {QStringLiteral("size_atr_risk_pct"), 0.5},
                                         {QStringLiteral("fill"), 1}});
        QVERIFY(c.ok());
        QCOMPARE(std::get<PercentCommissionParams>(c->commission).rate, 0.001);
        QCOMPARE(c->exits.stopLossFraction, 0.05);
        QVERIFY(std::isnan(c->exits.takeProfitFraction)); // 0 on the form: none
        QCOMPARE(std::get<VolatilityTargetParams>(c->sizing).riskFraction, 0.005);
        QCOMPARE(c->fill.timing, FillTiming::NextClose);
        QCOMPARE(c->initialCash, 100000.0);
        // Round trip through the form values.
        BacktestConfig d;
        d.initialCash = 25000;
        d.commission = PerUnitCommissionParams{0.005, 1};
        d.sizing = FixedUnitsParams{3};
        d.slippage.bps = 2;
        d.exits.trailingAtrMultiple = 3;
        d.exits.takeProfitFraction = 0.1;
        d.metrics.riskFreeRate = 0.02;
        const auto back = configFromParams(paramsFromConfig(d));
        QVERIFY(back.ok());
        QCOMPARE(back->initialCash, 25000.0);
        QCOMPARE(std::get<PerUnitCommissionParams>(back->commission).minimum, 1.0);
        QCOMPARE(std::get<FixedUnitsParams>(back->sizing).units, 3.0);
        QCOMPARE(back->exits.trailingAtrMultiple, 3.0);
        QCOMPARE(back->exits.takeProfitFraction, 0.1);
        QCOMPARE(back->metrics.riskFreeRate, 0.02);
        QVERIFY(std::isnan(back->exits.stopLossFraction));
        // Ranges from the specs: a bad value names itself.
        const auto bad = configFromParams({{QStringLiteral("slippage_bps"), 5000}});
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().message, QStringLiteral("slippage_bps (5000) out of range [0, 1000]"));
    }

    void tooShortARangeIsAnInputError()
    {
        Scripted strategy;
        MarketData data(test::eightBars());
        Backtester backtester;
        RunOptions options;
        options.first = 7;
        const auto r = backtester.run(data, strategy, BacktestConfig{}, options);
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
    }

    void aRangeTradesOnlyItsBars()
    {
        // Bars [2, 6): decisions at closes 2..4, the position closed at bar 5's close 98.
        Scripted strategy;
        longAt(strategy, 2);
        MarketData data(test::eightBars());
        Backtester backtester;
        RunOptions options;
        options.first = 2;
        options.last = 6;
        const auto r = backtester.run(data, strategy, test::tenUnits(), options);
        QVERIFY(r.ok());
        QCOMPARE(strategy.seen, (std::vector<std::size_t>{2, 3, 4}));
        QCOMPARE(r->equity.size(), std::size_t(4));
        QCOMPARE(r->trades.size(), std::size_t(1));
        QCOMPARE(r->trades[0].exitReason, ExitReason::EndOfData);
        RUTILE_COMPARE_REL(r->trades[0].pnl, (98.0 - 104.0) * 10, 1e-14);
        // Buy and hold over the same range: 100000 · close_t / close_2.
        RUTILE_COMPARE_REL(r->buyAndHoldEquity.back(), 100000.0 * 98.0 / 105.0, 1e-14);
    }
};

QTEST_GUILESS_MAIN(TestBacktestFills)
#include "tst_backtest_fills.moc"
