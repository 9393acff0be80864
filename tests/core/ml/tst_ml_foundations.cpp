// The ML lab's foundations (core/ml), each worked by hand: the dataset's rows, labels and
// features (returns, ratios, lags, indicator outputs); the splits — chronological and shuffled
// sizes, a seed giving one permutation, and the invariants of purged k-fold with an embargo and
// of walk-forward (no training label interval reaches into the test rows); the classifier
// metrics against a small example and exact binomial arithmetic.

#include "ml/ClassifierMetrics.h"
#include "ml/Dataset.h"
#include "ml/Splits.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace rutile;
using namespace rutile::ml;

namespace {

BarSeries fromCloses(const std::vector<double> &closes)
{
    BarSeries s;
    s.symbol = QStringLiteral("T");
    for (std::size_t i = 0; i < closes.size(); ++i)
        s.append(Bar{DayNumber(19000 + i), closes[i], closes[i], closes[i], closes[i], closes[i], 1000});
    return s;
}

// A seeded walk of `n` closes.
BarSeries walk(std::size_t n)
{
    std::vector<double> c{100};
    std::uint64_t state = 7;
    for (std::size_t i = 1; i < n; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        c.push_back(c.back() * (1 + (double(state >> 11) / 9007199254740992.0 - 0.5) * 0.02));
    }
    return fromCloses(c);
}

bool near(double a, double b, double tolerance = 1e-12)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestMlFoundations : public QObject {
    Q_OBJECT

private slots:
    // Closes 10, 11, 10.5, 10, 12, 9 with ret:1 and h = 2: rows t = 1, 2, 3 (ret undefined at 0,
    // t + 2 past the end after 3); labels close[t+2] > close[t]: 10 > 11 no, 12 > 10.5 yes, 9 > 10 no.
    void datasetByHand()
    {
        const BarSeries bars = fromCloses({10, 11, 10.5, 10, 12, 9});
        const auto d = buildDataset(bars, {QStringLiteral("ret:1"), QStringLiteral("lag:1:ret:1"), QStringLiteral("ratio:sma:2")}, 2);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        // lag:1:ret:1 is undefined at t = 1 (ret:1 at t = 0 is): rows t = 2, 3.
        QCOMPARE(d->rows(), std::size_t(2));
        QCOMPARE(d->bar, (std::vector<std::size_t>{2, 3}));
        QCOMPARE(d->y, (std::vector<int>{1, 0}));
        QVERIFY(near(d->x[0], 10.5 / 11 - 1));
        QVERIFY(near(d->x[1], 11.0 / 10 - 1));
        QVERIFY(near(d->x[2], 10.5 / ((11 + 10.5) / 2)));
        QVERIFY(near(d->x[3], 10.0 / 10.5 - 1));
        QCOMPARE(d->day.front(), DayNumber(19002));

        const auto one = buildDataset(bars, {QStringLiteral("ret:1")}, 2);
        QCOMPARE(one->y, (std::vector<int>{0, 1, 0}));

        // The seed's four on a longer walk: the MACD line, the first output.
        const BarSeries long_ = walk(400);
        const auto seed = buildDataset(long_, defaultFeatures(), 1);
        QVERIFY(seed);
        QCOMPARE(seed->columns(), std::size_t(4));
        QCOMPARE(seed->bar.front(), std::size_t(199)); // sma:200's first value
        const auto signal = buildDataset(long_, {QStringLiteral("macd:12,26,9.signal")}, 1);
        QVERIFY(signal);
        QCOMPARE(signal->bar.front(), std::size_t(33)); // (26 − 1) + (9 − 1), TA-Lib's lookback of the signal line

        for (const char *bad : {"smaa:5", "ret:0", "macd:12,26,9.nope", "lag:x:rsi:14", "lag:2"}) {
            const auto refused = buildDataset(long_, {QString::fromLatin1(bad)}, 1);
            QVERIFY2(!refused, bad);
            QVERIFY2(refused.error().message.contains(QString::fromLatin1(bad).section(QLatin1Char('.'), 0, 0)), qPrintable(refused.error().message));
        }
        QVERIFY(!buildDataset(long_, {}, 1));
        QVERIFY(!buildDataset(long_, {QStringLiteral("ret:1")}, 0));
        QVERIFY(!buildDataset(fromCloses({1, 2}), {QStringLiteral("ret:5")}, 1)); // no row left
    }

    void chronologicalAndShuffledSplits()
    {
        const Split c = chronologicalSplit(10, 0.25); // ⌊0.75 · 10⌋ = 7 train rows
        QCOMPARE(c.train, (std::vector<std::size_t>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(c.test, (std::vector<std::size_t>{7, 8, 9}));
        const Split s = shuffledSplit(10, 0.25, 42);
        QCOMPARE(s.train.size(), std::size_t(7));
        QCOMPARE(s.test.size(), std::size_t(3));
        QCOMPARE(shuffledSplit(10, 0.25, 42).test, s.test); // the seed fixes it
        QVERIFY(shuffledSplit(1000, 0.25, 42).test != shuffledSplit(1000, 0.25, 43).test);
        std::vector<std::size_t> p = seededPermutation(1000, 5);
        std::sort(p.begin(), p.end());
        for (std::size_t i = 0; i < p.size(); ++i)
            QCOMPARE(p[i], i);
    }

    // Purged k-fold with h = 5 and an embargo of 3 bars: every training row's label interval
    // [t, t+5] misses every test row's, and none starts within 3 bars after the fold's span.
    void purgedKFoldKeepsLabelsApart()
    {
        const auto d = buildDataset(walk(300), {QStringLiteral("ret:2")}, 5);
        QVERIFY(d);
        const auto folds = purgedKFold(*d, 5, 3);
        QCOMPARE(folds.size(), std::size_t(5));
        std::set<std::size_t> tested;
        std::size_t pairs = 0;
        for (const Split &f : folds) {
            QVERIFY(!f.train.empty() && !f.test.empty());
            const std::size_t spanLast = d->bar[f.test.back()] + 5;
            for (std::size_t i : f.train) {
                const std::size_t ti = d->bar[i];
                QVERIFY(!(ti > spanLast && ti <= spanLast + 3)); // the embargo
                for (std::size_t j : f.test) {
                    const std::size_t tj = d->bar[j];
                    QVERIFY2(ti + 5 < tj || tj + 5 < ti, "a training label overlaps a test label");
                    ++pairs;
                }
            }
            tested.insert(f.test.begin(), f.test.end());
            // Purging removed rows on both sides of a middle fold: 5 before, 5 + 3 after.
            const std::size_t expected = d->rows() - f.test.size();
            QVERIFY(f.train.size() < expected);
        }
        QCOMPARE(tested.size(), d->rows()); // the folds cover every row once
        QVERIFY(pairs > 10000);
        QVERIFY(purgedKFold(*d, 1, 0).empty());
    }

    // Walk-forward: each model trains only on rows whose label was known when its test block
    // began; expanding training grows, rolling keeps the window.
    void walkForwardTrainsOnThePast()
    {
        const auto d = buildDataset(walk(600), {QStringLiteral("ret:1")}, 3);
        QVERIFY(d);
        WalkForwardPlan plan;
        plan.initialTrain = 200;
        plan.refitEvery = 100;
        const auto expanding = walkForwardSplits(*d, plan);
        plan.expanding = false;
        const auto rolling = walkForwardSplits(*d, plan);
        QCOMPARE(expanding.size(), std::size_t(4)); // test rows 200…596 in blocks of 100
        QCOMPARE(rolling.size(), expanding.size());
        std::size_t checked = 0;
        for (std::size_t k = 0; k < expanding.size(); ++k) {
            const std::size_t firstTest = d->bar[expanding[k].test.front()];
            for (std::size_t i : expanding[k].train) {
                QVERIFY(d->bar[i] + 3 < firstTest);
                ++checked;
            }
            QCOMPARE(expanding[k].train.size(), 200 + 100 * k - 3);
            QCOMPARE(rolling[k].train.size(), std::size_t(200 - 3));
        }
        QVERIFY(checked > 1000);
    }

    // Labels 0 0 1 1 with p = 0.1 0.4 0.35 0.8 (the classic ROC example): AUC 0.75; at 0.5 the
    // predictions 0 0 0 1 are right 3 times in 4 (TN 2, FN 1, TP 1); balanced accuracy (1/2 +
    // 1)/2; log loss −(ln 0.9 + ln 0.6 + ln 0.35 + ln 0.8)/4; base rate 1/2, so the p-value of
    // 3 of 4 is P(X ≥ 3 | Bin(4, 1/2)) = 5/16.
    void metricsByHand()
    {
        const ClassifierMetrics m = classifierMetrics(std::vector<int>{0, 0, 1, 1}, std::vector<double>{0.1, 0.4, 0.35, 0.8});
        QVERIFY(near(m.auc, 0.75));
        QVERIFY(near(m.accuracy, 0.75));
        QCOMPARE(m.trueNegatives, std::size_t(2));
        QCOMPARE(m.falseNegatives, std::size_t(1));
        QCOMPARE(m.truePositives, std::size_t(1));
        QCOMPARE(m.falsePositives, std::size_t(0));
        QVERIFY(near(m.balancedAccuracy, 0.75));
        QVERIFY(near(m.logLoss, -(std::log(0.9) + std::log(0.6) + std::log(0.35) + std::log(0.8)) / 4));
        QVERIFY(near(m.baseRate, 0.5));
        QVERIFY(near(m.baselineAccuracy, 0.5));
        QVERIFY(near(m.edge, 0.25));
        QVERIFY(near(m.pValue, 5.0 / 16, 1e-12));
        QCOMPARE(m.calibration.size(), std::size_t(10));
        QCOMPARE(m.calibration[3].rows, std::size_t(1)); // 0.35
        QVERIFY(near(m.calibration[8].observedRate, 1));  // 0.8 was an up-row
        QVERIFY(std::isnan(m.calibration[5].meanPredicted));

        // Ties count one half; one class only has no AUC.
        QVERIFY(near(classifierMetrics(std::vector<int>{0, 1}, std::vector<double>{0.5, 0.5}).auc, 0.5));
        QVERIFY(std::isnan(classifierMetrics(std::vector<int>{1, 1}, std::vector<double>{0.2, 0.9}).auc));

        // 8 right of 10 against a 50 % baseline: P(X ≥ 8) = (45 + 10 + 1)/1024. A 70 % up-rate
        // makes the baseline always-up (0.7), and 8 of 10 then is P(X ≥ 8 | Bin(10, 0.7)).
        const std::vector<int> y{1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
        const std::vector<double> p{0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.9};
        QVERIFY(near(classifierMetrics(y, p).pValue, 56.0 / 1024, 1e-12));
        const std::vector<int> up{1, 1, 1, 1, 1, 1, 1, 0, 0, 0};
        const std::vector<double> q{0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.1, 0.1, 0.1, 0.9};
        const ClassifierMetrics skewed = classifierMetrics(up, q);
        QVERIFY(near(skewed.baselineAccuracy, 0.7));
        const double exact = 45 * std::pow(0.7, 8) * std::pow(0.3, 2) + 10 * std::pow(0.7, 9) * 0.3 + std::pow(0.7, 10);
        QVERIFY(near(skewed.pValue, exact, 1e-12));
        QVERIFY(std::isnan(classifierMetrics({}, {}).accuracy));
    }
};

QTEST_GUILESS_MAIN(TestMlFoundations)
#include "tst_ml_foundations.moc"
