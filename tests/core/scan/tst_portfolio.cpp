// Portfolio backtests over a list (core/scan/Portfolio): a three-symbol book worked by hand day by
// day (fills, the cash scaling, the drift rule, partial sells, the end of the run), the same first
// fills with commission and slippage, inverse-volatility weights and the cap, a history that ends
// while held, and the run from a workspace with its skips, JSON and CSV. The look-ahead test is
// with the engine's, in tst_backtest_strategies.

#include "backtest/ConfigParams.h"
#include "scan/Portfolio.h"
#include "scan/PortfolioOutput.h"
#include "storage/Workspace.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rutile;
using namespace rutile::scan;

namespace {

ScanExpression expression(const char *text)
{
    auto e = compileScanExpression(QString::fromLatin1(text));
    if (!e)
        qFatal("%s", qPrintable(e.error().toString()));
    return *e;
}

struct Day {
    QDate date;
    double open, close;
};

BarSeries bars(const QString &symbol, const std::vector<Day> &days)
{
    BarSeries s;
    s.symbol = symbol;
    for (const Day &d : days)
        s.append(Bar{toDayNumber(d.date), d.open, std::max(d.open, d.close), std::min(d.open, d.close), d.close, d.close, 1000});
    return s;
}

// Six trading days over three months: 01-30 opens the run (a rebalance), 02-01 and 03-01 open
// February and March (rebalances), 03-04 ends it.
const QDate kDays[] = {QDate(2024, 1, 30), QDate(2024, 1, 31), QDate(2024, 2, 1),
                       QDate(2024, 2, 2),  QDate(2024, 3, 1),  QDate(2024, 3, 4)};

std::vector<Day> path(const std::vector<std::pair<double, double>> &openClose)
{
    std::vector<Day> out;
    for (std::size_t i = 0; i < openClose.size(); ++i)
        out.push_back({kDays[i], openClose[i].first, openClose[i].second});
    return out;
}

// A, B and C of the hand-worked book (open, close per day).
std::vector<BarSeries> threeSymbols()
{
    return {bars(QStringLiteral("A"), path({{10, 10}, {10, 11}, {11, 12}, {13, 13}, {12, 12}, {11, 11}})),
            bars(QStringLiteral("B"), path({{20, 20}, {21, 22}, {22, 8}, {9, 9}, {9, 10}, {10, 10}})),
            bars(QStringLiteral("C"), path({{5, 5}, {5, 5}, {5, 15}, {16, 16}, {17, 18}, {18, 20}}))};
}

PortfolioRequest closeRankedTopTwo()
{
    PortfolioRequest r;
    r.symbols = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    r.rank = expression("close");
    r.settings.top = 2;
    r.config.initialCash = 1000;
    return r;
}

Result<PortfolioResult> simulate(const PortfolioRequest &request, const std::vector<BarSeries> &all)
{
    std::vector<PortfolioSeries> series;
    for (std::size_t i = 0; i < all.size(); ++i)
        series.push_back(preparePortfolioSeries(request, qsizetype(i), all[i]).value());
    return simulatePortfolio(request, series);
}

} // namespace

