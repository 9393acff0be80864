// The generalized Pareto distribution: closed forms, the analytic derivatives against finite
// differences, the maximum-likelihood fit against (a) the true parameters of seeded samples
// and (b) a naive two-dimensional search of the likelihood, scale equivariance on badly
// scaled data, the peaks-over-threshold stress value against its closed form.

#include "TestSupport.h"

#include "risk/Gpd.h"
#include "risk/PeaksOverThreshold.h"

#include <QTest>

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

using namespace rutile;
using namespace rutile::risk;
using Series = std::vector<double>;

namespace {

// Uniform (0, 1) from the top 53 bits of mt19937_64: the same numbers on every platform
// (std::uniform_real_distribution is implementation-defined).
double uniform01(std::mt19937_64 &rng)
{
    return (double(rng() >> 11) + 0.5) * 0x1.0p-53;
}

// Inverse-transform GPD sample: z = σ/ξ·((1 − U)^(−ξ) − 1), −σ·ln(1 − U) at ξ = 0, written
// independently of gpdQuantile().
Series gpdSample(std::size_t n, double xi, double sigma, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    Series z(n);
    for (double &v : z) {
        const double u = uniform01(rng);
        v = xi == 0 ? -sigma * std::log(1 - u) : sigma / xi * (std::pow(1 - u, -xi) - 1);
    }
    return z;
}

// Direct textbook log-likelihood −ln σ − (1 + 1/ξ)·ln(1 + ξz/σ), with no series and no
// folding; log1p keeps (1/ξ)·ln(1 + ξz/σ) exact at tiny ξ (plain log would multiply its
// rounding error by 1/ξ there and invent a high likelihood near ξ = 0).
double naiveLogLikelihood(const Series &z, double xi, double sigma)
{
    if (sigma <= 0)
        return -INFINITY;
    double l = 0;
    for (double v : z) {
        const double x = xi * v / sigma;
        if (x <= -1)
            return -INFINITY;
        l += xi == 0 ? -std::log(sigma) - v / sigma : -std::log(sigma) - (1 + 1 / xi) * std::log1p(x);
    }
    return l;
}

// Naive maximiser: compass (pattern) search on (ξ, ln σ), starting on a coarse grid and
// halving the step to 1e-9. Slow, simple and independent of the profile method.
std::pair<double, double> naiveMle(const Series &z)
{
    double mean = 0;
    for (double v : z)
        mean += v;
    mean /= double(z.size());
    double bestXi = 0;
    double bestLs = std::log(mean);
    double best = naiveLogLikelihood(z, bestXi, mean);
    for (int i = -19; i <= 40; ++i) {
        const double xi = 0.05 * i;
        for (int j = -40; j <= 40; ++j) {
            const double ls = std::log(mean) + 0.05 * j;
            const double l = naiveLogLikelihood(z, xi, std::exp(ls));
            if (l > best) {
                best = l;
                bestXi = xi;
                bestLs = ls;
            }
        }
    }
    for (double step = 0.05; step > 1e-9;) {
        bool improved = false;
        for (const auto &[dx, dl] : {std::pair {1.0, 0.0}, {-1.0, 0.0}, {0.0, 1.0}, {0.0, -1.0}, {1.0, 1.0},
                 {-1.0, -1.0}, {1.0, -1.0}, {-1.0, 1.0}}) {
            const double xi = bestXi + dx * step;
            const double ls = bestLs + dl * step;
            const double l = naiveLogLikelihood(z, xi, std::exp(ls));
            if (l > best) {
                best = l;
                bestXi = xi;
                bestLs = ls;
                improved = true;
            }
        }
        if (!improved)
            step *= 0.5;
    }
    return {bestXi, std::exp(bestLs)};
}

} // namespace

