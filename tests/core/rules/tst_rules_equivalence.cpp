// The rule files of examples/strategies against the built-in strategies they restate: the same
// orders, the same trades and the same equity to the last bit, on the sample market and (when
// ../shared/data is there) on the real RUT and SPX histories, with default and other
// parameters, with and without costs and stops. And the rule-only features (exit statements,
// max_entries) against the engine's own configured exits.

#include "HistoryFiles.h"
#include "TestSupport.h"

#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "data/SampleMarket.h"
#include "rules/Compiler.h"
#include "rules/RuleStrategy.h"
#include "strategy/StrategyRegistry.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <tuple>

using namespace rutile;
using namespace rutile::backtest;
using namespace rutile::trading;
using namespace rutile::strategy;
using rutile::rules::ruleStrategyDescriptor;


namespace {

std::shared_ptr<const rules::Program> compileExample(const QString &name)
{
    QFile f(QDir(QStringLiteral(RUTILE_EXAMPLES_DIR)).filePath(name + QStringLiteral(".rule")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example %s", qPrintable(name));
    const rules::CompileResult r = rules::compileRules(f.readAll());
    for (const rules::Diagnostic &d : r.diagnostics)
        qWarning("%s: %s", qPrintable(name), qPrintable(d.toString()));
    return r.program;
}

std::shared_ptr<const rules::Program> compileText(const char *source)
{
    const rules::CompileResult r = rules::compileRules(QByteArrayView(source));
    for (const rules::Diagnostic &d : r.diagnostics)
        qWarning("%s", qPrintable(d.toString()));
    return r.program;
}

using TradeKey = std::tuple<int, Side, double, std::int64_t, std::int64_t, double, double, double, double, ExitReason, int>;
std::vector<TradeKey> tradeKeys(const BacktestResult &r)
{
    std::vector<TradeKey> keys;
    for (const Trade &t : r.trades)
        keys.emplace_back(t.leg, t.side, t.size, t.entryBar, t.exitBar, t.entryPrice, t.exitPrice, t.pnl, t.commission,
                          t.exitReason, t.group);
    return keys;
}

/// The configurations every pair of runs is compared under. The engine refuses stops on a
/// pair (they would leave one leg naked): pairs get the costs and sizing only.
BacktestConfig configNamed(const QString &name, int legs)
{
    BacktestConfig c = legs > 1 ? configNamed(name, 1) : BacktestConfig{};
    if (legs > 1) {
        c.exits = ExitParams{};
        return c;
    }
    if (name == u"costs and stops") {
        c.commission = PercentCommissionParams{0.001};
        c.slippage.bps = 3;
        c.exits.stopLossFraction = 0.06;
        c.exits.takeProfitFraction = 0.15;
        c.exits.trailingAtrMultiple = 3;
    } else if (name == u"percent sizing") {
        c.sizing = PercentOfEquityParams{0.5, false};
        c.commission = PercentCommissionParams{0.0005};
        c.slippage.bps = 2;
    } else if (name == u"volatility sizing") {
        // Entries in the ATR's warm-up get no units and are retried.
        c.sizing = VolatilityTargetParams{0.01, 14, 1.0};
        c.exits.trailingFraction = 0.1;
    }
    return c;
}

/// Runs the built-in and the rule file on the same data and compares everything; returns the
/// number of trades so that callers can insist on a case that trades.
std::size_t compareRuns(const MarketData &data, const QString &name, const ParamValues &params,
                        const BacktestConfig &config)
{
    const StrategyDescriptor *builtIn = StrategyRegistry::builtIn().find(name);
    const auto program = compileExample(name);
    if (!builtIn || !program) {
        QTest::qFail("no built-in or no program", __FILE__, __LINE__);
        return 0;
    }
    const StrategyDescriptor rule = ruleStrategyDescriptor(program, name);
    const auto a = runBacktest(data, *builtIn, params, config);
    const auto b = runBacktest(data, rule, params, config);
    if (!a.ok() || !b.ok()) {
        QTest::qFail(qPrintable((a.ok() ? QString() : a.error().toString()) + u' '
                                + (b.ok() ? QString() : b.error().toString())),
                     __FILE__, __LINE__);
        return 0;
    }
    if (!(a->orders == b->orders)) {
        QTest::qFail(qPrintable(QStringLiteral("orders differ: %1 built-in, %2 rule").arg(a->orders.size()).arg(b->orders.size())),
                     __FILE__, __LINE__);
        return 0;
    }
    if (tradeKeys(*a) != tradeKeys(*b)) {
        QTest::qFail("trades differ", __FILE__, __LINE__);
        return 0;
    }
    if (a->equity != b->equity) {
        QTest::qFail("equity differs", __FILE__, __LINE__);
        return 0;
    }
    return a->trades.size();
}

struct Case {
    const char *name;
    QStringList other; ///< non-default parameters
};
const std::vector<Case> &cases()
{
    static const std::vector<Case> all{
        {"sma_cross", {QStringLiteral("fast=5"), QStringLiteral("slow=30"), QStringLiteral("short=true")}},
        {"ema_cross", {QStringLiteral("fast=8"), QStringLiteral("slow=40"), QStringLiteral("short=true")}},
        {"bollinger_revert", {QStringLiteral("period=15"), QStringLiteral("k=1.5")}},
        {"rsi_revert", {QStringLiteral("period=10"), QStringLiteral("lower=35"), QStringLiteral("upper=60")}},
        {"macd_cross", {QStringLiteral("fast=8"), QStringLiteral("slow=21"), QStringLiteral("signal=5")}},
        {"pairs_spread", {QStringLiteral("lookback=30"), QStringLiteral("entry_z=1.5"), QStringLiteral("exit_z=0.25")}},
        {"buy_hold", {}},
    };
    return all;
}

void addRows()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QString>("config");
    for (const Case &c : cases()) {
        for (const char *config : {"plain", "costs and stops", "percent sizing", "volatility sizing"}) {
            QTest::addRow("%s default, %s", c.name, config) << QString::fromLatin1(c.name) << QStringList{} << QString::fromLatin1(config);
            if (!c.other.isEmpty())
                QTest::addRow("%s %s, %s", c.name, qPrintable(c.other.join(u' ')), config)
                    << QString::fromLatin1(c.name) << c.other << QString::fromLatin1(config);
        }
    }
}

} // namespace

class TestRulesEquivalence : public QObject {
    Q_OBJECT

private slots:
    void examplesReproduceTheBuiltInsOnTheSampleMarket_data() { addRows(); }
    void examplesReproduceTheBuiltInsOnTheSampleMarket()
    {
        QFETCH(QString, strategy);
        QFETCH(QStringList, params);
        QFETCH(QString, config);
        static const SampleMarket market = generateSampleMarket();
        const StrategyDescriptor &d = *StrategyRegistry::builtIn().find(strategy);
        auto data = d.legs == 1 ? Result<MarketData>(MarketData(market.smallCap))
                                : MarketData::aligned({market.smallCap, market.largeCap});
        QVERIFY(data.ok());
        const ParamValues p = parseAssignments(d.params, params).value();
        const std::size_t trades = compareRuns(*data, strategy, p, configNamed(config, d.legs));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(trades >= (strategy == u"buy_hold" ? 1u : 5u), qPrintable(QStringLiteral("%1 trades").arg(trades)));
    }