class TestPortfolio : public QObject {
    Q_OBJECT

private slots:
    // Top 2 by close, equal weights (1/2), monthly, 1,000 cash, no costs, drift 25 %:
    //  01-30 close: equity 1000; B 20 and A 10 chosen: B ⌊500/20⌋ = 25, A ⌊500/10⌋ = 50.
    //  01-31 open: B 25·21 + A 50·10 = 1025 > 1000, so both scale by 1000/1025: B ⌊24.39⌋ = 24
    //        (504), A ⌊48.78⌋ = 48 (480); cash 16. Close: 16 + 24·22 + 48·11 = 1072.
    //  02-01 close: 16 + 24·8 + 48·12 = 784; C 15 and A 12 chosen, target 392 each:
    //        C ⌊392/15⌋ = 26; A holds 576, off by 184 > 0.25·392: back to ⌊392/12⌋ = 32 (sell
    //        16); B left the top 2 (sell 24).
    //  02-02 open: sells A 16 at 13 (pnl 48), B 24 at 9 (pnl −288): cash 440; buy C 26 at 16:
    //        cash 24. Close: 24 + 32·13 + 26·16 = 856.
    //  03-01 close: 24 + 32·12 + 26·18 = 876; C and A again, target 438: C 468 and A 384 are
    //        within 109.5 of it: no order.
    //  03-04, the last day: everything sold at the close: A 32 at 11 (pnl 32), C 26 at 20 (pnl
    //        104): 896.
    void threeSymbolsByHand()
    {
        const auto r = simulate(closeRankedTopTwo(), threeSymbols());
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->equity, (std::vector<double>{1000, 1072, 784, 856, 876, 896}));
        QCOMPARE(r->cash, (std::vector<double>{1000, 16, 16, 24, 24, 896}));
        QCOMPARE(r->holdingCount, (std::vector<int>{0, 2, 2, 2, 2, 0}));
        QCOMPARE(r->exposure[1], 1056.0 / 1072);

        QCOMPARE(r->rebalances.size(), std::size_t(3));
        const PortfolioRebalance &first = r->rebalances[0];
        QCOMPARE(first.day, toDayNumber(kDays[0]));
        QCOMPARE(first.candidates, 3);
        QCOMPARE(first.targets.size(), std::size_t(2));
        QCOMPARE(first.targets[0], (PortfolioTarget{1, 20, 0.5, 25}));
        QCOMPARE(first.targets[1], (PortfolioTarget{0, 10, 0.5, 50}));
        QCOMPARE(r->rebalances[1].targets[0], (PortfolioTarget{2, 15, 0.5, 26}));
        QCOMPARE(r->rebalances[1].targets[1], (PortfolioTarget{0, 12, 0.5, 32}));
        QCOMPARE(r->rebalances[2].day, toDayNumber(kDays[4]));

        // Trades: A's partial sell and B on 02-02, then the end of the run (C, then A).
        QCOMPARE(r->trades.size(), std::size_t(4));
        const auto check = [&](std::size_t i, int leg, double size, double entry, double exit, double pnl,
                               trading::ExitReason reason) {
            const trading::Trade &t = r->trades[i];
            QCOMPARE(t.leg, leg);
            QCOMPARE(t.size, size);
            QCOMPARE(t.entryPrice, entry);
            QCOMPARE(t.exitPrice, exit);
            QCOMPARE(t.pnl, pnl);
            QCOMPARE(t.exitReason, reason);
        };
        check(0, 0, 16, 10, 13, 48, trading::ExitReason::Signal);
        check(1, 1, 24, 21, 9, -288, trading::ExitReason::Signal);
        check(2, 2, 26, 16, 20, 104, trading::ExitReason::EndOfData);
        check(3, 0, 32, 10, 11, 32, trading::ExitReason::EndOfData);
        QCOMPARE(r->trades[0].group, r->trades[3].group); // A's two parts are one round trip
        QCOMPARE(r->tradeStats.trades, 3);
        QCOMPARE(r->tradeStats.winners, 2);
        QCOMPARE(r->tradeStats.netProfit, -104.0);
        QCOMPARE(r->performance.finalEquity, 896.0);
        QCOMPARE(r->performance.totalReturn, 896.0 / 1000 - 1);

