// Return statistics by hand: type-7 quantiles, moments (Excel/pandas estimators), historical
// VaR / ES, Gaussian and Cornish–Fisher VaR, returns of values, options validation.

#include "TestSupport.h"

#include "risk/Moments.h"
#include "risk/Quantile.h"
#include "risk/ReturnSeries.h"
#include "risk/RiskOptions.h"
#include "risk/TailRisk.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace rutile;
using namespace rutile::risk;
using Series = std::vector<double>;

Q_DECLARE_METATYPE(Series)

class TestRiskStatistics : public QObject {
    Q_OBJECT

private slots:
    void quantileType7_data()
    {
        QTest::addColumn<Series>("sorted");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        const Series five {1, 2, 3, 4, 10};
        // h = (n − 1)p = 4p; Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])
        QTest::newRow("p=0 is the minimum") << five << 0.0 << 1.0;
        QTest::newRow("p=1 is the maximum") << five << 1.0 << 10.0;
        QTest::newRow("median") << five << 0.5 << 3.0; // h = 2
        QTest::newRow("5%: 1 + 0.2*(2-1)") << five << 0.05 << 1.2; // h = 0.2
        QTest::newRow("95%: 4 + 0.8*(10-4)") << five << 0.95 << 8.8; // h = 3.8
        QTest::newRow("25%: x[1]") << five << 0.25 << 2.0; // h = 1
        QTest::newRow("90%: 4 + 0.6*6") << five << 0.9 << 7.6; // h = 3.6
        // numpy.percentile([1,2,3,4], 10) = 1.3: h = 3·0.1 = 0.3
        QTest::newRow("numpy example") << Series {1, 2, 3, 4} << 0.1 << 1.3;
        QTest::newRow("single value") << Series {7} << 0.3 << 7.0;
        QTest::newRow("ties") << Series {1, 1, 1, 5} << 0.5 << 1.0; // h = 1.5 between two 1s
    }
    void quantileType7()
    {
        QFETCH(Series, sorted);
        QFETCH(double, p);
        QFETCH(double, expected);
        RUTILE_COMPARE_TOL(risk::quantileType7(sorted, p), expected, 1e-15, 1e-15);
    }

    void quantileDegenerate()
    {
        QVERIFY(std::isnan(risk::quantileType7({}, 0.5)));
        const Series x {1, 2};
        QVERIFY(std::isnan(risk::quantileType7(x, -0.1)));
        QVERIFY(std::isnan(risk::quantileType7(x, 1.1)));
        QVERIFY(std::isnan(risk::quantileType7(x, std::nan(""))));
    }

    void momentsByHand()
    {
        // x = {1,2,3,4,10}: mean 4; d = {−3,−2,−1,0,6}; Σd² = 50, Σd³ = 180, Σd⁴ = 1394.
        // s² = 50/4 = 12.5; G1 = 5/(4·3)·180/12.5^1.5 = 1.6970562748...
        // G2 = 5·6/(4·3·2)·1394/12.5² − 3·4²/(3·2) = 1.25·8.9216 − 8 = 3.152 exactly.
        const Series x {1, 2, 3, 4, 10};
        const Moments m = sampleMoments(x);
        QCOMPARE(m.count, std::size_t(5));
        RUTILE_COMPARE_REL(m.mean, 4.0, 1e-15);
        RUTILE_COMPARE_REL(m.stdDev, std::sqrt(12.5), 1e-15);
        RUTILE_COMPARE_REL(m.skewness, 5.0 / 12.0 * 180.0 / std::pow(12.5, 1.5), 1e-14);
        RUTILE_COMPARE_REL(m.excessKurtosis, 3.152, 1e-14);
    }