class TestRiskGpd : public QObject {
    Q_OBJECT

private slots:
    void logLikelihoodByHand()
    {
        // z = {1, 2}, ξ = 0.5, σ = 1: ℓ = −2·ln 1 − (1 + 2)·(ln 1.5 + ln 2) = −3·ln 3
        RUTILE_COMPARE_REL(gpdLogLikelihood(Series {1, 2}, 0.5, 1).value, -3 * std::log(3.0), 1e-15);
        // ξ = 0, σ = 2, z = {1, 3}: ℓ = −2·ln 2 − (1 + 3)/2
        RUTILE_COMPARE_REL(gpdLogLikelihood(Series {1, 3}, 0.0, 2).value, -2 * std::log(2.0) - 2, 1e-15);
        // ξ = −0.5, σ = 1: support z < 2; z = {1}: ℓ = −(1 − 2)·ln(0.5) = ln 0.5
        RUTILE_COMPARE_REL(gpdLogLikelihood(Series {1}, -0.5, 1).value, std::log(0.5), 1e-15);
        QVERIFY(!gpdLogLikelihood(Series {2.5}, -0.5, 1).inSupport); // beyond the end point 2
        QVERIFY(!gpdLogLikelihood(Series {1}, 0.1, 0).inSupport);
    }

    void closedForms()
    {
        // S(z) = (1 + ξz/σ)^(−1/ξ): ξ = 0.5, σ = 2, z = 4 → 2^(−2) = 0.25
        RUTILE_COMPARE_REL(gpdSurvival(4, 0.5, 2), 0.25, 1e-15);
        RUTILE_COMPARE_REL(gpdSurvival(3, 0.0, 1.5), std::exp(-2.0), 1e-15);
        QCOMPARE(gpdSurvival(2.5, -0.5, 1), 0.0); // beyond the end point σ/|ξ| = 2
        QCOMPARE(gpdSurvival(-1, 0.3, 1), 1.0);
        // F⁻¹(0.75) at ξ = 0.5, σ = 2: 2/0.5·(0.25^(−0.5) − 1) = 4
        RUTILE_COMPARE_REL(gpdQuantile(0.75, 0.5, 2), 4.0, 1e-14);
        RUTILE_COMPARE_REL(gpdQuantile(0.75, 0.0, 1), std::log(4.0), 1e-15);
        // ξ → 0 is continuous (no 0/0). At ξ = 1e-12 the exact values differ from the
        // exponential's in the 12th digit, by the first-order terms of the expansions:
        //   F⁻¹(0.99) = (100^ξ − 1)/ξ = L·(1 + ξL/2 + …), L = ln 100
        //   S(5) at ξ = −1e-12: −(1/ξ)·ln(1 − 5e-12) = −5 − 1.25e-11 (+ O(1e-22))
        const double L = std::log(100.0);
        RUTILE_COMPARE_REL(gpdQuantile(0.99, 1e-12, 1), L * (1 + 1e-12 * L / 2), 1e-14);
        RUTILE_COMPARE_REL(gpdSurvival(5, -1e-12, 1), std::exp(-5.0 - 1.25e-11), 1e-14);
        // Mean excess (σ + ξv)/(1 − ξ): ξ = 0.25, σ = 1, v = 2 → 1.5/0.75 = 2
        RUTILE_COMPARE_REL(gpdMeanExcess(2, 0.25, 1), 2.0, 1e-15);
    }

    void derivativesMatchFiniteDifferences_data()
    {
        QTest::addColumn<double>("xi");
        QTest::addColumn<double>("sigma");
        QTest::newRow("heavy") << 0.3 << 1.2;
        QTest::newRow("exponential") << 0.0 << 0.8;
        QTest::newRow("series branch") << 0.004 << 1.0; // |ξz/σ| < 0.05 for most z
        QTest::newRow("tiny negative") << -1e-7 << 1.0;
        QTest::newRow("bounded") << -0.3 << 2.5; // end point 8.33 > max z
        QTest::newRow("very heavy") << 1.5 << 0.5;
    }
    void derivativesMatchFiniteDifferences()
    {
        QFETCH(double, xi);
        QFETCH(double, sigma);
        const Series z {0.05, 0.3, 0.9, 1.7, 2.2, 3.1, 0.01, 0.6};
        const GpdLikelihood l = gpdLogLikelihood(z, xi, sigma);
        QVERIFY(l.inSupport);
        // Central differences of the (independently tested) value and first derivatives; the
        // step 1e-5 leaves a truncation error ~1e-10 and a rounding error ~1e-11.
        const double h = 1e-5;
        const auto at = [&](double x, double s) { return gpdLogLikelihood(z, x, s); };
        RUTILE_COMPARE_TOL(l.dXi, (at(xi + h, sigma).value - at(xi - h, sigma).value) / (2 * h), 1e-7, 1e-8);
        RUTILE_COMPARE_TOL(l.dSigma, (at(xi, sigma + h).value - at(xi, sigma - h).value) / (2 * h), 1e-7, 1e-8);
        RUTILE_COMPARE_TOL(l.dXiXi, (at(xi + h, sigma).dXi - at(xi - h, sigma).dXi) / (2 * h), 1e-7, 1e-8);
        RUTILE_COMPARE_TOL(l.dXiSigma, (at(xi, sigma + h).dXi - at(xi, sigma - h).dXi) / (2 * h), 1e-7, 1e-8);
        RUTILE_COMPARE_TOL(l.dXiSigma, (at(xi + h, sigma).dSigma - at(xi - h, sigma).dSigma) / (2 * h), 1e-7, 1e-8);
        RUTILE_COMPARE_TOL(l.dSigmaSigma, (at(xi, sigma + h).dSigma - at(xi, sigma - h).dSigma) / (2 * h), 1e-7, 1e-8);
        if (std::abs(xi) > 1e-3)
            RUTILE_COMPARE_REL(l.value, naiveLogLikelihood(z, xi, sigma), 1e-13);
    }

