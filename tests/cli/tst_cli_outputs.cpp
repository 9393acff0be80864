// Where rutile-cli writes its outputs, run as a separate process: every output option of
// every command (README "Outputs and exit codes"). Regular files and new paths are written
// atomically; devices and FIFOs straight; a folder is refused; every write error is exit 2;
// and every destination is checked before the command does any work.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/sysmacros.h> // makedev
#endif

using namespace rutile;

using Run = test::CliRun;

namespace {

const QString kOut = QStringLiteral("@OUT");

/// One output option of one command: the arguments with kOut where the destination goes.
struct OutputCase {
    QString name;
    QStringList arguments;
};

QStringList withTarget(QStringList arguments, const QString &target)
{
    for (QString &a : arguments) {
        if (a == kOut)
            a = target;
    }
    return arguments;
}

QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

#ifdef Q_OS_UNIX
bool isCharacterDevice(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

// A private device node with the numbers of /dev/null (1,3) or /dev/full (1,7) on Linux, so
// that a test run as root never risks the real node: a regression would replace the copy.
// Empty when it cannot be made or opened (not root, a filesystem mounted nodev).
QString deviceCopy(const QString &path, unsigned minorNumber)
{
#ifdef Q_OS_LINUX
    if (::geteuid() != 0 || ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minorNumber)) != 0)
        return {};
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY);
    if (fd < 0)
        return {};
    ::close(fd);
    return path;
#else
    Q_UNUSED(path);
    Q_UNUSED(minorNumber);
    return {};
#endif
}
#endif

// The lines of stderr that are errors, not warnings.
int errorLines(const QByteArray &err)
{
    int n = 0;
    for (const QByteArray &line : err.split('\n'))
        n += !line.isEmpty() && !line.startsWith("rutile-cli: warning:");
    return n;
}

} // namespace

class TestCliOutputs : public QObject {
    Q_OBJECT

    QString db() const { return m_dir.filePath(QStringLiteral("w.rutile")); }

    // Every output option of every command, with valid arguments otherwise.
    QList<OutputCase> cases(const QString &importSymbol) const
    {
        const QString d = db();
        const QStringList strategy{QStringLiteral("--strategy"), QStringLiteral("sma_cross")};
        const QStringList grid{QStringLiteral("--grid"), QStringLiteral("fast=5:10:5"), QStringLiteral("--grid"),
                               QStringLiteral("slow=30:40:10")};
        const QStringList folds{QStringLiteral("--in-sample"), QStringLiteral("300"), QStringLiteral("--out-of-sample"),
                                QStringLiteral("100")};
        const auto cmd = [&d](const char *command) {
            return QStringList{QStringLiteral("--db"), d, QString::fromLatin1(command)};
        };
        QList<OutputCase> list{
            {QStringLiteral("import --json"),
             cmd("import") + QStringList{m_walkB, QStringLiteral("--symbol"), importSymbol, QStringLiteral("--json"), kOut}},
            {QStringLiteral("symbols --json"), cmd("symbols") + QStringList{QStringLiteral("--json"), kOut}},
            {QStringLiteral("export --csv"), cmd("export") + QStringList{QStringLiteral("AAA"), QStringLiteral("--csv"), kOut}},
            {QStringLiteral("indicators --csv"),
             cmd("indicators") + QStringList{QStringLiteral("AAA"), QStringLiteral("--ind"), QStringLiteral("macd"),
                                             QStringLiteral("--csv"), kOut}},
            {QStringLiteral("risk --json"), cmd("risk") + QStringList{QStringLiteral("AAA"), QStringLiteral("--json"), kOut}},
            {QStringLiteral("backtest --json"),
             cmd("backtest") + QStringList{QStringLiteral("AAA")} + strategy + QStringList{QStringLiteral("--json"), kOut}},
            {QStringLiteral("backtest --trades"),
             cmd("backtest") + QStringList{QStringLiteral("AAA")} + strategy + QStringList{QStringLiteral("--trades"), kOut}},
            {QStringLiteral("backtest --equity"),
             cmd("backtest") + QStringList{QStringLiteral("AAA")} + strategy + QStringList{QStringLiteral("--equity"), kOut}},
            {QStringLiteral("optimize --json"),
             cmd("optimize") + QStringList{QStringLiteral("AAA")} + strategy + grid + QStringList{QStringLiteral("--json"), kOut}},
            {QStringLiteral("merge --json"),
             QStringList{QStringLiteral("merge"), m_shard, QStringLiteral("--json"), kOut}},
            {QStringLiteral("walkforward --json"),
             cmd("walkforward") + QStringList{QStringLiteral("AAA")} + strategy + grid + folds
                 + QStringList{QStringLiteral("--json"), kOut}},
            {QStringLiteral("walkforward --trades"),
             cmd("walkforward") + QStringList{QStringLiteral("AAA")} + strategy + grid + folds
                 + QStringList{QStringLiteral("--trades"), kOut}},
            {QStringLiteral("walkforward --equity"),
             cmd("walkforward") + QStringList{QStringLiteral("AAA")} + strategy + grid + folds
                 + QStringList{QStringLiteral("--equity"), kOut}},
        };
#ifdef RUTILE_CLI_HAS_CHART
        list.append({QStringLiteral("chart --png"),
                     cmd("chart") + QStringList{QStringLiteral("AAA"), QStringLiteral("--width"), QStringLiteral("400"),
                                                QStringLiteral("--height"), QStringLiteral("300"), QStringLiteral("--png"),
                                                kOut}});
#endif
        return list;
    }

#ifdef Q_OS_UNIX
    /// /dev/full, or for root a private copy of it named `copy` in the test's folder (see
    /// deviceCopy); empty when there is none to write to.
    QString fullDevice(const QString &copy) const
    {
        const QString full = ::geteuid() == 0 ? deviceCopy(m_dir.filePath(copy), 7) : QStringLiteral("/dev/full");
        return !full.isEmpty() && isCharacterDevice(full) ? full : QString();
    }
#endif