        // The book after each day with fills: 01-31, 02-02 and the (empty) last day.
        QCOMPARE(r->snapshots.size(), std::size_t(3));
        QCOMPARE(r->snapshots[1].day, toDayNumber(kDays[3]));
        QCOMPARE(r->snapshots[1].holdings.size(), std::size_t(2));
        QCOMPARE(r->snapshots[1].holdings[0].position, qsizetype(0));
        QCOMPARE(r->snapshots[1].holdings[0].units, 32.0);
        QCOMPARE(r->snapshots[1].holdings[0].weight, 32.0 * 13 / 856);
        QVERIFY(r->snapshots[2].holdings.empty());
        // Traded notional: 504 + 480 + 208 + 216 + 416 + 352 + 520 = 2696, half of it over the
        // mean equity (5484/6) per 5/252 years.
        QCOMPARE(r->annualTurnover, 2696.0 / 2 / (5484.0 / 6) / (5.0 / 252));
    }

    // The same first fills with 1 % slippage and 1 % commission: B fills at 21.21, A at 10.10.
    // Wanted 25 and 50 cost 535.5525 + 510.05 = 1045.6025, scaled by 1000/1045.6025: B 23, A
    // 47. B costs 487.83 + 4.8783, A 474.7 + 4.747: cash 27.8447. 01-31 close: 27.8447 + 23·22
    // + 47·11 = 1050.8447.
    void costsAtTheFirstFill()
    {
        PortfolioRequest request = closeRankedTopTwo();
        request.config.slippage.bps = 100;
        request.config.commission = backtest::PercentCommissionParams{0.01};
        const auto r = simulate(request, threeSymbols());
        QVERIFY(r.ok());
        QCOMPARE(r->snapshots.front().holdings[0].units, 47.0); // A
        QCOMPARE(r->snapshots.front().holdings[1].units, 23.0); // B
        QVERIFY(std::abs(r->cash[1] - 27.8447) < 1e-9);
        QVERIFY(std::abs(r->equity[1] - 1050.8447) < 1e-9);
        // Next-close fills buy at 01-31's closes, 22.22 and 11.11 with slippage: 561.055 each
        // for 25 and 50, scaled by 1000/1122.11: B 22, A 44.
        request.config.fill.timing = backtest::FillTiming::NextClose;
        const auto atClose = simulate(request, threeSymbols());
        QVERIFY(atClose.ok());
        QCOMPARE(atClose->snapshots.front().day, toDayNumber(kDays[1]));
        QCOMPARE(atClose->snapshots.front().holdings[0].units, 44.0);
        QCOMPARE(atClose->snapshots.front().holdings[1].units, 22.0);
    }

    // Inverse volatility over 2 returns: A's closes 10, 11, 9.9 (returns +0.1, −0.1: σ =
    // √0.02), B's 20, 21, 23.1 (+0.05, +0.1: σ = √0.00125). Weights ∝ 1/σ over both, which is all
    // of N = 2: A √0.00125/(√0.02 + √0.00125) = 0.2, B 0.8; a 60 % cap leaves B at 0.6.
    void inverseVolatilityWeightsAndTheCap()
    {
        const QDate d0(2024, 5, 29);
        const std::vector<BarSeries> all{
            bars(QStringLiteral("A"), {{d0, 10, 10}, {d0.addDays(1), 11, 11}, {d0.addDays(3), 9.9, 9.9}, {d0.addDays(4), 10, 10}}),
            bars(QStringLiteral("B"), {{d0, 20, 20}, {d0.addDays(1), 21, 21}, {d0.addDays(3), 23.1, 23.1}, {d0.addDays(4), 23, 23}})};
        PortfolioRequest request;
        request.symbols = {QStringLiteral("A"), QStringLiteral("B")};
        request.rank = expression("close");
        request.settings.top = 2;
        request.settings.weighting = PortfolioWeighting::InverseVolatility;
        request.settings.volatilityWindow = 2;
        request.config.initialCash = 10000;
        const auto r = simulate(request, all);
        QVERIFY(r.ok());
        // The only rebalance with both volatilities is 06-01 (a new month; 05-29 has none yet).
        QCOMPARE(r->rebalances.size(), std::size_t(2));
        QCOMPARE(r->rebalances[0].candidates, 0);
        const PortfolioRebalance &june = r->rebalances[1];
        QCOMPARE(june.day, toDayNumber(d0.addDays(3)));
        QCOMPARE(june.targets.size(), std::size_t(2));
        QCOMPARE(june.targets[0].position, qsizetype(1)); // B's close 23.1 ranks first
        QVERIFY(std::abs(june.targets[0].weight - 0.8) < 1e-12);
        QVERIFY(std::abs(june.targets[1].weight - 0.2) < 1e-12);
        QCOMPARE(june.targets[0].units, std::floor(june.targets[0].weight * 10000 / 23.1));

        request.settings.maxWeight = 0.6;
        const auto capped = simulate(request, all);
        QVERIFY(capped.ok());
        QCOMPARE(capped->rebalances[1].targets[0].weight, 0.6);
        QVERIFY(std::abs(capped->rebalances[1].targets[1].weight - 0.2) < 1e-12);
    }

    // B's history ends on 02-02 while held: sold at that close (20), not carried to the end.
    void aHistoryThatEndsIsSoldAtItsLastClose()
    {
        std::vector<BarSeries> all = threeSymbols();
        all[1] = bars(QStringLiteral("B"), path({{20, 20}, {21, 22}, {22, 30}, {31, 20}}));
        PortfolioRequest request = closeRankedTopTwo();
        request.settings.top = 1;
        const auto r = simulate(request, all);
        QVERIFY(r.ok());
        // 01-30: B (20) chosen, ⌊1000/20⌋ = 50, bought 01-31 at 21: 47 (⌊50·1000/1050⌋).
        // 02-01: B 30 still first, kept; 02-02: its last bar, sold at 20.
        const trading::Trade &b = r->trades.front();
        QCOMPARE(b.leg, 1);
        QCOMPARE(b.size, 47.0);
        QCOMPARE(b.exitDay, toDayNumber(kDays[3]));
        QCOMPARE(b.exitPrice, 20.0);
        QCOMPARE(b.exitReason, trading::ExitReason::EndOfData);
        QCOMPARE(r->holdingCount[3], 0);
        QCOMPARE(r->equity[3], 1000 - 47 * 21 + 47 * 20.0);
        // 03-01 rebalances into C (18), bought 03-04 and sold at its close.
        QCOMPARE(r->trades.back().leg, 2);
    }

    void settingsAreParamSpecs()
    {
        ParamValues given{{QStringLiteral("top"), 5}, {QStringLiteral("weights"), 1}, {QStringLiteral("max_weight_pct"), 30}};
        const auto s = portfolioSettingsFromParams(given);
        QVERIFY(s.ok());
        QCOMPARE(s->top, 5);
        QCOMPARE(s->weighting, PortfolioWeighting::InverseVolatility);
        QCOMPARE(s->maxWeight, 0.3);
        QCOMPARE(s->drift, 0.25);
        QCOMPARE(s->rebalance, RebalancePeriod::Monthly);
        QCOMPARE(portfolioSettingsFromParams(portfolioParamsFromSettings(*s)).value().maxWeight, 0.3);
        QVERIFY(!portfolioSettingsFromParams({{QStringLiteral("top"), 0}}));
        for (const QString &name : portfolioConfigParamNames())
            QVERIFY2(findParam(backtest::configParamSpecs(), name), qPrintable(name));
        QCOMPARE(portfolioConfigParamNames().size(), 10);
    }

    // From a workspace: the list's uncached and never-ranked symbols are skipped with reasons;
    // the JSON and both CSVs carry the hand-worked figures.
    void fromAWorkspaceWithSkipsJsonAndCsv()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.rutile"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            for (const BarSeries &s : threeSymbols())
                QVERIFY((*ws)->storeSeries(s, {}).ok());
            QVERIFY((*ws)->storeSeries(bars(QStringLiteral("SHORT"), {{kDays[0], 1, 1}}), {}).ok());
        }
        PortfolioRequest request = closeRankedTopTwo();
        request.symbols = {QStringLiteral("A"), QStringLiteral("NOPE"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("SHORT")};
        request.rank = expression("close / ref(close, 1)");
        const auto r = runPortfolio(path, request);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        QCOMPARE(r->skipped.size(), std::size_t(2));
        QCOMPARE(r->skipped[0].symbol, QStringLiteral("NOPE"));
        QCOMPARE(r->skipped[1].symbol, QStringLiteral("SHORT"));
        QVERIFY(r->skipped[1].reason.contains(QStringLiteral("never ranked")));
        // close/ref(close,1) is undefined on 01-30: the first rebalance (02-01) ranks C 3, A
        // 12/11, B 8/22; C ⌊500/15⌋ = 33 and A ⌊500/12⌋ = 41 cost 528 + 533 at 02-02's opens
        // 16 and 13, scaled by 1000/1061: C 31, A 38; the closes equal the opens: equity 1000.
        QCOMPARE(r->rebalances[0].candidates, 0);
        QCOMPARE(r->rebalances[1].targets[0].position, qsizetype(3));
        QCOMPARE(r->rebalances[1].targets[0].units, 33.0);
        QCOMPARE(r->rebalances[1].targets[1].position, qsizetype(0));
        QCOMPARE(r->rebalances[1].targets[1].units, 41.0);
        QCOMPARE(r->cash[3], 1000.0 - 31 * 16 - 38 * 13);
        QCOMPARE(r->equity[3], 1000.0);
        QCOMPARE(r->days.size(), std::size_t(6));

        const QJsonObject json = portfolioJson(*r, request, QStringLiteral("L"));
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("portfolio"));
        QCOMPARE(json.value(QStringLiteral("list_size")).toInteger(), 5);
        QCOMPARE(json.value(QStringLiteral("final_equity")).toDouble(), r->performance.finalEquity);
        QCOMPARE(json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("top")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("settings")).toObject().value(QStringLiteral("rebalance")).toString(),
                 QStringLiteral("monthly"));
        const QJsonArray rebalances = json.value(QStringLiteral("rebalances")).toArray();
        QCOMPARE(rebalances.size(), 3);
        QCOMPARE(rebalances[1].toObject().value(QStringLiteral("targets")).toArray()[0].toObject().value(QStringLiteral("symbol")).toString(),
                 QStringLiteral("C"));
        const QJsonArray last = json.value(QStringLiteral("last_holdings")).toArray();
        QCOMPARE(last.size(), 2);
        QCOMPARE(json.value(QStringLiteral("skipped")).toArray().size(), 2);

        QBuffer holdings;
        holdings.open(QIODevice::WriteOnly);
        QVERIFY(writePortfolioHoldingsCsv(holdings, *r).ok());
        const QList<QByteArray> lines = holdings.data().split('\n');
        QVERIFY(lines[0].startsWith("date,symbol,units,close,weight"));
        QVERIFY(lines[1].startsWith("2024-02-02,A,38,13,"));
        QVERIFY(lines[2].startsWith("2024-02-02,C,31,16,"));

        QBuffer equity;
        equity.open(QIODevice::WriteOnly);
        QVERIFY(writePortfolioEquityCsv(equity, *r).ok());
        const QList<QByteArray> rows = equity.data().split('\n');
        QVERIFY(rows[0].startsWith("date,equity,cash,exposure,holdings,drawdown"));
        QVERIFY(rows[1].startsWith("2024-01-30,1000,1000,0,0,0"));
    }

    void refusals()
    {
        PortfolioRequest request = closeRankedTopTwo();
        request.filter = expression("close");
        QCOMPARE(simulate(request, threeSymbols()).error().kind, ErrorKind::InvalidArgument);
        request = closeRankedTopTwo();
        request.settings.maxWeight = 0;
        QCOMPARE(simulate(request, threeSymbols()).error().kind, ErrorKind::InvalidArgument);
        request = closeRankedTopTwo();
        request.config.initialCash = -1;
        QCOMPARE(simulate(request, threeSymbols()).error().kind, ErrorKind::InvalidArgument);
        // A filter that is never true leaves the book in cash.
        request = closeRankedTopTwo();
        request.filter = expression("close > 1000");
        const auto cash = simulate(request, threeSymbols());
        QVERIFY(cash.ok());
        QCOMPARE(cash->performance.finalEquity, 1000.0);
        QVERIFY(cash->trades.empty());
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