    void exponentialLimitDerivatives()
    {
        // At ξ = 0 the score in ξ is Σ(u²/2 − u) and the curvature Σ(u² − 2u³/3), u = z/σ
        // (limits of the closed forms; Coles 2001 §4.3.2).
        const Series z {0.5, 1.0, 2.0};
        const double sigma = 1.0;
        double s = 0;
        double c = 0;
        for (double v : z) {
            const double u = v / sigma;
            s += u * u / 2 - u;
            c += u * u - 2 * u * u * u / 3;
        }
        const GpdLikelihood l = gpdLogLikelihood(z, 0.0, sigma);
        RUTILE_COMPARE_REL(l.dXi, s, 1e-14);
        RUTILE_COMPARE_REL(l.dXiXi, c, 1e-14);
    }

    void recoversKnownParameters_data()
    {
        QTest::addColumn<double>("xi");
        QTest::addColumn<double>("sigma");
        QTest::addColumn<int>("seed");
        // Several shapes including negative, zero and near zero; σ at daily-return scale too.
        QTest::newRow("xi=-0.4") << -0.4 << 1.0 << 11;
        QTest::newRow("xi=-0.2 sigma=0.01") << -0.2 << 0.01 << 12;
        QTest::newRow("xi=0 (exponential)") << 0.0 << 1.0 << 13;
        QTest::newRow("xi=1e-4") << 1e-4 << 0.006 << 14;
        QTest::newRow("xi=0.1") << 0.1 << 2.0 << 15;
        QTest::newRow("xi=0.3 sigma=0.008") << 0.3 << 0.008 << 16;
        QTest::newRow("xi=0.6") << 0.6 << 1.0 << 17;
    }
    void recoversKnownParameters()
    {
        QFETCH(double, xi);
        QFETCH(double, sigma);
        QFETCH(int, seed);
        // Tolerance: the MLE is asymptotically normal with sd(ξ̂) = (1 + ξ)/√N and
        // sd(σ̂)/σ = √(2(1 + ξ)/N) (Smith 1985; Coles 2001 §4.3.3). N = 5000 and a band of 4 sd
        // fails with probability < 1e-4 for an honest estimator — and the samples are seeded,
        // so the test is deterministic. A biased or non-converging fit misses by far more.
        const std::size_t n = 5000;
        const Series z = gpdSample(n, xi, sigma, std::uint64_t(seed));
        const GpdFit fit = fitGpd(z);
        QVERIFY2(fit.converged, qPrintable(QStringLiteral("status %1, score %2").arg(int(fit.status)).arg(fit.score)));
        QVERIFY(fit.fitted);
        QCOMPARE(fit.count, n);
        const double sdXi = (1 + xi) / std::sqrt(double(n));
        const double sdSigma = sigma * std::sqrt(2 * (1 + xi) / double(n));
        RUTILE_COMPARE_TOL(fit.xi, xi, 0, 4 * sdXi);
        RUTILE_COMPARE_TOL(fit.sigma, sigma, 0, 4 * sdSigma);
        // The observed-information standard errors estimate those sds. Where the observed
        // information itself has finite variance — its ξξ term grows like (1 + ξz/σ)⁻² near the
        // end point, square-integrable against the density only for ξ > −1/4 — they agree
        // within 15% at N = 5000. Closer to −1/2 they are still consistent but noisy
        // (the ξ = −0.4 sample gives 0.00997 against 0.00849), so only their sign is checked.
        QVERIFY(fit.seXi > 0 && fit.seSigma > 0);
        if (xi > -0.25) {
            RUTILE_COMPARE_REL(fit.seXi, sdXi, 0.15);
            RUTILE_COMPARE_REL(fit.seSigma, sdSigma, 0.15);
        }
        // The score really is zero at the answer.
        QVERIFY(fit.score < 1e-6);
        // Support: for ξ < 0 every value lies below the fitted end point σ/|ξ|.
        if (fit.xi < 0)
            QVERIFY(*std::max_element(z.begin(), z.end()) < fit.sigma / -fit.xi);
    }

