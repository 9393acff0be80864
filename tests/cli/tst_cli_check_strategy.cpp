// `rutile-cli check-strategy FILE` as a separate process (CLI.md "Strategy files"): exit 0 and
// the parameters for a valid file, exit 2 and compiler-style `FILE:LINE:COLUMN: error:` lines
// on stderr for a broken one, and the one-line errors of a missing file or a bad command line.

#include "CliTestSupport.h"

#include <QDir>
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

private slots:
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
        QVERIFY2(run.err.startsWith("rutile-cli: " + missing.toUtf8() + ": cannot read the rule file"), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);

        const auto none = runCli({QStringLiteral("check-strategy")});
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(none.err, QByteArray("rutile-cli: check-strategy takes one rule file: check-strategy FILE\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliCheckStrategy)
#include "tst_cli_check_strategy.moc"