    void examplesReproduceTheBuiltInsOnRutAndSpx_data() { addRows(); }
    void examplesReproduceTheBuiltInsOnRutAndSpx()
    {
        QFETCH(QString, strategy);
        QFETCH(QStringList, params);
        QFETCH(QString, config);
        RUTILE_REQUIRE_SHARED_DATA(rutPath, "RUT_yahoo_1987-2024.csv");
        RUTILE_REQUIRE_SHARED_DATA(spxPath, "SPX_yfinance_1927-2026.csv");
        static const Result<BarSeries> rut = test::readHistoryFile(rutPath);
        static const Result<BarSeries> spx = test::readHistoryFile(spxPath);
        QVERIFY(rut.ok() && spx.ok());
        const StrategyDescriptor &d = *StrategyRegistry::builtIn().find(strategy);
        auto data = d.legs == 1 ? Result<MarketData>(MarketData(*rut)) : MarketData::aligned({*rut, *spx});
        QVERIFY(data.ok());
        const ParamValues p = parseAssignments(d.params, params).value();
        const std::size_t trades = compareRuns(*data, strategy, p, configNamed(config, d.legs));
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(trades >= (strategy == u"buy_hold" ? 1u : 5u), qPrintable(QStringLiteral("%1 trades").arg(trades)));
    }

