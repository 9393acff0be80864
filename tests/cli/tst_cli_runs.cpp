// The run journal through rutile-cli (CLI.md "runs / report"): every backtest, optimize,
// walkforward and ml run leaves one entry with the keys of `runs`, the headline numbers of its
// own --json, the exact inputs (the rule file's text and hash) and a fingerprint of its bars
// that moves when the data does. A failed command leaves no entry; a read-only workspace runs
// with one warning and stays as it was; `runs show` and `runs purge` as documented.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include "storage/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace rutile::test;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliRuns : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QJsonArray runs(const QString &db)
    {
        const CliRun run = runCli({"--db", db, "runs", "--json", "-"});
        if (run.exitCode != 0)
            qFatal("runs failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

    QJsonObject show(const QString &db, qint64 id)
    {
        const CliRun run = runCli({"--db", db, "runs", "show", QString::number(id), "--json", "-"});
        if (run.exitCode != 0)
            qFatal("runs show failed: %s", run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("w.rutile"));
        QVERIFY(importRandomWalks(m_dir.path(), m_db));
    }

    void backtestIsJournaledWithItsOwnNumbers()
    {
        const int before = runs(m_db).size();
        const CliRun bt = runCli({"--db", m_db, "backtest", "AAA", "--strategy", "sma_cross", "--param", "fast=5",
                                  "--param", "slow=30", "--commission-pct", "0.1", "--json", "-"});
        QVERIFY2(bt.exitCode == 0, bt.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(bt.out).object();

        const QJsonArray list = runs(m_db);
        QCOMPARE(list.size(), before + 1);
        const QJsonObject e = list.first().toObject(); // newest first
        QCOMPARE(jsonKeys(e), (QSet<QString>{"id", "time", "kind", "symbol", "strategy", "params", "data_hash",
                                              "app_version", "summary"}));
        QCOMPARE(e["kind"].toString(), QStringLiteral("backtest"));
        QCOMPARE(e["symbol"].toString(), QStringLiteral("AAA"));
        QCOMPARE(e["strategy"].toString(), QStringLiteral("sma_cross"));
        QCOMPARE(e["params"].toObject()["fast"].toInt(), 5);
        QVERIFY(e["data_hash"].toString().startsWith(QStringLiteral("sha256:")));
        QCOMPARE(e["data_hash"].toString().size(), 7 + 64);
        QVERIFY(!e["app_version"].toString().isEmpty());
        QVERIFY(QDateTime::fromString(e["time"].toString(), Qt::ISODateWithMs).secsTo(QDateTime::currentDateTimeUtc()) < 600);
        const QJsonObject summary = e["summary"].toObject();
        int compared = 0;
        for (const char *key : {"trades", "final_equity", "total_return", "cagr", "sharpe", "max_drawdown", "exposure",
                                "total_commission"}) {
            QCOMPARE(summary[key], doc[key]);
            ++compared;
        }
        QCOMPARE(compared, 8);

        const QJsonObject full = show(m_db, e["id"].toInteger());
        const QJsonObject inputs = full["inputs"].toObject();
        QCOMPARE(inputs["settings"].toObject()["commission_pct"].toDouble(), 0.1);
        QCOMPARE(inputs["params"].toObject()["slow"].toInt(), 30);
        const QJsonObject results = full["results"].toObject();
        QCOMPARE(results["trade_list"].toArray().size(), doc["trades"].toInt());
        QCOMPARE(results["curve"].toObject()["equity"].toArray().size(), doc["bars"].toInt());
        QCOMPARE(results["curve"].toObject()["equity"].toArray().last().toDouble(), doc["final_equity"].toDouble());
    }

    void everyKindIsJournaled()
    {
        const QString rule = m_dir.filePath(QStringLiteral("mine.rule"));
        QFile f(rule);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray source = "param n = 10 in 2..50\nbuy when close > sma(close, n)\nsell when close < sma(close, n)\n";
        f.write(source);
        f.close();
        const int before = runs(m_db).size();
        QCOMPARE(runCli({"--db", m_db, "backtest", "AAA", "--strategy-file", rule, "--json", m_dir.filePath("r.json")}).exitCode, 0);
        QCOMPARE(runCli({"--db", m_db, "optimize", "AAA", "--strategy", "sma_cross", "--grid", "fast=5:15:5", "--grid",
                         "slow=30:40:10", "--json", m_dir.filePath("o.json")}).exitCode, 0);
        QCOMPARE(runCli({"--db", m_db, "walkforward", "AAA", "--strategy", "sma_cross", "--grid", "fast=5:10:5",
                         "--in-sample", "200", "--out-of-sample", "100", "--json", m_dir.filePath("wf.json")}).exitCode, 0);
        QCOMPARE(runCli({"--db", m_db, "ml", "AAA", "--features", "ret:1,ret:5,rsi:14", "--param", "trees=10",
                         "--json", m_dir.filePath("ml.json")}).exitCode, 0);
        const QJsonArray list = runs(m_db);
        QCOMPARE(list.size(), before + 4);
        QStringList kinds;
        for (int i = 3; i >= 0; --i)
            kinds << list[i].toObject()["kind"].toString();
        QCOMPARE(kinds, (QStringList{"backtest", "optimize", "walkforward", "ml"}));

        // The rule file's text and its SHA-256, as given.
        const QJsonObject ruleRun = show(m_db, list[3].toObject()["id"].toInteger());
        QCOMPARE(ruleRun["strategy"].toString(), QStringLiteral("mine"));
        QCOMPARE(ruleRun["inputs"].toObject()["strategy_source"].toString().toUtf8(), source);
        QCOMPARE(ruleRun["inputs"].toObject()["strategy_sha256"].toString().toLatin1(),
                 QCryptographicHash::hash(source, QCryptographicHash::Sha256).toHex());

        // The grid search: every point's summary, the best point in full.
        const QJsonObject opt = show(m_db, list[2].toObject()["id"].toInteger());
        const QJsonObject optDoc = QJsonDocument::fromJson(fileBytes(m_dir.filePath("o.json"))).object();
        QCOMPARE(opt["results"].toObject()["results"].toArray().size(), 6);
        QCOMPARE(opt["summary"].toObject()["best"], optDoc["best"]);
        const QJsonObject bestRun = opt["results"].toObject()["best_run"].toObject();
        QCOMPARE(bestRun["params"], optDoc["best"].toObject()["params"]);
        QVERIFY(!bestRun["trade_list"].toArray().isEmpty());
        QCOMPARE(opt["inputs"].toObject()["grid"].toArray().size(), 2);

        const QJsonObject wf = show(m_db, list[1].toObject()["id"].toInteger());
        const QJsonObject wfDoc = QJsonDocument::fromJson(fileBytes(m_dir.filePath("wf.json"))).object();
        QCOMPARE(wf["summary"].toObject()["cagr"], wfDoc["cagr"]);
        QCOMPARE(wf["inputs"].toObject()["walk_forward"].toObject()["in_sample"].toInt(), 200);

        const QJsonObject ml = show(m_db, list[0].toObject()["id"].toInteger());
        const QJsonObject mlDoc = QJsonDocument::fromJson(fileBytes(m_dir.filePath("ml.json"))).object();
        QCOMPARE(ml["strategy"].toString(), QStringLiteral("rf"));
        QCOMPARE(ml["summary"].toObject()["accuracy"], mlDoc["accuracy"]);
        QCOMPARE(ml["inputs"].toObject()["features"].toArray().size(), 3);
    }

    void outputComesBeforeTheJournalCommit()
    {
        // Another connection holds the workspace's write lock (as the GUI's import would): the
        // grid's summary is printed while the journal entry waits for the lock, then journaled.
        const int before = runs(m_db).size();
        sqlite3 *lock = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(m_db), &lock), SQLITE_OK);
        const auto close = qScopeGuard([&] { sqlite3_close(lock); });
        QCOMPARE(sqlite3_exec(lock, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QProcess cli;
        cli.start(QStringLiteral(RUTILE_CLI_PATH), {"--db", m_db, "optimize", "AAA", "--strategy", "sma_cross",
                                                   "--grid", "fast=5:15:5", "--grid", "slow=30:40:10"});
        QByteArray out;
        while (!out.contains("deflated Sharpe ratio") && cli.waitForReadyRead(60000)) // its last line
            out += cli.readAllStandardOutput();
        QVERIFY2(out.contains("fast=15 slow=40"), out.constData()); // the six points' table
        QCOMPARE(cli.state(), QProcess::Running);                 // the entry is still to be written
        QCOMPARE(sqlite3_exec(lock, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(!err.contains("not journaled"), err.constData());
        const QJsonArray after = runs(m_db);
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("optimize"));
    }

    void aFailedCommandLeavesNoEntry()
    {
        const int before = runs(m_db).size();
        // The output is a folder: refused before the run, nothing journaled.
        const CliRun run = runCli({"--db", m_db, "backtest", "AAA", "--strategy", "sma_cross", "--json", m_dir.path()});
        QVERIFY(run.exitCode != 0);
        const CliRun bad = runCli({"--db", m_db, "backtest", "AAA", "--strategy", "sma_cross", "--param", "fast=0"});
        QCOMPARE(bad.exitCode, 1);
        QCOMPARE(runs(m_db).size(), before);
    }

    void readOnlyWorkspaceRunsWithAWarning()
    {
        const QString db = m_dir.filePath(QStringLiteral("ro.rutile"));
        QVERIFY(QFile::copy(m_db, db));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileBytes(db);
        const CliRun run = runCli({"--db", db, "backtest", "AAA", "--strategy", "sma_cross", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QJsonDocument::fromJson(run.out).object().contains(QStringLiteral("cagr")));
        const QByteArray err = run.err.trimmed();
        QVERIFY2(!err.contains('\n') && err.contains("not journaled") && err.contains("read-only"), err.constData());
        QCOMPARE(fileBytes(db), before);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    }

    void fingerprintFollowsTheData()
    {
        const QString db = m_dir.filePath(QStringLiteral("fp.rutile"));
        QVERIFY(QFile::copy(m_db, db));
        const QStringList backtest{"--db", db, "backtest", "AAA", "--strategy", "sma_cross", "--json", m_dir.filePath("x.json")};
        QCOMPARE(runCli(backtest).exitCode, 0);
        QCOMPARE(runCli(backtest).exitCode, 0);
        QJsonArray list = runs(db);
        const QString first = list[0].toObject()["data_hash"].toString();
        QCOMPARE(list[1].toObject()["data_hash"].toString(), first); // same bars, same print

        // One close revised by a re-import: the next run's print differs.
        const QString csv = m_dir.filePath(QStringLiteral("revised.csv"));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("Date,Open,High,Low,Close,Adj Close,Volume\n2020-01-02,100,101,99,100.5,100.5,1000\n");
        out.close();
        QCOMPARE(runCli({"--db", db, "import", csv, "--symbol", "AAA"}).exitCode, 0);
        QCOMPARE(runCli(backtest).exitCode, 0);
        list = runs(db);
        QVERIFY(list[0].toObject()["data_hash"].toString() != first);
    }

    void showAndPurgeAsDocumented()
    {
        const QString db = m_dir.filePath(QStringLiteral("purge.rutile"));
        QVERIFY(QFile::copy(m_db, db));
        for (const char *strategy : {"sma_cross", "ema_cross"})
            QCOMPARE(runCli({"--db", db, "backtest", "AAA", "--strategy", strategy, "--json", m_dir.filePath("z.json")}).exitCode, 0);
        const int count = runs(db).size();
        QVERIFY(count >= 2);
        const qint64 newest = runs(db)[0].toObject()["id"].toInteger();

        CliRun run = runCli({"--db", db, "runs", "show", "99999"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no run 99999"));
        QCOMPARE(runCli({"--db", db, "runs", "show", "abc"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "runs", "purge"}).exitCode, 1);
        QCOMPARE(runCli({"--db", db, "runs", "purge", "--before", "2000-01-01"}).exitCode, 0);
        QCOMPARE(runs(db).size(), count); // nothing that old

        run = runCli({"--db", db, "runs", "purge", "--before", "2999-01-01"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains(QByteArray::number(count)));
        QCOMPARE(runs(db).size(), 0);
        auto w = rutile::Workspace::open(db, rutile::WorkspaceAccess::Read);
        QVERIFY(w);
        QCOMPARE((*w)->runPurges()->size(), std::size_t(2)); // both purges are logged, the empty one too
        QCOMPARE((*w)->runPurges()->front().runs, qint64(count));
        QCOMPARE((*w)->runPurges()->back().runs, qint64(0));

        // Ids are never reused.
        QCOMPARE(runCli({"--db", db, "backtest", "AAA", "--strategy", "buy_hold", "--json", m_dir.filePath("y.json")}).exitCode, 0);
        QCOMPARE(runs(db)[0].toObject()["id"].toInteger(), newest + 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRuns)
#include "tst_cli_runs.moc"
