// Benchmark analytics on a constructed pair a = α + β·b + e with e orthogonal to 1 and b, so
// that OLS must return exactly β = 1.5 and α = 0.0005; rolling statistics against a naive
// two-pass computation.

#include "TestSupport.h"

#include "risk/BenchmarkStats.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace rutile;
using namespace rutile::risk;
using Series = std::vector<double>;

namespace {

// b sums to 0; e = 0.002·(1,1,1,1,−1,−1,−1,−1) sums to 0 and Σ e·b = 0.01 − 0.02 + 0.015
// − 0.005 − 0 − 0.02 + 0.01 + 0.01 = 0, so e is orthogonal to both regressors.
const Series kBench {0.01, -0.02, 0.015, -0.005, 0.0, 0.02, -0.01, -0.01};
const Series kNoise {0.002, 0.002, 0.002, 0.002, -0.002, -0.002, -0.002, -0.002};

Series asset()
{
    Series a(kBench.size());
    for (std::size_t i = 0; i < a.size(); ++i)
        a[i] = 0.0005 + 1.5 * kBench[i] + kNoise[i];
    return a;
}

std::vector<DayNumber> days(std::size_t n)
{
    std::vector<DayNumber> d(n);
    for (std::size_t i = 0; i < n; ++i)
        d[i] = DayNumber(19000 + i);
    return d;
}

double naiveBeta(const Series &a, const Series &b, std::size_t from, std::size_t to)
{
    double ma = 0;
    double mb = 0;
    for (std::size_t i = from; i < to; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= double(to - from);
    mb /= double(to - from);
    double sab = 0;
    double sbb = 0;
    for (std::size_t i = from; i < to; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / sbb;
}

} // namespace

class TestRiskBenchmark : public QObject {
    Q_OBJECT

private slots:
    void constructedPair()
    {
        const Series a = asset();
        const BenchmarkStats s = benchmarkStatistics(days(8), a, kBench, 8, 252, 0.0);
        QCOMPARE(s.count, std::size_t(8));
        RUTILE_COMPARE_REL(s.beta, 1.5, 1e-13);
        RUTILE_COMPARE_REL(s.alpha, 0.0005, 1e-11);
        RUTILE_COMPARE_REL(s.annualAlpha, 0.0005 * 252, 1e-11);
        // Σb² = 1e-4 + 4e-4 + 2.25e-4 + 0.25e-4 + 0 + 4e-4 + 1e-4 + 1e-4 = 1.35e-3; Σe² = 3.2e-5.
        // ρ = 1.5·Σb² / √(Σb²·(2.25·Σb² + Σe²))
        const double sbb = 1.35e-3;
        const double see = 3.2e-5;
        const double rho = 1.5 * sbb / std::sqrt(sbb * (2.25 * sbb + see));
        RUTILE_COMPARE_REL(s.correlation, rho, 1e-12);
        RUTILE_COMPARE_REL(s.rSquared, rho * rho, 1e-12);
        // Active return a − b = 0.0005 + 0.5b + e: mean 0.0005, Σ(dev²) = 0.25·Σb² + Σe²
        // (the cross term Σbe is 0), sample variance over 7.
        const double te = std::sqrt((0.25 * sbb + see) / 7);
        RUTILE_COMPARE_REL(s.trackingError, te, 1e-12);
        RUTILE_COMPARE_REL(s.annualTrackingError, te * std::sqrt(252.0), 1e-12);
        RUTILE_COMPARE_REL(s.informationRatio, 0.0005 / te * std::sqrt(252.0), 1e-10);
        // The full window reproduces the whole-sample beta at its one valid point.
        for (std::size_t i = 0; i < 7; ++i)
            QVERIFY(std::isnan(s.rollingBeta[i]));
        RUTILE_COMPARE_REL(s.rollingBeta[7], 1.5, 1e-12);
        RUTILE_COMPARE_REL(s.rollingCorrelation[7], rho, 1e-12);
    }

    void riskFreeRateGivesJensensAlpha()
    {
        // rf = 2.52% a year = 1e-4 a day: alpha = mean(a − rf) − β·mean(b − rf)
        //   = 0.0005 − 1e-4 − 1.5·(0 − 1e-4) = 0.00055; beta unchanged.
        const BenchmarkStats s = benchmarkStatistics(days(8), asset(), kBench, 8, 252, 0.0252);
        RUTILE_COMPARE_REL(s.beta, 1.5, 1e-13);
        RUTILE_COMPARE_REL(s.alpha, 0.00055, 1e-10);
    }

    void rollingAgainstNaive()
    {
        const Series a = asset();
        const BenchmarkStats s = benchmarkStatistics(days(8), a, kBench, 4, 252, 0.0);
        for (std::size_t i = 0; i < 3; ++i)
            QVERIFY(std::isnan(s.rollingBeta[i]));
        for (std::size_t i = 3; i < 8; ++i)
            RUTILE_COMPARE_REL(s.rollingBeta[i], naiveBeta(a, kBench, i - 3, i + 1), 1e-12);
    }

    void degenerate()
    {
        const Series flat(8, 0.001);
        const BenchmarkStats s = benchmarkStatistics(days(8), asset(), flat, 4, 252, 0.0);
        QVERIFY(std::isnan(s.beta));
        QVERIFY(std::isnan(s.correlation));
        QCOMPARE(s.rollingBeta.size(), flat.size());
        for (double v : s.rollingBeta)
            QVERIFY(std::isnan(v)); // not TA-Lib's 0 for a constant window
        const BenchmarkStats one = benchmarkStatistics(days(1), Series {0.01}, Series {0.02}, 4, 252, 0.0);
        QVERIFY(std::isnan(one.beta));
        QCOMPARE(one.count, std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestRiskBenchmark)
#include "tst_risk_benchmark.moc"
