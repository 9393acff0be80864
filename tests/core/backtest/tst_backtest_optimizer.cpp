// The optimiser: grid parsing and enumeration, shards, threads, progress and cancellation, the
// deflated Sharpe ratio of the best point, shard merging, and walk-forward analysis.

#include "BacktestFixtures.h"
#include "TestSupport.h"

#include "backtest/Optimizer.h"
#include "backtest/ResultJson.h"
#include "backtest/SuggestedGrid.h"
#include "backtest/WalkForward.h"
#include "data/SampleMarket.h"
#include "strategy/StrategyRegistry.h"

#include <QJsonArray>

#include <array>
#include <cmath>

using namespace rutile;
using namespace rutile::backtest;
using namespace rutile::trading;
using namespace rutile::strategy;

namespace {

const StrategyDescriptor &smaCross()
{
    return *StrategyRegistry::builtIn().find(u"sma_cross");
}

const MarketData &sampleData()
{
    static const MarketData data(generateSampleMarket().smallCap.slice(0, 2000));
    return data;
}

ParameterGrid smaGrid(double fastStop = 20, double slowStart = 30)
{
    ParameterGrid g;
    g.axes.push_back(GridAxis::range(*findParam(smaCross().params, u"fast"), 5, fastStop, 5).value());
    g.axes.push_back(GridAxis::range(*findParam(smaCross().params, u"slow"), slowStart, 60, 10).value());
    return g;
}

BacktestConfig costs()
{
    BacktestConfig c;
    c.commission = PercentCommissionParams{0.0005};
    c.slippage.bps = 2;
    return c;
}

} // namespace

using Folds = std::vector<std::array<std::size_t, 4>>;
Q_DECLARE_METATYPE(Folds)