    void examplesDeclareTheBuiltInsParameters()
    {
        // Name, label, type, default, range and step: the form, --param and the grid treat
        // the example exactly as the built-in.
        int compared = 0;
        for (const Case &c : cases()) {
            const StrategyDescriptor &builtIn = *StrategyRegistry::builtIn().find(QString::fromLatin1(c.name));
            const StrategyDescriptor rule = ruleStrategyDescriptor(compileExample(QString::fromLatin1(c.name)), builtIn.name);
            QCOMPARE(rule.legs, builtIn.legs);
            QCOMPARE(rule.params.size(), builtIn.params.size());
            for (std::size_t i = 0; i < builtIn.params.size(); ++i) {
                const ParamSpec &a = builtIn.params[i], &b = rule.params[i];
                const QByteArray where = QByteArray(c.name) + '.' + a.name.toUtf8();
                QVERIFY2(b.name == a.name && b.label == a.label, where.constData());
                QVERIFY2(b.type == a.type, where.constData());
                QVERIFY2(b.defaultValue == a.defaultValue && b.minimum == a.minimum && b.maximum == a.maximum, where.constData());
                QVERIFY2(b.type == ParamType::Bool || b.step == a.step, where.constData());
                ++compared;
            }
        }
        QCOMPARE(compared, 17);
    }

    void parameterChecksGiveTheBuiltInsMessages_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QStringList>("params");
        QTest::newRow("sma_cross") << "sma_cross" << QStringList{"fast=50", "slow=50"};
        QTest::newRow("ema_cross") << "ema_cross" << QStringList{"fast=40"};
        QTest::newRow("macd_cross") << "macd_cross" << QStringList{"fast=30"};
        QTest::newRow("rsi_revert") << "rsi_revert" << QStringList{"lower=75.5"};
        QTest::newRow("pairs_spread") << "pairs_spread" << QStringList{"exit_z=2.5", "entry_z=1.5"};
    }

    void parameterChecksGiveTheBuiltInsMessages()
    {
        // `require` in the examples refuses what the built-ins' checks refuse, in their words.
        QFETCH(QString, strategy);
        QFETCH(QStringList, params);
        const StrategyDescriptor &builtIn = *StrategyRegistry::builtIn().find(strategy);
        const StrategyDescriptor rule = ruleStrategyDescriptor(compileExample(strategy), strategy);
        const ParamValues values = parseAssignments(builtIn.params, params).value();
        const auto a = resolveParams(builtIn, values);
        const auto b = resolveParams(rule, values);
        QVERIFY(!a.ok() && !b.ok());
        QCOMPARE(b.error().kind, a.error().kind);
        QCOMPARE(b.error().message, a.error().message);
        // The defaults pass both.
        QVERIFY(resolveParams(rule, {}).ok());
    }

    void gridsSkipWhatTheBuiltInsSkip()
    {
        static const SampleMarket market = generateSampleMarket();
        const MarketData data(market.smallCap.slice(0, 3000));
        const StrategyDescriptor &builtIn = *StrategyRegistry::builtIn().find(u"sma_cross");
        const StrategyDescriptor rule = ruleStrategyDescriptor(compileExample(QStringLiteral("sma_cross")), QStringLiteral("sma_cross"));
        ParameterGrid grid;
        grid.axes.push_back(GridAxis::range(*findParam(builtIn.params, u"fast"), 10, 60, 10).value());
        grid.axes.push_back(GridAxis::range(*findParam(builtIn.params, u"slow"), 30, 60, 10).value());
        OptimizerConfig oc;
        oc.threads = 1;
        const auto a = optimize(data, builtIn, grid, BacktestConfig{}, oc);
        const auto b = optimize(data, rule, grid, BacktestConfig{}, oc);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(a->skipped, std::size_t(10)); // 24 points, 10 with fast ≥ slow
        QCOMPARE(b->skipped, a->skipped);
        QCOMPARE(b->firstSkipReason, a->firstSkipReason);
        QCOMPARE(b->results.size(), a->results.size());
        for (std::size_t i = 0; i < a->results.size(); ++i) {
            QCOMPARE(b->results[i].params, a->results[i].params);
            QCOMPARE(b->results[i].value, a->results[i].value);
        }
        QCOMPARE(b->best, a->best);
    }

