// Heikin-Ashi candles by hand, compare-mode alignment, rebasing, ratio and the rolling
// correlation of returns against a naive two-pass Pearson correlation.

#include "TestSupport.h"

#include "chart/CompareSeries.h"
#include "chart/HeikinAshi.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace rutile;
using namespace rutile::chart;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

BarSeries bars(QDate first, std::initializer_list<std::array<double, 4>> ohlc)
{
    BarSeries s;
    QDate d = first;
    for (const auto &b : ohlc) {
        s.append({toDayNumber(d), b[0], b[1], b[2], b[3], b[3], 1000});
        d = d.addDays(1);
    }
    return s;
}

/// Pearson correlation of x[a..b] and y[a..b] (inclusive), two passes.
double pearson(const std::vector<double> &x, const std::vector<double> &y, std::size_t a, std::size_t b)
{
    double mx = 0, my = 0;
    const double n = double(b - a + 1);
    for (std::size_t i = a; i <= b; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0, syy = 0, sxy = 0;
    for (std::size_t i = a; i <= b; ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

class TestChartSeries : public QObject {
    Q_OBJECT

private slots:
    void heikinAshiByHand()
    {
        const BarSeries s = bars(QDate(2024, 1, 1), {{10, 12, 9, 11}, {11, 13, 10, 12.5}, {12.5, 12.6, 11, 11.2}});
        const BarSeries ha = heikinAshi(s);
        QCOMPARE(ha.size(), std::size_t(3));
        QCOMPARE(ha.day, s.day);
        QCOMPARE(ha.volume, s.volume);
        // Bar 0: close' = (10+12+9+11)/4 = 10.5; open' = (10+11)/2 = 10.5; high' = 12; low' = 9.
        RUTILE_COMPARE_REL(ha.close[0], 10.5, 1e-15);
        RUTILE_COMPARE_REL(ha.open[0], 10.5, 1e-15);
        QCOMPARE(ha.high[0], 12.0);
        QCOMPARE(ha.low[0], 9.0);
        // Bar 1: close' = (11+13+10+12.5)/4 = 11.625; open' = (10.5+10.5)/2 = 10.5;
        // high' = max(13, 10.5, 11.625) = 13; low' = min(10, 10.5, 11.625) = 10.
        RUTILE_COMPARE_REL(ha.close[1], 11.625, 1e-15);
        RUTILE_COMPARE_REL(ha.open[1], 10.5, 1e-15);
        QCOMPARE(ha.high[1], 13.0);
        QCOMPARE(ha.low[1], 10.0);
        // Bar 2: close' = (12.5+12.6+11+11.2)/4 = 11.825; open' = (10.5+11.625)/2 = 11.0625;
        // high' = max(12.6, 11.0625, 11.825) = 12.6; low' = min(11, 11.0625, 11.825) = 11.
        RUTILE_COMPARE_REL(ha.close[2], 11.825, 1e-15);
        RUTILE_COMPARE_REL(ha.open[2], 11.0625, 1e-15);
        QCOMPARE(ha.high[2], 12.6);
        QCOMPARE(ha.low[2], 11.0);
        QVERIFY(heikinAshi(BarSeries()).empty());
    }

    void alignmentFillsHolidaysButNotMissingHistory()
    {
        // Primary: Mon 2024-03-04 .. Fri 03-08. Other: Tue, Thu (Wednesday was a holiday
        // there), nothing before Tuesday or after Thursday.
        std::vector<DayNumber> days;
        for (int d = 4; d <= 8; ++d)
            days.push_back(toDayNumber(QDate(2024, 3, d)));
        BarSeries other;
        other.append({toDayNumber(QDate(2024, 3, 5)), 1, 1, 1, 50, 50, 0});
        other.append({toDayNumber(QDate(2024, 3, 7)), 1, 1, 1, 55, 55, 0});
        const std::vector<double> a = alignCloses(days, other);
        QCOMPARE(a.size(), std::size_t(5));
        QVERIFY(std::isnan(a[0])); // before its history
        QCOMPARE(a[1], 50.0);
        QCOMPARE(a[2], 50.0); // holiday: last close
        QCOMPARE(a[3], 55.0);
        QVERIFY(std::isnan(a[4])); // after its history
        const std::vector<double> none = alignCloses(days, BarSeries());
        QCOMPARE(none.size(), days.size());
        for (double v : none)
            QVERIFY(std::isnan(v));
    }

    void rebasingAndRatio()
    {
        const std::vector<double> v {kNaN, 0, 50, 55, 60};
        QCOMPARE(rebaseIndex(v, 0), std::size_t(2)); // NaN and 0 cannot be a base
        RUTILE_COMPARE_REL(rebaseFactor(v, 0), 2.0, 1e-15); // 100/50
        RUTILE_COMPARE_REL(rebaseFactor(v, 3), 100.0 / 55.0, 1e-15); // at bar 3 itself
        QVERIFY(std::isnan(rebaseFactor(v, 5)));
        QCOMPARE(rebaseIndex(v, 5), v.size());

        const std::vector<double> a {10, 20, kNaN, 30, 40};
        const std::vector<double> b {5, 0, 4, 6, kNaN};
        const std::vector<double> r = ratio(a, b);
        QCOMPARE(r[0], 2.0);
        QVERIFY(std::isnan(r[1])); // division by 0
        QVERIFY(std::isnan(r[2]));
        QCOMPARE(r[3], 5.0);
        QVERIFY(std::isnan(r[4]));
    }

    void correlationMatchesNaivePearsonOfReturns_data()
    {
        QTest::addColumn<int>("window");
        QTest::newRow("window 2") << 2;
        QTest::newRow("window 20") << 20;
        QTest::newRow("window 60") << 60;
    }

    void correlationMatchesNaivePearsonOfReturns()
    {
        QFETCH(int, window);
        const std::size_t n = 400;
        QRandomGenerator rng(17);
        std::vector<double> a(n), b(n);
        double x = 100, y = 50;
        for (std::size_t i = 0; i < n; ++i) {
            const double common = rng.generateDouble() - 0.5;
            x *= 1 + 0.01 * common + 0.005 * (rng.generateDouble() - 0.5);
            y *= 1 + 0.008 * common + 0.01 * (rng.generateDouble() - 0.5);
            a[i] = x;
            b[i] = y;
        }
        // b has no history before bar 30 and a gap at bars 200..204.
        for (std::size_t i = 0; i < 30; ++i)
            b[i] = kNaN;
        for (std::size_t i = 200; i < 205; ++i)
            b[i] = kNaN;
        const auto result = rollingReturnCorrelation(a, b, window);
        QVERIFY(result.ok());
        const std::vector<double> &c = *result;
        QCOMPARE(c.size(), n);
        std::vector<double> ra(n, kNaN), rb(n, kNaN);
        for (std::size_t i = 1; i < n; ++i) {
            ra[i] = a[i] / a[i - 1] - 1;
            rb[i] = b[i] / b[i - 1] - 1;
        }
        const auto w = std::size_t(window);
        for (std::size_t i = 0; i < n; ++i) {
            // A window of returns [i − w + 1, i] is usable when all of them are finite.
            bool finite = i + 1 >= w;
            for (std::size_t j = i + 1 - std::min(i + 1, w); finite && j <= i; ++j)
                finite = !std::isnan(ra[j]) && !std::isnan(rb[j]);
            if (!finite) {
                QVERIFY2(std::isnan(c[i]), qPrintable(QStringLiteral("bar %1: %2").arg(i).arg(c[i])));
                continue;
            }
            RUTILE_COMPARE_TOL(c[i], pearson(ra, rb, i + 1 - w, i), 1e-9, 1e-12);
        }
        // First values: b starts at bar 30, so its first return is at 31 and the first
        // correlation at 30 + window; after the gap (bars 200..204) the stretch starts at 205
        // and its first correlation is at 205 + window.
        QVERIFY(std::isnan(c[30 + w - 1]));
        QVERIFY(!std::isnan(c[30 + w]));
        QVERIFY(std::isnan(c[205 + w - 1]));
        QVERIFY(!std::isnan(c[205 + w]));
    }

    void correlationRejectsBadWindows()
    {
        const std::vector<double> a(10, 1.0);
        const auto r = rollingReturnCorrelation(a, a, 1);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
        QVERIFY2(r.error().message.contains(QStringLiteral("(1)")), qPrintable(r.error().message));
        QVERIFY(!rollingReturnCorrelation(a, std::vector<double>(9, 1.0), 5).ok());
        // A window longer than the data: all NaN, not an error.
        const auto longWindow = rollingReturnCorrelation(a, a, 50);
        QVERIFY(longWindow.ok());
        QCOMPARE(longWindow->size(), a.size());
        for (double v : *longWindow)
            QVERIFY(std::isnan(v));
    }
};

QTEST_GUILESS_MAIN(TestChartSeries)
#include "tst_chart_series.moc"