    void agreesWithNaiveSearch_data()
    {
        QTest::addColumn<double>("xi");
        QTest::addColumn<int>("n");
        QTest::newRow("small heavy sample") << 0.4 << 60;
        QTest::newRow("small bounded sample") << -0.25 << 80;
        QTest::newRow("exponential 200") << 0.0 << 200;
    }
    void agreesWithNaiveSearch()
    {
        QFETCH(double, xi);
        QFETCH(int, n);
        const Series z = gpdSample(std::size_t(n), xi, 1.0, 99);
        const GpdFit fit = fitGpd(z);
        QVERIFY(fit.converged);
        const auto [naiveXi, naiveSigma] = naiveMle(z);
        // The likelihood is flat near its maximum: agreement of the arguments to ~1e-6 is what
        // a pattern search stopped at step 1e-9 can promise; the fitted likelihood must be at
        // least as high as the naive one (to rounding).
        RUTILE_COMPARE_TOL(fit.xi, naiveXi, 0, 1e-6);
        RUTILE_COMPARE_TOL(fit.sigma, naiveSigma, 1e-6, 0);
        QVERIFY(fit.logLikelihood >= naiveLogLikelihood(z, naiveXi, naiveSigma) - 1e-9);
    }

    void scaleEquivariantOnBadlyScaledData()
    {
        // Daily-return excesses of order 1e-3: a raw (ξ, σ) optimiser started at ξ = 0 stalls
        // there. The fit of c·z must be (ξ̂, c·σ̂) to rounding.
        const Series z = gpdSample(800, 0.25, 0.004, 5);
        Series big = z;
        for (double &v : big)
            v *= 1000;
        const GpdFit a = fitGpd(z);
        const GpdFit b = fitGpd(big);
        QVERIFY(a.converged);
        QVERIFY(b.converged);
        RUTILE_COMPARE_REL(a.xi, b.xi, 1e-9);
        RUTILE_COMPARE_REL(a.sigma * 1000, b.sigma, 1e-9);
        RUTILE_COMPARE_REL(a.seXi, b.seXi, 1e-6);
        RUTILE_COMPARE_REL(a.seSigma * 1000, b.seSigma, 1e-6);
        QVERIFY(std::abs(a.xi) > 0.1); // really moved away from the exponential start
    }

    void degenerateAndTooFew()
    {
        QCOMPARE(fitGpd(Series {1, 2}).status, GpdFitStatus::TooFewExceedances);
        QVERIFY(!fitGpd(Series {1, 2}).fitted);
        QCOMPARE(fitGpd(Series {0.5, 0.5, 0.5, 0.5}).status, GpdFitStatus::Degenerate);
        QCOMPARE(fitGpd(Series {1, 2, -3, 4}).status, GpdFitStatus::Degenerate);
        // Points pressed against a common maximum: the likelihood grows towards ξ = −1, no
        // interior maximum exists; the fit reports the bound and does not claim convergence.
        const GpdFit bound = fitGpd(Series {0.999, 1.0, 1.0, 1.0, 0.998, 1.0});
        QCOMPARE(bound.status, GpdFitStatus::ShapeAtBound);
        QVERIFY(bound.fitted && !bound.converged);
        RUTILE_COMPARE_TOL(bound.xi, -1.0, 0, 1e-6);
        // Evenly spread values look uniform, the GPD with ξ = −1: the same edge.
        const GpdFit uniform = fitGpd(Series {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0});
        QCOMPARE(uniform.status, GpdFitStatus::ShapeAtBound);
    }