    QByteArray symbolsJson() const
    {
        const Run run = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("symbols"), QStringLiteral("--json"),
                                      QStringLiteral("-")});
        if (run.exitCode != 0)
            qFatal("symbols failed: %s", run.err.constData());
        return run.out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString a = m_dir.filePath(QStringLiteral("AAA.csv"));
        m_walkB = m_dir.filePath(QStringLiteral("BBB.csv"));
        test::writeRandomWalks(a, m_walkB);
        QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), a}).exitCode, 0);
        m_shard = m_dir.filePath(QStringLiteral("shard.json"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), db(), QStringLiteral("optimize"), QStringLiteral("AAA"),
                               QStringLiteral("--strategy"), QStringLiteral("sma_cross"), QStringLiteral("--grid"),
                               QStringLiteral("fast=5:10:5"), QStringLiteral("--shard"), QStringLiteral("0/1"),
                               QStringLiteral("--json"), m_shard})
                     .exitCode,
                 0);
    }

    void everyOutputWorksToAFile()
    {
        // The baseline of the cases below: with a plain new file every case succeeds and
        // writes something, so a failure below is about the destination only.
        const QList<OutputCase> list = cases(QStringLiteral("FILEOUT"));
        QVERIFY(list.size() >= 13);
        for (const OutputCase &c : list) {
            const QString target = m_dir.filePath(QStringLiteral("plain-%1").arg(QString(c.name).replace(' ', '_')));
            const Run run = test::runCli(withTarget(c.arguments, target), offscreen());
            QVERIFY2(run.exitCode == 0, qPrintable(c.name + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QVERIFY2(QFileInfo(target).size() > 0, qPrintable(c.name));
        }
    }

    void devNullStaysACharacterDevice()
    {
#ifndef Q_OS_UNIX
        QSKIP("no /dev/null on this platform");
#else
        if (!isCharacterDevice(QStringLiteral("/dev/null")))
            QSKIP("/dev/null is not a character device here");
        QStringList targets;
        if (::geteuid() == 0) {
            // As root, an atomic save would rename a regular file over /dev/null itself:
            // prove the behaviour on a private copy first, and touch the real one only then.
            const QString copy = deviceCopy(m_dir.filePath(QStringLiteral("null")), 3);
            if (copy.isEmpty())
                QSKIP("running as root without a private device node to check on first");
            targets << copy;
        }
        targets << QStringLiteral("/dev/null");
        for (const QString &target : targets) {
            for (const OutputCase &c : cases(QStringLiteral("NULLOUT"))) {
                const Run run = test::runCli(withTarget(c.arguments, target), offscreen());
                QVERIFY2(run.exitCode == 0, qPrintable(c.name + QStringLiteral(": ") + QString::fromUtf8(run.err)));
                QVERIFY2(isCharacterDevice(target), qPrintable(c.name + QStringLiteral(" replaced ") + target));
            }
        }
#endif
    }

    void aFullDeviceIsAWriteError()
    {
#ifndef Q_OS_UNIX
        QSKIP("no /dev/full on this platform");
#else
        const QString target = fullDevice(QStringLiteral("full")); // never risk the real node as root
        if (target.isEmpty())
            QSKIP("no /dev/full to write to");
        int n = 0;
        for (const OutputCase &c : cases(QStringLiteral("FULL"))) {
            const Run run = test::runCli(withTarget(c.arguments, target), offscreen());
            QVERIFY2(run.exitCode == 2, qPrintable(c.name + QStringLiteral(": exit %1").arg(run.exitCode)));
            QVERIFY2(run.err.contains(target.toUtf8()) && run.err.contains("space"),
                     qPrintable(c.name + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QCOMPARE(errorLines(run.err), 1); // warnings of the run (a lucky optimum) may come before it
            QVERIFY2(isCharacterDevice(target), qPrintable(c.name));
            ++n;
        }
        QVERIFY(n >= 13);
#endif
    }

    void aFifoReaderReceivesTheWholeOutput()
    {
#ifndef Q_OS_UNIX
        QSKIP("no FIFOs on this platform");
#else
        const QStringList exportArgs{QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("AAA"),
                                     QStringLiteral("--csv")};
        const Run expected = test::runCli(exportArgs + QStringList{QStringLiteral("-")});
        QCOMPARE(expected.exitCode, 0);
        QVERIFY(expected.out.size() > 65536); // more than a pipe holds: the writer must wait for the reader

        const QString fifo = m_dir.filePath(QStringLiteral("fifo"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(fd >= 0);
        QProcess process;
        process.start(QStringLiteral(RUTILE_CLI_PATH), exportArgs + QStringList{fifo});
        QByteArray received;
        bool finished = false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            char buffer[65536];
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n > 0) {
                received.append(buffer, n);
                continue;
            }
            if (finished)
                break; // the writer is gone and the pipe is drained
            finished = process.waitForFinished(20);
        }
        ::close(fd);
        QVERIFY(finished);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile(), "the FIFO was replaced by a file");
        QCOMPARE(received, expected.out);
#endif
    }

    void aClosedPipeIsAWriteError()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs POSIX pipes");
#else
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        ::close(fds[0]); // the reader is gone before the first byte
        QProcess process;
        const int writeEnd = fds[1];
        process.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
        process.start(QStringLiteral(RUTILE_CLI_PATH), {QStringLiteral("--db"), db(), QStringLiteral("export"),
                                                        QStringLiteral("AAA"), QStringLiteral("--csv"), QStringLiteral("-")});
        QVERIFY(process.waitForFinished(60000));
        ::close(writeEnd);
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // not killed by SIGPIPE
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(err.contains("<stdout>"), err.constData());
        QCOMPARE(err.count('\n'), 1);
#endif
    }

    void aFolderIsRefusedAndNothingChanges()
    {
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));
        const QByteArray symbolsBefore = symbolsJson();
        int n = 0;
        for (const OutputCase &c : cases(QStringLiteral("DIROUT"))) {
            const Run run = test::runCli(withTarget(c.arguments, folder), offscreen());
            QVERIFY2(run.exitCode == 2, qPrintable(c.name + QStringLiteral(": exit %1").arg(run.exitCode)));
            QVERIFY2(run.err.contains("folder"), qPrintable(c.name + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QCOMPARE(run.err.count('\n'), 1);
            ++n;
        }
        QVERIFY(n >= 13);
        QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
        QCOMPARE(symbolsJson(), symbolsBefore); // import --json FOLDER imported nothing
    }

    void everyOutputIsCheckedBeforeAnyWork()
    {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/out"));
        const QByteArray symbolsBefore = symbolsJson();
        int n = 0;
        for (const OutputCase &c : cases(QStringLiteral("MISSINGOUT"))) {
            const QString option = c.name.section(QLatin1Char(' '), 1);
            const Run run = test::runCli(withTarget(c.arguments, missing), offscreen());
            QVERIFY2(run.exitCode == 2, qPrintable(c.name + QStringLiteral(": exit %1").arg(run.exitCode)));
            QVERIFY2(run.err.contains(option.toUtf8()) && run.err.contains("does not exist"),
                     qPrintable(c.name + QStringLiteral(": ") + QString::fromUtf8(run.err)));
            QCOMPARE(run.err.count('\n'), 1);
            ++n;
        }
        QVERIFY(n >= 13);
        // --strict too: the rows are not committed before the report fails.
        const Run strict = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), m_walkB,
                                         QStringLiteral("--symbol"), QStringLiteral("STRICTOUT"), QStringLiteral("--strict"),
                                         QStringLiteral("--json"), missing});
        QCOMPARE(strict.exitCode, 2);
        QCOMPARE(symbolsJson(), symbolsBefore);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
    }

    void aFailedWriteKeepsTheOldFile()
    {
        // The atomic half of the promise: a file that exists is replaced only by a complete
        // output. A failing command (unknown symbol) leaves it as it was.
        const QString target = m_dir.filePath(QStringLiteral("keep.csv"));
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old contents\n");
        file.close();
        const Run run = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("export"), QStringLiteral("NOPE"),
                                      QStringLiteral("--csv"), target});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old contents\n"));
    }

    void aLaterFailedOutputKeepsTheEarlierOnes()
    {
        // A command's outputs are published together: when its last one fails (a full
        // device), the files it wrote before keep their bytes too, and its run is not journaled.
#ifndef Q_OS_UNIX
        QSKIP("no /dev/full on this platform");
#else
        const QString full = fullDevice(QStringLiteral("full-late"));
        if (full.isEmpty())
            QSKIP("no /dev/full to write to");
        const QString trades = m_dir.filePath(QStringLiteral("late-trades.csv"));
        const QString equity = m_dir.filePath(QStringLiteral("late-equity.csv"));
        const QStringList strategy{QStringLiteral("--strategy"), QStringLiteral("sma_cross")};
        const QStringList files{QStringLiteral("--trades"), trades, QStringLiteral("--equity"), equity};
        const QStringList folds{QStringLiteral("--grid"), QStringLiteral("fast=5:10:5"), QStringLiteral("--in-sample"),
                                QStringLiteral("300"), QStringLiteral("--out-of-sample"), QStringLiteral("100")};
        const QStringList runsBefore{QStringLiteral("--db"), db(), QStringLiteral("runs"), QStringLiteral("--json"),
                                     QStringLiteral("-")};
        int n = 0;
        for (const QStringList &command :
             {QStringList{QStringLiteral("backtest"), QStringLiteral("AAA")} + strategy,
              QStringList{QStringLiteral("walkforward"), QStringLiteral("AAA")} + strategy + folds}) {
            for (const QString &path : {trades, equity}) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly) && file.write("old\n") == 4);
            }
            const QByteArray journal = test::runCli(runsBefore).out;
            const QStringList arguments = QStringList{QStringLiteral("--db"), db()} + command + files;
            const Run failed = test::runCli(arguments + QStringList{QStringLiteral("--json"), full});
            QVERIFY2(failed.exitCode == 2, qPrintable(command.first() + QStringLiteral(": ") + QString::fromUtf8(failed.err)));
            for (const QString &path : {trades, equity}) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(file.readAll() == "old\n", qPrintable(command.first() + QStringLiteral(" replaced ") + path));
            }
            QCOMPARE(test::runCli(runsBefore).out, journal);
            // The same with a file for --json: every output is new.
            const Run done = test::runCli(arguments + QStringList{QStringLiteral("--json"),
                                                                  m_dir.filePath(QStringLiteral("late.json"))});
            QVERIFY2(done.exitCode == 0, qPrintable(QString::fromUtf8(done.err)));
            for (const QString &path : {trades, equity}) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY(file.readAll().startsWith("date,") || file.fileName() == trades);
                QVERIFY(file.size() > 4);
            }
            ++n;
        }
        QCOMPARE(n, 2);
