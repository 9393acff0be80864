// analyseRisk() end to end: a ten-return series computed by hand, a benchmark pair with a
// known slope, errors and cancellation, the JSON contract, the chart data, and a sanity run
// on the real Russell 2000 history when ../shared/data is present.

#include "TestSupport.h"

#include "import/HistoryImporter.h"
#include "import/SampleWorkspace.h"
#include "risk/BenchmarkChoice.h"
#include "risk/RiskAnalysis.h"
#include "risk/RiskJson.h"
#include "risk/RiskPlots.h"
#include "storage/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rutile;
using namespace rutile::risk;
using Series = std::vector<double>;

namespace {

const DayNumber kDay0 = toDayNumber(QDate(2024, 1, 1));

// Values compounding the simple returns r (value 100 at day 0, one day apart).
DatedSeries compound(const QString &name, const Series &r, DayNumber first = kDay0)
{
    DatedSeries s {name, {first}, {100.0}};
    for (std::size_t i = 0; i < r.size(); ++i) {
        s.day.push_back(first + DayNumber(i + 1));
        s.value.push_back(s.value.back() * (1 + r[i]));
    }
    return s;
}

const Series kTen {0.01, -0.02, 0.03, -0.01, 0.0, 0.02, -0.04, 0.01, 0.05, -0.03};

} // namespace

class TestRiskAnalysis : public QObject {
    Q_OBJECT

private slots:
    void tenReturnsByHand()
    {
        RiskOptions o;
        o.returnType = ReturnType::Simple;
        o.shortTermWindow = 4;
        const auto report = analyseRisk(compound(QStringLiteral("TEN"), kTen), o);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        const RiskReport &r = *report;
        QVERIFY(r.valid);
        QCOMPARE(r.returns.size(), std::size_t(10));
        QCOMPARE(r.returnDay.front(), kDay0 + 1);
        const ReturnStatistics &s = r.stats;
        // See tst_risk_statistics: mean 0.002, Σd² = 6.96e-3.
        const double sd = std::sqrt(6.96e-3 / 9);
        QCOMPARE(s.count, std::size_t(10));
        RUTILE_COMPARE_REL(s.mean, 0.002, 1e-12);
        RUTILE_COMPARE_REL(s.stdDev, sd, 1e-12);
        RUTILE_COMPARE_REL(s.annualMean, 0.002 * 252, 1e-12);
        RUTILE_COMPARE_REL(s.annualVolatility, sd * std::sqrt(252.0), 1e-12);
        RUTILE_COMPARE_REL(s.min, -0.04, 1e-12);
        QCOMPARE(s.minDay, kDay0 + 7); // the 7th return
        RUTILE_COMPARE_REL(s.max, 0.05, 1e-12);
        QCOMPARE(s.maxDay, kDay0 + 9);
        // Last 4 returns −0.04, 0.01, 0.05, −0.03: mean −0.0025,
        // Σd² = 0.0375² + 0.0125² + 0.0525² + 0.0275² = 5.075e-3, over 3.
        QCOMPARE(s.shortTermCount, std::size_t(4));
        RUTILE_COMPARE_REL(s.shortTermVolatility, std::sqrt(5.075e-3 / 3), 1e-12);
        RUTILE_COMPARE_REL(s.annualShortTermVolatility, std::sqrt(5.075e-3 / 3 * 252), 1e-12);
        RUTILE_COMPARE_REL(r.rollingVolatility.back(), s.annualShortTermVolatility, 1e-12);
        QVERIFY(std::isnan(r.rollingVolatility[2]));
        // VaR / ES at 5%: see historicalVarAndEs in tst_risk_statistics.
        RUTILE_COMPARE_REL(r.left.historical.var, -0.0355, 1e-11);
        RUTILE_COMPARE_REL(r.left.historical.expectedShortfall, -0.04, 1e-12);
        RUTILE_COMPARE_REL(r.right.historical.var, 0.041, 1e-11);
        RUTILE_COMPARE_REL(r.right.historical.expectedShortfall, 0.05, 1e-12);
        RUTILE_COMPARE_REL(r.left.gaussianVar, 0.002 - 1.6448536269514722 * sd, 1e-12);
        RUTILE_COMPARE_REL(r.right.gaussianVar, 0.002 + 1.6448536269514722 * sd, 1e-12);
        QCOMPARE(r.left.level, 0.05);
        QCOMPARE(r.right.level, 0.95);
        // 10 returns leave 1 exceedance of the 90% loss quantile: no fit, and it says so.
        QCOMPARE(r.left.pot.exceedanceCount, std::size_t(1));
        QVERIFY(std::isnan(r.left.pot.stressReturn));
        QVERIFY(r.hasWarning(RiskWarningKind::GpdNotFitted));
        QVERIFY(!r.hasWarning(RiskWarningKind::ShortHistory));
        // Values 100, 101, 98.98, 101.9494, 100.929906 (×2), 102.94850412, 98.8305639552,
        // 99.818869594752, 104.8098130744896, 101.6655186822549: the worst fall is the −4%
        // from day 6 to day 7, recovered on day 9; the longest lasts 3 bars (day 3 → 6; the
        // first of two 3-bar episodes).
        const DrawdownReport &d = r.drawdown;
        RUTILE_COMPARE_REL(d.maxDrawdown, -0.04, 1e-12);
        QCOMPARE(r.day[d.worst->peak], kDay0 + 6);
        QCOMPARE(r.day[d.worst->trough], kDay0 + 7);
        QCOMPARE(r.day[*d.worst->recovery], kDay0 + 9);
        QCOMPARE(r.day[d.longest->peak], kDay0 + 3);
        QCOMPARE(r.day[*d.longest->recovery], kDay0 + 6);
        QCOMPARE(d.longest->lengthBars, std::size_t(3));
        QVERIFY(!r.benchmark);
    }