    void momentsOfReturnsByHand()
    {
        // Ten daily returns (the fixture of tst_risk_analysis): Σr = 0.02, mean 0.002;
        // d = r − 0.002 = {.008,−.022,.028,−.012,−.002,.018,−.042,.008,.048,−.032}
        // Σd² = 6.96e-3, Σd³ = 2.016e-5, Σd⁴ = 1.045152e-5 (summed term by term).
        const Series r {0.01, -0.02, 0.03, -0.01, 0.0, 0.02, -0.04, 0.01, 0.05, -0.03};
        const Moments m = sampleMoments(r);
        const double var = 6.96e-3 / 9;
        RUTILE_COMPARE_REL(m.mean, 0.002, 1e-13);
        RUTILE_COMPARE_REL(m.stdDev, std::sqrt(var), 1e-13);
        RUTILE_COMPARE_REL(m.skewness, 10.0 / (9.0 * 8.0) * 2.016e-5 / std::pow(var, 1.5), 1e-12);
        RUTILE_COMPARE_REL(m.excessKurtosis,
            10.0 * 11.0 / (9.0 * 8.0 * 7.0) * 1.045152e-5 / (var * var) - 3.0 * 81.0 / (8.0 * 7.0), 1e-12);
    }

    void momentsAreShiftInvariantAtLargeMean()
    {
        // Two-pass deviations: adding 1e6 to small returns must not destroy the variance.
        const Series r {0.01, -0.02, 0.03, -0.01, 0.0, 0.02, -0.04, 0.01, 0.05, -0.03};
        Series shifted = r;
        for (double &v : shifted)
            v += 1e6;
        const Moments a = sampleMoments(r);
        const Moments b = sampleMoments(shifted);
        RUTILE_COMPARE_REL(b.stdDev, a.stdDev, 1e-8);
        RUTILE_COMPARE_REL(b.skewness, a.skewness, 1e-5);
    }

    void momentsDegenerate()
    {
        QVERIFY(std::isnan(sampleMoments(Series {}).mean));
        const Moments one = sampleMoments(Series {0.5});
        QCOMPARE(one.mean, 0.5);
        QVERIFY(std::isnan(one.stdDev));
        const Moments three = sampleMoments(Series {1, 2, 4});
        QVERIFY(!std::isnan(three.skewness));
        QVERIFY(std::isnan(three.excessKurtosis)); // n − 3 = 0
        const Moments flat = sampleMoments(Series {2, 2, 2, 2, 2});
        QCOMPARE(flat.stdDev, 0.0);
        QVERIFY(std::isnan(flat.skewness));
        QVERIFY(std::isnan(flat.excessKurtosis));
    }

    void historicalVarAndEs()
    {
        // Sorted returns of the ten-return fixture.
        const Series s {-0.04, -0.03, -0.02, -0.01, 0.0, 0.01, 0.01, 0.02, 0.03, 0.05};
        // p = 5%: h = 9·0.05 = 0.45 → −0.04 + 0.45·0.01 = −0.0355; only −0.04 ≤ it.
        const HistoricalTail left = historicalTail(s, Tail::Left, 0.05);
        RUTILE_COMPARE_REL(left.var, -0.0355, 1e-13);
        RUTILE_COMPARE_REL(left.expectedShortfall, -0.04, 1e-15);
        QCOMPARE(left.tailCount, std::size_t(1));
        // 95%: h = 8.55 → 0.03 + 0.55·0.02 = 0.041; only 0.05 ≥ it.
        const HistoricalTail right = historicalTail(s, Tail::Right, 0.05);
        RUTILE_COMPARE_REL(right.var, 0.041, 1e-13);
        RUTILE_COMPARE_REL(right.expectedShortfall, 0.05, 1e-15);
        // p = 25%: h = 2.25 → −0.02 + 0.25·0.01 = −0.0175; ES = (−0.04 − 0.03 − 0.02)/3 = −0.03
        const HistoricalTail quarter = historicalTail(s, Tail::Left, 0.25);
        RUTILE_COMPARE_REL(quarter.var, -0.0175, 1e-13);
        RUTILE_COMPARE_REL(quarter.expectedShortfall, -0.03, 1e-13);
        QCOMPARE(quarter.tailCount, std::size_t(3));
        // "At or below": p where the VaR is an observed value counts it. p = 1/9: h = 1 → −0.03.
        const HistoricalTail atValue = historicalTail(s, Tail::Left, 1.0 / 9.0);
        RUTILE_COMPARE_REL(atValue.var, -0.03, 1e-13);
        RUTILE_COMPARE_REL(atValue.expectedShortfall, -0.035, 1e-13);
        QCOMPARE(atValue.tailCount, std::size_t(2));
    }

