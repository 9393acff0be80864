// Rolling statistics: hand-checked values, degenerate windows, agreement with the naive
// two-pass reference on a random walk (across several re-anchoring blocks), errors.

#include "NaiveReference.h"
#include "TestSupport.h"

#include "indicators/RollingStats.h"

#include <QTest>

#include <cmath>

using namespace rutile;
using namespace rutile::indicators;
namespace naive = rutile::test::naive;
using Series = std::vector<double>;

namespace {

Series prices(std::size_t n, std::uint64_t seed = 7)
{
    return naive::randomWalk(n, seed).close;
}

Series returns(const Series &p)
{
    Series r(p.size(), 0.0);
    for (std::size_t i = 1; i < p.size(); ++i)
        r[i] = p[i] / p[i - 1] - 1;
    return r;
}

/// Bit-for-bit equal columns, NaN matching NaN (operator== on vectors says NaN ≠ NaN).
bool identical(const Series &a, const Series &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!(a[i] == b[i] || (std::isnan(a[i]) && std::isnan(b[i]))))
            return false;
    }
    return true;
}

} // namespace

class TestRollingStats : public QObject {
    Q_OBJECT

private slots:
    void handChecked();
    void degenerateWindows();
    void matchesNaiveReference_data();
    void matchesNaiveReference();
    void inPlace();
    void errors();
};

void TestRollingStats::handChecked()
{
    // The textbook set 2,4,4,4,5,5,7,9: mean 5, Σ(x−5)² = 9+1+1+1+0+0+4+16 = 32,
    // population σ = √(32/8) = 2, sample σ = √(32/7).
    const Series x{2, 4, 4, 4, 5, 5, 7, 9};
    Series out(x.size());
    QVERIFY(rollingStdDev(x, 8, Dispersion::Population, out).ok());
    QCOMPARE(out[7], 2.0);
    QVERIFY(std::isnan(out[6]));
    QVERIFY(rollingStdDev(x, 8, Dispersion::Sample, out).ok());
    RUTILE_COMPARE_REL(out[7], std::sqrt(32.0 / 7), 1e-15);
    // z of the newest value 9 against its window: (9 − 5)/2.
    QVERIFY(rollingZScore(x, 8, Dispersion::Population, out).ok());
    QCOMPARE(out[7], 2.0);
    QVERIFY(rollingMean(x, 4, out).ok());
    QCOMPARE(out[3], 3.5);  // (2+4+4+4)/4
    QCOMPARE(out[7], 6.5); // (5+5+7+9)/4
    QVERIFY(rollingHighest(x, 3, out).ok());
    QCOMPARE(Series(out.begin() + 2, out.end()), (Series{4, 4, 5, 5, 7, 9}));
    QVERIFY(rollingLowest(x, 3, out).ok());
    QCOMPARE(Series(out.begin() + 2, out.end()), (Series{2, 4, 4, 4, 5, 5}));

    // y = 2x + 1 over x: correlation 1, beta 2, covariance 2·var(x); y = −x: correlation −1.
    Series y, minusX;
    for (double v : x) {
        y.push_back(2 * v + 1);
        minusX.push_back(-v);
    }
    QVERIFY(rollingCorrelation(x, y, 8, out).ok());
    QCOMPARE(out[7], 1.0);
    QVERIFY(rollingCorrelation(x, minusX, 8, out).ok());
    QCOMPARE(out[7], -1.0);
    QVERIFY(rollingBeta(y, x, 8, out).ok());
    QCOMPARE(out[7], 2.0);
    QVERIFY(rollingCovariance(x, y, 8, Dispersion::Population, out).ok());
    QCOMPARE(out[7], 8.0); // 2·32/8
    QVERIFY(rollingCovariance(x, y, 8, Dispersion::Sample, out).ok());
    RUTILE_COMPARE_REL(out[7], 64.0 / 7, 1e-15);

    // Line through 1, 3, 5 (slope 2, value 1 at the oldest bar), then 5, 4, 9:
    // x̄ = 1, ȳ = 6, Σ(x−1)(y−6) = (−1)(−1) + 0 + (1)(3) = 4, Σ(x−1)² = 2 → slope 2,
    // intercept 6 − 2·1 = 4.
    const Series line{1, 3, 5, 4, 9};
    Series slope(line.size()), intercept(line.size());
    QVERIFY(rollingLinearRegression(line, 3, slope, intercept).ok());
    QCOMPARE(slope[2], 2.0);
    QCOMPARE(intercept[2], 1.0);
    QCOMPARE(slope[4], 2.0);
    QCOMPARE(intercept[4], 4.0);
    // Either output may be omitted.
    QVERIFY(rollingLinearRegression(line, 3, slope, {}).ok());
    QVERIFY(rollingLinearRegression(line, 3, {}, intercept).ok());
    QCOMPARE(rollingLookback(3), 2);
}