    void logReturnsByDefault()
    {
        const auto report = analyseRisk(compound(QStringLiteral("TEN"), kTen), RiskOptions {});
        QVERIFY(report.ok());
        for (std::size_t i = 0; i < kTen.size(); ++i)
            RUTILE_COMPARE_TOL(report->returns[i], std::log1p(kTen[i]), 1e-12, 1e-15);
        QVERIFY(report->hasWarning(RiskWarningKind::ShortHistory)); // 10 < 63
        QCOMPARE(report->stats.shortTermCount, std::size_t(10));
    }

    void benchmarkPair()
    {
        // The pair of tst_risk_benchmark compounded into values; the benchmark also has days
        // before and after the asset's range, which the alignment drops.
        const Series b {0.01, -0.02, 0.015, -0.005, 0.0, 0.02, -0.01, -0.01};
        const Series e {0.002, 0.002, 0.002, 0.002, -0.002, -0.002, -0.002, -0.002};
        Series a(b.size());
        for (std::size_t i = 0; i < b.size(); ++i)
            a[i] = 0.0005 + 1.5 * b[i] + e[i];
        Series bLong {0.003, -0.001};
        bLong.insert(bLong.end(), b.begin(), b.end());
        bLong.push_back(0.004);
        const DatedSeries bench = compound(QStringLiteral("BENCH"), bLong, kDay0 - 2);
        RiskOptions o;
        o.returnType = ReturnType::Simple;
        o.benchmarkWindow = 8;
        const DatedSeries assetValues = compound(QStringLiteral("ASSET"), a);
        const auto report = analyseRisk(assetValues, o, &bench);
        QVERIFY(report.ok());
        QVERIFY(report->benchmark);
        const BenchmarkStats &s = *report->benchmark;
        QCOMPARE(s.symbol, QStringLiteral("BENCH"));
        QCOMPARE(s.count, std::size_t(8));
        RUTILE_COMPARE_REL(s.beta, 1.5, 1e-10);
        RUTILE_COMPARE_REL(s.alpha, 0.0005, 1e-8);
        RUTILE_COMPARE_REL(s.annualAlpha, 0.126, 1e-8);
        RUTILE_COMPARE_REL(s.rollingBeta.back(), 1.5, 1e-10);
        QVERIFY(!report->hasWarning(RiskWarningKind::BenchmarkShortOverlap));

        // Without common days: a warning, no benchmark section, still a report.
        const DatedSeries far = compound(QStringLiteral("FAR"), b, kDay0 + 1000);
        const auto apart = analyseRisk(assetValues, o, &far);
        QVERIFY(apart.ok());
        QVERIFY(!apart->benchmark);
        QVERIFY(apart->hasWarning(RiskWarningKind::BenchmarkNoOverlap));
    }

