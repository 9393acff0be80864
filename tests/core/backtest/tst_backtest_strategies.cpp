// The built-in strategies: their descriptions, their trades against hand-worked examples and a
// naive re-implementation, the pairs legs, and the look-ahead test (of the engine and of the
// portfolio backtest over a list).

#include "BacktestFixtures.h"
#include "NaiveBacktest.h"
#include "TestSupport.h"
#include "../indicators/NaiveReference.h"

#include "backtest/Backtester.h"
#include "data/SampleMarket.h"
#include "index/SampleUniverse.h"
#include "rules/Compiler.h"
#include "rules/RuleStrategy.h"
#include "scan/Portfolio.h"
#include "strategy/PairsSpread.h"
#include "strategy/StrategyRegistry.h"

#include <QDir>
#include <QFile>

#include <cmath>
#include <random>

using namespace rutile;
using namespace rutile::backtest;
using namespace rutile::trading;
using namespace rutile::strategy;

namespace {

const StrategyDescriptor &descriptor(const char *name)
{
    const StrategyDescriptor *d = StrategyRegistry::builtIn().find(QString::fromLatin1(name));
    Q_ASSERT(d);
    return *d;
}

/// A built-in strategy, or with "rule:NAME" the rule file examples/strategies/NAME.rule
/// ("rule:breakout": a rule program of windows, shifts and its own exits, written here).
StrategyDescriptor builtInOrRule(const QString &name)
{
    if (!name.startsWith(u"rule:"))
        return descriptor(qPrintable(name));
    const QString file = name.mid(5);
    QByteArray source;
    if (file == u"breakout") {
        source = "param n = 20 in 2..200\n"
                 "let top = ref(highest(high, n), 1)\n"
                 "let bottom = ref(lowest(low, n), 1)\n"
                 "buy when close > top and zscore(volume, n) > -1\n"
                 "sell when close < bottom or change(close, 5) < -3 * stdev(change(close, 1), n)\n"
                 "short when close < bottom\n"
                 "cover when close > top\n"
                 "stop_loss 7%\n"
                 "trailing_stop 2.5 * atr\n";
    } else {
        QFile f(QDir(QStringLiteral(RUTILE_EXAMPLES_DIR)).filePath(file + QStringLiteral(".rule")));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing example %s", qPrintable(file));
        source = f.readAll();
    }
    const rules::CompileResult r = rules::compileRules(source);
    if (!r.ok())
        qFatal("%s does not compile: %s", qPrintable(file), qPrintable(r.diagnostics.front().toString()));
    return rules::ruleStrategyDescriptor(r.program, file);
}

/// Closes with open = previous close (the first open = its close).
BarSeries fromCloses(const std::vector<double> &closes)
{
    std::vector<test::Ohlc> rows;
    for (std::size_t i = 0; i < closes.size(); ++i) {
        const double open = i == 0 ? closes[0] : closes[i - 1];
        rows.push_back({open, std::max(open, closes[i]) + 0.5, std::min(open, closes[i]) - 0.5, closes[i]});
    }
    return test::makeBars(QStringLiteral("X"), rows);
}

/// The sample market's two indices over their first `count` days.
std::vector<BarSeries> sampleLegs(std::size_t count)
{
    static const SampleMarket market = generateSampleMarket();
    return {market.smallCap.slice(0, count), market.largeCap.slice(0, count)};
}

/// Bars after `t` moved by independent random factors in [0.85, 1.15] (each bar's four prices
/// by the same factor, so the bar stays valid).
BarSeries perturbedAfter(const BarSeries &s, std::size_t t, std::uint64_t seed)
{
    BarSeries p = s;
    std::mt19937_64 rng(seed);
    for (std::size_t i = t + 1; i < p.size(); ++i) {
        const double f = 0.85 + 0.3 * test::naive::uniform(rng);
        p.open[i] *= f;
        p.high[i] *= f;
        p.low[i] *= f;
        p.close[i] *= f;
        p.adjClose[i] *= f;
    }
    return p;
}

Result<BacktestResult> runOn(std::vector<BarSeries> legs, const StrategyDescriptor &d, const ParamValues &params,
                             const BacktestConfig &config = BacktestConfig{})
{
    auto data = MarketData::aligned(std::move(legs));
    if (!data)
        return data.error();
    return runBacktest(*data, d, params, config);
}

/// A strategy that reads tomorrow's close through a derived column: the look-ahead test must
/// catch it.
class Peeking final : public Strategy {
public:
    Status prepare(StrategySetup &setup) override
    {
        auto c = setup.derived(QStringLiteral("peek"), [](const MarketData &data, std::span<double> out) -> Status {
            const auto &close = data.leg(0).close;
            for (std::size_t t = 0; t < close.size(); ++t)
                out[t] = t + 1 < close.size() ? close[t + 1] : close[t];
            return {};
        });
        if (!c)
            return c.error();
        m_next = *c;
        return {};
    }
    void onBar(StrategyContext &ctx) override
    {
        if (ctx.at(m_next) > ctx.close())
            ctx.enterLong();
        else
            ctx.exit();
    }

private:
    Column m_next;
};

/// Orders decided at or before t, and trades closed at or before t.
struct Past {
    std::vector<OrderRecord> orders;
    std::vector<std::tuple<std::int64_t, std::int64_t, int, double, double>> trades;
};
Past pastOf(const BacktestResult &r, std::size_t t)
{
    Past p;
    for (const OrderRecord &o : r.orders)
        if (o.decisionBar <= std::int64_t(t))
            p.orders.push_back(o);
    for (const Trade &tr : r.trades)
        if (tr.exitBar <= std::int64_t(t))
            p.trades.emplace_back(tr.entryBar, tr.exitBar, tr.leg, tr.size, tr.pnl);
    return p;
}

/// Forty stocks of the sample universe over the sample's first `days` days (listings and
/// delistings included): the portfolio's look-ahead test.
std::vector<BarSeries> sampleStocks(std::size_t days)
{
    static const SampleMarket market = generateSampleMarket();
    index::SampleUniverseModel model;
    model.constituents = 40;
    std::vector<BarSeries> out;
    index::generateSampleUniverse(market.smallCap.slice(0, days), model, [&](index::SampleConstituent &&c) {
        out.push_back(std::move(c.bars));
        return true;
    });
    return out;
}

/// Bars after `day` moved as perturbedAfter() moves them (all of them for a stock listed later).
BarSeries perturbedAfterDay(const BarSeries &s, DayNumber day, std::uint64_t seed)
{
    const std::size_t first = s.lowerBound(day + 1);
    if (first == 0) {
        BarSeries all = perturbedAfter(s, 0, seed);
        const double f = all.close[1] / s.close[1]; // bar 0 as well, by the factor of bar 1
        for (auto *column : {&all.open, &all.high, &all.low, &all.close, &all.adjClose})
            (*column)[0] *= f;
        return all;
    }
    return perturbedAfter(s, first - 1, seed);
}

/// A weekly top-5 book of 20-day momentum above the 50-day average, inverse-volatility
/// weighted, with costs; `peek` replaces each rank by the next bar's return (the leak the
/// test must catch).
Result<scan::PortfolioResult> portfolioOn(const std::vector<BarSeries> &stocks, bool peek = false)
{
    scan::PortfolioRequest request;
    for (const BarSeries &s : stocks)
        request.symbols << s.symbol;
    request.rank = scan::compileScanExpression(QStringLiteral("change(close, 20) / ref(close, 20)")).value();
    request.filter = scan::compileScanExpression(QStringLiteral("close > sma(close, 50)")).value();
    request.settings.top = 5;
    request.settings.rebalance = scan::RebalancePeriod::Weekly;
    request.settings.weighting = scan::PortfolioWeighting::InverseVolatility;
    request.settings.volatilityWindow = 20;
    request.settings.drift = 0.1;
    request.config.commission = PercentCommissionParams{0.001};
    request.config.slippage.bps = 3;
    std::vector<scan::PortfolioSeries> series;
    for (std::size_t i = 0; i < stocks.size(); ++i) {
        auto prepared = scan::preparePortfolioSeries(request, qsizetype(i), stocks[i]);
        if (!prepared)
            continue; // too short to rank
        if (peek) {
            for (scan::PortfolioSeries::Decision &d : prepared->decisions) {
                const std::size_t at = std::size_t(std::lower_bound(prepared->day.begin(), prepared->day.end(), d.day) - prepared->day.begin());
                d.score = at + 1 < prepared->close.size() ? prepared->close[at + 1] / prepared->close[at] : d.score;
            }
        }
        series.push_back(std::move(*prepared));
    }
    return scan::simulatePortfolio(request, series);
}

std::vector<scan::PortfolioRebalance> rebalancesUpTo(const scan::PortfolioResult &r, DayNumber day)
{
    std::vector<scan::PortfolioRebalance> out;
    for (const scan::PortfolioRebalance &b : r.rebalances)
        if (b.day <= day)
            out.push_back(b);
    return out;
}

} // namespace

