// `ml` as scripts run it (CLI.md "ml"): the JSON keys, the features written as CLI.md writes
// them (macd:12,26,9 one spec among commas), each evaluation's rows, the leak's warning, the
// refusals; and the seed's experiment on the real RUT history: the shuffled split beats the
// always-up baseline, the honest evaluations do not. Also --save-model and --saved, and the
// ml_signal strategy through `backtest` and `optimize`.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "storage/Workspace.h"

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

    void savesAModelAndLoadsItBack()
    {
        // --save-model trains the model on every row and keeps it; --saved loads it and gives the
        // latest bar the same probability. A command whose output fails keeps no model.
        const QString db = m_dir.filePath(QStringLiteral("models.rutile"));
        QVERIFY(QFile::copy(m_db, db));
        const CliRun saved = runCli({"--db", db, "ml", "SYN-SMALL", "--model", "gbt", "--param", "rounds=20",
                                     "--save-model", "small gbt", "--json", "-"});
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(saved.out).object();
        const QJsonObject model = j["saved_model"].toObject();
        QCOMPARE(model["name"].toString(), QStringLiteral("small gbt"));
        QCOMPARE(model["rows"].toInt(), j["rows"].toInt()); // every row of the dataset
        QCOMPARE(model["params"].toObject()["rounds"].toInt(), 20);
        const double p = model["latest"].toObject()["probability"].toDouble();
        QVERIFY(p > 0 && p < 1);

        const CliRun loaded = runCli({"--db", db, "ml", "SYN-SMALL", "--saved", "small gbt", "--json", "-"});
        QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
        const QJsonObject l = QJsonDocument::fromJson(loaded.out).object();
        QCOMPARE(l["latest"].toObject()["probability"].toDouble(), p);
        QCOMPARE(l["latest"].toObject()["date"], model["latest"].toObject()["date"]);
        QCOMPARE(l["features"], model["features"]);
        QCOMPARE(l["last_date"], model["last_date"]);

        const CliRun failed = runCli({"--db", db, "ml", "SYN-SMALL", "--model", "gbt", "--param", "rounds=5",
                                      "--save-model", "other", "--json", m_dir.filePath(QStringLiteral("no/such/dir.json"))});
        QVERIFY(failed.exitCode != 0);
        const CliRun missing = runCli({"--db", db, "ml", "SYN-SMALL", "--saved", "other"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("no model called other"), missing.err.constData());
        QCOMPARE(runCli({"--db", db, "ml", "SYN-SMALL", "--save-model", ""}).exitCode, 1);
    }

    void backtestsAndOptimisesTheSignal()
    {
        // ml_signal with the scale-free features: ratio:sma:200 starts at bar 199, the 500th row
        // is bar 698, labelled at the close of bar 699, the first refit; nothing is entered
        // before it (orders fill at the next bar's open, so no entry before bar 700).
        const QString trades = m_dir.filePath(QStringLiteral("ml-trades.csv"));
        const CliRun run = runCli({"--db", m_db, "backtest", "SYN-SMALL", "--strategy", "ml_signal", "--param",
                                   "features=returns", "--param", "trees=20", "--param", "train_bars=500", "--param",
                                   "refit_every=126", "--trades", trades, "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(j["strategy"].toString(), QStringLiteral("ml_signal"));
        QCOMPARE(j["params"].toObject()["model"].toString(), QStringLiteral("gbt"));
        QVERIFY(j["trades"].toInt() >= 5);
        auto ws = rutile::Workspace::open(m_db, rutile::WorkspaceAccess::Read);
        QVERIFY(ws.ok());
        const auto bars = (*ws)->readBars(QStringLiteral("SYN-SMALL"));
        QVERIFY(bars.ok());
        QFile csv(trades);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        const QString firstEntry = QString::fromLatin1(lines[1].split(',').front());
        QCOMPARE(firstEntry >= bars->date(700).toString(Qt::ISODate), true);

        const CliRun opt = runCli({"--db", m_db, "optimize", "SYN-SMALL", "--strategy", "ml_signal", "--param",
                                   "trees=20", "--param", "train_bars=500", "--grid", "threshold=0.5:0.6:0.05", "--json", "-"});
        QVERIFY2(opt.exitCode == 0, opt.err.constData());
        QCOMPARE(QJsonDocument::fromJson(opt.out).object()["evaluated"].toInt(), 3);
        const CliRun bad = runCli({"--db", m_db, "backtest", "SYN-SMALL", "--strategy", "ml_signal", "--param",
                                   "window=100", "--param", "train_bars=500"});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("window (100) must be 0 or at least train_bars (500)"), bad.err.constData());
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
        refused({"SYN-SMALL", "--horizon", "0"}, 1, "--horizon (0) out of range [1, 250]");
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

        // ml_signal with its defaults, 0.05 % commission and 2 bps slippage (README "The
        // ml_signal strategy"): 516 trades, CAGR 3.7 % against buy-and-hold's 7.1 %; a grid of
        // five thresholds whose best (0.55, Sharpe 0.32) fails the deflated Sharpe test.
        const CliRun bt = runCli({"--db", db, "backtest", "RUT", "--strategy", "ml_signal", "--commission-pct", "0.05",
                                  "--slippage-bps", "2", "--json", "-"});
        QVERIFY2(bt.exitCode == 0, bt.err.constData());
        const QJsonObject b = QJsonDocument::fromJson(bt.out).object();
        QCOMPARE(b["trades"].toInt(), 516);
        QVERIFY(near(b["cagr"].toDouble(), 0.0368, 5e-5));
        QVERIFY(near(b["buy_and_hold"].toObject()["cagr"].toDouble(), 0.0708, 5e-5));
        const CliRun opt = runCli({"--db", db, "optimize", "RUT", "--strategy", "ml_signal", "--grid",
                                   "threshold=0.5:0.6:0.025", "--commission-pct", "0.05", "--slippage-bps", "2", "--json", "-"});
        QVERIFY2(opt.exitCode == 0, opt.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(opt.out).object();
        QCOMPARE(o["best"].toObject()["params"].toObject()["threshold"].toDouble(), 0.55);
        QCOMPARE(o["deflated_sharpe"].toObject()["significant"].toBool(), false);
    }

private:
    static bool near(double a, double b, double tolerance = 1e-12) { return std::abs(a - b) < tolerance; }
};

QTEST_GUILESS_MAIN(TestCliMl)
#include "tst_cli_ml.moc"
