// rutile-cli risk end to end, run as a separate process: the contract of shared/design/CLI.md
// (options, exit codes, JSON keys) on fixtures whose statistics are computed by hand in
// tests/core/risk (tst_risk_statistics, tst_risk_benchmark).

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

using namespace rutile;

using Run = test::CliRun;


class TestCliRisk : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run risk(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("risk"));
        arguments.prepend(m_db);
        arguments.prepend(QStringLiteral("--db"));
        return test::runCli(arguments);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("risk.rutile"));
        for (const auto &[file, symbol] : {std::pair {"risk_ten_simple_returns.csv", "TEN"},
                 {"risk_pair_asset_beta_1_5.csv", "ASSET"}, {"risk_pair_benchmark.csv", "BENCH"}}) {
            const Run run = test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                test::fixture(QString::fromLatin1(file)), QStringLiteral("--symbol"), QString::fromLatin1(symbol)});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        // OLD: six bars in 2023, no date in common with the 2024 fixtures.
        const QString old = m_dir.filePath(QStringLiteral("old.csv"));
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Date,Open,High,Low,Close,Adj Close,Volume\n");
        for (int d = 2; d <= 7; ++d)
            file.write(QStringLiteral("2023-03-0%1,10,11,9,%2,%2,100\n").arg(d).arg(10 + d % 3).toUtf8());
        file.close();
        QCOMPARE(test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), old, QStringLiteral("--symbol"),
                         QStringLiteral("OLD")})
                     .exitCode,
            0);
    }

    void jsonFollowsTheContract()
    {
        const Run run = risk({QStringLiteral("ten"), QStringLiteral("--returns"), QStringLiteral("simple"),
            QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        const QStringList contract {"count", "mean", "std", "skewness", "excess_kurtosis", "annual_mean", "annual_vol",
            "short_term_vol", "var_left", "var_right", "es_left", "es_right", "stress_left", "stress_right", "gpd_left",
            "gpd_right", "max_drawdown", "max_drawdown_peak", "max_drawdown_trough"};
        for (const QString &key : contract)
            QVERIFY2(j.contains(key), qPrintable(key));
        for (const char *side : {"gpd_left", "gpd_right"}) {
            const QJsonObject gpd = j.value(QLatin1String(side)).toObject();
            for (const char *key : {"threshold", "xi", "sigma", "exceedances", "se_xi", "se_sigma", "converged"})
                QVERIFY2(gpd.contains(QLatin1String(key)), key);
        }
        // Hand values (tst_risk_statistics::momentsOfReturnsByHand, historicalVarAndEs).
        const double sd = std::sqrt(6.96e-3 / 9);
        QCOMPARE(j.value(QStringLiteral("count")).toInt(), 10);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("mean")).toDouble(), 0.002, 1e-12);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("std")).toDouble(), sd, 1e-12);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("annual_vol")).toDouble(), sd * std::sqrt(252.0), 1e-12);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("var_left")).toDouble(), -0.0355, 1e-11);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("var_right")).toDouble(), 0.041, 1e-11);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("es_left")).toDouble(), -0.04, 1e-12);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("es_right")).toDouble(), 0.05, 1e-12);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("max_drawdown")).toDouble(), -0.04, 1e-12);
        QCOMPARE(j.value(QStringLiteral("max_drawdown_peak")).toString(), QStringLiteral("2024-01-10"));
        QCOMPARE(j.value(QStringLiteral("max_drawdown_trough")).toString(), QStringLiteral("2024-01-11"));
        QCOMPARE(j.value(QStringLiteral("min_date")).toString(), QStringLiteral("2024-01-11"));
        // Ten returns cannot support a GPD fit: null stress, a warning on stderr, exit 0.
        QVERIFY(j.value(QStringLiteral("stress_left")).isNull());
        QCOMPARE(j.value(QStringLiteral("gpd_left")).toObject().value(QStringLiteral("converged")).toBool(), false);
        QVERIFY(run.err.contains("exceedances"));
        // No benchmark in this workspace (no setting, no SPX): no benchmark keys.
        QVERIFY(!j.contains(QStringLiteral("beta")));
    }

    void benchmarkKeys()
    {
        const Run run = risk({QStringLiteral("ASSET"), QStringLiteral("--benchmark"), QStringLiteral("BENCH"),
            QStringLiteral("--returns"), QStringLiteral("simple"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        for (const char *key : {"beta", "alpha", "annual_alpha", "correlation", "r_squared"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        // The constructed pair a = 0.0005 + 1.5·b + e, e ⟂ (1, b): see tst_risk_benchmark.
        RUTILE_COMPARE_REL(j.value(QStringLiteral("beta")).toDouble(), 1.5, 1e-10);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("alpha")).toDouble(), 0.0005, 1e-8);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("annual_alpha")).toDouble(), 0.126, 1e-8);
        const double sbb = 1.35e-3;
        const double rho = 1.5 * sbb / std::sqrt(sbb * (2.25 * sbb + 3.2e-5));
        RUTILE_COMPARE_REL(j.value(QStringLiteral("correlation")).toDouble(), rho, 1e-10);
        RUTILE_COMPARE_REL(j.value(QStringLiteral("r_squared")).toDouble(), rho * rho, 1e-10);
    }

    void defaultBenchmarkFromTheWorkspace()
    {
        // An SPX symbol becomes the default benchmark; --no-benchmark turns it off.
        QVERIFY(test::runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"),
                        test::fixture(QStringLiteral("risk_pair_benchmark.csv")), QStringLiteral("--symbol"),
                        QStringLiteral("SPX")})
                    .exitCode
            == 0);
        const Run with = risk({QStringLiteral("ASSET"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(with.exitCode, 0);
        const QJsonObject j = QJsonDocument::fromJson(with.out).object();
        QCOMPARE(j.value(QStringLiteral("benchmark")).toString(), QStringLiteral("SPX"));
        QVERIFY(j.contains(QStringLiteral("beta")));
        const Run without = risk(
            {QStringLiteral("ASSET"), QStringLiteral("--no-benchmark"), QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(without.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(without.out).object().contains(QStringLiteral("beta")));
        // The human-readable table names the benchmark.
        const Run table = risk({QStringLiteral("ASSET")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("SPX"));
        QVERIFY(table.out.contains("max drawdown"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown symbol") << QStringList {"NOPE"} << 2 << "NOPE";
        QTest::newRow("unknown benchmark") << QStringList {"TEN", "--benchmark", "NOPE"} << 2 << "NOPE";
        QTest::newRow("bad returns") << QStringList {"TEN", "--returns", "pct"} << 1 << "--returns";
        QTest::newRow("bad param") << QStringList {"TEN", "--param", "var_level=0.9"} << 1 << "var_level (0.9)";
        QTest::newRow("unknown param") << QStringList {"TEN", "--param", "level=0.9"} << 1 << "level";
        QTest::newRow("bad date") << QStringList {"TEN", "--from", "2024-13-01"} << 1 << "--from";
        QTest::newRow("not enough data") << QStringList {"TEN", "--to", "2024-01-05"} << 2 << "not enough data";
        QTest::newRow("no common dates") << QStringList {"TEN", "--benchmark", "OLD"} << 2 << "common returns";
        QTest::newRow("two symbols") << QStringList {"TEN", "ASSET"} << 1 << "exactly one";
        QTest::newRow("both benchmark switches")
            << QStringList {"TEN", "--benchmark", "BENCH", "--no-benchmark"} << 1 << "cannot be combined";
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = risk(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void helpStatesTheConventions()
    {
        const Run run = test::runCli({QStringLiteral("risk"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *needle : {"type 7", "n-1", "SKEW", "threshold", "observed", "var_level", "--benchmark"})
            QVERIFY2(run.out.contains(needle), needle);
    }
};

QTEST_GUILESS_MAIN(TestCliRisk)
#include "tst_cli_risk.moc"