#endif
    }

    void aReportThatCannotBeWrittenUndoesTheImport()
    {
        // `import` writes its report inside its transaction: a report lost to a full device
        // leaves the workspace as it was, and a workspace the import made holds nothing, so
        // it goes too.
#ifndef Q_OS_UNIX
        QSKIP("no /dev/full on this platform");
#else
        const QString full = fullDevice(QStringLiteral("full-import"));
        if (full.isEmpty())
            QSKIP("no /dev/full to write to");
        const QByteArray before = symbolsJson();
        QVERIFY(!before.contains("\"BBB\""));
        const Run failed = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), m_walkB,
                                         QStringLiteral("--json"), full});
        QCOMPARE(failed.exitCode, 2);
        QCOMPARE(errorLines(failed.err), 1);
        QCOMPARE(symbolsJson(), before);

        const QString fresh = m_dir.filePath(QStringLiteral("made-by-a-failed-import.rutile"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), fresh, QStringLiteral("import"), m_walkB, QStringLiteral("--json"),
                               full})
                     .exitCode,
                 2);
        QVERIFY2(!QFileInfo::exists(fresh), "a failed import left a workspace where there was none");

        // The same import with a report it can write stores BBB.
        const Run done = test::runCli({QStringLiteral("--db"), db(), QStringLiteral("import"), m_walkB,
                                       QStringLiteral("--json"), m_dir.filePath(QStringLiteral("import.json"))});
        QVERIFY2(done.exitCode == 0, done.err.constData());
        QVERIFY(symbolsJson().contains("\"BBB\""));