void TestRollingStats::degenerateWindows()
{
    // A constant window: σ = 0 exactly, z-score 0, correlation and beta 0 (undefined, TA-Lib's
    // convention), covariance 0, slope 0, intercept the constant.
    Series flat(3000, 42.0);
    const Series moving = prices(3000);
    Series out(flat.size()), slope(flat.size()), intercept(flat.size());
    QVERIFY(rollingStdDev(flat, 20, Dispersion::Sample, out).ok());
    for (std::size_t i = 19; i < out.size(); ++i)
        QCOMPARE(out[i], 0.0);
    QVERIFY(rollingZScore(flat, 20, Dispersion::Population, out).ok());
    for (std::size_t i = 19; i < out.size(); ++i)
        QCOMPARE(out[i], 0.0);
    QVERIFY(rollingCorrelation(flat, moving, 20, out).ok());
    for (std::size_t i = 19; i < out.size(); ++i)
        QCOMPARE(out[i], 0.0);
    QVERIFY(rollingBeta(moving, flat, 20, out).ok());
    for (std::size_t i = 19; i < out.size(); ++i)
        QCOMPARE(out[i], 0.0);
    QVERIFY(rollingLinearRegression(flat, 20, slope, intercept).ok());
    for (std::size_t i = 19; i < out.size(); ++i) {
        QCOMPARE(slope[i], 0.0);
        QCOMPARE(intercept[i], 42.0);
    }
}

void TestRollingStats::matchesNaiveReference_data()
{
    QTest::addColumn<int>("window");
    for (int w : {2, 3, 20, 63, 252, 1500})
        QTest::newRow(qPrintable(QString::number(w))) << w;
}