    void errors()
    {
        RiskOptions bad;
        bad.varLevel = 0.5;
        const auto invalid = analyseRisk(compound(QStringLiteral("X"), kTen), bad);
        QVERIFY(!invalid.ok());
        QCOMPARE(invalid.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(invalid.error().message.contains(QStringLiteral("var_level (0.5)")));

        const auto tooShort = analyseRisk(compound(QStringLiteral("X"), Series {0.01, 0.02, 0.03}), RiskOptions {});
        QVERIFY(!tooShort.ok());
        QCOMPARE(tooShort.error().kind, ErrorKind::InvalidInput);
        QVERIFY(tooShort.error().message.contains(QStringLiteral("not enough data")));

        DatedSeries negative = compound(QStringLiteral("EQ"), kTen);
        negative.value[4] = 0;
        const auto nonPositive = analyseRisk(negative, RiskOptions {});
        QVERIFY(!nonPositive.ok());
        QCOMPARE(nonPositive.error().kind, ErrorKind::InvalidInput);

        TaskControl control;
        control.isCancellationRequested = [] { return true; };
        const auto cancelled = analyseRisk(compound(QStringLiteral("X"), kTen), RiskOptions {}, nullptr, control);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
    }

    void jsonContract()
    {
        const auto report = analyseRisk(compound(QStringLiteral("TEN"), kTen), RiskOptions {});
        QVERIFY(report.ok());
        const QJsonObject j = riskReportToJson(*report);
        for (const char *key : {"count", "mean", "std", "skewness", "excess_kurtosis", "annual_mean", "annual_vol",
                 "short_term_vol", "var_left", "var_right", "es_left", "es_right", "stress_left", "stress_right",
                 "gpd_left", "gpd_right", "max_drawdown", "max_drawdown_peak", "max_drawdown_trough"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        for (const char *key : {"threshold", "xi", "sigma", "exceedances", "se_xi", "se_sigma", "converged"})
            QVERIFY2(j.value(QStringLiteral("gpd_left")).toObject().contains(QLatin1String(key)), key);
        QCOMPARE(j.value(QStringLiteral("count")).toInt(), 10);
        QVERIFY(j.value(QStringLiteral("stress_left")).isNull()); // NaN is written as null
        QCOMPARE(j.value(QStringLiteral("gpd_left")).toObject().value(QStringLiteral("converged")).toBool(), false);
        QVERIFY(!j.contains(QStringLiteral("beta")));
        QVERIFY(!j.value(QStringLiteral("warnings")).toArray().isEmpty());
    }

    void chartData()
    {
        // Histogram densities integrate to 1; counts add up to n.
        const Histogram h = histogram(kTen, 5); // range [−0.04, 0.05], width 0.018
        QCOMPARE(h.counts.size(), std::size_t(5));
        RUTILE_COMPARE_REL(h.binWidth, 0.018, 1e-13);
        // Bins: [−.04,−.022) {−.04,−.03} [−.022,−.004) {−.02,−.01} [−.004,.014) {0,.01,.01}
        //       [.014,.032) {.02,.03} [.032,.05] {.05}
        QCOMPARE(h.counts, (std::vector<std::size_t> {2, 2, 3, 2, 1}));
        double area = 0;
        for (double d : h.density)
            area += d * h.binWidth;
        RUTILE_COMPARE_REL(area, 1.0, 1e-13);

        // QQ: ppoints for n = 10 use a = 3/8: p_1 = 0.625/10.25.
        Series sorted = kTen;
        std::sort(sorted.begin(), sorted.end());
        const std::vector<XY> qq = normalQQ(sorted);
        QCOMPARE(qq.size(), std::size_t(10));
        RUTILE_COMPARE_REL(qq.front().x, normalQuantile(0.625 / 10.25), 1e-14);
        QCOMPARE(qq.front().y, -0.04);
        RUTILE_COMPARE_REL(qq.back().x, -qq.front().x, 1e-14);

        // Mean excess of y = {1, 2, 3, 4, 10} from the median (3), at least 1 above:
        //   v = 3: {4, 10} → (1 + 7)/2 = 4;   v = 4: {10} → 6
        const std::vector<MeanExcessPoint> me = meanExcessFunction(Series {1, 2, 3, 4, 10}, 0.5, 1);
        QCOMPARE(me.size(), std::size_t(2));
        QCOMPARE(me[0].threshold, 3.0);
        RUTILE_COMPARE_REL(me[0].meanExcess, 4.0, 1e-15);
        QCOMPARE(me[0].exceedances, std::size_t(2));
        RUTILE_COMPARE_REL(me[1].meanExcess, 6.0, 1e-15);
    }

    void defaultBenchmarkChoice()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("b.rutile")));
        QVERIFY(ws.ok());
        QVERIFY(!defaultBenchmark(**ws));
        BarSeries bars;
        bars.symbol = QStringLiteral("^GSPC");
        bars.append(Bar {kDay0, 1, 1, 1, 1, 1, 0});
        QVERIFY((*ws)->storeSeries(bars, {}).ok());
        QCOMPARE(defaultBenchmark(**ws), std::optional<QString>(QStringLiteral("^GSPC")));
        bars.symbol = QStringLiteral("SPX");
        QVERIFY((*ws)->storeSeries(bars, {}).ok());
        QCOMPARE(defaultBenchmark(**ws), std::optional<QString>(QStringLiteral("SPX")));
        // The workspace setting wins, when it names a symbol that is there.
        QVERIFY((*ws)->setSetting(QString::fromLatin1(kBenchmarkSettingKey), QStringLiteral("NOPE")).ok());
        QCOMPARE(defaultBenchmark(**ws), std::optional<QString>(QStringLiteral("SPX")));
        bars.symbol = QStringLiteral("IWM");
        QVERIFY((*ws)->storeSeries(bars, {}).ok());
        QVERIFY((*ws)->setSetting(QString::fromLatin1(kBenchmarkSettingKey), QStringLiteral("IWM")).ok());
        QCOMPARE(defaultBenchmark(**ws), std::optional<QString>(QStringLiteral("IWM")));
    }