    void gaussianAndCornishFisher()
    {
        // Φ⁻¹(0.05) = −1.6448536269514722 (standard tables / R qnorm(0.05)).
        const double z = -1.6448536269514722;
        RUTILE_COMPARE_REL(normalQuantile(0.05), z, 1e-14);
        RUTILE_COMPARE_REL(normalQuantile(0.975), 1.959963984540054, 1e-14);
        RUTILE_COMPARE_REL(gaussianVar(0.001, 0.02, 0.05), 0.001 + z * 0.02, 1e-14);
        // Cornish–Fisher with S = K = 0 is the Gaussian VaR.
        RUTILE_COMPARE_REL(cornishFisherVar(0.001, 0.02, 0, 0, 0.05), 0.001 + z * 0.02, 1e-14);
        // S = −0.5, K = 6: z_cf = z + (z²−1)S/6 + (z³−3z)K/24 − (2z³−5z)S²/36
        //   z² = 2.705543454095413, z³ = −4.450222963343654
        //   (z²−1)S/6     = 1.705543454095413·(−0.5)/6                 = −0.142128621174618
        //   (z³−3z)K/24   = (−4.450222963343654 + 4.934560880854417)/4 =  0.121084479377691
        //   (2z³−5z)S²/36 = (−8.900445926687308 + 8.224268134757361)/144 = −0.004695679110625
        //   z_cf = −1.644853626951472 − 0.142128621174618 + 0.121084479377691 + 0.004695679110625
        //        = −1.661202089637774
        const double zcf = -1.661202089637774;
        RUTILE_COMPARE_REL(cornishFisherVar(0.001, 0.02, -0.5, 6, 0.05), 0.001 + zcf * 0.02, 1e-12);
        // Right tail, z = +1.644853626951472: the odd terms change sign, the even one does not:
        //   1.644853626951472 − 0.142128621174618 − 0.121084479377691 − 0.004695679110625
        const double zcfRight = 1.644853626951472 - 0.142128621174618 - 0.121084479377691 - 0.004695679110625;
        RUTILE_COMPARE_REL(cornishFisherVar(0.0, 1.0, -0.5, 6, 0.95), zcfRight, 1e-12);
    }

