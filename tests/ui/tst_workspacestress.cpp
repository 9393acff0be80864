// The GUI keeps sight of its workspace while rutile-cli processes import into and read the
// same file (issue 9 §3, the lost WAL).
//
// SQLite coordinates processes with POSIX advisory locks, which belong to the process and the
// file, not to a descriptor: when ANY code in the process closes ANY descriptor of the workspace
// file (or of its -wal / -shm), the process loses every lock it held there. Qt's file dialogs
// open and close every file of the folder they list, to guess its type from its first bytes. A
// GUI that kept its connection open for the whole session therefore lost its locks each time a
// file dialog showed the workspace's folder; the next rutile-cli that closed the workspace
// believed it was the last user, checkpointed, and deleted the -wal and -shm that the GUI still
// had open. From then on the GUI read a deleted wal-index: an empty symbol list, "no history".
//
// This test drives the GUI's own code paths (MainWindow, the import dialog with its preview,
// Browse and worker-thread import, the Open Workspace dialog, re-reads of the symbol list and
// of each symbol's bars) while rutile-cli processes import and read the same workspace, and
// checks after every round that the window still sees every symbol and that the process holds
// no deleted workspace file. Rounds are bounded in count and time.

#include "import/ImportDialog.h"
#include "MainWindow.h"
#include "SymbolTableModel.h"
#include "UiTestSupport.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <set>

using namespace rutile;
using namespace rutile::ui;

namespace {

constexpr int kRounds = 5;
constexpr int kRoundBudgetMs = 10000; // all rounds together (a round takes 1-4 s on a loaded 2-core machine)
constexpr int kCsvRows = 10000;       // an import long enough to overlap the CLI processes

QProcess *startCli(const QStringList &arguments, QObject *parent)
{
    auto *process = new QProcess(parent);
    process->start(QStringLiteral(RUTILE_CLI_PATH), arguments);
    return process;
}

// Files of the process that point at a deleted file whose name starts with `path`: what the
// GUI held when it had lost sight of its workspace. Linux only (/proc); elsewhere empty.
QStringList deletedWorkspaceFiles(const QString &path)
{
    QStringList held;
    QDirIterator fds(QStringLiteral("/proc/self/fd"), QDir::Files | QDir::System | QDir::NoDotAndDotDot);
    while (fds.hasNext()) {
        const QString target = QFileInfo(fds.next()).symLinkTarget();
        if (target.startsWith(path) && target.endsWith(QLatin1String(" (deleted)")))
            held << target;
    }
    return held;
}

} // namespace

