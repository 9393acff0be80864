// `scan` and `merge` of scan shards as scripts and batch schedulers run them: the JSON of
// CLI.md ("lists / scan"), rows equal to each symbol's own `backtest`, three shard processes
// run side by side whose merge equals the single-process scan exactly, and the refusals,
// which leave the outputs as they were.

#include "CliTestSupport.h"
#include "TestSupport.h"
#include "WorkspaceDump.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace rutile::test;

namespace {

QJsonObject jsonOf(const CliRun &run)
{
    return QJsonDocument::fromJson(run.out).object();
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestCliScan : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("sample.rutile"));
        const CliRun sample = runCli({"--db", m_db, "sample", "--universe", "30"});
        QVERIFY2(sample.exitCode == 0, sample.err.constData());
    }

    void expressionScan()
    {
        const CliRun run = runCli({"--db", m_db, "scan", "SAMPLE-UNIVERSE", "--expr",
                                   "close > sma(close, 200) and rsi(close, 14) < 70", "--to", "2020-06-30", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        QCOMPARE(j["list"].toString(), QStringLiteral("SAMPLE-UNIVERSE"));
        QCOMPARE(j["list_size"].toInt(), 30);
        QCOMPARE(j["condition"].toBool(), true);
        const QJsonArray results = j["results"].toArray();
        QCOMPARE(j["evaluated"].toInt(), results.size());
        // Every symbol accounted for: a row, or skipped with a reason (not listed yet, delisted).
        QCOMPARE(results.size() + j["skipped"].toArray().size(), 30);
        QVERIFY(results.size() >= 10);
        int trueCount = 0;
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject r = results[i].toObject();
            QCOMPARE(r["rank"].toInt(), int(i) + 1);
            QVERIFY(r["date"].toString() <= QStringLiteral("2020-06-30"));
            const double v = r["value"].toDouble();
            QVERIFY(v == 0 || v == 1);
            trueCount += v == 1;
            if (i > 0) // conditions rank true first
                QVERIFY(results[i - 1].toObject()["value"].toDouble() >= v);
        }
        QVERIFY(trueCount > 0 && trueCount < results.size());
        for (const QJsonValue &s : j["skipped"].toArray())
            QVERIFY(!s.toObject()["reason"].toString().isEmpty());

        // The table on stdout without an output.
        const CliRun table = runCli({"--db", m_db, "scan", "SAMPLE-UNIVERSE", "--expr", "close", "--threads", "1"});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        QVERIFY(table.out.startsWith(" rank symbol       date       value\n    1 SYN-U"));
        QVERIFY(table.out.contains(" evaluated, "));
    }

    // --where keeps exactly the symbols whose condition scans as 1; --column values beside.
    void explorationColumnsAndFilter()
    {
        const CliRun condition = runCli({"--db", m_db, "scan", "SAMPLE-UNIVERSE", "--expr", "close > sma(close, 50)", "--json", "-"});
        QVERIFY2(condition.exitCode == 0, condition.err.constData());
        QStringList rising;
        for (const QJsonValue &v : jsonOf(condition)["results"].toArray()) {
            if (v.toObject()["value"].toDouble() == 1)
                rising << v.toObject()["symbol"].toString();
        }
        const CliRun run = runCli({"--db", m_db, "scan", "SAMPLE-UNIVERSE", "--expr", "change(close, 20) / ref(close, 20)",
                                   "--where", "close > sma(close, 50)", "--column", "rsi=rsi(close, 14)", "--column",
                                   "last=close", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        QStringList kept;
        for (const QJsonValue &v : j["results"].toArray()) {
            const QJsonObject r = v.toObject();
            kept << r["symbol"].toString();
            const double rsi = r["columns"].toObject()["rsi"].toDouble();
            QVERIFY(rsi >= 0 && rsi <= 100);
            QVERIFY(r["columns"].toObject()["last"].toDouble() > 0);
        }
        QVERIFY(!kept.isEmpty());
        std::sort(kept.begin(), kept.end());
        std::sort(rising.begin(), rising.end());
        QCOMPARE(kept, rising);
        QCOMPARE(j["results"].toArray().size() + j["skipped"].toArray().size() + j["filtered_out"].toArray().size(), 30);

        const auto refused = [&](const QStringList &args, const char *message) {
            const CliRun r = runCli(QStringList{"--db", m_db, "scan", "SAMPLE-UNIVERSE", "--expr", "close"} + args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(message), r.err.constData());
        };
        refused({"--column", "1x=close"}, "a column is NAME=EXPRESSION");
        refused({"--column", "x=smaa(close, 3)"}, "--column:1:3: ");
        refused({"--column", "x=close", "--column", "x=open"}, "two columns are called x");
        refused({"--where", "close"}, "--where takes a condition");
        refused({"--grid", "fast=5:10:5"}, "--param and --grid set a strategy's parameters");
        const auto refusedWithStrategy = [&](const QStringList &args, const char *message) {
            const CliRun r = runCli(QStringList{"--db", m_db, "scan", "SAMPLE-UNIVERSE", "--strategy", "sma_cross"} + args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(message), r.err.constData());
        };
        refusedWithStrategy({"--objective", "cagr"}, "--objective ranks the points of a --grid");
        refusedWithStrategy({"--grid", "fast=0:5:1"}, "--grid fast=0:5:1: fast (0) out of range");
        refusedWithStrategy({"--grid", "fast=5:10:5", "--objective", "luck"}, "--objective: expected one of");
    }

    // --grid: each row is the symbol's best point, ranked by the objective, with its parameters.
    void gridPerSymbol()
    {
        const CliRun run = runCli({"--db", m_db, "scan", "SAMPLE-UNIVERSE", "--strategy", "sma_cross", "--grid",
                                   "fast=10,20", "--grid", "slow=50:100:50", "--objective", "sortino", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        QCOMPARE(j["objective"].toString(), QStringLiteral("sortino"));
        QCOMPARE(j["grid"].toArray().size(), 2);
        const QJsonArray results = j["results"].toArray();
        QVERIFY(results.size() >= 10);
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject r = results[i].toObject();
            QCOMPARE(r["grid_points"].toInt(), 4);
            QCOMPARE(r["objective_value"].toDouble(), r["sortino"].toDouble());
            const QJsonObject params = r["params"].toObject();
            QVERIFY(params["fast"].toInt() == 10 || params["fast"].toInt() == 20);
            QVERIFY(params["slow"].toInt() == 50 || params["slow"].toInt() == 100);
            if (i > 0)
                QVERIFY(results[i - 1].toObject()["objective_value"].toDouble() >= r["objective_value"].toDouble());
        }
    }

    // Each row of a backtest scan is what `backtest SYMBOL` reports for that symbol alone.
    void backtestScanEqualsEachBacktest()
    {
        const CliRun run = runCli({"--db", m_db, "scan", "SAMPLE-UNIVERSE", "--strategy", "sma_cross", "--param", "fast=10",
                                   "--from", "2005-01-03", "--commission-pct", "0.1", "--json", "-"});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject j = jsonOf(run);
        QCOMPARE(j["strategy"].toString(), QStringLiteral("sma_cross"));
        QCOMPARE(j["params"].toObject()["fast"].toInt(), 10);
        const QJsonArray results = j["results"].toArray();
        QVERIFY(results.size() >= 10);
        for (qsizetype i : {qsizetype(0), results.size() / 2, results.size() - 1}) {
            const QJsonObject row = results[i].toObject();
            const QString symbol = row["symbol"].toString();
            const CliRun alone = runCli({"--db", m_db, "backtest", symbol, "--strategy", "sma_cross", "--param", "fast=10",
                                         "--from", "2005-01-03", "--commission-pct", "0.1", "--no-benchmark", "--json", "-"});
            QVERIFY2(alone.exitCode == 0, alone.err.constData());
            const QJsonObject b = jsonOf(alone);
            QCOMPARE(row["trades"].toInt(), b["trades"].toInt());
            QCOMPARE(row["total_return"].toDouble(), b["total_return"].toDouble());
            QCOMPARE(row["final_equity"].toDouble(), b["final_equity"].toDouble());
            QCOMPARE(row["max_drawdown"].toDouble(), b["max_drawdown"].toDouble());
        }
    }

    // Three `scan --shard i/3` processes at once, then `merge`: the single-process document.
    void shardProcessesMergeExactly()
    {
        const QStringList scan{"--db", m_db, "scan", "SAMPLE-UNIVERSE", "--expr", "change(close, 20) / ref(close, 20)"};
        const CliRun whole = runCli(scan + QStringList{"--json", "-"});
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        std::vector<std::unique_ptr<QProcess>> shards;
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            files << m_dir.filePath(QStringLiteral("shard-%1.json").arg(i));
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(RUTILE_CLI_PATH),
                     scan + QStringList{"--threads", "1", "--shard", QStringLiteral("%1/3").arg(i), "--json", files.back()});
            shards.push_back(std::move(p));
        }
        for (auto &p : shards) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode(), 0);
        }
        int covered = 0;
        for (const QString &f : files) {
            const QJsonObject s = readJson(f);
            covered += int(s["results"].toArray().size() + s["skipped"].toArray().size());
        }
        QCOMPARE(covered, 30);
        const CliRun merged = runCli(QStringList{"merge"} + files + QStringList{"--json", "-"});
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        QJsonObject m = jsonOf(merged);
        QCOMPARE(m["complete"].toBool(), true);
        m.remove(QStringLiteral("complete"));
        m.remove(QStringLiteral("missing_shards"));
        QJsonObject w = jsonOf(whole);
        w.remove(QStringLiteral("shard"));
        QCOMPARE(m, w);

        // Two of the three: merged with a warning, marked incomplete.
        const CliRun part = runCli({"merge", files[0], files[2], "--json", "-"});
        QCOMPARE(part.exitCode, 0);
        QVERIFY(part.err.contains("missing: [1]"));
        QCOMPARE(jsonOf(part)["complete"].toBool(), false);

        // A shard of another scan is refused by its file's name, beside the first shard's.
        QJsonObject other = readJson(files[1]);
        other.insert(QStringLiteral("expression"), QStringLiteral("close"));
        const QString otherFile = m_dir.filePath(QStringLiteral("other-scan.json"));
        QFile f(otherFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(other).toJson());
        f.close();
        const CliRun mixed = runCli({"merge", files[0], otherFile});
        QCOMPARE(mixed.exitCode, 2);
        QCOMPARE(mixed.err, QByteArray("rutile-cli: " + otherFile.toUtf8() + ": differs from " + files[0].toUtf8()
                                       + " in 'expression': not the same scan\n"));
    }

    void refusalsChangeNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("kept.json"));
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"kept\": true}\n");
        f.close();
        const QByteArray before = fileHash(m_db);
        const auto refused = [&](const QStringList &args, int code, const char *message) {
            const CliRun r = runCli(QStringList{"--db", m_db, "scan"} + args + QStringList{"--json", out});
            QVERIFY2(r.exitCode == code, r.err.constData());
            QVERIFY2(r.err.contains(message), r.err.constData());
            QCOMPARE(r.err.count('\n'), 1);
        };
        refused({"SAMPLE-UNIVERSE", "--expr", "close > smaa(close, 3)"}, 1, "--expr:1:9: ");
        refused({"SAMPLE-UNIVERSE"}, 1, "give --expr EXPR");
        refused({"SAMPLE-UNIVERSE", "--expr", "close", "--strategy", "sma_cross"}, 1, "give --expr EXPR");
        refused({"SAMPLE-UNIVERSE", "--expr", "close", "--shard", "3/3"}, 1, "--shard");
        refused({"SAMPLE-UNIVERSE", "--strategy", "pairs_spread"}, 1, "trades two symbols");
        refused({"SAMPLE-UNIVERSE", "--expr", "close", "--cash", "5000"}, 1, "--cash is a setting of a strategy's backtest");
        refused({"SAMPLE-UNIVERSE", "--expr", "close", "--from", "2020-01-02", "--to", "2019-01-02"}, 1, "after");
        refused({"NO-SUCH-LIST", "--expr", "close"}, 2, "NO-SUCH-LIST");
        QCOMPARE(readJson(out), (QJsonObject{{"kept", true}}));
        QCOMPARE(fileHash(m_db), before);
    }
};

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