    void returnsOfValues()
    {
        const DayNumber d0 = toDayNumber(QDate(2024, 1, 2));
        const DatedSeries v {QStringLiteral("X"), {d0, d0 + 1, d0 + 2, d0 + 5}, {100, 110, 99, 99}};
        const auto simple = returnsOf(v, ReturnType::Simple);
        QVERIFY(simple.ok());
        QCOMPARE(simple->day, (std::vector<DayNumber> {d0 + 1, d0 + 2, d0 + 5}));
        RUTILE_COMPARE_REL(simple->value[0], 0.1, 1e-15);
        RUTILE_COMPARE_REL(simple->value[1], -0.1, 1e-15);
        QCOMPARE(simple->value[2], 0.0);
        const auto log = returnsOf(v, ReturnType::Log);
        QVERIFY(log.ok());
        RUTILE_COMPARE_REL(log->value[0], std::log(1.1), 1e-15);
        RUTILE_COMPARE_REL(log->value[1], std::log(0.9), 1e-15);

        const DatedSeries bad {QStringLiteral("EQ"), {d0, d0 + 1}, {100, -5}};
        const auto failed = returnsOf(bad, ReturnType::Simple);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, ErrorKind::InvalidInput);
        QVERIFY(failed.error().message.contains(QStringLiteral("2024-01-03")));
        QVERIFY(failed.error().message.contains(QStringLiteral("-5")));
        const DatedSeries unsorted {QStringLiteral("U"), {d0 + 1, d0}, {1, 2}};
        QVERIFY(!returnsOf(unsorted, ReturnType::Log).ok());
    }

    void commonDaysMerge()
    {
        const DatedSeries a {QStringLiteral("A"), {1, 2, 4, 5, 9}, {10, 20, 40, 50, 90}};
        const DatedSeries b {QStringLiteral("B"), {0, 2, 3, 5, 9, 10}, {0.0, 0.2, 0.3, 0.5, 0.9, 1.0}};
        const auto [ca, cb] = commonDays(a, b);
        QCOMPARE(ca.day, (std::vector<DayNumber> {2, 5, 9}));
        QCOMPARE(cb.day, ca.day);
        QCOMPARE(ca.value, (Series {20, 50, 90}));
        QCOMPARE(cb.value, (Series {0.2, 0.5, 0.9}));
    }

    void optionsValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("var level") << "var_level" << 0.7 << "var_level (0.7) out of range [0.001, 0.25]";
        QTest::newRow("threshold") << "threshold_quantile" << 0.2
                                   << "threshold_quantile (0.2) out of range [0.5, 0.995]";
        QTest::newRow("window") << "short_window" << 1.0 << "short_window (1) out of range [2, 2520]";
        QTest::newRow("days") << "trading_days" << 0.0 << "trading_days (0) out of range [1, 366]";
        QTest::newRow("stress beyond threshold")
            << "stress_level" << 0.1 << "stress_level (0.1) must be below 1 - threshold_quantile (0.1)";
    }
    void optionsValidation()
    {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, message);
        QVERIFY(RiskOptions {}.validate().ok());
        ParamValues values = RiskOptions {}.toParams();
        values.set(field, value);
        const auto options = RiskOptions::fromParams(values);
        QVERIFY(!options.ok());
        QCOMPARE(options.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(options.error().message, message);
    }

    void optionsRoundTrip()
    {
        RiskOptions o;
        o.returnType = ReturnType::Simple;
        o.varLevel = 0.025;
        o.thresholdQuantile = 0.95;
        o.stressLevel = 0.001;
        o.shortTermWindow = 21;
        o.benchmarkWindow = 126;
        o.tradingDaysPerYear = 260;
        o.riskFreeRate = 0.03;
        const auto back = RiskOptions::fromParams(o.toParams());
        QVERIFY(back.ok());
        QCOMPARE(back->returnType, o.returnType);
        QCOMPARE(back->varLevel, o.varLevel);
        QCOMPARE(back->thresholdQuantile, o.thresholdQuantile);
        QCOMPARE(back->stressLevel, o.stressLevel);
        QCOMPARE(back->shortTermWindow, o.shortTermWindow);
        QCOMPARE(back->benchmarkWindow, o.benchmarkWindow);
        QCOMPARE(back->tradingDaysPerYear, o.tradingDaysPerYear);
        QCOMPARE(back->riskFreeRate, o.riskFreeRate);
        // The CLI's --param route.
        const auto parsed
            = parseAssignments(riskParamSpecs(), {QStringLiteral("returns=simple"), QStringLiteral("var_level=0.01")});
        QVERIFY(parsed.ok());
        const auto fromCli = RiskOptions::fromParams(*parsed);
        QVERIFY(fromCli.ok());
        QCOMPARE(fromCli->returnType, ReturnType::Simple);
        QCOMPARE(fromCli->varLevel, 0.01);
        QCOMPARE(fromCli->thresholdQuantile, 0.90);
    }
};

QTEST_GUILESS_MAIN(TestRiskStatistics)
#include "tst_risk_statistics.moc"
