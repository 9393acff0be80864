// rutile-cli and the workspace named by --db, run as a separate process (issue 9 §3 and the
// --db items of §5): what is not a regular file is refused with exit 2 and nothing written
// beside it; reading commands never create a workspace or its folder; a read-only workspace
// is refused up front with a message that says so.

#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h> // mkfifo: the test makes a FIFO to point --db at
#endif

using namespace rutile;
using test::CliRun;

namespace {

QStringList withDb(const QString &db, QStringList arguments)
{
    return QStringList{QStringLiteral("--db"), db} + arguments;
}

// Every command that only reads the workspace, with arguments that get it as far as opening
// the workspace (the symbol AAA, a strategy, a grid...).
QList<QStringList> readingCommands(const QString &outFolder)
{
    const QString out = QDir(outFolder).filePath(QStringLiteral("out"));
    return {
        {QStringLiteral("symbols")},
        {QStringLiteral("export"), QStringLiteral("AAA"), QStringLiteral("--csv"), out + QStringLiteral(".csv")},
        {QStringLiteral("indicators"), QStringLiteral("AAA"), QStringLiteral("--ind"), QStringLiteral("sma:3"),
         QStringLiteral("--csv"), out + QStringLiteral("-ind.csv")},
        {QStringLiteral("risk"), QStringLiteral("AAA")},
        {QStringLiteral("backtest"), QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("sma_cross")},
        {QStringLiteral("optimize"), QStringLiteral("AAA"), QStringLiteral("--strategy"), QStringLiteral("sma_cross"),
         QStringLiteral("--grid"), QStringLiteral("fast=5:10:5")},
        {QStringLiteral("walkforward"), QStringLiteral("AAA"), QStringLiteral("--strategy"),
         QStringLiteral("sma_cross"), QStringLiteral("--grid"), QStringLiteral("fast=5:10:5"),
         QStringLiteral("--in-sample"), QStringLiteral("20"), QStringLiteral("--out-of-sample"), QStringLiteral("10")},
        {QStringLiteral("runs")},
        {QStringLiteral("runs"), QStringLiteral("show"), QStringLiteral("1")},
#ifdef RUTILE_CLI_HAS_CHART
        {QStringLiteral("chart"), QStringLiteral("AAA"), QStringLiteral("--png"), out + QStringLiteral(".png")},
        {QStringLiteral("report"), QStringLiteral("risk"), QStringLiteral("AAA"), QStringLiteral("--pdf"),
         out + QStringLiteral("-risk.pdf")},
        {QStringLiteral("report"), QStringLiteral("backtest"), QStringLiteral("AAA"), QStringLiteral("--strategy"),
         QStringLiteral("sma_cross"), QStringLiteral("--html"), out + QStringLiteral("-bt.html")},
#endif
    };
}

// The names in `folder`, to show that a command created nothing there.
QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// SQLite's companion files of `path`: none may appear beside anything that was refused.
QStringList companions(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-journal", "-wal", "-shm"}) {
        if (QFileInfo(path + QLatin1String(suffix)).exists() || QFileInfo(path + QLatin1String(suffix)).isSymLink())
            found << path + QLatin1String(suffix);
    }
    return found;
}

// One line on stderr, naming `path`, saying `what`; stdout empty.
void checkOneLine(const CliRun &run, const QString &path, const QByteArray &what)
{
    const QByteArray err = run.err.trimmed();
    QVERIFY2(!err.isEmpty() && !err.contains('\n'), run.err.constData());
    QVERIFY2(err.contains(QDir::toNativeSeparators(path).toUtf8()) || err.contains(path.toUtf8()), run.err.constData());
    QVERIFY2(err.contains(what), run.err.constData());
    QVERIFY2(run.out.isEmpty(), run.out.constData());
}

} // namespace