    void russell2000History()
    {
        RUTILE_REQUIRE_SHARED_DATA(path, "RUT_yahoo_1987-2024.csv");
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("rut.rutile")));
        QVERIFY(ws.ok());
        ImportRequest request;
        request.filePath = path;
        request.symbol = QStringLiteral("RUT");
        QVERIFY(importHistory(**ws, request).ok());
        const auto bars = (*ws)->readBars(QStringLiteral("RUT"));
        QVERIFY(bars.ok());
        const auto report = analyseRisk(closeSeries(*bars), RiskOptions {});
        QVERIFY(report.ok());
        const RiskReport &r = *report;
        // Plausibility, not golden values: decades of daily index returns have a fat left
        // tail (excess kurtosis well above 0, negative skew), a GPD shape between 0 and 0.6,
        // and ~940 exceedances of the 90% loss quantile.
        QVERIFY(r.stats.count > 9000);
        QVERIFY(r.stats.excessKurtosis > 3);
        QVERIFY(r.stats.skewness < 0);
        QVERIFY2(r.left.pot.fit.converged, qPrintable(QString::number(int(r.left.pot.fit.status))));
        QVERIFY(r.right.pot.fit.converged);
        QVERIFY(r.left.pot.fit.xi > 0 && r.left.pot.fit.xi < 0.6);
        QVERIFY(r.left.pot.exceedanceCount > 900);
        // The fat tail is visible at 1%: the historical and Cornish–Fisher VaR lie beyond the
        // Gaussian one (at 5% the kurtosis term of Cornish–Fisher, (z³ − 3z)K/24, changes sign
        // since |z| < √3, so no such ordering holds there). At 1%, inside the data, the GPD tail
        // quantile (the stress value) must agree with the empirical quantile within 10%.
        RiskOptions onePercent;
        onePercent.varLevel = 0.01;
        const auto strict = analyseRisk(closeSeries(*bars), onePercent);
        QVERIFY(strict.ok());
        QVERIFY(strict->left.historical.var < strict->left.gaussianVar);
        QVERIFY(strict->left.cornishFisherVar < strict->left.gaussianVar);
        RUTILE_COMPARE_REL(r.left.pot.stressReturn, strict->left.historical.var, 0.10);
        RUTILE_COMPARE_REL(r.right.pot.stressReturn, strict->right.historical.var, 0.10);
        QVERIFY(r.drawdown.maxDrawdown < -0.4); // 2008 and 2020
        qInfo("RUT: n=%zu xi_left=%.4f (se %.4f) sigma=%.5f stress_left=%.4f, %.1f ms", r.stats.count,
            r.left.pot.fit.xi, r.left.pot.fit.seXi, r.left.pot.fit.sigma, r.left.pot.stressReturn, r.elapsedMs);
    }
};

QTEST_GUILESS_MAIN(TestRiskAnalysis)
#include "tst_risk_analysis.moc"