    void exitStatementsEqualTheConfiguredExits()
    {
        // `stop_loss 6%`, `take_profit 15%`, `trailing_stop 3 * atr` attached to each entry do
        // what the same exits configured for the whole backtest do to the built-in.
        static const SampleMarket market = generateSampleMarket();
        const MarketData data(market.smallCap);
        const auto program = compileText("param fast = 20 in 1..1000\nparam slow = 50 in 2..5000\nparam short = false\n"
                                         "let f = sma(close, fast)\nlet s = sma(close, slow)\n"
                                         "buy when cross_above(f, s)\nsell when cross_below(f, s)\n"
                                         "stop_loss 6%\ntake_profit 3 * 5%\ntrailing_stop 3 * atr\n");
        QVERIFY(program);
        const auto rule = runBacktest(data, ruleStrategyDescriptor(program, QStringLiteral("sma_stops")), {}, BacktestConfig{});
        BacktestConfig configured;
        configured.exits.stopLossFraction = 0.06;
        configured.exits.takeProfitFraction = 0.15;
        configured.exits.trailingAtrMultiple = 3;
        const auto builtIn = runBacktest(data, *StrategyRegistry::builtIn().find(u"sma_cross"), {}, configured);
        QVERIFY(rule.ok() && builtIn.ok());
        QVERIFY(tradeKeys(*rule) == tradeKeys(*builtIn));
        QCOMPARE(rule->equity, builtIn->equity);
        // Not vacuous: the stops did close trades.
        QVERIFY(std::count_if(rule->trades.begin(), rule->trades.end(),
                              [](const Trade &t) { return t.exitReason != ExitReason::Signal && t.exitReason != ExitReason::EndOfData; })
                >= 3);

        // A trailing stop in percent is the configured trailing fraction.
        const auto trailing = compileText("buy when cross_above(sma(close, 20), sma(close, 50))\n"
                                          "sell when cross_below(sma(close, 20), sma(close, 50))\ntrailing_stop 4%\n");
        QVERIFY(trailing);
        BacktestConfig fraction;
        fraction.exits.trailingFraction = 0.04;
        const auto a = runBacktest(data, ruleStrategyDescriptor(trailing, QStringLiteral("t")), {}, BacktestConfig{});
        const auto b = runBacktest(data, *StrategyRegistry::builtIn().find(u"sma_cross"), {}, fraction);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(tradeKeys(*a) == tradeKeys(*b));
        QVERIFY(std::count_if(a->trades.begin(), a->trades.end(),
                              [](const Trade &t) { return t.exitReason == ExitReason::TrailingStop; })
                >= 1);
    }

    void withoutMaxEntriesBuyAndHoldReentersAfterAStop()
    {
        // buy_hold.rule says max_entries 1; without it the position is opened again after the
        // stop closes it (so the statement is what makes the example equal the built-in).
        static const SampleMarket market = generateSampleMarket();
        const MarketData data(market.smallCap);
        BacktestConfig config;
        config.exits.trailingFraction = 0.05;
        const auto once = runBacktest(data, ruleStrategyDescriptor(compileExample(QStringLiteral("buy_hold")), QStringLiteral("a")),
                                      {}, config);
        const auto again = runBacktest(data, ruleStrategyDescriptor(compileText("buy when true\n"), QStringLiteral("b")), {}, config);
        QVERIFY(once.ok() && again.ok());
        QCOMPARE(once->trades.size(), std::size_t(1));
        QCOMPARE(once->trades[0].exitReason, ExitReason::TrailingStop);
        QVERIFY(again->trades.size() > 1);
    }

    void pairsNeedTheHedgeSymbol()
    {
        static const SampleMarket market = generateSampleMarket();
        const MarketData data(market.smallCap);
        const auto r = runBacktest(data, ruleStrategyDescriptor(compileExample(QStringLiteral("pairs_spread")), QStringLiteral("p")),
                                   {}, BacktestConfig{});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestRulesEquivalence)
#include "tst_rules_equivalence.moc"
