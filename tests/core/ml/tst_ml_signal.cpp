// The walk-forward probability behind the ml_signal strategy (ml/WalkForwardSignal) and the
// strategy itself: the refit schedule and training rows follow the formula of the header, a
// model learns a rule planted in the data, the column never reads a bar after its own, the
// same seed gives the same column on one thread and on two, and the strategy runs in the
// backtester, the optimiser (one column shared by a threshold grid) and walk-forward.

#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "backtest/WalkForward.h"
#include "data/SeededNormals.h"
#include "ml/WalkForwardSignal.h"
#include "strategy/MlSignalStrategy.h"
#include "strategy/StrategyRegistry.h"
#include "trading/MarketData.h"

#include <QTest>

#include <cmath>

using namespace rutile;
using namespace rutile::ml;

namespace {

BarSeries randomWalk(std::size_t n, std::uint64_t seed)
{
    SeededNormals normals(seed);
    BarSeries s;
    s.symbol = QStringLiteral("WALK");
    double c = 100;
    for (std::size_t i = 0; i < n; ++i) {
        c *= std::exp(0.01 * normals.next());
        s.append(Bar{DayNumber(10000 + i), c, c, c, c, c, 1000});
    }
    return s;
}

/// A walk whose next move reverses the last one whenever the last one was larger than 1%
/// (a rule the models can learn from ret:1), otherwise random.
BarSeries plantedReversal(std::size_t n, std::uint64_t seed)
{
    SeededNormals normals(seed);
    BarSeries s;
    s.symbol = QStringLiteral("PLANT");
    double c = 100, last = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double r = 0.01 * normals.next();
        if (std::abs(last) > 0.01)
            r = -std::copysign(0.005 + std::abs(r), last);
        c *= std::exp(r);
        last = r;
        s.append(Bar{DayNumber(10000 + i), c, c, c, c, c, 1000});
    }
    return s;
}

SignalModelSpec spec(QStringList features, ModelKind kind = ModelKind::GradientBoosting)
{
    SignalModelSpec s;
    s.features = std::move(features);
    s.model = kind;
    s.modelParams = {{kind == ModelKind::RandomForest ? QStringLiteral("trees") : QStringLiteral("rounds"), 30}};
    return s;
}

} // namespace

class TestMlSignal : public QObject {
    Q_OBJECT

private slots:
    void refitScheduleFollowsTheFormula()
    {
        // ret:5 is first defined at bar 5, so the rows are bars 5 … n−1. With h = 3 and 100
        // rows before the first model, the 100th row is bar 104, labelled at the close of bar
        // 107 = r₀; then every 50 bars. The model refit at r learns rows 5 … r − 3 (expanding:
        // r − 7 rows) or the last 120 of them (rolling).
        const BarSeries walk = randomWalk(400, 7);
        SignalModelSpec s = spec({QStringLiteral("ret:5")});
        s.horizon = 3;
        s.minTrain = 100;
        s.refitEvery = 50;
        const auto expanding = walkForwardSignal(walk, s);
        QVERIFY2(expanding.ok(), qPrintable(expanding.ok() ? QString() : expanding.error().message));
        QCOMPARE(expanding->refitBars, (std::vector<std::size_t>{107, 157, 207, 257, 307, 357}));
        QCOMPARE(expanding->trainRows, (std::vector<std::size_t>{100, 150, 200, 250, 300, 350}));
        for (std::size_t t = 0; t < walk.size(); ++t) {
            const double p = expanding->probability[t];
            QVERIFY2(t < 107 ? std::isnan(p) : (p >= 0 && p <= 1),
                     qPrintable(QStringLiteral("bar %1: %2").arg(t).arg(p)));
        }
        s.window = 120;
        const auto rolling = walkForwardSignal(walk, s);
        QVERIFY(rolling.ok());
        QCOMPARE(rolling->refitBars, expanding->refitBars);
        QCOMPARE(rolling->trainRows, (std::vector<std::size_t>{100, 120, 120, 120, 120, 120}));
        QVERIFY(rolling->probability.back() != expanding->probability.back());
    }