#endif
    }

    void holdingsAndIndexesUndoWhatTheirReportCannotCarry()
    {
        // `holdings import` and `index build` write their reports inside their transactions
        // too: with the report lost to a full device, the snapshot and the index are not stored.
#ifndef Q_OS_UNIX
        QSKIP("no /dev/full on this platform");
#else
        const QString full = fullDevice(QStringLiteral("full-stores"));
        if (full.isEmpty())
            QSKIP("no /dev/full to write to");
        const QString sample = m_dir.filePath(QStringLiteral("stores.rutile"));
        QCOMPARE(test::runCli({QStringLiteral("--db"), sample, QStringLiteral("sample"), QStringLiteral("--universe"),
                               QStringLiteral("3")})
                     .exitCode,
                 0);
        const QString holdings = m_dir.filePath(QStringLiteral("XYZ_holdings.csv"));
        QFile file(holdings);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("iShares Test ETF\nFund Holdings as of,\"Apr 10, 2026\"\n"
                   "Ticker,Name,Sector,Asset Class,Market Value,Weight (%),Price\n"
                   "\"AAA\",\"ALPHA\",\"Energy\",\"Equity\",\"1,000.00\",\"50.00\",\"10.00\"\n"
                   "\"BBB\",\"BETA\",\"Energy\",\"Equity\",\"1,000.00\",\"50.00\",\"10.00\"\n");
        file.close();
        const QStringList db{QStringLiteral("--db"), sample};
        const QStringList show = db + QStringList{QStringLiteral("holdings"), QStringLiteral("show"), QStringLiteral("XYZ")};
        const QStringList index = db + QStringList{QStringLiteral("index"), QStringLiteral("build"), QStringLiteral("SYN-IDX"),
                                                   QStringLiteral("--constituents"), QStringLiteral("SAMPLE-UNIVERSE")};
        const QStringList symbols = db + QStringList{QStringLiteral("symbols"), QStringLiteral("--json"), QStringLiteral("-")};
        const QStringList import = db + QStringList{QStringLiteral("holdings"), QStringLiteral("import"), holdings};

        const Run holdingsLost = test::runCli(import + QStringList{QStringLiteral("--json"), full});
        QCOMPARE(holdingsLost.exitCode, 2);
        QCOMPARE(errorLines(holdingsLost.err), 1);
        QCOMPARE(test::runCli(show).exitCode, 2); // no snapshot named XYZ
        const Run indexLost = test::runCli(index + QStringList{QStringLiteral("--json"), full});
        QCOMPARE(indexLost.exitCode, 2);
        QVERIFY(!test::runCli(symbols).out.contains("SYN-IDX"));

        // With reports they can write, both are stored.
        QCOMPARE(test::runCli(import).exitCode, 0);
        QCOMPARE(test::runCli(show).exitCode, 0);
        QCOMPARE(test::runCli(index).exitCode, 0);
        QVERIFY(test::runCli(symbols).out.contains("SYN-IDX"));
#endif
    }

    void listsAndTheSampleUndoWhatTheirReportCannotCarry()
    {
        // `list set`, `list from-holdings` and `sample` write their reports inside their
        // transactions: a report lost to a full device leaves the lists and the symbols as they were.
#ifndef Q_OS_UNIX
        QSKIP("no /dev/full on this platform");
#else
        const QString full = fullDevice(QStringLiteral("full-lists"));
        if (full.isEmpty())
            QSKIP("no /dev/full to write to");
        const QString path = m_dir.filePath(QStringLiteral("lists.rutile"));
        const QStringList db{QStringLiteral("--db"), path};
        const QStringList toFull{QStringLiteral("--json"), full};
        const auto symbolCount = [&db] {
            const Run run = test::runCli(db + QStringList{QStringLiteral("symbols"), QStringLiteral("--json"), QStringLiteral("-")});
            return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).array().size() : qsizetype(-1);
        };
        const auto listed = [&db](const QString &name) {
            const Run run = test::runCli(db + QStringList{QStringLiteral("list"), QStringLiteral("show"), name,
                                                         QStringLiteral("--json"), QStringLiteral("-")});
            return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object().value(QStringLiteral("symbols")).toArray()
                                     : QJsonArray{QStringLiteral("(none)")};
        };
        QCOMPARE(test::runCli(db + QStringList{QStringLiteral("sample"), QStringLiteral("--universe"), QStringLiteral("0")})
                     .exitCode,
                 0);
        QCOMPARE(symbolCount(), 2); // the two synthetic indices

        const Run sampleLost = test::runCli(db + QStringList{QStringLiteral("sample"), QStringLiteral("--universe"),
                                                            QStringLiteral("3")} + toFull);
        QCOMPARE(sampleLost.exitCode, 2);
        QCOMPARE(errorLines(sampleLost.err), 1);
        QCOMPARE(symbolCount(), 2);
        QCOMPARE(listed(QStringLiteral("SAMPLE-UNIVERSE")), QJsonArray{QStringLiteral("(none)")});

        const QStringList set = db + QStringList{QStringLiteral("list"), QStringLiteral("set"), QStringLiteral("L")};
        QCOMPARE(test::runCli(set + QStringList{QStringLiteral("SYN-SMALL")} + toFull).exitCode, 2);
        QCOMPARE(listed(QStringLiteral("L")), QJsonArray{QStringLiteral("(none)")});
        QCOMPARE(test::runCli(set + QStringList{QStringLiteral("SYN-LARGE")}).exitCode, 0);
        QCOMPARE(test::runCli(set + QStringList{QStringLiteral("--all")} + toFull).exitCode, 2);
        QCOMPARE(listed(QStringLiteral("L")), QJsonArray{QStringLiteral("SYN-LARGE")});

        // With the universe and its fund there, a list from the fund's holdings.
        QCOMPARE(test::runCli(db + QStringList{QStringLiteral("sample"), QStringLiteral("--universe"), QStringLiteral("3")})
                     .exitCode,
                 0);
        QCOMPARE(symbolCount(), 5);
        const QStringList fromFund = db + QStringList{QStringLiteral("list"), QStringLiteral("from-holdings"),
                                                      QStringLiteral("L"), QStringLiteral("SAMPLE-FUND")};
        QCOMPARE(test::runCli(fromFund + toFull).exitCode, 2);
        QCOMPARE(listed(QStringLiteral("L")), QJsonArray{QStringLiteral("SYN-LARGE")});
        QCOMPARE(test::runCli(fromFund).exitCode, 0);
        QVERIFY(!listed(QStringLiteral("L")).contains(QStringLiteral("SYN-LARGE")));
