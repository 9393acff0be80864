// End-to-end golden runs on the real RUT and SPX histories of ../shared/data (skipped when
// absent, failed when RUTILE_REQUIRE_SHARED_DATA=1).
//
// The expected figures come from an independent implementation written for this test in plain
// Python straight from the README's rules (no shared code, no libraries): SMA(50)/SMA(200)
// crosses decided at the close, filled at the next open with 5 bps slippage against the
// trader, 100% of equity at the fill, 0.1% commission per fill, the last position closed at
// the last close; Sharpe from the sample standard deviation of daily equity returns × √252.

#include "GoldenBacktest.h"
#include "HistoryFiles.h"
#include "NaiveBacktest.h"
#include "TestSupport.h"

#include "backtest/Backtester.h"
#include "data/CsvLayout.h"
#include "data/HistoryParser.h"
#include "strategy/StrategyRegistry.h"

#include <QFile>

using namespace rutile;
using namespace rutile::backtest;
using namespace rutile::trading;

/// Reads a history file into `var`, failing the test (with the reason) when it cannot.
#define READ_HISTORY(var, path)                                                                                    \
    auto var##Read_ = test::readHistoryFile(path);                                                                 \
    QVERIFY2(var##Read_.ok(), qPrintable(var##Read_.ok() ? QString() : var##Read_.error().toString()));           \
    const BarSeries var = std::move(*var##Read_)

class TestBacktestGolden : public QObject {
    Q_OBJECT

private slots:
    void smaCrossOnRut()
    {
        RUTILE_REQUIRE_SHARED_DATA(path, "RUT_yahoo_1987-2024.csv");
        READ_HISTORY(rut, path);
        QCOMPARE(rut.size(), std::size_t(9297));
        BacktestConfig config;
        config.commission = PercentCommissionParams{0.001};
        config.slippage.bps = 5;
        MarketData data(rut);
        const auto r = runBacktest(data, *strategy::StrategyRegistry::builtIn().find(u"sma_cross"),
                                   {{QStringLiteral("fast"), 50}, {QStringLiteral("slow"), 200}}, config);
        QVERIFY(r.ok());
        // Tolerances: 1e-9 relative. The reference sums the SMA windows afresh and compounds
        // the same operations in the same order, so agreement is at rounding level.
        QCOMPARE(r->trades.size(), std::size_t(27));
        QCOMPARE(r->tradeStats.winners, 16);
        RUTILE_COMPARE_REL(r->performance.finalEquity, 258036.58599483778, 1e-9);
        RUTILE_COMPARE_REL(r->performance.sharpe, 0.24861572864243145, 1e-9);
        RUTILE_COMPARE_REL(r->performance.maxDrawdown, -0.5010984783822388, 1e-9);
        RUTILE_COMPARE_REL(r->performance.cagr, 0.026029942439125042, 1e-9);
        const Trade &first = r->trades.front();
        QCOMPARE(toDate(first.entryDay), QDate(1989, 2, 2));
        QCOMPARE(toDate(first.exitDay), QDate(1989, 12, 19));
        RUTILE_COMPARE_REL(first.entryPrice, 154.4471801147461, 1e-12);
        RUTILE_COMPARE_REL(first.exitPrice, 163.84802767944336, 1e-12);
        RUTILE_COMPARE_REL(first.size, 647.4705457600799, 1e-12);
        RUTILE_COMPARE_REL(first.pnl, 5880.685131418539, 1e-9);
        const Trade &last = r->trades.back();
        QCOMPARE(toDate(last.entryDay), QDate(2024, 1, 3));
        QCOMPARE(toDate(last.exitDay), QDate(2024, 8, 2));
        QCOMPARE(last.exitReason, ExitReason::EndOfData);
        RUTILE_COMPARE_REL(last.pnl, 13242.231969007915, 1e-9);
        QVERIFY(r->hasWarning(BacktestWarningKind::EndOfDataExit));
        // Buy and hold of RUT from the first close to the last.
        RUTILE_COMPARE_REL(r->buyAndHold.finalEquity, 100000 * rut.close.back() / rut.close.front(), 1e-13);
    }

    void rsiRevertOnRutMatchesTheNaiveSimulation()
    {
        RUTILE_REQUIRE_SHARED_DATA(path, "RUT_yahoo_1987-2024.csv");
        READ_HISTORY(rut, path);
        QVERIFY(rut.size() > 9000);
        // Wilder's RSI(14) written out here, rules lower 30 / upper 70, 10 units, 0.05%, 2 bps.
        const std::vector<double> &c = rut.close;
        std::vector<double> rsi(c.size(), std::nan(""));
        double g = 0, l = 0;
        for (int i = 1; i <= 14; ++i) {
            g += std::max(0.0, c[i] - c[i - 1]) / 14;
            l += std::max(0.0, c[i - 1] - c[i]) / 14;
        }
        rsi[14] = 100 * g / (g + l);
        for (std::size_t i = 15; i < c.size(); ++i) {
            g = (g * 13 + std::max(0.0, c[i] - c[i - 1])) / 14;
            l = (l * 13 + std::max(0.0, c[i - 1] - c[i])) / 14;
            rsi[i] = 100 * g / (g + l);
        }
        const auto expected = test::naive::simulate(
            rut,
            [&](std::size_t t, int pos) {
                if (pos == 0 && rsi[t] < 30)
                    return 1;
                if (pos == 1 && rsi[t] > 70)
                    return 0;
                return test::naive::kKeep;
            },
            10, 0.0005, 2);
        BacktestConfig config;
        config.sizing = FixedUnitsParams{10};
        config.commission = PercentCommissionParams{0.0005};
        config.slippage.bps = 2;
        MarketData data(rut);
        const auto r = runBacktest(data, *strategy::StrategyRegistry::builtIn().find(u"rsi_revert"), {}, config);
        QVERIFY(r.ok());
        QVERIFY(expected.size() > 20);
        QCOMPARE(r->trades.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(r->trades[i].entryBar, std::int64_t(expected[i].entryBar));
            QCOMPARE(r->trades[i].exitBar, std::int64_t(expected[i].exitBar));
            RUTILE_COMPARE_TOL(r->trades[i].pnl, expected[i].pnl, 1e-9, 1e-9);
        }
    }

    void pairsSpreadOnRutAndSpx()
    {
        RUTILE_REQUIRE_SHARED_DATA(rutPath, "RUT_yahoo_1987-2024.csv");
        RUTILE_REQUIRE_SHARED_DATA(spxPath, "SPX_yfinance_1927-2026.csv");
        // Settings, trades and figures from tests/data/golden/rut_spx_pairs_*.csv, which
        // make_golden.py --shared-data computed independently (its own rolling OLS and z-score
        // from the definition, its own fills and accounting): lookback 60, entry 2, exit 0.5,
        // 50% of equity, 0.05% commission, 2 bps slippage.
        const test::GoldenCase c = test::readGoldenCase(QStringLiteral("rut_spx_pairs"));
        READ_HISTORY(rut, rutPath);
        READ_HISTORY(spx, spxPath);
        const auto r = test::runGoldenCase(c, {rut, spx});
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        // The common days: RUT's whole history (SPX covers it).
        QCOMPARE(r->performance.bars, 9297);
        QVERIFY(r->tradeStats.trades > 100);
        test::compareWithGolden(c, *r);
        if (QTest::currentTestFailed())
            return;
        // Each round trip is two rows, traded leg first, in one group, both paying commission.
        for (std::size_t i = 0; i + 1 < r->trades.size(); i += 2) {
            QCOMPARE(r->trades[i].leg, 0);
            QCOMPARE(r->trades[i + 1].leg, 1);
            QCOMPARE(r->trades[i].group, r->trades[i + 1].group);
            QVERIFY(r->trades[i].commission > 0 && r->trades[i + 1].commission > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestBacktestGolden)
#include "tst_backtest_golden.moc"