class TestBacktestOptimizer : public QObject {
    Q_OBJECT

private slots:
    void gridAxisParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::vector<double>>("values");
        QTest::addColumn<QString>("error"); // empty: ok
        using V = std::vector<double>;
        QTest::newRow("range") << QStringLiteral("fast=5:50:5") << V{5, 10, 15, 20, 25, 30, 35, 40, 45, 50} << QString();
        QTest::newRow("stop not on the step") << QStringLiteral("fast=5:12:5") << V{5, 10} << QString();
        QTest::newRow("spec step") << QStringLiteral("fast=5:7") << V{5, 6, 7} << QString();
        QTest::newRow("list") << QStringLiteral("slow=20,50,200") << V{20, 50, 200} << QString();
        QTest::newRow("one value") << QStringLiteral("slow = 60") << V{60} << QString();
        QTest::newRow("boolean") << QStringLiteral("short=0:1:1") << V{0, 1} << QString();
        QTest::newRow("boolean list") << QStringLiteral("short=false,true") << V{0, 1} << QString();
        QTest::newRow("whole number start and step required") << QStringLiteral("fast=5:10:0.5") << V{}
                                                              << QStringLiteral("fast: a whole-number parameter needs a whole start and step, found 5:10:0.5");
        QTest::newRow("out of range") << QStringLiteral("fast=0:10:5") << V{} << QStringLiteral("fast (0) out of range [1, 1000]");
        QTest::newRow("stop below start") << QStringLiteral("fast=10:5:1") << V{} << QStringLiteral("fast: grid stop (5) is below its start (10)");
        QTest::newRow("zero step") << QStringLiteral("fast=1:5:0") << V{} << QStringLiteral("fast: grid step (0) must be a positive number");
        QTest::newRow("unknown") << QStringLiteral("nope=1:2:1") << V{}
                                 << QStringLiteral("unknown parameter 'nope'; expected one of: fast, slow, short");
        QTest::newRow("not a number") << QStringLiteral("fast=a:9") << V{} << QStringLiteral("fast: 'a' is not a number");
        QTest::newRow("no name") << QStringLiteral("5:10:1") << V{} << QStringLiteral("expected name=start:stop:step, found '5:10:1'");
    }

    void gridAxisParsing()
    {
        QFETCH(QString, text);
        QFETCH(std::vector<double>, values);
        QFETCH(QString, error);
        const auto axis = parseGridAxis(smaCross().params, text);
        if (!error.isEmpty()) {
            QVERIFY(!axis.ok());
            QCOMPARE(axis.error().kind, ErrorKind::InvalidArgument);
            QCOMPARE(axis.error().message, error);
            return;
        }
        QVERIFY2(axis.ok(), qPrintable(axis ? QString() : axis.error().message));
        QCOMPARE(axis->values, values);
    }

    // Issue 12, defect 6: the optimiser proposes about ½·d to 1½·d around the default d in
    // five steps a side (the step a whole multiple of the spec's), cut at the range.
    void suggestedRangeAroundTheDefault_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("axis");
        QTest::addColumn<int>("values");
        // fast 20, step 1: 20/2/5 = 2 → 10..30 by 2.
        QTest::newRow("sma fast") << "sma_cross" << "fast" << "fast=10:30:2" << 11;
        // slow 50: 50/2/5 = 5 → 25..75 by 5.
        QTest::newRow("sma slow") << "sma_cross" << "slow" << "slow=25:75:5" << 11;
        // k 2.0, step 0.1: 2/2/5 = 0.2 = 2 steps of 0.1 → 1.0..3.0 by 0.2.
        QTest::newRow("bollinger k") << "bollinger_revert" << "k" << "k=1:3:0.2" << 11;
        // RSI period 14: 14/2/5 = 1.4 → 1 → 9..19 by 1.
        QTest::newRow("rsi period") << "rsi_revert" << "period" << "period=9:19:1" << 11;
        // upper 70 of [0, 100]: 70/2/5 = 7 → 35..105 by 7, cut at 100: 35..98 (70 + 4·7).
        QTest::newRow("rsi upper cut at 100") << "rsi_revert" << "upper" << "upper=35:98:7" << 10;
        // exit z 0.5, step 0.1: 0.5/2/5 = 0.05 = half a step → one step → 0..1 by 0.1.
        QTest::newRow("pairs exit z") << "pairs_spread" << "exit_z" << "exit_z=0:1:0.1" << 11;
        // MACD signal 9: 9/2/5 = 0.9 → 1 → 4..14.
        QTest::newRow("macd signal") << "macd_cross" << "signal" << "signal=4:14:1" << 11;
        QTest::newRow("switch: both values") << "sma_cross" << "short" << "short=0:1:1" << 2;
    }

    void suggestedRangeAroundTheDefault()
    {
        QFETCH(QString, strategy);
        QFETCH(QString, param);
        QFETCH(QString, axis);
        QFETCH(int, values);
        const StrategyDescriptor *d = StrategyRegistry::builtIn().find(strategy);
        QVERIFY(d);
        const ParamSpec *spec = findParam(d->params, param);
        QVERIFY(spec);
        const AxisRange range = suggestedRange(*spec);
        QCOMPARE(gridAxisText(spec->name, range), axis);
        // The text reads back as the same axis, the default among its values.
        const auto parsed = parseGridAxis(d->params, axis);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(int(parsed->values.size()), values);
        QVERIFY(std::find(parsed->values.begin(), parsed->values.end(), spec->defaultValue) != parsed->values.end());
    }

    void suggestedRangeAtTheEdges()
    {
        // A default at the minimum: only the steps above it.
        const ParamSpec low = ParamSpec::integer(QStringLiteral("n"), QStringLiteral("n"), 3, 3, 10);
        QCOMPARE(suggestedRange(low), (AxisRange {3, 8, 1}));
        // A default of 0: the spec's own step, five a side.
        const ParamSpec zero = ParamSpec::real(QStringLiteral("x"), QStringLiteral("x"), 0, -1, 1, 0.25);
        QCOMPARE(suggestedRange(zero), (AxisRange {-1, 1, 0.25}));
        // Every choice of a choice parameter.
        const ParamSpec pick = ParamSpec::choice(QStringLiteral("m"), QStringLiteral("m"),
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 1);
        QCOMPARE(suggestedRange(pick), (AxisRange {0, 2, 1}));
    }

    void realAxesDoNotDrift()
    {
        // start + k·step, snapped to 12 digits: 0.1 + 2·0.1 is 0.30000000000000004 in binary
        // arithmetic; the grid holds 0.3 (the double nearest 0.3) and ends exactly at 1.
        const StrategyDescriptor &d = *StrategyRegistry::builtIn().find(u"bollinger_revert");
        const auto axis = parseGridAxis(d.params, u"k=0.1:1:0.1");
        QVERIFY(axis.ok());
        QCOMPARE(axis->values.size(), std::size_t(10));
        QCOMPARE(axis->values[2], 0.3);
        QCOMPARE(axis->values.back(), 1.0);
    }

    void gridPointsAreRowMajor()
    {
        ParameterGrid g;
        g.base = {{QStringLiteral("short"), 1}};
        g.axes = {{QStringLiteral("fast"), {5, 10}}, {QStringLiteral("slow"), {20, 30, 40}}};
        QCOMPARE(g.size(), std::size_t(6));
        QCOMPARE(g.point(0), (ParamValues{{QStringLiteral("short"), 1}, {QStringLiteral("fast"), 5}, {QStringLiteral("slow"), 20}}));
        QCOMPARE(g.point(1).value(u"slow"), 30.0);
        QCOMPARE(g.point(3).value(u"fast"), 10.0);
        QCOMPARE(g.point(3).value(u"slow"), 20.0);
        QCOMPARE(g.coordinates(5), (std::vector<std::size_t>{1, 2}));
        QVERIFY(validate(g, smaCross().params).ok());
        g.axes.push_back({QStringLiteral("fast"), {7}});
        QVERIFY(!validate(g, smaCross().params).ok());
    }

    void shardsAreDisjointAndCoverTheGrid()
    {
        // 80 points in 3 shards: [0, 26), [26, 53), [53, 80).
        QCOMPARE((Shard{0, 3}.range(80)), (std::pair<std::size_t, std::size_t>{0, 26}));
        QCOMPARE((Shard{1, 3}.range(80)), (std::pair<std::size_t, std::size_t>{26, 53}));
        QCOMPARE((Shard{2, 3}.range(80)), (std::pair<std::size_t, std::size_t>{53, 80}));
        // More shards than points: some are empty, none overlap.
        std::size_t covered = 0;
        for (int i = 0; i < 7; ++i) {
            const auto [a, b] = Shard{i, 7}.range(5);
            QCOMPARE(a, covered);
            covered = b;
        }
        QCOMPARE(covered, std::size_t(5));
        QCOMPARE(parseShard(u"2/4").value().index, 2);
        QCOMPARE(parseShard(u"4/4").error().message, QStringLiteral("shard index (4) out of range [0, 3]"));
        QVERIFY(!parseShard(u"a/b").ok());
        QVERIFY(!parseShard(u"0/0").ok());
        QVERIFY(!parseShard(u"3").ok());
    }

    void optimizerMatchesSingleRuns()
    {
        // fast 5..40 × slow 30..60: the points with fast ≥ slow are skipped (8 × 4 = 32 points,
        // of which fast 30, 35, 40 against slow 30 and fast 40 against slow 40 are invalid).
        const ParameterGrid grid = smaGrid(40, 30);
        QCOMPARE(grid.size(), std::size_t(32));
        OptimizerConfig oc;
        oc.threads = 2;
        const auto r = optimize(sampleData(), smaCross(), grid, costs(), oc);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->skipped, std::size_t(4));
        QCOMPARE(r->results.size(), std::size_t(28));
        QVERIFY(r->firstSkipReason.contains(QStringLiteral("must be less than slow")));
        double bestValue = -1e300;
        for (const GridPointResult &p : r->results) {
            const auto single = runBacktest(sampleData(), smaCross(), p.params, costs());
            QVERIFY(single.ok());
            QCOMPARE(p.value, single->performance.sharpe);
            QCOMPARE(p.trades.trades, single->tradeStats.trades);
            QCOMPARE(p.params, single->params);
            QCOMPARE(p.params.value(u"fast"), grid.point(p.index).value(u"fast"));
            QCOMPARE(p.params.value(u"slow"), grid.point(p.index).value(u"slow"));
            bestValue = std::max(bestValue, p.value);
        }
        QVERIFY(r->best.has_value());
        QCOMPARE(r->bestPoint()->value, bestValue);
        // Results in grid order.
        for (std::size_t i = 1; i < r->results.size(); ++i)
            QVERIFY(r->results[i - 1].index < r->results[i].index);
    }

    void threadsDoNotChangeResults()
    {
        OptimizerConfig one, two;
        one.threads = 1;
        two.threads = 2;
        const auto a = optimize(sampleData(), smaCross(), smaGrid(), costs(), one);
        const auto b = optimize(sampleData(), smaCross(), smaGrid(), costs(), two);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(b->threads, 2);
        QCOMPARE(a->results.size(), std::size_t(16));
        QCOMPARE(a->results.size(), b->results.size());
        for (std::size_t i = 0; i < a->results.size(); ++i) {
            QCOMPARE(a->results[i].index, b->results[i].index);
            QCOMPARE(a->results[i].value, b->results[i].value);
            QCOMPARE(a->results[i].performance.finalEquity, b->results[i].performance.finalEquity);
        }
        QCOMPARE(a->best, b->best);
    }

    void objectivesRankDifferently()
    {
        OptimizerConfig oc;
        oc.objective = Objective::TotalReturn;
        const auto r = optimize(sampleData(), smaCross(), smaGrid(), costs(), oc);
        QVERIFY(r.ok());
        QCOMPARE(r->results.size(), std::size_t(16));
        for (const GridPointResult &p : r->results)
            QCOMPARE(p.value, p.performance.totalReturn);
        QCOMPARE(objectiveFromName(u"CALMAR"), std::optional<Objective>(Objective::Calmar));
        QCOMPARE(objectiveName(Objective::TotalReturn), QStringLiteral("total_return"));
        QVERIFY(!objectiveFromName(u"profit").has_value());
    }

    void bestRanksNaNLastAndTiesByIndex()
    {
        std::vector<GridPointResult> r(4);
        r[0].index = 0;
        r[0].value = std::nan("");
        r[1].index = 1;
        r[1].value = 0.5;
        r[2].index = 2;
        r[2].value = 0.7;
        r[3].index = 3;
        r[3].value = 0.7;
        QCOMPARE(bestResult(r), std::optional<std::size_t>(2));
    }

    void progressIsMonotoneAndCancelStops()
    {
        std::vector<double> progress;
        TaskControl control;
        control.onProgress = [&](double f) { progress.push_back(f); };
        OptimizerConfig oc;
        oc.threads = 1;
        const auto r = optimize(sampleData(), smaCross(), smaGrid(), costs(), oc, {}, control);
        QVERIFY(r.ok());
        QVERIFY(!r->cancelled);
        QCOMPARE(r->results.size(), std::size_t(16));
        QVERIFY(progress.size() >= r->results.size());
        for (std::size_t i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i] >= progress[i - 1]);
        QCOMPARE(progress.back(), 1.0);

        // Cancel once 5 points are done: with one thread exactly 5 are evaluated.
        int seen = 0;
        TaskControl cancel;
        cancel.onProgress = [&](double) { ++seen; };
        cancel.isCancellationRequested = [&] { return seen >= 5; };
        const auto c = optimize(sampleData(), smaCross(), smaGrid(), costs(), oc, {}, cancel);
        QVERIFY(c.ok());
        QVERIFY(c->cancelled);
        QCOMPARE(c->results.size(), std::size_t(5));
        // With two threads it stops early too (the other thread finishes its current point).
        // Only the calling thread reports progress and asks to cancel, so on a loaded machine
        // the second thread can finish the whole grid before the caller has reported five
        // points: then the run is complete, not cancelled. Either outcome must be consistent.
        oc.threads = 2;
        seen = 0;
        const auto c2 = optimize(sampleData(), smaCross(), smaGrid(), costs(), oc, {}, cancel);
        QVERIFY(c2.ok());
        if (c2->cancelled)
            QVERIFY(c2->results.size() < smaGrid().size());
        else
            QCOMPARE(c2->results.size(), smaGrid().size());
    }

    void deflatedSharpeOfTheBestPoint()
    {
        const auto r = optimize(sampleData(), smaCross(), smaGrid(), costs(), OptimizerConfig{});
        QVERIFY(r.ok());
        // The trials' daily Sharpe ratios, their sample variance, and the PSR of the best
        // against the expected maximum of that many unskilled trials.
        double mean = 0;
        for (const GridPointResult &p : r->results)
            mean += p.performance.dailySharpe;
        mean /= double(r->results.size());
        double var = 0;
        for (const GridPointResult &p : r->results)
            var += (p.performance.dailySharpe - mean) * (p.performance.dailySharpe - mean);
        var /= double(r->results.size() - 1);
        const PerformanceStats &b = r->bestPoint()->performance;
        const double sr0 = expectedMaxSharpe(var, int(r->results.size()));
        const double expected = probabilisticSharpe(b.dailySharpe, sr0, b.returns, b.skewness, b.excessKurtosis);
        QVERIFY(r->deflatedSharpe.valid);
        QCOMPARE(r->deflatedSharpe.trials, int(r->results.size()));
        RUTILE_COMPARE_REL(r->deflatedSharpe.expectedMaxSharpe, sr0, 1e-12);
        RUTILE_COMPARE_REL(r->deflatedSharpe.probability, expected, 1e-12);
        QCOMPARE(r->deflatedSharpe.significant, expected >= 0.95);
        // A shard alone does not compute it (its trials are not all the trials).
        OptimizerConfig shard;
        shard.shard = {0, 2};
        QCOMPARE(optimize(sampleData(), smaCross(), smaGrid(), costs(), shard)->deflatedSharpe.trials, 0);
    }

    void shardsMergeIntoTheFullGrid()
    {
        const QJsonObject context{{QStringLiteral("symbol"), QStringLiteral("SYN")}};
        const auto full = optimize(sampleData(), smaCross(), smaGrid(), costs(), OptimizerConfig{});
        QVERIFY(full.ok());
        const QJsonObject fullJson = optimizationJson(*full, smaCross().params, costs(), context);
        std::vector<QJsonObject> parts;
        for (int i : {2, 0, 1}) { // any order
            OptimizerConfig oc;
            oc.shard = {i, 3};
            const auto part = optimize(sampleData(), smaCross(), smaGrid(), costs(), oc);
            QVERIFY(part.ok());
            parts.push_back(optimizationJson(*part, smaCross().params, costs(), context));
        }
        const auto merged = mergeOptimizationJson(parts);
        QVERIFY2(merged.ok(), qPrintable(merged ? QString() : merged.error().message));
        QCOMPARE(merged->value(QStringLiteral("evaluated")), fullJson.value(QStringLiteral("evaluated")));
        QCOMPARE(merged->value(QStringLiteral("results")), fullJson.value(QStringLiteral("results")));
        QCOMPARE(merged->value(QStringLiteral("best")), fullJson.value(QStringLiteral("best")));
        QVERIFY(merged->value(QStringLiteral("complete")).toBool());
        const QJsonObject d = merged->value(QStringLiteral("deflated_sharpe")).toObject();
        RUTILE_COMPARE_REL(d.value(QStringLiteral("probability")).toDouble(), full->deflatedSharpe.probability, 1e-12);
        QCOMPARE(d.value(QStringLiteral("trials")).toInt(), full->deflatedSharpe.trials);

        // A missing shard is reported.
        const auto partial = mergeOptimizationJson({parts[0], parts[1]});
        QVERIFY(partial.ok());
        QVERIFY(!partial->value(QStringLiteral("complete")).toBool());
        QCOMPARE(partial->value(QStringLiteral("missing_shards")).toArray(), QJsonArray{1}); // parts are shards 2, 0, 1
        // Shards of different experiments are refused.
        QJsonObject other = parts[1];
        other.insert(QStringLiteral("config"), configJson(BacktestConfig{}));
        const auto refused = mergeOptimizationJson({parts[0], other});
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("'config'")));
        QVERIFY(!mergeOptimizationJson({QJsonObject{{QStringLiteral("x"), 1}}}).ok());
        // A truncated shard would claim points it does not hold: refused by the merge itself.
        QJsonObject truncated = parts[2];
        QJsonArray results = truncated.value(QStringLiteral("results")).toArray();
        QVERIFY(results.size() >= 2);
        const qsizetype points = results.size();
        results.removeLast();
        truncated.insert(QStringLiteral("results"), results);
        QVERIFY(!checkOptimizationShard(truncated).ok());
        const auto short_ = mergeOptimizationJson({parts[0], parts[1], truncated});
        QVERIFY(!short_.ok());
        QCOMPARE(short_.error().message,
                 QStringLiteral("shard 3: 'results' has %1 points and 0 were skipped, but shard 1/3 covers %2 grid points")
                     .arg(points - 1)
                     .arg(points));
        QVERIFY(checkOptimizationShard(parts[2]).ok());
    }

    void optimizationJsonHasTheContractKeys()
    {
        const auto r = optimize(sampleData(), smaCross(), smaGrid(), costs(), OptimizerConfig{});
        QVERIFY(r.ok());
        const QJsonObject o = optimizationJson(*r, smaCross().params, costs());
        for (const char *key : {"objective", "evaluated", "best", "results"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("objective")).toString(), QStringLiteral("sharpe"));
        const QJsonObject best = o.value(QStringLiteral("best")).toObject();
        QVERIFY(best.value(QStringLiteral("params")).isObject());
        QVERIFY(best.value(QStringLiteral("value")).isDouble());
        const QJsonObject first = o.value(QStringLiteral("results")).toArray().first().toObject();
        for (const char *key : {"params", "value", "trades"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        // Parameters typed by their spec: numbers and a boolean.
        QCOMPARE(first.value(QStringLiteral("params")).toObject().value(QStringLiteral("fast")).toDouble(), 5.0);
        QVERIFY(first.value(QStringLiteral("params")).toObject().value(QStringLiteral("short")).isBool());
    }

    void objectiveSurfaceForTheHeatmap()
    {
        ParameterGrid g = smaGrid();
        g.axes.push_back({QStringLiteral("short"), {0, 1}});
        const auto r = optimize(sampleData(), smaCross(), g, costs(), OptimizerConfig{});
        QVERIFY(r.ok());
        const ObjectiveSurface s = objectiveSurface(*r, 0, 1);
        QCOMPARE(s.nx, std::size_t(4));
        QCOMPARE(s.ny, std::size_t(4));
        QCOMPARE(r->results.size(), std::size_t(32));
        // Each cell: the better of short = 0 and short = 1.
        for (const GridPointResult &p : r->results) {
            const auto c = g.coordinates(p.index);
            QVERIFY(s.values[c[1] * s.nx + c[0]] >= p.value);
        }
        QCOMPARE(objectiveSurface(*r, 0, 0).nx, std::size_t(0));
    }

    void walkForwardWindows_data()
    {
        QTest::addColumn<bool>("anchored");
        QTest::addColumn<std::size_t>("last");
        QTest::addColumn<Folds>("folds");
        using F = Folds;
        // IS 300, OOS 200 over bars [0, last).
        QTest::newRow("rolling") << false << std::size_t(1000)
                                 << F{{0, 300, 300, 500}, {200, 500, 500, 700}, {400, 700, 700, 900}, {600, 900, 900, 1000}};
        QTest::newRow("anchored") << true << std::size_t(1000)
                                  << F{{0, 300, 300, 500}, {0, 500, 500, 700}, {0, 700, 700, 900}, {0, 900, 900, 1000}};
        // A last window of one bar is dropped (two bars are the least a run can have).
        QTest::newRow("short tail") << false << std::size_t(901) << F{{0, 300, 300, 500}, {200, 500, 500, 700}, {400, 700, 700, 900}};
    }

    void walkForwardWindows()
    {
        QFETCH(bool, anchored);
        QFETCH(std::size_t, last);
        QFETCH(Folds, folds);
        WalkForwardConfig c;
        c.inSampleBars = 300;
        c.outOfSampleBars = 200;
        c.anchored = anchored;
        const auto w = backtest::walkForwardWindows(0, last, c);
        QCOMPARE(w.size(), folds.size());
        for (std::size_t k = 0; k < folds.size(); ++k) {
            QCOMPARE(w[k].inSampleFirst, folds[k][0]);
            QCOMPARE(w[k].inSampleLast, folds[k][1]);
            QCOMPARE(w[k].outOfSampleFirst, folds[k][2]);
            QCOMPARE(w[k].outOfSampleLast, folds[k][3]);
        }
    }

    void walkForwardTradesEachWindowWithItsInSampleWinner()
    {
        WalkForwardConfig wf;
        wf.inSampleBars = 500;
        wf.outOfSampleBars = 300;
        OptimizerConfig oc;
        oc.threads = 2;
        std::vector<double> progress;
        TaskControl control;
        control.onProgress = [&](double f) { progress.push_back(f); };
        const auto r = walkForward(sampleData(), smaCross(), smaGrid(), costs(), oc, wf, {}, control);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().message));
        // 2000 bars: OOS windows at 500, 800, 1100, 1400, 1700 (the last one 300 bars).
        QCOMPARE(r->folds.size(), std::size_t(5));
        QCOMPARE(r->equity.size(), std::size_t(1500));
        RUTILE_COMPARE_REL(r->equity.front(), costs().initialCash, 1e-15);
        double equity = costs().initialCash;
        double isCagr = 0;
        std::size_t offset = 0;
        for (const WalkForwardFold &f : r->folds) {
            // The winner is the in-sample optimum…
            RunOptions is;
            is.first = f.inSampleFirst;
            is.last = f.inSampleLast;
            const auto opt = optimize(sampleData(), smaCross(), smaGrid(), costs(), oc, is);
            QVERIFY(opt.ok());
            QCOMPARE(f.params, opt->bestPoint()->params);
            QCOMPARE(f.inSampleValue, opt->bestPoint()->value);
            // … traded out of sample with the equity the previous window ended with.
            BacktestConfig c = costs();
            c.initialCash = equity;
            RunOptions oos;
            oos.first = f.outOfSampleFirst;
            oos.last = f.outOfSampleLast;
            const auto run = runBacktest(sampleData(), smaCross(), f.params, c, oos);
            QVERIFY(run.ok());
            QCOMPARE(f.outOfSample.finalEquity, run->performance.finalEquity);
            QCOMPARE(run->equity.size(), f.outOfSampleLast - f.outOfSampleFirst);
            for (std::size_t i = 0; i < run->equity.size(); ++i)
                QCOMPARE(r->equity[offset + i], run->equity[i]);
            QCOMPARE(r->days[offset], sampleData().days()[f.outOfSampleFirst]);
            offset += run->equity.size();
            equity = run->performance.finalEquity;
            isCagr += f.inSample.cagr;
        }
        QCOMPARE(offset, r->equity.size());
        QCOMPARE(r->performance.finalEquity, equity);
        if (isCagr > 0)
            RUTILE_COMPARE_REL(r->efficiency, r->performance.cagr / (isCagr / double(r->folds.size())), 1e-12);
        // Trade groups stay distinct across folds.
        QVERIFY(r->trades.size() > 1);
        for (std::size_t i = 1; i < r->trades.size(); ++i)
            QVERIFY(r->trades[i].group > r->trades[i - 1].group || r->trades[i].entryBar == r->trades[i - 1].entryBar);
        QCOMPARE(progress.back(), 1.0);
        for (std::size_t i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i] >= progress[i - 1]);
    }

    void walkForwardRejectsBadWindows()
    {
        WalkForwardConfig wf;
        wf.inSampleBars = 1999;
        QCOMPARE(walkForward(sampleData(), smaCross(), smaGrid(), costs(), {}, wf).error().kind, ErrorKind::InvalidInput);
        wf.inSampleBars = 10;
        QCOMPARE(walkForward(sampleData(), smaCross(), smaGrid(), costs(), {}, wf).error().kind, ErrorKind::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestBacktestOptimizer)
#include "tst_backtest_optimizer.moc"
