// Risk figures of a committed fixture's closes (tests/data/golden_traded.csv, 520 synthetic daily
// bars) against tests/data/golden/risk_{log,simple}.csv, written by
// tests/data/golden/make_golden.py: return moments (sample mean and σ, Joanes–Gill G1 and G2),
// historical VaR and ES with the type-7 quantile, Gaussian and Cornish–Fisher VaR (Python's
// statistics.NormalDist for Φ⁻¹) and the maximum drawdown. Runs without ../shared/data.

#include "GoldenFiles.h"
#include "HistoryFiles.h"

#include "risk/RiskAnalysis.h"

using namespace rutile;
using namespace rutile::test;
using namespace rutile::risk;

#define GOLDEN_FIGURE(actual, key, relTol, absTol)                                                                     \
    do {                                                                                                               \
        const double want_ = goldenNumber(goldenValue(expected, QStringLiteral(key)));                                 \
        const double got_ = double(actual);                                                                            \
        if (!fuzzyEqual(got_, want_, (relTol), (absTol)))                                                              \
            QFAIL(QByteArray(key ": " + describeMismatch(got_, want_, (relTol), (absTol))).constData());               \
        ++checked;                                                                                                     \
    } while (false)

class TestRiskGolden : public QObject {
    Q_OBJECT

private slots:
    void goldenFigures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("returnType");
        QTest::newRow("log returns") << QStringLiteral("risk_log.csv") << int(ReturnType::Log);
        QTest::newRow("simple returns") << QStringLiteral("risk_simple.csv") << int(ReturnType::Simple);
        // 513 returns at p = 0.125: the VaR is the 65th smallest return itself, which the ES
        // ("at or below the VaR") must include.
        QTest::newRow("VaR at an observed return") << QStringLiteral("risk_log_observed_var.csv") << int(ReturnType::Log);
    }

    void goldenFigures()
    {
        QFETCH(QString, file);
        QFETCH(int, returnType);
        const auto expected = readGoldenKeyValues(file);
        auto bars = readHistoryFile(fixture(QStringLiteral("golden_traded.csv")));
        QVERIFY2(bars.ok(), qPrintable(bars.ok() ? QString() : bars.error().toString()));
        RiskOptions options;
        options.returnType = ReturnType(returnType);
        QCOMPARE(returnTypeName(options.returnType), goldenValue(expected, QStringLiteral("returns")));
        options.varLevel = goldenNumber(goldenValue(expected, QStringLiteral("var_level")));
        options.shortTermWindow = goldenValue(expected, QStringLiteral("short_window")).toInt();
        // The first `bars` closes of the fixture.
        const std::size_t count = goldenValue(expected, QStringLiteral("bars")).toULongLong();
        QVERIFY(count >= 500 && count <= bars->size());
        const auto report = analyseRisk(closeSeries(bars->slice(0, count)), options);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        const RiskReport &r = *report;

        // Tolerances: 1e-12 relative where both sides do the same arithmetic on the same
        // numbers in another order (moments, quantiles, tail means); 1e-9 for the higher
        // moments and Cornish–Fisher, which amplify rounding; Φ⁻¹ from Boost and from Python
        // agree to ~1e-15.
        int checked = 0;
        GOLDEN_FIGURE(r.stats.count, "count", 0, 0);
        GOLDEN_FIGURE(r.stats.mean, "mean", 1e-12, 1e-17);
        GOLDEN_FIGURE(r.stats.stdDev, "std", 1e-12, 0);
        GOLDEN_FIGURE(r.stats.skewness, "skewness", 1e-9, 1e-12);
        GOLDEN_FIGURE(r.stats.excessKurtosis, "excess_kurtosis", 1e-9, 1e-12);
        GOLDEN_FIGURE(r.stats.annualMean, "annual_mean", 1e-12, 1e-15);
        GOLDEN_FIGURE(r.stats.annualVolatility, "annual_vol", 1e-12, 0);
        GOLDEN_FIGURE(r.stats.min, "min", 1e-12, 0);
        GOLDEN_FIGURE(r.stats.max, "max", 1e-12, 0);
        GOLDEN_FIGURE(r.stats.shortTermVolatility, "short_term_vol", 1e-12, 0);
        GOLDEN_FIGURE(r.left.historical.var, "left_var", 1e-12, 0);
        GOLDEN_FIGURE(r.left.historical.expectedShortfall, "left_es", 1e-12, 0);
        GOLDEN_FIGURE(r.left.historical.tailCount, "left_tail_count", 0, 0);
        GOLDEN_FIGURE(r.right.historical.var, "right_var", 1e-12, 0);
        GOLDEN_FIGURE(r.right.historical.expectedShortfall, "right_es", 1e-12, 0);
        GOLDEN_FIGURE(r.right.historical.tailCount, "right_tail_count", 0, 0);
        GOLDEN_FIGURE(r.left.gaussianVar, "left_gaussian_var", 1e-12, 0);
        GOLDEN_FIGURE(r.right.gaussianVar, "right_gaussian_var", 1e-12, 0);
        GOLDEN_FIGURE(r.left.cornishFisherVar, "left_cornish_fisher_var", 1e-9, 0);
        GOLDEN_FIGURE(r.right.cornishFisherVar, "right_cornish_fisher_var", 1e-9, 0);
        GOLDEN_FIGURE(r.drawdown.maxDrawdown, "max_drawdown", 1e-12, 0);
        QCOMPARE(checked, 21);
        QVERIFY(r.drawdown.worst.has_value());
        QCOMPARE(toDate(r.day[r.drawdown.worst->peak]).toString(Qt::ISODate),
            goldenValue(expected, QStringLiteral("max_drawdown_peak_date")));
        QCOMPARE(toDate(r.day[r.drawdown.worst->trough]).toString(Qt::ISODate),
            goldenValue(expected, QStringLiteral("max_drawdown_trough_date")));
    }
};

QTEST_GUILESS_MAIN(TestRiskGolden)
#include "tst_risk_golden.moc"