    void stressValueClosedForm()
    {
        // u = 0.02, ξ = 0.25, σ = 0.01, n = 1000, Nu = 100, p = 0.01:
        // n·p/Nu = 0.1; 0.1^(−0.25) = 1.7782794100389228; σ/ξ = 0.04
        // y = 0.02 + 0.04·0.7782794100389228 = 0.05113117640155691
        RUTILE_COMPARE_REL(potStressValue(0.02, 0.25, 0.01, 1000, 100, 0.01), 0.05113117640155691, 1e-14);
        // ξ = 0: y = u − σ·ln(0.1) = 0.02 + 0.01·2.302585092994046
        RUTILE_COMPARE_REL(potStressValue(0.02, 0.0, 0.01, 1000, 100, 0.01), 0.04302585092994046, 1e-14);
        // Continuity at ξ = 0.
        RUTILE_COMPARE_REL(potStressValue(0.02, 1e-10, 0.01, 1000, 100, 0.01), 0.04302585092994046, 1e-9);
        // The defining property: (Nu/n)·S_GPD(y_p − u) = p, for several shapes.
        for (double xi : {-0.3, -1e-9, 0.0, 0.1, 0.5, 1.2}) {
            const double y = potStressValue(0.015, xi, 0.007, 2500, 180, 0.004);
            RUTILE_COMPARE_REL(180.0 / 2500.0 * gpdSurvival(y - 0.015, xi, 0.007), 0.004, 1e-12);
        }
    }

    void peaksOverThresholdOfReturns()
    {
        // Returns whose losses above the 90% quantile are exactly known: n = 20 values, losses
        // y = −r. Threshold by type 7: sorted y, h = 19·0.9 = 17.1 → y[17] + 0.1(y[18] − y[17]).
        Series r;
        for (int i = 1; i <= 20; ++i)
            r.push_back(-0.001 * i); // losses 0.001 … 0.020
        const PotResult pot = peaksOverThreshold(r, Tail::Left, 0.9, 0.01);
        RUTILE_COMPARE_REL(pot.threshold, 0.018 + 0.1 * 0.001, 1e-13);
        QCOMPARE(pot.exceedanceCount, std::size_t(2)); // 0.019, 0.020 > 0.0181
        QVERIFY(pot.fewExceedances);
        QVERIFY(!pot.fit.fitted); // below kMinimumExceedances
        QVERIFY(std::isnan(pot.stressReturn));
        // Right tail of the same returns: gains are all negative; u = Q_0.9 of r.
        const PotResult right = peaksOverThreshold(r, Tail::Right, 0.9, 0.01);
        RUTILE_COMPARE_REL(right.threshold, -0.003 + 0.1 * 0.001, 1e-12);
    }

    void peaksOverThresholdFitsAndSigns()
    {
        // Losses: 900 small values below 0.01 and 100 exceedances of u ≈ 0.01 drawn from a
        // GPD(0.2, 0.005); the stress return on the left is negative.
        Series r;
        std::mt19937_64 rng(3);
        for (int i = 0; i < 900; ++i)
            r.push_back(-0.01 * uniform01(rng));
        for (double z : gpdSample(100, 0.2, 0.005, 4))
            r.push_back(-(0.0100001 + z));
        const PotResult pot = peaksOverThreshold(r, Tail::Left, 0.9, 0.01);
        QVERIFY(pot.fit.converged);
        QCOMPARE(pot.sampleSize, std::size_t(1000));
        QVERIFY(pot.exceedanceCount >= 99 && pot.exceedanceCount <= 100);
        QVERIFY(!pot.fewExceedances);
        QVERIFY(pot.stressValue > pot.threshold);
        QCOMPARE(pot.stressReturn, -pot.stressValue);
        RUTILE_COMPARE_REL(pot.stressValue,
            potStressValue(pot.threshold, pot.fit.xi, pot.fit.sigma, 1000, pot.exceedanceCount, 0.01), 1e-15);
    }
};

QTEST_GUILESS_MAIN(TestRiskGpd)
#include "tst_risk_gpd.moc"