void TestRollingStats::matchesNaiveReference()
{
    QFETCH(int, window);
    const std::size_t n = 7000; // several re-anchoring blocks
    const Series p = prices(n), q = prices(n, 99);
    const Series rp = returns(p), rq = returns(q);
    Series out(n);

    QVERIFY(rollingMean(p, window, out).ok());
    RUTILE_COMPARE_COLUMN(out, naive::sma(p, window), 1e-12, 0);
    for (bool sample : {false, true}) {
        const Dispersion d = sample ? Dispersion::Sample : Dispersion::Population;
        QVERIFY(rollingStdDev(p, window, d, out).ok());
        RUTILE_COMPARE_COLUMN(out, naive::rollingStd(p, window, sample), 1e-12, 1e-12);
        QVERIFY(rollingStdDev(rp, window, d, out).ok());
        RUTILE_COMPARE_COLUMN(out, naive::rollingStd(rp, window, sample), 1e-12, 1e-15);
        QVERIFY(rollingZScore(p, window, d, out).ok());
        const Series sd = naive::rollingStd(p, window, sample);
        const Series mean = naive::sma(p, window);
        Series z(n, naive::NaN);
        for (std::size_t i = window - 1; i < n; ++i)
            z[i] = sd[i] == 0 ? 0 : (p[i] - mean[i]) / sd[i];
        // z divides by σ: its absolute error scales with |p|·ε/σ.
        RUTILE_COMPARE_COLUMN(out, z, 1e-11, 1e-10);

        QVERIFY(rollingCovariance(rp, rq, window, d, out).ok());
        Series cov(n, naive::NaN);
        for (std::size_t i = window - 1; i < n; ++i)
            cov[i] = naive::windowCovariance(rp, rq, i, window) / (sample ? window - 1 : window);
        RUTILE_COMPARE_COLUMN(out, cov, 1e-12, 1e-17);
    }
    Series corr(n, naive::NaN), beta(n, naive::NaN);
    for (std::size_t i = window - 1; i < n; ++i) {
        const double cxy = naive::windowCovariance(rp, rq, i, window);
        const double cxx = naive::windowCovariance(rq, rq, i, window);
        const double cyy = naive::windowCovariance(rp, rp, i, window);
        corr[i] = cxx == 0 || cyy == 0 ? 0 : cxy / std::sqrt(cxx * cyy);
        beta[i] = cxx == 0 ? 0 : cxy / cxx;
    }
    QVERIFY(rollingCorrelation(rp, rq, window, out).ok());
    RUTILE_COMPARE_COLUMN(out, corr, 1e-11, 1e-12);
    QVERIFY(rollingBeta(rp, rq, window, out).ok());
    RUTILE_COMPARE_COLUMN(out, beta, 1e-11, 1e-12);

    Series slope(n), intercept(n);
    QVERIFY(rollingLinearRegression(p, window, slope, intercept).ok());
    const naive::Line line = naive::linreg(p, window);
    // The slope is a difference quotient of prices near 1000: absolute floor ~1000·ε·window.
    RUTILE_COMPARE_COLUMN(slope, line.slope, 1e-11, 1e-12 * 1000 / window);
    RUTILE_COMPARE_COLUMN(intercept, line.intercept, 1e-12, 1e-9);

    QVERIFY(rollingHighest(p, window, out).ok());
    Series hh(n, naive::NaN), ll(n, naive::NaN);
    for (std::size_t i = window - 1; i < n; ++i) {
        hh[i] = naive::highest(p, i, window);
        ll[i] = naive::lowest(p, i, window);
    }
    for (std::size_t i = window - 1; i < n; ++i)
        QCOMPARE(out[i], hh[i]);
    QVERIFY(rollingLowest(p, window, out).ok());
    for (std::size_t i = window - 1; i < n; ++i)
        QCOMPARE(out[i], ll[i]);
}

void TestRollingStats::inPlace()
{
    const Series p = prices(5000);
    Series expected(p.size());
    QVERIFY(rollingStdDev(p, 30, Dispersion::Sample, expected).ok());
    Series buffer = p;
    QVERIFY(rollingStdDev(buffer, 30, Dispersion::Sample, buffer).ok());
    QVERIFY(identical(buffer, expected));
    Series x = p, y = returns(p);
    QVERIFY(rollingCorrelation(p, y, 30, expected).ok());
    QVERIFY(rollingCorrelation(x, y, 30, x).ok());
    QVERIFY(identical(x, expected));
}

void TestRollingStats::errors()
{
    Series x(10, 1.0), out(10);
    Status s = rollingMean(x, 0, out);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().message, QStringLiteral("window (0) out of range [1, 100000]"));
    s = rollingStdDev(x, 1, Dispersion::Sample, out);
    QCOMPARE(s.error().message, QStringLiteral("window (1) out of range [2, 100000]"));
    s = rollingCorrelation(x, x, 11, out);
    QCOMPARE(s.error().message, QStringLiteral("window (11) is longer than the series (10 bars)"));
    QVERIFY(!rollingBeta(x, Series(9, 1.0), 3, out).ok());
    QVERIFY(!rollingLinearRegression(x, 1, out, {}).ok());
}

QTEST_GUILESS_MAIN(TestRollingStats)
#include "tst_indicators_rollingstats.moc"