class TestWorkspaceStress : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Closes the file dialog that the next modal loop shows, once its model has listed
    // `folder` (by then Qt has opened the files there to guess their types).
    void closeFileDialogOnceListed(const QString &folder, bool *listed)
    {
        QTimer::singleShot(0, this, [folder, listed] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *model = dialog->findChild<QFileSystemModel *>();
            if (model) {
                QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
                const QModelIndex index = model->index(folder);
                if (model->rowCount(index) == 0)
                    loaded.wait(5000);
                // The icons and types of the listed files are fetched after the listing.
                QTest::qWait(300);
                *listed = model->rowCount(model->index(folder)) > 0;
            }
            dialog->reject();
        });
    }

    // One import through the GUI's dialog: preview, Browse (listing the workspace's folder),
    // then the worker-thread import. Returns the outcome's error text, empty on success.
    QString importThroughTheDialog(MainWindow &window, const QString &csv, const QString &symbol, bool *listed)
    {
        QString failure = QStringLiteral("the import dialog did not open");
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QPushButton *browse = nullptr;
            for (auto *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == ImportDialog::tr("&Browse..."))
                    browse = button;
            }
            if (browse) {
                closeFileDialogOnceListed(QFileInfo(csv).absolutePath(), listed);
                browse->click();
            }
            dialog->setFilePath(csv); // the preview
            dialog->setSymbol(symbol);
            QSignalSpy finished(dialog, &ImportDialog::importFinished);
            dialog->startImport();
            if (!finished.wait(60000)) {
                failure = QStringLiteral("the import did not finish");
            } else {
                const auto &outcome = dialog->lastOutcome();
                failure = outcome && outcome->ok() ? QString()
                                                    : (outcome ? outcome->error.toString() : QStringLiteral("no outcome"));
            }
            dialog->reject();
        });
        window.showImportDialog();
        return failure;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rutile::test::isolateSettings(m_dir);
        // The widget dialog on every platform: the one whose file listing is known to read files.
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    }

    void guiKeepsSightOfItsWorkspaceWhileTheCliWorks()
    {
        // The workspace lives in the folder of the files the user imports, so that Browse
        // lists it, as the Open Workspace dialog always does.
        const QString folder = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(QStringLiteral("stress.rutile"));
        const QString csv = QDir(folder).filePath(QStringLiteral("history.csv"));
        rutile::test::writeLargeYahooFile(csv, kCsvRows);
        QSettings().setValue(QStringLiteral("import/lastFolder"), folder);

        MainWindow window;
        window.setPersistentSettings(false);
        window.show();
        QVERIFY(window.openWorkspace(path).ok());

        std::set<QString> expected;
        int rounds = 0;
        int listings = 0;
        const QDeadlineTimer deadline(kRoundBudgetMs);
        for (int round = 0; round < kRounds && !deadline.hasExpired(); ++round, ++rounds) {
            const QString cliSymbol = QStringLiteral("CLI%1").arg(round);
            const QString guiSymbol = QStringLiteral("GUI%1").arg(round);

            // rutile-cli imports and reads while the GUI imports on its worker thread.
            QObject processes;
            QList<QProcess *> cli{
                startCli({QStringLiteral("import"), csv, QStringLiteral("--symbol"), cliSymbol, QStringLiteral("--db"), path},
                         &processes),
                startCli({QStringLiteral("symbols"), QStringLiteral("--db"), path}, &processes)};
            bool listed = false;
            const QString failure = importThroughTheDialog(window, csv, guiSymbol, &listed);
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            listings += listed ? 1 : 0;

            // The Open Workspace dialog starts in the workspace's own folder; cancelled.
            bool listedAgain = false;
            closeFileDialogOnceListed(folder, &listedAgain);
            window.openWorkspaceDialog();
            listings += listedAgain ? 1 : 0;

            // More rutile-cli runs after the listings: each one that closes the workspace last
            // checkpoints it and, believing it alone, may delete the -wal and -shm.
            cli << startCli({QStringLiteral("symbols"), QStringLiteral("--db"), path}, &processes)
                << startCli({QStringLiteral("export"), cliSymbol, QStringLiteral("--csv"),
                             QDir(folder).filePath(QStringLiteral("export.csv")), QStringLiteral("--db"), path},
                            &processes);
            for (QProcess *p : cli) {
                // Already finished when the dialogs' event loops delivered its end.
                QVERIFY2(p->state() == QProcess::NotRunning || p->waitForFinished(60000), "rutile-cli did not finish");
                QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                         qPrintable(QStringLiteral("rutile-cli %1: exit %2: %3")
                                        .arg(p->arguments().join(QLatin1Char(' ')))
                                        .arg(p->exitCode())
                                        .arg(QString::fromUtf8(p->readAllStandardError()))));
            }
            expected.insert(cliSymbol);
            expected.insert(guiSymbol);

            // The GUI re-reads: the symbol list and every symbol's bars.
            window.refreshSymbols();
            std::set<QString> seen;
            for (int row = 0; row < window.symbolModel()->rowCount(); ++row)
                seen.insert(window.symbolModel()->symbolAt(row).symbol);
            QVERIFY2(seen == expected,
                     qPrintable(QStringLiteral("round %1: the window lists %2 of the %3 symbols")
                                    .arg(round)
                                    .arg(seen.size())
                                    .arg(expected.size())));
            for (const QString &symbol : expected) {
                QVERIFY(window.selectSymbol(symbol));
                const auto bars = window.workspace()->readBars(symbol);
                QVERIFY2(bars, qPrintable(bars ? QString() : bars.error().toString()));
                QCOMPARE(bars->size(), std::size_t(kCsvRows));
            }
            const QStringList deleted = deletedWorkspaceFiles(path);
            QVERIFY2(deleted.isEmpty(), qPrintable(QStringLiteral("round %1: the process holds deleted files: %2")
                                                       .arg(round)
                                                       .arg(deleted.join(QStringLiteral(", ")))));
        }
        // A run that did nothing proves nothing.
        QVERIFY2(rounds >= 2, "fewer than two rounds ran in the time budget");
        QVERIFY2(listings >= rounds, "the file dialogs never listed the workspace's folder");
    }
};

QTEST_MAIN(TestWorkspaceStress)
#include "tst_workspacestress.moc"
