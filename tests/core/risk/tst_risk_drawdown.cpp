// Drawdowns on constructed series: underwater curve, worst and longest episodes, dates,
// equal highs, unrecovered ends.

#include "TestSupport.h"

#include "risk/Drawdown.h"

#include <QTest>

#include <vector>

using namespace rutile;
using namespace rutile::risk;
using Series = std::vector<double>;

class TestRiskDrawdown : public QObject {
    Q_OBJECT

private slots:
    void constructedSeries()
    {
        //            0    1    2   3   4    5    6    7
        const Series v {100, 110, 99, 88, 121, 110, 132, 120};
        const DrawdownReport d = drawdowns(v);
        // underwater = v / running max − 1:
        //   0, 0, 99/110−1 = −0.1, 88/110−1 = −0.2, 0, 110/121−1 = −1/11, 0, 120/132−1 = −1/11
        const Series expected {0, 0, -0.1, -0.2, 0, 110.0 / 121.0 - 1, 0, 120.0 / 132.0 - 1};
        QCOMPARE(d.underwater.size(), v.size());
        for (std::size_t i = 0; i < v.size(); ++i)
            RUTILE_COMPARE_TOL(d.underwater[i], expected[i], 1e-15, 1e-15);
        QCOMPARE(d.episodes.size(), std::size_t(3));
        RUTILE_COMPARE_REL(d.maxDrawdown, -0.2, 1e-15);
        QVERIFY(d.worst);
        QCOMPARE(d.worst->peak, std::size_t(1));
        QCOMPARE(d.worst->trough, std::size_t(3));
        QCOMPARE(d.worst->recovery, std::optional<std::size_t>(4));
        QCOMPARE(d.worst->lengthBars, std::size_t(3)); // 1 → 4
        // Longest: 1→4 (3 bars) beats 4→6 (2) and 6→end (1).
        QVERIFY(d.longest);
        QCOMPARE(d.longest->peak, std::size_t(1));
        const DrawdownEpisode &last = d.episodes.back();
        QCOMPARE(last.peak, std::size_t(6));
        QCOMPARE(last.trough, std::size_t(7));
        QVERIFY(!last.recovery.has_value());
        QCOMPARE(last.lengthBars, std::size_t(1)); // to the last index
    }

    void longestUnrecoveredAtTheEnd()
    {
        //             0    1    2   3   4    5    6    7    8    9   10
        const Series v {100, 110, 99, 88, 121, 110, 132, 120, 125, 126, 127};
        const DrawdownReport d = drawdowns(v);
        // The open episode from the peak at 6 lasts 10 − 6 = 4 bars > 3.
        QVERIFY(d.longest);
        QCOMPARE(d.longest->peak, std::size_t(6));
        QCOMPARE(d.longest->trough, std::size_t(7));
        QVERIFY(!d.longest->recovery);
        QCOMPARE(d.longest->lengthBars, std::size_t(4));
        QCOMPARE(d.worst->peak, std::size_t(1)); // still the −20% one
    }

    void equalHighRecovers()
    {
        const Series v {100, 90, 100, 95, 94};
        const DrawdownReport d = drawdowns(v);
        QCOMPARE(d.episodes.size(), std::size_t(2));
        QCOMPARE(d.episodes[0].recovery, std::optional<std::size_t>(2));
        QCOMPARE(d.episodes[1].peak, std::size_t(2)); // the equal high is the new peak
        QCOMPARE(d.episodes[1].trough, std::size_t(4));
        RUTILE_COMPARE_REL(d.maxDrawdown, -0.1, 1e-15);
        // Ties in depth: the first trough is kept.
        const DrawdownReport tie = drawdowns(Series {10, 8, 9, 8, 11});
        QCOMPARE(tie.worst->trough, std::size_t(1));
    }

    void neverFalls()
    {
        const DrawdownReport d = drawdowns(Series {1, 2, 2, 3});
        QCOMPARE(d.maxDrawdown, 0.0);
        QVERIFY(!d.worst);
        QVERIFY(!d.longest);
        QVERIFY(d.episodes.empty());
        QVERIFY(drawdowns(Series {}).underwater.empty());
    }
};

QTEST_GUILESS_MAIN(TestRiskDrawdown)
#include "tst_risk_drawdown.moc"
