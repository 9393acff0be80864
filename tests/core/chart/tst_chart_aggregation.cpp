// Per-pixel-column aggregation: the range-extrema pyramid against a naive scan, bucket
// sizes by hand, aggregated bars and M4 lines against naive per-bucket loops.

#include "TestSupport.h"

#include "chart/Aggregation.h"
#include "chart/RangeExtrema.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace rutile;
using namespace rutile::chart;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// A random walk with NaN runs at the start (a warm-up) and, when `holes`, in the middle.
std::vector<double> walk(std::size_t n, std::uint32_t seed, std::size_t warmup, bool holes)
{
    QRandomGenerator rng(seed);
    std::vector<double> v(n);
    double x = 100;
    for (std::size_t i = 0; i < n; ++i) {
        x += rng.generateDouble() - 0.5;
        v[i] = i < warmup ? kNaN : x;
    }
    if (holes && n > 200) {
        for (std::size_t i = n / 2; i < n / 2 + 40; ++i)
            v[i] = kNaN;
    }
    return v;
}

std::pair<double, double> naiveMinMax(const std::vector<double> &v, std::size_t a, std::size_t b)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -lo;
    for (std::size_t i = a; i < std::min(b, v.size()); ++i) {
        if (std::isnan(v[i]))
            continue;
        lo = std::min(lo, v[i]);
        hi = std::max(hi, v[i]);
    }
    if (lo > hi)
        return {kNaN, kNaN};
    return {lo, hi};
}

bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

} // namespace