    void learnsAPlantedRule_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("boosted trees") << int(ModelKind::GradientBoosting);
        QTest::newRow("random forest") << int(ModelKind::RandomForest);
    }

    void learnsAPlantedRule()
    {
        // After a move larger than 1% the next one reverses it: the model must call those
        // bars right (label = the move's opposite) nearly always, and must not on a pure walk.
        QFETCH(int, kind);
        const BarSeries plant = plantedReversal(3000, 11);
        SignalModelSpec s = spec({QStringLiteral("ret:1")}, ModelKind(kind));
        s.minTrain = 500;
        const auto column = walkForwardSignal(plant, s);
        QVERIFY(column.ok());
        std::size_t planted = 0, right = 0;
        for (std::size_t t = 1; t + 1 < plant.size(); ++t) {
            const double last = plant.close[t] / plant.close[t - 1] - 1;
            if (std::isnan(column->probability[t]) || std::abs(last) <= 0.0102)
                continue;
            ++planted;
            right += (column->probability[t] > 0.5) == (plant.close[t + 1] > plant.close[t]);
        }
        QVERIFY2(planted > 500, qPrintable(QString::number(planted)));
        QVERIFY2(double(right) / double(planted) > 0.95, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(planted)));
    }

    void neverReadsALaterBar()
    {
        // The column up to bar t is the same when every bar after t changes.
        const BarSeries walk = randomWalk(900, 3);
        SignalModelSpec s = spec({QStringLiteral("ret:1"), QStringLiteral("ratio:sma:20"), QStringLiteral("rsi:14")});
        s.minTrain = 200;
        s.refitEvery = 60;
        s.horizon = 5;
        const auto base = walkForwardSignal(walk, s);
        QVERIFY(base.ok());
        bool laterChanged = false;
        for (std::size_t t : {250u, 401u, 700u}) {
            BarSeries moved = walk;
            SeededNormals normals(t);
            for (std::size_t i = t + 1; i < moved.size(); ++i)
                for (auto *c : {&moved.open, &moved.high, &moved.low, &moved.close, &moved.adjClose})
                    (*c)[i] *= std::exp(0.05 * normals.next());
            const auto other = walkForwardSignal(moved, s);
            QVERIFY(other.ok());
            for (std::size_t i = 0; i <= t; ++i)
                QVERIFY2(std::isnan(base->probability[i]) ? std::isnan(other->probability[i])
                                                          : other->probability[i] == base->probability[i],
                         qPrintable(QStringLiteral("bar %1 changed when bars after %2 moved").arg(i).arg(t)));
            laterChanged = laterChanged || other->probability.back() != base->probability.back();
        }
        QVERIFY2(laterChanged, "the perturbation must change later predictions, or the test proves nothing");
    }

    void sameSeedSameColumnOnOneAndTwoThreads()
    {
        const BarSeries walk = randomWalk(1200, 5);
        for (ModelKind kind : {ModelKind::GradientBoosting, ModelKind::RandomForest}) {
            SignalModelSpec s = spec(featureSets()[1].features, kind);
            s.minTrain = 400;
            s.refitEvery = 200;
            s.threads = 1;
            const auto one = walkForwardSignal(walk, s);
            s.threads = 2;
            const auto two = walkForwardSignal(walk, s);
            QVERIFY(one.ok() && two.ok());
            QCOMPARE(one->probability.size(), walk.size());
            for (std::size_t t = 0; t < walk.size(); ++t)
                QVERIFY(std::isnan(one->probability[t]) ? std::isnan(two->probability[t])
                                                        : one->probability[t] == two->probability[t]);
        }
    }

    void refusesWhatCannotWork()
    {
        const BarSeries walk = randomWalk(300, 1);
        SignalModelSpec s = spec({QStringLiteral("sma:200")});
        s.minTrain = 150; // 100 rows have sma:200, 99 of them labelled
        const auto few = walkForwardSignal(walk, s);
        QVERIFY(!few.ok());
        QCOMPARE(few.error().message,
                 QStringLiteral("not enough data: 150 labelled rows are needed before the first model, the series has 100"));
        s.minTrain = 50;
        s.window = 20;
        QVERIFY(!walkForwardSignal(walk, s).ok());
        s.window = 0;
        s.features = {QStringLiteral("nosuch:3")};
        QVERIFY(!walkForwardSignal(walk, s).ok());
    }

    void strategyTradesTheColumnFromItsFirstModel()
    {
        // Long while p > 0.55, short while p < 0.45, flat between: every order's decision
        // bar must agree with the column, and nothing is decided before r₀.
        using namespace strategy;
        const StrategyDescriptor *d = StrategyRegistry::builtIn().find(u"ml_signal");
        QVERIFY(d);
        const BarSeries walk = randomWalk(1500, 21);
        const ParamValues p = resolveParams(*d, parseAssignments(d->params, {QStringLiteral("features=returns"),
                                                                              QStringLiteral("trees=30"),
                                                                              QStringLiteral("train_bars=400"),
                                                                              QStringLiteral("refit_every=100"),
                                                                              QStringLiteral("short=true")})
                                                    .value())
                                  .value();
        const auto column = walkForwardSignal(walk, mlSignalModel(p));
        QVERIFY(column.ok());
        // returns: ratio:sma:200 is first defined at bar 199; the 400th row is bar 598; r₀ = 599.
        QCOMPARE(column->refitBars.front(), std::size_t(599));
        trading::MarketData data(walk);
        const auto run = backtest::runBacktest(data, *d, p, backtest::BacktestConfig{});
        QVERIFY(run.ok());
        QVERIFY2(run->orders.size() > 20, "the case must trade");
        for (const trading::OrderRecord &o : run->orders) {
            const double prob = column->probability[std::size_t(o.decisionBar)];
            QVERIFY(o.decisionBar >= 599);
            if (o.intent == trading::OrderIntent::Exit && o.side == trading::Side::Long)
                QVERIFY(prob <= 0.55);
            else if (o.intent == trading::OrderIntent::Exit)
                QVERIFY(prob >= 0.45);
            else if (o.side == trading::Side::Long)
                QVERIFY2(prob > 0.55, qPrintable(QString::number(prob)));
            else
                QVERIFY2(prob < 0.45, qPrintable(QString::number(prob)));
        }
    }

    void optimiserSharesOneColumnAndWalkForwardRuns()
    {
        using namespace backtest;
        const strategy::StrategyDescriptor *d = strategy::StrategyRegistry::builtIn().find(u"ml_signal");
        const BarSeries walk = randomWalk(1500, 22);
        trading::MarketData data(walk);
        ParameterGrid grid;
        grid.base = {{QStringLiteral("trees"), 20}, {QStringLiteral("train_bars"), 300}, {QStringLiteral("refit_every"), 150}};
        grid.axes = {GridAxis::range(*findParam(d->params, u"threshold"), 0.5, 0.6, 0.05).value()};
        const auto opt = optimize(data, *d, grid, BacktestConfig{}, OptimizerConfig{});
        QVERIFY2(opt.ok(), qPrintable(opt.ok() ? QString() : opt.error().message));
        QCOMPARE(opt->results.size(), std::size_t(3));
        QCOMPARE(data.cachedColumns(), std::size_t(1)); // three thresholds, one trained column
        WalkForwardConfig walkConfig;
        walkConfig.inSampleBars = 500;
        walkConfig.outOfSampleBars = 250;
        const auto wf = walkForward(data, *d, grid, BacktestConfig{}, OptimizerConfig{}, walkConfig);
        QVERIFY2(wf.ok(), qPrintable(wf.ok() ? QString() : wf.error().message));
        QVERIFY(wf->folds.size() >= 3);
        QCOMPARE(data.cachedColumns(), std::size_t(1));
    }

    void cancellingTheTrainingStopsTheRunAndKeepsNothing()
    {
        // A run told to stop while ml_signal trains ends with Cancelled; the data's cache keeps no
        // half-made column, so the next run on the same data trains and trades.
        using namespace backtest;
        const strategy::StrategyDescriptor *d = strategy::StrategyRegistry::builtIn().find(u"ml_signal");
        trading::MarketData data(randomWalk(1500, 23));
        const ParamValues p{{QStringLiteral("trees"), 20}, {QStringLiteral("train_bars"), 300}, {QStringLiteral("refit_every"), 100}};
        int polls = 0;
        RunOptions stopping;
        stopping.isCancellationRequested = [&polls] { return ++polls > 2; }; // during the third model
        const auto stopped = runBacktest(data, *d, p, BacktestConfig{}, stopping);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().kind, ErrorKind::Cancelled);
        QCOMPARE(polls, 3);
        const auto again = runBacktest(data, *d, p, BacktestConfig{});
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QVERIFY(!again->trades.empty());
        QCOMPARE(data.cachedColumns(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestMlSignal)
#include "tst_ml_signal.moc"
