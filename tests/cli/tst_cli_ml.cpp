// `ml` as scripts run it (CLI.md "ml"): the JSON keys, the features written as CLI.md writes
// them (macd:12,26,9 one spec among commas), each evaluation's rows, the leak's warning, the
// refusals; and the seed's experiment on the real RUT history: the shuffled split beats the
// always-up baseline, the honest evaluations do not.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rutile::test;

class TestCliMl : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sample.rutile"));
        QCOMPARE(runCli({"--db", m_db, "sample", "--universe", "0"}).exitCode, 0);
    }

    void jsonAndEvaluations()
    {
        const CliRun run = runCli({"--db", m_db, "ml", "SYN-SMALL", "--features", "sma:50,sma:200,rsi:14,macd:12,26,9",
                                   "--model", "rf", "--param", "trees=40", "--eval", "chronological", "--test-fraction",
                                   "0.2", "--from", "2005-01-01", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        for (const char *key : {"rows", "train_rows", "test_rows", "test_first_date", "test_last_date", "accuracy",
                                "balanced_accuracy", "auc", "log_loss", "base_rate", "baseline_accuracy",
                                "edge_vs_baseline", "p_value", "feature_importance", "warnings"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j["features"].toArray().size(), 4);
        QCOMPARE(j["features"].toArray()[3].toString(), QStringLiteral("macd:12,26,9"));
        QCOMPARE(j["feature_importance"].toObject().size(), 4);
        const int rows = j["rows"].toInt();
        QCOMPARE(j["train_rows"].toInt(), int(std::floor(0.8 * rows)));
        QCOMPARE(j["train_rows"].toInt() + j["test_rows"].toInt(), rows);
        QCOMPARE(j["params"].toObject()["trees"].toInt(), 40);
        QVERIFY(j["test_first_date"].toString() > QStringLiteral("2015-01-01"));
        const double baseRate = j["base_rate"].toDouble();
        QCOMPARE(j["baseline_accuracy"].toDouble(), std::max(baseRate, 1 - baseRate));
        QVERIFY(near(j["edge_vs_baseline"].toDouble(), j["accuracy"].toDouble() - j["baseline_accuracy"].toDouble()));

        const CliRun shuffled = runCli({"--db", m_db, "ml", "SYN-SMALL", "--model", "gbt", "--param", "rounds=30", "--eval",
                                        "shuffled", "--horizon", "5", "--json", "-"});
        QVERIFY2(shuffled.exitCode == 0, shuffled.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(shuffled.out).object();
        QVERIFY(s["warnings"].toArray()[0].toString().contains(QStringLiteral("leaks the future")));
        QCOMPARE(s["model"].toString(), QStringLiteral("gbt"));

        const CliRun purged = runCli({"--db", m_db, "ml", "SYN-SMALL", "--param", "trees=20", "--eval", "purged",
                                      "--folds", "3", "--json", "-"});
        QVERIFY2(purged.exitCode == 0, purged.err.constData());
        const QJsonObject p = QJsonDocument::fromJson(purged.out).object();
        QCOMPARE(p["folds"].toArray().size(), 3);
        QCOMPARE(p["test_rows"].toInt(), p["rows"].toInt());
    }

    void refusals()
    {
        const auto refused = [&](const QStringList &args, int code, const char *message) {
            const CliRun r = runCli(QStringList{"--db", m_db, "ml"} + args);
            QCOMPARE(r.exitCode, code);
            QVERIFY2(r.err.contains(message), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        };
        refused({}, 1, "ml takes one symbol");
        refused({"SYN-SMALL", "--model", "svm"}, 1, "--model: expected rf or gbt");
        refused({"SYN-SMALL", "--eval", "kfold"}, 1, "--eval: expected shuffled, chronological, purged or walkforward");
        refused({"SYN-SMALL", "--param", "rounds=5"}, 1, "rounds");
        refused({"SYN-SMALL", "--features", "smaa:5"}, 1, "smaa");
        refused({"SYN-SMALL", "--horizon", "0"}, 1, "--horizon: expected a whole number in [1, 250]");
        refused({"SYN-SMALL", "--test-fraction", "1"}, 1, "--test-fraction");
        refused({"NOPE"}, 2, "NOPE");
        refused({"SYN-SMALL", "--from", "2025-12-01"}, 2, "sma: period (50) is longer than the series");
    }

    // The seed's experiment on RUT 1987–2024, 5-day labels: the shuffled split reports an edge
    // over always-up; chronological, purged and walk-forward do not (README "ML lab").
    void seedsExperimentOnRut()
    {
        RUTILE_REQUIRE_SHARED_DATA(rut, "RUT_yahoo_1987-2024.csv");
        const QString db = m_dir.filePath(QStringLiteral("rut.rutile"));
        QCOMPARE(runCli({"--db", db, "import", rut, "--symbol", "RUT"}).exitCode, 0);
        const auto accuracyEdge = [&](const char *method) {
            const CliRun r = runCli({"--db", db, "ml", "RUT", "--horizon", "5", "--param", "trees=50", "--eval", method,
                                     "--json", "-"});
            const QJsonObject j = QJsonDocument::fromJson(r.out).object();
            return std::pair{j["edge_vs_baseline"].toDouble(), j["warnings"].toArray().size()};
        };
        const auto [shuffledEdge, shuffledWarnings] = accuracyEdge("shuffled");
        QVERIFY2(shuffledEdge > 0.02, qPrintable(QString::number(shuffledEdge)));
        QVERIFY(shuffledWarnings >= 1);
        for (const char *honest : {"chronological", "purged", "walkforward"}) {
            const auto [edge, warnings] = accuracyEdge(honest);
            QVERIFY2(edge < 0.01, honest);
            QVERIFY2(warnings == 1, honest); // "does not beat always-up"
        }
    }

private:
    static bool near(double a, double b) { return std::abs(a - b) < 1e-12; }
};

QTEST_GUILESS_MAIN(TestCliMl)
#include "tst_cli_ml.moc"
