// `portfolio` as scripts run it: the JSON document (the backtest's headline keys, the settings
// by name, every rebalance with its targets, skips with reasons), the settings read by their
// ParamSpecs' options, the terminal summary, and the refusals with their exit codes, which
// leave every output as it was. Its figures are checked against an independent replay in
// check_portfolio.py.

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

class TestCliPortfolio : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sample.rutile"));
        const CliRun sample = runCli({"--db", m_db, "sample", "--universe", "25"});
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
        // A list with a symbol that is not cached: skipped with its reason, not fatal.
        const CliRun list = runCli({"--db", m_db, "list", "set", "SOME", "SYN-U0001", "SYN-U0002", "SYN-U0003",
                                    "SYN-U0004", "SYN-U0005", "NOT-CACHED"});
        QVERIFY2(list.exitCode == 0, list.err.constData());
    }

    void jsonDocument()
    {
        const CliRun run = runCli({"--db", m_db, "portfolio", "SAMPLE-UNIVERSE", "--rank", "change(close, 63) / ref(close, 63)",
                                   "--where", "close > sma(close, 100)", "--top", "4", "--rebalance", "quarterly",
                                   "--weights", "inverse_vol", "--vol-window", "21", "--max-weight-pct", "30",
                                   "--from", "2000-01-03", "--to", "2019-12-31", "--commission-pct", "0.1", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        for (const char *key : {"kind", "list", "list_size", "rank", "filter", "settings", "config", "first_date",
                                "last_date", "trades", "final_equity", "total_return", "cagr", "sharpe", "sortino",
                                "calmar", "max_drawdown", "win_rate", "profit_factor", "exposure", "total_commission",
                                "annual_turnover", "rebalances", "last_holdings", "skipped", "risk", "benchmark", "beta",
                                "alpha", "benchmark_held"})
            QVERIFY2(j.contains(QLatin1String(key)), key);
        QCOMPARE(j["kind"].toString(), QStringLiteral("portfolio"));
        QCOMPARE(j["list_size"].toInt(), 25);
        QCOMPARE(j["benchmark"].toString(), QStringLiteral("SYN-LARGE")); // the sample's setting
        const QJsonObject settings = j["settings"].toObject();
        QCOMPARE(settings["top"].toInt(), 4);
        QCOMPARE(settings["rebalance"].toString(), QStringLiteral("quarterly"));
        QCOMPARE(settings["weights"].toString(), QStringLiteral("inverse_vol"));
        QCOMPARE(settings["max_weight_pct"].toDouble(), 30.0);
        QCOMPARE(j["config"].toObject()["commission"].toObject()["rate"].toDouble(), 0.001);
        QVERIFY(j["first_date"].toString() >= QStringLiteral("2000-01-03"));
        QVERIFY(j["last_date"].toString() <= QStringLiteral("2019-12-31"));

        // Quarterly: the first trading day of each quarter (and the first day), 20 years' worth.
        const QJsonArray rebalances = j["rebalances"].toArray();
        QCOMPARE(rebalances.size(), 80);
        int checked = 0;
        for (const QJsonValue &v : rebalances) {
            const QJsonObject r = v.toObject();
            const QDate day = QDate::fromString(r["date"].toString(), Qt::ISODate);
            QVERIFY(day.month() % 3 == 1 && day.day() <= 7);
            const QJsonArray targets = r["targets"].toArray();
            QVERIFY(targets.size() <= 4);
            double total = 0;
            for (qsizetype i = 0; i < targets.size(); ++i) {
                const QJsonObject t = targets[i].toObject();
                QVERIFY(t["weight"].toDouble() > 0 && t["weight"].toDouble() <= 0.3);
                total += t["weight"].toDouble();
                if (i > 0) // best first
                    QVERIFY(targets[i - 1].toObject()["score"].toDouble() >= t["score"].toDouble());
                ++checked;
            }
            QVERIFY(total <= 1 + 1e-12);
        }
        QVERIFY(checked > 100);
        QVERIFY(j["trades"].toInt() > 10);
        QVERIFY(j["risk"].toObject().contains(QStringLiteral("var_left")));
    }

    void skipsAndSummary()
    {
        const CliRun run = runCli({"--db", m_db, "portfolio", "SOME", "--rank", "close", "--top", "2", "--no-benchmark"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("SOME: top 2 of 6 by close"), run.out.constData());
        QVERIFY(run.out.contains("final_equity"));
        QVERIFY(run.out.contains("1 symbols skipped"));
        QVERIFY(!run.out.contains("beta"));
        const CliRun json = runCli({"--db", m_db, "portfolio", "SOME", "--rank", "close", "--no-benchmark", "--json", "-"});
        const QJsonArray skipped = QJsonDocument::fromJson(json.out).object()["skipped"].toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(skipped[0].toObject()["symbol"].toString(), QStringLiteral("NOT-CACHED"));
        QCOMPARE(skipped[0].toObject()["reason"].toString(), QStringLiteral("not in the workspace"));
    }

    void refusalsLeaveOutputsAsTheyWere()
    {
        const QString out = m_dir.filePath(QStringLiteral("kept.json"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("before");
        f.close();
        const auto refused = [&](const QStringList &args, int code, const char *message) {
            const CliRun r = runCli(QStringList{"--db", m_db, "portfolio"} + args + QStringList{"--json", out});
            QCOMPARE(r.exitCode, code);
            QVERIFY2(r.err.contains(message), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1); // one line
            QFile kept(out);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), QByteArray("before"));
        };
        refused({"SAMPLE-UNIVERSE"}, 1, "give --rank EXPR");
        refused({"SAMPLE-UNIVERSE", "--rank", "close", "extra"}, 1, "portfolio takes one watchlist");
        refused({"SAMPLE-UNIVERSE", "--rank", "close > smaa(close, 3)"}, 1, "--rank:1:9: ");
        refused({"SAMPLE-UNIVERSE", "--rank", "close", "--where", "close"}, 1, "--where takes a condition");
        refused({"SAMPLE-UNIVERSE", "--rank", "close", "--top", "0"}, 1, "--top (0) out of range [1, 1000]");
        refused({"SAMPLE-UNIVERSE", "--rank", "close", "--rebalance", "hourly"}, 1, "--rebalance");
        refused({"SAMPLE-UNIVERSE", "--rank", "close", "--max-weight-pct", "0"}, 1, "--max-weight-pct");
        refused({"SAMPLE-UNIVERSE", "--rank", "close", "--commission-pct", "50"}, 1, "--commission-pct");
        refused({"NO-SUCH-LIST", "--rank", "close"}, 2, "NO-SUCH-LIST");
        refused({"SAMPLE-UNIVERSE", "--rank", "close", "--benchmark", "NOPE"}, 2, "NOPE");
        refused({"SAMPLE-UNIVERSE", "--rank", "close", "--from", "2030-01-01"}, 2, "no symbol of the list can be ranked");
        // A sizing option is the engine's, not the portfolio's: unknown here.
        refused({"SAMPLE-UNIVERSE", "--rank", "close", "--size-pct", "50"}, 1, "size-pct");
    }
};

QTEST_GUILESS_MAIN(TestCliPortfolio)
#include "tst_cli_portfolio.moc"