class TestBacktestStrategies : public QObject {
    Q_OBJECT

private slots:
    void registryDescribesEveryStrategy()
    {
        const StrategyRegistry &r = StrategyRegistry::builtIn();
        QCOMPARE(r.names(), (QStringList{QStringLiteral("sma_cross"), QStringLiteral("ema_cross"),
                                         QStringLiteral("bollinger_revert"), QStringLiteral("rsi_revert"),
                                         QStringLiteral("macd_cross"), QStringLiteral("pairs_spread"),
                                         QStringLiteral("buy_hold"), QStringLiteral("ml_signal")}));
        for (const StrategyDescriptor &d : r.all()) {
            QVERIFY(!d.displayName.isEmpty());
            QVERIFY(!d.description.isEmpty());
            QVERIFY(d.create);
            QCOMPARE(qsizetype(d.legRoles.size()), qsizetype(d.legs));
            for (const ParamSpec &p : d.params) {
                QVERIFY2(p.check(p.defaultValue).ok(), qPrintable(d.name + QLatin1Char('.') + p.name));
                QVERIFY(!p.label.isEmpty());
                QVERIFY(p.step > 0);
            }
            // The defaults form a valid parameter set.
            QVERIFY2(resolveParams(d, {}).ok(), qPrintable(d.name));
        }
        QCOMPARE(descriptor("pairs_spread").legs, 2);
        QVERIFY(descriptor("pairs_spread").needsPair());
        QVERIFY(!descriptor("sma_cross").needsPair());
        QCOMPARE(findStrategy(u"SMA_CROSS").value()->name, QStringLiteral("sma_cross"));
        QCOMPARE(findStrategy(u"nope").error().kind, ErrorKind::InvalidArgument);
    }