#endif
    }

    void oneFileForTwoOutputsIsRefused()
    {
        // Two outputs to one file would leave the last only: refused before any work. Streams
        // take them one after the other.
        const QString same = m_dir.filePath(QStringLiteral("same.out"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub"))); // named again as sub/../same.out
        const QStringList backtest{QStringLiteral("--db"), db(), QStringLiteral("backtest"), QStringLiteral("AAA"),
                                   QStringLiteral("--strategy"), QStringLiteral("sma_cross")};
        const Run refused = test::runCli(backtest + QStringList{QStringLiteral("--trades"), same, QStringLiteral("--json"),
                                                                QDir(m_dir.path()).filePath(QStringLiteral("sub/../same.out"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--json") && refused.err.contains("--trades"), refused.err.constData());
        QCOMPARE(errorLines(refused.err), 1);
        QVERIFY(!QFileInfo::exists(same));
        const Run streams = test::runCli(backtest + QStringList{QStringLiteral("--trades"), QStringLiteral("-"),
                                                                QStringLiteral("--json"), QStringLiteral("-")});
        QCOMPARE(streams.exitCode, 0);
        QVERIFY(streams.out.startsWith("entry_date,") || streams.out.contains("\n{"));
    }

    void anOutputOverTheWorkspaceIsRefused()
    {
        // Staged and renamed, an output naming the workspace (by its name, through a symbolic
        // link, or its WAL) would replace the database: refused before any work, the bytes kept.
        const auto bytes = [this] {
            QFile f(db());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        const QByteArray before = bytes();
        QVERIFY(!before.isEmpty());
        QStringList targets{db(), QDir(m_dir.path()).filePath(QStringLiteral("sub/../w.rutile")),
                            db() + QStringLiteral("-wal")};
#ifdef Q_OS_UNIX
        const QString link = m_dir.filePath(QStringLiteral("link-to-workspace"));
        QVERIFY(QFile::link(db(), link));
        targets << link;
#endif
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("sub")));
        int checked = 0;
        for (const OutputCase &c : cases(QStringLiteral("CCC"))) {
            if (!c.arguments.contains(QStringLiteral("--db")))
                continue; // merge reads no workspace: its --db is the default one
            for (const QString &target : targets) {
                const Run run = test::runCli(withTarget(c.arguments, target));
                QVERIFY2(run.exitCode == 1, qPrintable(c.name + u' ' + target + u' ' + QString::fromUtf8(run.err)));
                QVERIFY2(run.err.contains("workspace"), run.err.constData());
                QCOMPARE(errorLines(run.err), 1);
                QCOMPARE(bytes(), before);
                QVERIFY(!QFileInfo::exists(db() + QStringLiteral("-wal")));
                ++checked;
            }
        }
        QVERIFY(checked >= 12 * 3);
        QVERIFY(symbolsJson().contains("\"AAA\""));
    }

private:
    QTemporaryDir m_dir;
    QString m_walkB;
    QString m_shard;
};

QTEST_GUILESS_MAIN(TestCliOutputs)
#include "tst_cli_outputs.moc"