class TestChartAggregation : public QObject {
    Q_OBJECT

private slots:
    void extremaMatchNaiveScan_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("warmup");
        QTest::addColumn<bool>("holes");
        QTest::newRow("empty") << 0 << 0 << false;
        QTest::newRow("one value") << 1 << 0 << false;
        QTest::newRow("one block") << 16 << 3 << false;
        QTest::newRow("one block and one") << 17 << 0 << false;
        QTest::newRow("two levels exactly") << 256 << 20 << false;
        QTest::newRow("two levels and one") << 257 << 0 << true;
        QTest::newRow("four levels") << 70000 << 33 << true;
        QTest::newRow("all NaN") << 300 << 300 << false;
    }

    void extremaMatchNaiveScan()
    {
        QFETCH(int, size);
        QFETCH(int, warmup);
        QFETCH(bool, holes);
        const auto n = std::size_t(size);
        const std::vector<double> v = walk(n, 11, std::size_t(warmup), holes);
        const RangeExtrema index(v);
        QRandomGenerator rng(5);
        for (int trial = 0; trial < 3000; ++trial) {
            const auto a = std::size_t(rng.bounded(size + 2));
            const auto b = a + std::size_t(rng.bounded(trial % 3 == 0 ? 40 : size + 2));
            const auto [lo, hi] = index.minMax(a, b);
            const auto [elo, ehi] = naiveMinMax(v, a, b);
            QVERIFY2(same(lo, elo) && same(hi, ehi),
                qPrintable(QStringLiteral("[%1, %2): %3..%4, expected %5..%6")
                               .arg(a)
                               .arg(b)
                               .arg(lo)
                               .arg(hi)
                               .arg(elo)
                               .arg(ehi)));
        }
        // The whole series and every single index.
        const auto [lo, hi] = index.minMax(0, n);
        const auto [elo, ehi] = naiveMinMax(v, 0, n);
        QVERIFY(same(lo, elo) && same(hi, ehi));
        for (std::size_t i = 0; i < std::min<std::size_t>(n, 600); ++i)
            QVERIFY(same(index.minMax(i, i + 1).first, v[i]));
    }

    void bucketSizeByHand_data()
    {
        QTest::addColumn<double>("bars");
        QTest::addColumn<double>("columns");
        QTest::addColumn<int>("expected");
        QTest::newRow("fewer bars than columns") << 250.0 << 1500.0 << 1;
        QTest::newRow("as many bars as columns") << 800.0 << 800.0 << 1;
        QTest::newRow("one bar more: 801/800 -> 2") << 801.0 << 800.0 << 2;
        QTest::newRow("1,000,000 over 1,500: 666.7 -> 667") << 1e6 << 1500.0 << 667;
        QTest::newRow("9,300 over 1,200: 7.75 -> 8") << 9300.0 << 1200.0 << 8;
        QTest::newRow("no columns") << 100.0 << 0.0 << 1;
        QTest::newRow("no bars") << 0.0 << 100.0 << 1;
    }

    void bucketSizeByHand()
    {
        QFETCH(double, bars);
        QFETCH(double, columns);
        QFETCH(int, expected);
        QCOMPARE(bucketSize(bars, columns), expected);
    }

    void aggregatedBarsByHand()
    {
        // Bars 0..4: (open, high, low, close, volume).
        const std::vector<double> open {10, 11, 12, 13, 14};
        const std::vector<double> high {12, 15, 13, 14, 16};
        const std::vector<double> low {9, 10, 8, 12, 13};
        const std::vector<double> close {11, 12, 13, 12.5, 15};
        const std::vector<double> volume {100, 200, 300, 400, 500};
        const BarIndex index(open, high, low, close, volume);
        // Buckets of 2 touching bars [1, 5): [0,2), [2,4), [4,5).
        const AggregatedBars a = aggregateBars(index, 1, 5, 2);
        QCOMPARE(a.size(), std::size_t(3));
        QCOMPARE(a.key, (std::vector<double> {0.5, 2.5, 4}));
        QCOMPARE(a.open, (std::vector<double> {10, 12, 14})); // first bar's open
        QCOMPARE(a.high, (std::vector<double> {15, 14, 16})); // max(12,15), max(13,14), 16
        QCOMPARE(a.low, (std::vector<double> {9, 8, 13})); // min(9,10), min(8,12), 13
        QCOMPARE(a.close, (std::vector<double> {12, 12.5, 15})); // last bar's close
        QCOMPARE(a.volume, (std::vector<double> {300, 700, 500})); // 100+200, 300+400, 500
        QCOMPARE(a.meanVolume, (std::vector<double> {150, 350, 500})); // per bar: 300/2, 700/2, 500/1
        // Bucket 1 gives the bars of the range themselves.
        const AggregatedBars raw = aggregateBars(index, 1, 3, 1);
        QCOMPARE(raw.key, (std::vector<double> {1, 2}));
        QCOMPARE(raw.high, (std::vector<double> {15, 13}));
        QCOMPARE(raw.volume, (std::vector<double> {200, 300}));
        QCOMPARE(raw.meanVolume, raw.volume);
        // Empty and out-of-range requests.
        QCOMPARE(aggregateBars(index, 3, 3, 2).size(), std::size_t(0));
        QCOMPARE(aggregateBars(index, 7, 9, 2).size(), std::size_t(0));
        QCOMPARE(index.volumeSum(1, 4), 900.0);
        QCOMPARE(index.priceRange(1, 4), (std::pair<double, double> {8, 15}));
    }

    void aggregatedBarsMatchNaiveBuckets()
    {
        const std::size_t n = 100003;
        QRandomGenerator rng(3);
        std::vector<double> open(n), high(n), low(n), close(n), volume(n);
        double x = 1000;
        for (std::size_t i = 0; i < n; ++i) {
            open[i] = x;
            x *= 1 + (rng.generateDouble() - 0.5) * 0.02;
            close[i] = x;
            high[i] = std::max(open[i], close[i]) * (1 + rng.generateDouble() * 0.01);
            low[i] = std::min(open[i], close[i]) * (1 - rng.generateDouble() * 0.01);
            volume[i] = std::floor(1e6 + rng.generateDouble() * 1e9);
        }
        const BarIndex index(open, high, low, close, volume);
        for (int k : {2, 7, 16, 667}) {
            const std::size_t first = 12345;
            const std::size_t last = 98765;
            const AggregatedBars a = aggregateBars(index, first, last, k);
            const std::size_t kk = std::size_t(k);
            QCOMPARE(a.size(), (last - 1) / kk - first / kk + 1);
            for (std::size_t j = 0; j < a.size(); ++j) {
                const std::size_t start = (first / kk + j) * kk;
                const std::size_t end = std::min(start + kk, n);
                double h = -1, l = 1e300, v = 0;
                for (std::size_t i = start; i < end; ++i) {
                    h = std::max(h, high[i]);
                    l = std::min(l, low[i]);
                    v += volume[i];
                }
                QCOMPARE(a.key[j], (double(start) + double(end - 1)) / 2);
                QCOMPARE(a.open[j], open[start]);
                QCOMPARE(a.close[j], close[end - 1]);
                QCOMPARE(a.high[j], h);
                QCOMPARE(a.low[j], l);
                // Volumes are whole numbers below 2^53 in total: the compensated prefix sums
                // give the exact bucket sum.
                QCOMPARE(a.volume[j], v);
            }
        }
    }

    void m4LinesKeepFirstMinMaxLast()
    {
        const std::vector<double> v = walk(5000, 9, 37, true);
        const RangeExtrema index(v);
        for (int k : {1, 3, 16, 100}) {
            const std::size_t kk = std::size_t(k);
            const AggregatedLine line = aggregateLine(index, 10, 4990, k, 2.0);
            // Keys ascend.
            for (std::size_t p = 1; p < line.size(); ++p)
                QVERIFY2(line.key[p] >= line.key[p - 1], qPrintable(QStringLiteral("k %1 point %2").arg(k).arg(p)));
            // Per bucket: the points hold the first and last finite values, the minimum and
            // the maximum (times the scale), and nothing else.
            std::size_t p = 0;
            for (std::size_t j = 10 / kk; j <= 4989 / kk; ++j) {
                const std::size_t a = j * kk;
                const std::size_t b = std::min(a + kk, v.size());
                const auto [lo, hi] = naiveMinMax(v, a, b);
                if (std::isnan(lo)) {
                    QVERIFY(std::isnan(line.value[p]));
                    ++p;
                    continue;
                }
                if (k == 1) {
                    QCOMPARE(line.key[p], double(a));
                    QCOMPARE(line.value[p], 2 * v[a]);
                    ++p;
                    continue;
                }
                std::size_t f = a;
                while (std::isnan(v[f]))
                    ++f;
                std::size_t l = b - 1;
                while (std::isnan(v[l]))
                    --l;
                QCOMPARE(line.key[p], double(f));
                QCOMPARE(line.value[p], 2 * v[f]);
                const double m1 = line.value[p + 1] / 2;
                const double m2 = line.value[p + 2] / 2;
                QCOMPARE(std::min(m1, m2), lo);
                QCOMPARE(std::max(m1, m2), hi);
                QCOMPARE(line.key[p + 3], double(l));
                QCOMPARE(line.value[p + 3], 2 * v[l]);
                p += 4;
            }
            QCOMPARE(p, line.size());
        }
    }

    void extremesPerBucket()
    {
        // Buckets of 3 over [0, 8): {1, -4, 2}, {3, 0.5, -1}, {NaN, NaN}.
        const std::vector<double> v {1, -4, 2, 3, 0.5, -1, kNaN, kNaN};
        const RangeExtrema index(v);
        const AggregatedLine top = aggregateExtreme(index, 0, 8, 3, Extreme::Max, 10);
        QCOMPARE(top.key, (std::vector<double> {1, 4, 6.5}));
        QCOMPARE(top.value[0], 20.0);
        QCOMPARE(top.value[1], 30.0);
        QVERIFY(std::isnan(top.value[2]));
        const AggregatedLine bottom = aggregateExtreme(index, 3, 6, 3, Extreme::Min);
        QCOMPARE(bottom.key, (std::vector<double> {4}));
        QCOMPARE(bottom.value, (std::vector<double> {-1}));
        const AggregatedLine raw = aggregateExtreme(index, 1, 3, 1, Extreme::Min, 2);
        QCOMPARE(raw.value, (std::vector<double> {-8, 4}));
    }

    void peaksKeepTheLargerMagnitude()
    {
        // Buckets of 3 over [0, 8): {1, -4, 2} -> -4; {3, 0.5, -1} -> 3; {NaN, NaN} -> NaN.
        const std::vector<double> v {1, -4, 2, 3, 0.5, -1, kNaN, kNaN};
        const RangeExtrema index(v);
        const AggregatedLine p = aggregatePeaks(index, 0, 8, 3);
        QCOMPARE(p.size(), std::size_t(3));
        QCOMPARE(p.key, (std::vector<double> {1, 4, 6.5}));
        QCOMPARE(p.value[0], -4.0);
        QCOMPARE(p.value[1], 3.0);
        QVERIFY(std::isnan(p.value[2]));
        const AggregatedLine raw = aggregatePeaks(index, 2, 4, 1);
        QCOMPARE(raw.key, (std::vector<double> {2, 3}));
        QCOMPARE(raw.value, (std::vector<double> {2, 3}));
    }
};

QTEST_GUILESS_MAIN(TestChartAggregation)
#include "tst_chart_aggregation.moc"