    void parameterChecksNameTheValues_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QStringList>("assignments");
        QTest::addColumn<QString>("message");
        QTest::newRow("fast not below slow") << QStringLiteral("sma_cross") << QStringList{QStringLiteral("fast=50"), QStringLiteral("slow=50")}
                                             << QStringLiteral("sma_cross: fast (50) must be less than slow (50)");
        QTest::newRow("out of range") << QStringLiteral("ema_cross") << QStringList{QStringLiteral("fast=0")}
                                      << QStringLiteral("fast (0) out of range [1, 1000]");
        QTest::newRow("rsi levels") << QStringLiteral("rsi_revert") << QStringList{QStringLiteral("lower=80")}
                                    << QStringLiteral("rsi_revert: lower (80) must be less than upper (70)");
        QTest::newRow("pairs thresholds") << QStringLiteral("pairs_spread") << QStringList{QStringLiteral("exit_z=3")}
                                          << QStringLiteral("pairs_spread: exit_z (3) must be less than entry_z (2)");
        QTest::newRow("macd") << QStringLiteral("macd_cross") << QStringList{QStringLiteral("fast=30")}
                              << QStringLiteral("macd_cross: fast (30) must be less than slow (26)");
        QTest::newRow("unknown") << QStringLiteral("buy_hold") << QStringList{QStringLiteral("period=3")}
                                 << QStringLiteral("unknown parameter 'period'; expected one of: (none)");
    }

    void parameterChecksNameTheValues()
    {
        QFETCH(QString, strategy);
        QFETCH(QStringList, assignments);
        QFETCH(QString, message);
        const StrategyDescriptor &d = *StrategyRegistry::builtIn().find(strategy);
        Result<ParamValues> parsed = parseAssignments(d.params, assignments);
        Result<ParamValues> resolved = parsed ? resolveParams(d, *parsed) : Result<ParamValues>(parsed.error());
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(resolved.error().message, message);
    }

    void smaCrossByHand_data()
    {
        QTest::addColumn<bool>("allowShort");
        QTest::addColumn<std::vector<std::tuple<std::int64_t, std::int64_t, int, double, double>>>("expected");
        // Closes 10 10 10 12 14 13 11 9 10 12 13 12; SMA(2) / SMA(3):
        //   t=2: 10 / 10        t=3: 11 / 10.667 → fast > slow now, fast ≤ slow before: cross above
        //   t=5: 13.5 / 13      t=6: 12 / 12.667 → cross below
        //   t=8: 9.5 / 10       t=9: 11 / 10.333 → cross above
        // Fills at the next open (= the previous close): long 4..7 at 12 → 11, long 10..11 at
        // 12 → closed at the last close 12 (end of data).
        using T = std::tuple<std::int64_t, std::int64_t, int, double, double>;
        QTest::newRow("long only") << false << std::vector<T>{{4, 7, 1, 12, 11}, {10, 11, 1, 12, 12}};
        // With the short side the cross below reverses to a short at bar 7's open 11, and the
        // next cross above reverses back at bar 10's open 12.
        QTest::newRow("with shorts") << true << std::vector<T>{{4, 7, 1, 12, 11}, {7, 10, -1, 11, 12}, {10, 11, 1, 12, 12}};
    }

    void smaCrossByHand()
    {
        using T = std::tuple<std::int64_t, std::int64_t, int, double, double>;
        QFETCH(bool, allowShort);
        QFETCH(std::vector<T>, expected);
        const BarSeries bars = fromCloses({10, 10, 10, 12, 14, 13, 11, 9, 10, 12, 13, 12});
        BacktestConfig config = test::tenUnits();
        const ParamValues params{{QStringLiteral("fast"), 2}, {QStringLiteral("slow"), 3},
                                 {QStringLiteral("short"), allowShort ? 1.0 : 0.0}};
        const auto r = runOn({bars}, descriptor("sma_cross"), params, config);
        QVERIFY(r.ok());
        QCOMPARE(r->trades.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const Trade &t = r->trades[i];
            QCOMPARE(t.entryBar, std::get<0>(expected[i]));
            QCOMPARE(t.exitBar, std::get<1>(expected[i]));
            QCOMPARE(t.side == Side::Long ? 1 : -1, std::get<2>(expected[i]));
            QCOMPARE(t.entryPrice, std::get<3>(expected[i]));
            QCOMPARE(t.exitPrice, std::get<4>(expected[i]));
        }
        QCOMPARE(r->strategy, QStringLiteral("sma_cross"));
        QCOMPARE(r->params.value(u"slow"), 3.0);
    }

    void strategiesMatchANaiveSimulation_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QStringList>("params");
        QTest::newRow("sma_cross 10/30") << QStringLiteral("sma_cross") << QStringList{QStringLiteral("fast=10"), QStringLiteral("slow=30")};
        QTest::newRow("sma_cross 5/20 short") << QStringLiteral("sma_cross")
                                              << QStringList{QStringLiteral("fast=5"), QStringLiteral("slow=20"), QStringLiteral("short=true")};
        QTest::newRow("ema_cross 12/26") << QStringLiteral("ema_cross") << QStringList{};
        QTest::newRow("ema_cross 8/40 short") << QStringLiteral("ema_cross")
                                              << QStringList{QStringLiteral("fast=8"), QStringLiteral("slow=40"), QStringLiteral("short=1")};
        QTest::newRow("bollinger_revert 20/2") << QStringLiteral("bollinger_revert") << QStringList{};
        QTest::newRow("bollinger_revert 10/1.5") << QStringLiteral("bollinger_revert") << QStringList{QStringLiteral("period=10"), QStringLiteral("k=1.5")};
        QTest::newRow("rsi_revert 14/35/65") << QStringLiteral("rsi_revert") << QStringList{QStringLiteral("lower=35"), QStringLiteral("upper=65")};
        QTest::newRow("rsi_revert 5/25/60") << QStringLiteral("rsi_revert")
                                            << QStringList{QStringLiteral("period=5"), QStringLiteral("lower=25"), QStringLiteral("upper=60")};
        QTest::newRow("macd_cross 12/26/9") << QStringLiteral("macd_cross") << QStringList{};
        QTest::newRow("buy_hold") << QStringLiteral("buy_hold") << QStringList{};
    }

    void strategiesMatchANaiveSimulation()
    {
        QFETCH(QString, strategy);
        QFETCH(QStringList, params);
        namespace nv = test::naive;
        const BarSeries bars = nv::randomWalk(2500, 77);
        const StrategyDescriptor &d = *StrategyRegistry::builtIn().find(strategy);
        const ParamValues p = parseAssignments(d.params, params).value();

        // The rules from their definitions, on naive indicators.
        const nv::Series &c = bars.close;
        std::function<int(std::size_t, int)> decide;
        const auto crossing = [](nv::Series a, nv::Series b, bool shorts) {
            return [a, b, shorts](std::size_t t, int) {
                if (t == 0)
                    return nv::kKeep;
                if (a[t] > b[t] && a[t - 1] <= b[t - 1])
                    return 1;
                if (a[t] < b[t] && a[t - 1] >= b[t - 1])
                    return shorts ? -1 : 0;
                return nv::kKeep;
            };
        };
        if (strategy == u"sma_cross")
            decide = crossing(nv::sma(c, p.intValue(u"fast")), nv::sma(c, p.intValue(u"slow")), p.boolValue(u"short"));
        else if (strategy == u"ema_cross")
            decide = crossing(nv::ema(c, p.intValue(u"fast")), nv::ema(c, p.intValue(u"slow")), p.boolValue(u"short"));
        else if (strategy == u"macd_cross") {
            const nv::Macd m = nv::macd(c, 12, 26, 9);
            decide = crossing(m.line, m.signal, false);
        } else if (strategy == u"bollinger_revert") {
            const nv::Bands b = nv::bbands(c, p.intValue(u"period"), p.value(u"k"));
            decide = [b, c](std::size_t t, int pos) {
                if (pos == 0 && c[t] < b.lower[t])
                    return 1;
                if (pos == 1 && c[t] > b.middle[t])
                    return 0;
                return nv::kKeep;
            };
        } else if (strategy == u"rsi_revert") {
            const nv::Series r = nv::rsi(c, p.intValue(u"period"));
            const double lower = p.value(u"lower"), upper = p.value(u"upper");
            decide = [r, lower, upper](std::size_t t, int pos) {
                if (pos == 0 && r[t] < lower)
                    return 1;
                if (pos == 1 && r[t] > upper)
                    return 0;
                return nv::kKeep;
            };
        } else {
            decide = [](std::size_t t, int) { return t == 0 ? 1 : nv::kKeep; };
        }
        const std::vector<nv::SimTrade> expected = nv::simulate(bars, decide, 10, 0.001, 5);

        BacktestConfig config = test::tenUnits();
        config.commission = PercentCommissionParams{0.001};
        config.slippage.bps = 5;
        const auto r = runOn({bars}, d, p, config);
        QVERIFY(r.ok());
        QVERIFY2(expected.size() >= (strategy == u"buy_hold" ? 1u : 5u), "the case must trade");
        QCOMPARE(r->trades.size(), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const Trade &t = r->trades[i];
            const nv::SimTrade &e = expected[i];
            QCOMPARE(t.entryBar, std::int64_t(e.entryBar));
            QCOMPARE(t.exitBar, std::int64_t(e.exitBar));
            QCOMPARE(t.side == Side::Long ? 1 : -1, e.side);
            RUTILE_COMPARE_REL(t.entryPrice, e.entry, 1e-14);
            RUTILE_COMPARE_REL(t.exitPrice, e.exit, 1e-14);
            RUTILE_COMPARE_TOL(t.pnl, e.pnl, 1e-10, 1e-9);
            QCOMPARE(t.exitReason == ExitReason::EndOfData, e.endOfData);
        }
    }

    void pairsSpreadMatchesItsDefinition()
    {
        // β and z from the definition, window by window: OLS slope of y on x, the spread
        // y_j − β·x_j over the window, its population σ.
        const std::vector<BarSeries> legs = sampleLegs(400);
        const int lookback = 30;
        const std::size_t n = legs[0].size();
        std::vector<double> y(n), x(n), beta(n), z(n);
        for (std::size_t t = 0; t < n; ++t) {
            y[t] = std::log(legs[0].close[t]);
            x[t] = std::log(legs[1].close[t]);
        }
        QVERIFY(pairsSpread(y, x, lookback, beta, z).ok());
        for (std::size_t t = 0; t < n; ++t) {
            if (t + 1 < std::size_t(lookback)) {
                QVERIFY(std::isnan(beta[t]) && std::isnan(z[t]));
                continue;
            }
            const std::size_t from = t + 1 - lookback;
            double mx = 0, my = 0;
            for (std::size_t j = from; j <= t; ++j) {
                mx += x[j];
                my += y[j];
            }
            mx /= lookback;
            my /= lookback;
            double sxy = 0, sxx = 0;
            for (std::size_t j = from; j <= t; ++j) {
                sxy += (x[j] - mx) * (y[j] - my);
                sxx += (x[j] - mx) * (x[j] - mx);
            }
            const double b = sxy / sxx;
            double ms = 0;
            for (std::size_t j = from; j <= t; ++j)
                ms += y[j] - b * x[j];
            ms /= lookback;
            double ss = 0;
            for (std::size_t j = from; j <= t; ++j)
                ss += (y[j] - b * x[j] - ms) * (y[j] - b * x[j] - ms);
            const double zz = (y[t] - b * x[t] - ms) / std::sqrt(ss / lookback);
            RUTILE_COMPARE_REL(beta[t], b, 1e-9);
            RUTILE_COMPARE_TOL(z[t], zz, 1e-7, 1e-9);
        }
    }

    void pairsSpreadTradesBothLegs()
    {
        const std::vector<BarSeries> legs = sampleLegs(1500);
        BacktestConfig config = test::tenUnits();
        config.commission = PercentCommissionParams{0.0005};
        const ParamValues p{{QStringLiteral("lookback"), 40}, {QStringLiteral("entry_z"), 1.5}, {QStringLiteral("exit_z"), 0.25}};
        auto data = MarketData::aligned(legs);
        QVERIFY(data.ok());
        const auto r = runBacktest(*data, descriptor("pairs_spread"), p, config);
        QVERIFY(r.ok());
        QVERIFY2(r->tradeStats.trades >= 5, "the case must trade");
        QCOMPARE(r->tradeStats.legs, 2 * r->tradeStats.trades);
        // The z-score the strategy read.
        std::vector<double> y(data->size()), x(data->size()), beta(data->size()), z(data->size());
        for (std::size_t t = 0; t < data->size(); ++t) {
            y[t] = std::log(data->leg(0).close[t]);
            x[t] = std::log(data->leg(1).close[t]);
        }
        QVERIFY(pairsSpread(y, x, 40, beta, z).ok());
        for (std::size_t i = 0; i + 1 < r->trades.size(); i += 2) {
            const Trade &a = r->trades[i];
            const Trade &b = r->trades[i + 1];
            QCOMPARE(a.leg, 0);
            QCOMPARE(b.leg, 1);
            QCOMPARE(a.group, b.group);
            QCOMPARE(a.entryBar, b.entryBar);
            QCOMPARE(a.exitBar, b.exitBar);
            const std::size_t decided = std::size_t(a.entryBar - 1);
            // Short the spread when z > entry (short leg 0), long it when z < −entry; the hedge
            // on the other side for β > 0, on the same side for β < 0.
            QVERIFY(std::abs(z[decided]) > 1.5);
            QCOMPARE(a.side, z[decided] > 0 ? Side::Short : Side::Long);
            const Side hedgeSide = (beta[decided] >= 0) == (a.side == Side::Long) ? Side::Short : Side::Long;
            QCOMPARE(b.side, hedgeSide);
            // The hedge's notional is |β| times the traded leg's, at the entry fills.
            RUTILE_COMPARE_REL(b.size * b.entryPrice, std::abs(beta[decided]) * a.size * a.entryPrice, 1e-12);
            QCOMPARE(a.size, 10.0);
            // Both legs pay commission: 0.05% of each fill.
            RUTILE_COMPARE_REL(b.commission, 0.0005 * b.size * (b.entryPrice + b.exitPrice), 1e-12);
            if (a.exitReason == ExitReason::Signal)
                QVERIFY(std::abs(z[std::size_t(a.exitBar - 1)]) < 0.25);
        }
        // Without a second symbol the strategy cannot run.
        QCOMPARE(runOn({legs[0]}, descriptor("pairs_spread"), p).error().kind, ErrorKind::InvalidInput);
    }

    void lookAheadNeverChangesPastDecisions_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QStringList>("params");
        QTest::newRow("sma_cross") << QStringLiteral("sma_cross") << QStringList{QStringLiteral("fast=5"), QStringLiteral("slow=20"), QStringLiteral("short=1")};
        QTest::newRow("ema_cross") << QStringLiteral("ema_cross") << QStringList{QStringLiteral("short=1")};
        QTest::newRow("bollinger_revert") << QStringLiteral("bollinger_revert") << QStringList{QStringLiteral("k=1.5")};
        QTest::newRow("rsi_revert") << QStringLiteral("rsi_revert") << QStringList{QStringLiteral("lower=40"), QStringLiteral("upper=60")};
        QTest::newRow("macd_cross") << QStringLiteral("macd_cross") << QStringList{};
        QTest::newRow("pairs_spread") << QStringLiteral("pairs_spread") << QStringList{QStringLiteral("lookback=30"), QStringLiteral("entry_z=1.5")};
        QTest::newRow("buy_hold") << QStringLiteral("buy_hold") << QStringList{};
        // The first model is refit at bar 379 (ratio:sma:200's rows start at bar 199, the 180th is
        // bar 378, labelled a bar later), then every 60 bars: t = 400, 777 and 1000 follow models.
        QTest::newRow("ml_signal") << QStringLiteral("ml_signal")
                                   << QStringList{QStringLiteral("features=returns"), QStringLiteral("trees=20"),
                                                  QStringLiteral("train_bars=180"), QStringLiteral("refit_every=60"),
                                                  QStringLiteral("threshold=0.5"), QStringLiteral("short=1")};
        // The same on the rule-file versions (examples/strategies), and a rule program of its own.
        QTest::newRow("rule sma_cross") << QStringLiteral("rule:sma_cross") << QStringList{QStringLiteral("fast=5"), QStringLiteral("slow=20"), QStringLiteral("short=1")};
        QTest::newRow("rule ema_cross") << QStringLiteral("rule:ema_cross") << QStringList{QStringLiteral("short=1")};
        QTest::newRow("rule bollinger_revert") << QStringLiteral("rule:bollinger_revert") << QStringList{QStringLiteral("k=1.5")};
        QTest::newRow("rule rsi_revert") << QStringLiteral("rule:rsi_revert") << QStringList{QStringLiteral("lower=40"), QStringLiteral("upper=60")};
        QTest::newRow("rule macd_cross") << QStringLiteral("rule:macd_cross") << QStringList{};
        QTest::newRow("rule pairs_spread") << QStringLiteral("rule:pairs_spread") << QStringList{QStringLiteral("lookback=30"), QStringLiteral("entry_z=1.5")};
        QTest::newRow("rule buy_hold") << QStringLiteral("rule:buy_hold") << QStringList{};
        QTest::newRow("rule breakout") << QStringLiteral("rule:breakout") << QStringList{};
    }

    void lookAheadNeverChangesPastDecisions()
    {
        // Changing the bars after t never changes an order decided at or before t, nor a trade
        // closed by then. Checked at several t, with attached exits and percent sizing (whose
        // units depend on the fill price, which is not a decision).
        QFETCH(QString, strategy);
        QFETCH(QStringList, params);
        const StrategyDescriptor d = builtInOrRule(strategy);
        const ParamValues p = parseAssignments(d.params, params).value();
        const std::vector<BarSeries> all = sampleLegs(1200);
        const std::vector<BarSeries> legs(all.begin(), all.begin() + d.legs);
        BacktestConfig config;
        config.commission = PercentCommissionParams{0.001};
        config.slippage.bps = 3;
        if (d.legs == 1 && d.name != u"buy_hold") {
            config.exits.stopLossFraction = 0.08;
            config.exits.trailingAtrMultiple = 4;
        }
        const auto base = runOn(legs, d, p, config);
        QVERIFY(base.ok());
        QVERIFY2(base->orders.size() >= 1, "the case must decide something");
        bool futureChanged = false;
        for (std::size_t t : {150u, 400u, 777u, 1000u}) {
            std::vector<BarSeries> moved;
            for (std::size_t l = 0; l < legs.size(); ++l)
                moved.push_back(perturbedAfter(legs[l], t, 1000 + t + l));
            const auto other = runOn(moved, d, p, config);
            QVERIFY(other.ok());
            const Past a = pastOf(*base, t), b = pastOf(*other, t);
            QVERIFY2(a.orders == b.orders, qPrintable(QStringLiteral("orders up to bar %1 changed").arg(t)));
            QVERIFY2(a.trades == b.trades, qPrintable(QStringLiteral("trades up to bar %1 changed").arg(t)));
            for (std::size_t i = 0; i <= t; ++i)
                QCOMPARE(other->equity[i], base->equity[i]);
            futureChanged = futureChanged || other->equity.back() != base->equity.back();
        }
        QVERIFY2(futureChanged, "the perturbation must change the future, or the test proves nothing");
    }

    void lookAheadTestCatchesAPeekingStrategy()
    {
        const std::vector<BarSeries> legs = sampleLegs(600);
        Peeking peeking;
        MarketData data(legs[0]);
        Backtester backtester;
        const auto a = backtester.run(data, peeking, BacktestConfig{});
        QVERIFY(a.ok());
        // Its decision at t reads bar t+1, so moving the future changes a past decision for
        // about every other t.
        int caught = 0;
        for (std::size_t t = 100; t < 500; t += 50) {
            MarketData moved(perturbedAfter(legs[0], t, 5 + t));
            Peeking again;
            const auto b = backtester.run(moved, again, BacktestConfig{});
            QVERIFY(b.ok());
            caught += !(pastOf(*a, t).orders == pastOf(*b, t).orders);
        }
        QVERIFY(caught >= 2);
    }

    // The portfolio backtest under the same test: moving every stock's bars after day t
    // changes no rebalance decided by t (its ranks, weights and units), no trade closed by
    // then and no equity value up to t.
    void lookAheadNeverChangesPastRebalances()
    {
        const std::vector<BarSeries> stocks = sampleStocks(1200);
        const auto base = portfolioOn(stocks);
        QVERIFY(base.ok());
        QVERIFY2(base->rebalances.size() > 100 && base->trades.size() > 20, "the case must trade");
        bool futureChanged = false;
        for (std::size_t t : {150u, 400u, 777u, 1000u}) {
            const DayNumber day = base->days[t];
            std::vector<BarSeries> moved;
            for (std::size_t i = 0; i < stocks.size(); ++i)
                moved.push_back(perturbedAfterDay(stocks[i], day, 7000 + t + i));
            const auto other = portfolioOn(moved);
            QVERIFY(other.ok());
            QVERIFY2(rebalancesUpTo(*base, day) == rebalancesUpTo(*other, day),
                     qPrintable(QStringLiteral("rebalances up to day %1 changed").arg(t)));
            const auto closedBy = [day](const scan::PortfolioResult &r) {
                std::vector<std::tuple<int, double, double, double, double>> out;
                for (const Trade &tr : r.trades)
                    if (tr.exitDay <= day)
                        out.emplace_back(tr.leg, tr.size, tr.entryPrice, tr.exitPrice, tr.pnl);
                return out;
            };
            QVERIFY(!closedBy(*base).empty());
            QVERIFY2(closedBy(*base) == closedBy(*other), qPrintable(QStringLiteral("trades up to day %1 changed").arg(t)));
            for (std::size_t i = 0; i <= t; ++i)
                QCOMPARE(other->equity[i], base->equity[i]);
            futureChanged = futureChanged || other->equity.back() != base->equity.back();
        }
        QVERIFY2(futureChanged, "the perturbation must change the future, or the test proves nothing");
    }

    void lookAheadTestCatchesAPeekingRank()
    {
        const std::vector<BarSeries> stocks = sampleStocks(800);
        const auto base = portfolioOn(stocks, true);
        QVERIFY(base.ok());
        int caught = 0;
        for (std::size_t t = 200; t < 700; t += 100) {
            const DayNumber day = base->days[t];
            std::vector<BarSeries> moved;
            for (std::size_t i = 0; i < stocks.size(); ++i)
                moved.push_back(perturbedAfterDay(stocks[i], day, 9000 + t + i));
            const auto other = portfolioOn(moved, true);
            QVERIFY(other.ok());
            caught += !(rebalancesUpTo(*base, day) == rebalancesUpTo(*other, day));
        }
        QVERIFY(caught >= 3);
    }

    void gridPointsShareIndicatorColumns()
    {
        MarketData data(sampleLegs(800)[0]);
        const StrategyDescriptor &d = descriptor("sma_cross");
        for (int slow : {30, 40, 50})
            QVERIFY(runBacktest(data, d, {{QStringLiteral("fast"), 10}, {QStringLiteral("slow"), double(slow)}},
                                BacktestConfig{})
                        .ok());
        // sma(10) once, sma(30), sma(40), sma(50): four columns.
        QCOMPARE(data.cachedColumns(), std::size_t(4));
    }

    void notEnoughDataIsAnInputError()
    {
        MarketData data(sampleLegs(100)[0]);
        const auto r = runBacktest(data, descriptor("sma_cross"), {{QStringLiteral("slow"), 200}}, BacktestConfig{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
        QVERIFY2(r.error().message.contains(QStringLiteral("not enough data")), qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(TestBacktestStrategies)
#include "tst_backtest_strategies.moc"