class TestCliWorkspace : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString fixtureCsv() const { return test::fixture(QStringLiteral("yahoo_basic.csv")); }

    // A workspace at `path` holding AAA.
    void makeWorkspace(const QString &path)
    {
        const CliRun run = test::runCli(withDb(path, {QStringLiteral("import"), fixtureCsv(), QStringLiteral("--symbol"),
                                                      QStringLiteral("AAA")}));
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }

    // Runs a reading and a creating command with --db `target` and checks both are refused
    // with exit 2, one line naming it, and nothing written beside it (nor anywhere in its
    // folder, when `wholeFolder`: not for /dev, where other processes may add nodes).
    void checkRefused(const QString &target, const QByteArray &what, bool wholeFolder = true)
    {
        const QString folder = QFileInfo(target).absolutePath();
        const QStringList before = entries(folder);
        for (const QStringList &command :
             {QStringList{QStringLiteral("symbols")},
              QStringList{QStringLiteral("import"), fixtureCsv(), QStringLiteral("--symbol"), QStringLiteral("AAA")}}) {
            const CliRun run = test::runCli(withDb(target, command));
            QVERIFY2(run.exitCode == 2, qPrintable(command.first() + QStringLiteral(": exit ")
                                                   + QString::number(run.exitCode) + QStringLiteral(": ")
                                                   + QString::fromUtf8(run.err)));
            checkOneLine(run, target, what);
            QCOMPARE(companions(target), QStringList());
            if (wholeFolder)
                QCOMPARE(entries(folder), before);
        }
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aFolderIsRefused()
    {
        const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
        QVERIFY(QDir().mkpath(folder));
        checkRefused(folder, "a folder");
        QCOMPARE(entries(folder), QStringList());
    }

    void aDeviceIsRefused()
    {
#ifdef Q_OS_UNIX
        // As root, the old code wrote /dev/null-journal beside the device.
        const QString device = QStringLiteral("/dev/null");
        QVERIFY(QFileInfo::exists(device));
        QVERIFY2(companions(device).isEmpty(), "a -journal/-wal/-shm of /dev/null exists before the test");
        checkRefused(device, "not a regular file", false);
        QVERIFY(!QFileInfo(device).isFile()); // still the device
#else
        QSKIP("no device node to point --db at on this platform");
#endif
    }

    void aFifoIsRefused()
    {
#ifdef Q_OS_UNIX
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.rutile"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        checkRefused(fifo, "not a regular file");
        QVERIFY(QFileInfo::exists(fifo) && !QFileInfo(fifo).isFile()); // still the FIFO
#else
        QSKIP("no FIFO on this platform");
#endif
    }

    void anEmptyPathIsOneLine()
    {
        for (const QString &command : {QStringLiteral("symbols"), QStringLiteral("import")}) {
            QStringList arguments = withDb(QString(), {command});
            if (command == QLatin1String("import"))
                arguments << fixtureCsv();
            const CliRun run = test::runCli(arguments);
            QCOMPARE(run.exitCode, 2);
            const QByteArray err = run.err.trimmed();
            QVERIFY2(!err.contains('\n') && err.contains("the workspace path is empty"), run.err.constData());
        }
    }

    void readingCommandsNeverCreateAWorkspace_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const QStringList &command : readingCommands(m_dir.filePath(QStringLiteral("outputs"))))
            QTest::newRow(qPrintable(command.mid(0, 2).join(QLatin1Char(' ')))) << command;
    }

    void readingCommandsNeverCreateAWorkspace()
    {
        QFETCH(QStringList, command);
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("outputs"))));

        // In a missing folder: the folder is not created.
        // Folders named after the command and its first argument: `runs` and `runs show` are two rows.
        const QString tag = command.mid(0, 2).join(QLatin1Char('-'));
        const QString missingFolder = m_dir.filePath(QStringLiteral("missing-") + tag);
        const QString inMissing = QDir(missingFolder).filePath(QStringLiteral("w.rutile"));
        CliRun run = test::runCli(withDb(inMissing, command));
        QVERIFY2(run.exitCode == 2, run.err.constData());
        checkOneLine(run, inMissing, "no workspace here");
        QVERIFY2(!QFileInfo::exists(missingFolder), "the command created the folder");

        // A missing file in an existing folder: nothing appears in it.
        const QString folder = m_dir.filePath(QStringLiteral("empty-folder-") + tag);
        QVERIFY(QDir().mkpath(folder));
        const QString missing = QDir(folder).filePath(QStringLiteral("w.rutile"));
        run = test::runCli(withDb(missing, command));
        QVERIFY2(run.exitCode == 2, run.err.constData());
        checkOneLine(run, missing, "no workspace here");
        QCOMPARE(entries(folder), QStringList());

        // An empty file stays empty.
        QFile empty(missing);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        run = test::runCli(withDb(missing, command));
        QVERIFY2(run.exitCode == 2, run.err.constData());
        checkOneLine(run, missing, "no workspace here");
        QCOMPARE(QFileInfo(missing).size(), qint64(0));
        QCOMPARE(entries(folder), QStringList{QStringLiteral("w.rutile")});
    }

    void importCreatesTheWorkspaceAndItsFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("new/deeper/w.rutile"));
        makeWorkspace(path);
        const CliRun run = test::runCli(withDb(path, {QStringLiteral("symbols")}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("AAA"));
    }

    void importIntoAReadOnlyWorkspaceIsRefusedUpFront()
    {
        const QString path = m_dir.filePath(QStringLiteral("readonly/w.rutile"));
        makeWorkspace(path);
        const QByteArray before = test::runCli(withDb(path, {QStringLiteral("symbols")})).out;
        // No write bit for anyone. Root could still write the file, so the permission bits,
        // not the effective access, are what marks a workspace read-only (Workspace::isReadOnly).
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const CliRun run = test::runCli(withDb(path, {QStringLiteral("import"), fixtureCsv(), QStringLiteral("--symbol"),
                                                      QStringLiteral("BBB")}));
        QVERIFY2(run.exitCode == 2, run.err.constData());
        checkOneLine(run, path, "read-only");
        QVERIFY(!run.err.contains("attempt to write"));
        // Still readable, and unchanged.
        const CliRun read = test::runCli(withDb(path, {QStringLiteral("symbols")}));
        QCOMPARE(read.exitCode, 0);
        QCOMPARE(read.out, before);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    }

    void importIntoAReadOnlyFolderIsRefusedUpFront()
    {
        const QString folder = m_dir.filePath(QStringLiteral("readonly-folder"));
        const QString path = QDir(folder).filePath(QStringLiteral("w.rutile"));
        makeWorkspace(path);
        const QStringList before = entries(folder);
        const QFile::Permissions writable = QFileInfo(folder).permissions();
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                                  | QFile::ReadOther | QFile::ExeOther));
        // A new workspace in that folder, and the existing one (its -wal cannot be created).
        for (const QString &target : {path, QDir(folder).filePath(QStringLiteral("new.rutile"))}) {
            const CliRun run = test::runCli(withDb(target, {QStringLiteral("import"), fixtureCsv(), QStringLiteral("--symbol"),
                                                            QStringLiteral("BBB")}));
            QVERIFY2(run.exitCode == 2, run.err.constData());
            checkOneLine(run, target, "read-only");
        }
        QCOMPARE(entries(folder), before);
        QVERIFY(QFile::setPermissions(folder, writable));
    }
};

QTEST_MAIN(TestCliWorkspace)
#include "tst_cli_workspace.moc"
