// Rule files on the command line, run as a separate process (CLI.md "Strategy files"):
// `check-strategy FILE` (exit 0 and the parameters for a valid file, exit 2 and compiler-style
// `FILE:LINE:COLUMN: error:` lines on stderr for a broken one, one-line errors for a missing
// file or a bad command line), and `backtest`/`optimize --strategy-file`, which give exactly
// what `--strategy` gives for the built-in the example restates.

#include "CliTestSupport.h"

#include "rules/WorkspaceRules.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using rutile::test::runCli;

class TestCliCheckStrategy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString example(const char *name) const
    {
        return QDir(QStringLiteral(RUTILE_EXAMPLES_DIR)).filePath(QString::fromLatin1(name) + QStringLiteral(".rule"));
    }
    QString db() const { return m_dir.filePath(QStringLiteral("w.rutile")); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(rutile::test::importRandomWalks(m_dir.path(), db()));
    }

    void validFilePrintsItsParameters()
    {
        const QString path = QDir(QStringLiteral(RUTILE_EXAMPLES_DIR)).filePath(QStringLiteral("sma_cross.rule"));
        const auto run = runCli({QStringLiteral("check-strategy"), path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(QString::fromUtf8(run.out),
                 path + QStringLiteral(": ok; 3 parameter(s), 1 leg(s)\n"
                                       "fast = 20 (int in 1..1000 step 1) \"Fast period\"\n"
                                       "slow = 50 (int in 2..5000 step 1) \"Slow period\"\n"
                                       "short = false (bool) \"Short side\"\n"));
    }

    void pairsFileNamesItsLeg()
    {
        const QString path = QDir(QStringLiteral(RUTILE_EXAMPLES_DIR)).filePath(QStringLiteral("pairs_spread.rule"));
        const auto run = runCli({QStringLiteral("check-strategy"), path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("entry_z = 2 (double in 0.1..10 step 0.1) \"Entry z\"\n"), run.out.constData());
        QVERIFY2(run.out.endsWith("leg hedge: the hedge symbol (--pair)\n"), run.out.constData());
    }

    void brokenFileListsEveryProblem()
    {
        const QString path = write(QStringLiteral("broken.rule"),
                                   "param fast = 10 in 1..100\n"
                                   "buy when smaa(close, fast) > close\n"
                                   "sell when fast\n"
                                   "short when ref(close, -1) > (\n");
        const auto run = runCli({QStringLiteral("check-strategy"), path});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(QString::fromUtf8(run.err),
                 path + QStringLiteral(":2:10: error: unknown function 'smaa' — did you mean 'sma'?\n") + path
                     + QStringLiteral(":3:11: error: 'fast' is a number, a condition is needed here\n") + path
                     + QStringLiteral(":4:30: error: expected an expression, found the end of the line\n"));
    }

    void missingFileAndBadUsage()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no_such.rule"));
        const auto run = runCli({QStringLiteral("check-strategy"), missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QByteArray("rutile-cli: " + missing.toUtf8() + ": cannot read the rule file")), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);

        const auto none = runCli({QStringLiteral("check-strategy")});
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.err, QByteArray("rutile-cli: check-strategy takes one rule file: check-strategy FILE\n"));
    }

    void backtestWithAStrategyFileEqualsTheBuiltIn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("sma_cross") << "sma_cross" << QStringList{"--param", "fast=5", "--param", "slow=30", "--param", "short=true",
                                                                 "--commission-pct", "0.1", "--stop-loss-pct", "5"};
        QTest::newRow("pairs_spread") << "pairs_spread" << QStringList{"--pair", "BBB", "--param", "lookback=30",
                                                                       "--param", "entry_z=1.5", "--slippage-bps", "3"};
    }

    void backtestWithAStrategyFileEqualsTheBuiltIn()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, extra);
        const QStringList common = QStringList{QStringLiteral("--db"), db(), QStringLiteral("backtest"), QStringLiteral("AAA"),
                                               QStringLiteral("--no-benchmark"), QStringLiteral("--json"), QStringLiteral("-")}
            + extra;
        const auto builtIn = runCli(common + QStringList{QStringLiteral("--strategy"), name});
        const auto file = runCli(common + QStringList{QStringLiteral("--strategy-file"), example(qPrintable(name))});
        QCOMPARE(builtIn.exitCode, 0);
        QCOMPARE(file.exitCode, 0);
        QJsonObject a = QJsonDocument::fromJson(builtIn.out).object();
        QJsonObject b = QJsonDocument::fromJson(file.out).object();
        QVERIFY(a.value(QStringLiteral("trades")).toInt() >= 3);
        // The run's time is the only thing allowed to differ.
        for (QJsonObject *o : {&a, &b}) {
            for (const QString &key : o->keys()) {
                if (key.contains(QStringLiteral("seconds")) || key.contains(QStringLiteral("elapsed")))
                    o->remove(key);
            }
        }
        QCOMPARE(b, a);
    }

    void optimizeWithAStrategyFileEqualsTheBuiltIn()
    {
        const QStringList common{QStringLiteral("--db"), db(), QStringLiteral("optimize"), QStringLiteral("AAA"),
                                 QStringLiteral("--grid"), QStringLiteral("fast=5:15:5"), QStringLiteral("--grid"),
                                 QStringLiteral("slow=30:50:10"), QStringLiteral("--threads"), QStringLiteral("1"),
                                 QStringLiteral("--no-benchmark"), QStringLiteral("--json"), QStringLiteral("-")};
        const auto builtIn = runCli(common + QStringList{QStringLiteral("--strategy"), QStringLiteral("sma_cross")});
        const auto file = runCli(common + QStringList{QStringLiteral("--strategy-file"), example("sma_cross")});
        QCOMPARE(builtIn.exitCode, 0);
        QCOMPARE(file.exitCode, 0);
        const QJsonObject a = QJsonDocument::fromJson(builtIn.out).object();
        const QJsonObject b = QJsonDocument::fromJson(file.out).object();
        const QJsonArray results = a.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 9);
        QCOMPARE(b.value(QStringLiteral("results")), a.value(QStringLiteral("results")));
        QCOMPARE(b.value(QStringLiteral("best")), a.value(QStringLiteral("best")));
    }

    // A strategy the editor saved in the workspace runs by its name, as a built-in does.
    void workspaceStrategyRunsByName()
    {
        QFile source(example("sma_cross"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        {
            auto ws = rutile::Workspace::open(db());
            QVERIFY(ws);
            const rutile::Status saved =
                rutile::rules::saveRuleStrategy(**ws, QStringLiteral("my_cross"), QString::fromUtf8(source.readAll()));
            QVERIFY2(saved.ok(), qPrintable(saved.error().toString()));
        }
        const QStringList common{QStringLiteral("--db"), db(), QStringLiteral("backtest"), QStringLiteral("AAA"),
                                 QStringLiteral("--param"), QStringLiteral("fast=10"), QStringLiteral("--param"),
                                 QStringLiteral("slow=30"), QStringLiteral("--no-benchmark"), QStringLiteral("--json"),
                                 QStringLiteral("-")};
        const auto builtIn = runCli(common + QStringList{QStringLiteral("--strategy"), QStringLiteral("sma_cross")});
        const auto saved = runCli(common + QStringList{QStringLiteral("--strategy"), QStringLiteral("my_cross")});
        QCOMPARE(builtIn.exitCode, 0);
        QCOMPARE(saved.exitCode, 0);
        QJsonObject a = QJsonDocument::fromJson(builtIn.out).object();
        QJsonObject b = QJsonDocument::fromJson(saved.out).object();
        QVERIFY(a.value(QStringLiteral("trades")).toInt() >= 3);
        QCOMPARE(b.value(QStringLiteral("strategy")).toString(), QStringLiteral("my_cross"));
        for (QJsonObject *o : {&a, &b}) {
            o->remove(QStringLiteral("strategy"));
            for (const QString &key : o->keys()) {
                if (key.contains(QStringLiteral("seconds")) || key.contains(QStringLiteral("elapsed")))
                    o->remove(key);
            }
        }
        QCOMPARE(b, a);

        // An unknown name lists the saved strategies after the built-ins.
        const auto unknown = runCli({QStringLiteral("--db"), db(), QStringLiteral("backtest"), QStringLiteral("AAA"),
                                     QStringLiteral("--strategy"), QStringLiteral("my_crosss")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.err.count('\n'), 1);
        QVERIFY2(unknown.err.contains("unknown strategy 'my_crosss'") && unknown.err.contains("buy_hold, ml_signal, my_cross\n"),
                 unknown.err.constData());
    }

    void strategyFileErrors()
    {
        const QString broken = write(QStringLiteral("bad.rule"), "buy when close >\n");
        const auto run = runCli({QStringLiteral("--db"), db(), QStringLiteral("backtest"), QStringLiteral("AAA"),
                                 QStringLiteral("--strategy-file"), broken});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(QString::fromUtf8(run.err), broken + QStringLiteral(":1:17: error: expected an expression, found the end of the line\n"));
        const auto both = runCli({QStringLiteral("--db"), db(), QStringLiteral("backtest"), QStringLiteral("AAA"),
                                  QStringLiteral("--strategy"), QStringLiteral("sma_cross"), QStringLiteral("--strategy-file"),
                                  example("sma_cross")});
        QCOMPARE(both.exitCode, 1);
        QCOMPARE(both.err, QByteArray("rutile-cli: give --strategy or --strategy-file, not both\n"));
        const auto unknownParam = runCli({QStringLiteral("--db"), db(), QStringLiteral("backtest"), QStringLiteral("AAA"),
                                          QStringLiteral("--strategy-file"), example("sma_cross"), QStringLiteral("--param"),
                                          QStringLiteral("period=3")});
        QCOMPARE(unknownParam.exitCode, 1);
        QCOMPARE(unknownParam.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliCheckStrategy)
#include "tst_cli_check_strategy.moc"
