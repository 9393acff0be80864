// File dialogs (issue 12, defect 12): each kind of file starts in the folder it was last
// saved to or opened from (ui/RecentFolders), checked on the real dialogs of the table export
// and the risk chart export; and the PNG size dialog is wide enough for its title.

#include "FileDialog.h"
#include "RecentFolders.h"
#include "TableCsvExport.h"
#include "UiTestSupport.h"
#include "chart/ChartExportDialog.h"
#include "risk/RiskChartView.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

using namespace rutile;
using namespace rutile::ui;

namespace {

// Runs `open` (which shows a modal file dialog), answers the dialog with `answer` (a file or
// folder path) and returns the folder the dialog started in; empty when no dialog came up.
QString answerFileDialog(const std::function<void()> &open, const QString &answer)
{
    QString started;
    QTimer poll; // until the dialog is up: a test that waited for a dialog never answered would hang
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&poll, &started, answer] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        started = dialog->directory().absolutePath();
        // Typed into the name field, as a user would (selectFile() leaves a focused field alone).
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            started = QStringLiteral("<a file dialog without a name field>");
            dialog->reject();
            return;
        }
        name->setText(answer);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() checks the name
    });
    poll.start();
    open();
    poll.stop();
    return started;
}

QAction *actionNamed(QWidget *widget, const QString &prefix)
{
    for (QAction *a : widget->actions())
        if (a->text().startsWith(prefix))
            return a;
    return nullptr;
}

} // namespace

class TestFileDialogs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
    }

    void eachKindRemembersItsFolder()
    {
        QCOMPARE(recentFolder(FolderKind::ExportCsv), QDir::homePath()); // nothing saved yet
        const QString csvFolder = m_dir.filePath(QStringLiteral("tables"));
        QVERIFY(QDir().mkpath(csvFolder));
        rememberFolder(FolderKind::ExportCsv, QDir(csvFolder).filePath(QStringLiteral("a.csv")));
        QCOMPARE(recentFolder(FolderKind::ExportCsv), csvFolder);
        QCOMPARE(recentFolderPath(FolderKind::ExportCsv, QStringLiteral("b.csv")), QDir(csvFolder).filePath(QStringLiteral("b.csv")));
        // Other kinds keep their own.
        QCOMPARE(recentFolder(FolderKind::ExportPng), QDir::homePath());
        QCOMPARE(recentFolder(FolderKind::Import), QDir::homePath());
        rememberFolder(FolderKind::Report, m_dir.path()); // a folder is kept as it is
        QCOMPARE(recentFolder(FolderKind::Report), m_dir.path());
        // The import dialog's folder from before this helper is still used.
        QSettings().setValue(QStringLiteral("import/lastFolder"), csvFolder);
        QCOMPARE(recentFolder(FolderKind::Import), csvFolder);
        rememberFolder(FolderKind::Import, m_dir.path());
        QCOMPARE(recentFolder(FolderKind::Import), m_dir.path());
        // A folder that has gone: home again.
        const QString gone = m_dir.filePath(QStringLiteral("gone"));
        QVERIFY(QDir().mkpath(gone));
        rememberFolder(FolderKind::Strategy, QDir(gone).filePath(QStringLiteral("x.rule")));
        QVERIFY(QDir(gone).removeRecursively());
        QCOMPARE(recentFolder(FolderKind::Strategy), QDir::homePath());
    }

    // The table's "Export as CSV..." starts where the last CSV export went.
    void tableExportStartsInTheLastFolder()
    {
        QSettings().remove(QStringLiteral("recentFolders"));
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("a"), QStringLiteral("b")});
        QTableView view;
        view.setModel(&model);
        addCsvExportAction(&view, QStringLiteral("table.csv"));
        QAction *exportCsv = actionNamed(&view, QStringLiteral("Export as CSV"));
        QVERIFY(exportCsv);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QString folder = m_dir.filePath(QStringLiteral("csv-out"));
        QVERIFY(QDir().mkpath(folder));
        const QString first = QDir(folder).filePath(QStringLiteral("first.csv"));
        QCOMPARE(answerFileDialog([exportCsv] { exportCsv->trigger(); }, first), QDir::homePath());
        QVERIFY(QFileInfo::exists(first));
        // The next export of a table starts in that folder, not in the home folder.
        const QString second = QDir(folder).filePath(QStringLiteral("second.csv"));
        QCOMPARE(answerFileDialog([exportCsv] { exportCsv->trigger(); }, second), folder);
        QVERIFY(QFileInfo::exists(second));
        // A PNG export has its own folder: still home.
        RiskChartView chart(QStringLiteral("histogram"));
        chart.replaceChart(new QChart);
        chart.resize(300, 220);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QAction *exportPng = actionNamed(&chart, QStringLiteral("Export as PNG"));
        QVERIFY(exportPng);
        const QString pngFolder = m_dir.filePath(QStringLiteral("png-out"));
        QVERIFY(QDir().mkpath(pngFolder));
        const QString png = QDir(pngFolder).filePath(QStringLiteral("chart.png"));
        QCOMPARE(answerFileDialog([exportPng] { exportPng->trigger(); }, png), QDir::homePath());
        QVERIFY(!QImage(png).isNull());
        const QString again = QDir(pngFolder).filePath(QStringLiteral("again.png")); // a new name: no overwrite question
        QCOMPARE(answerFileDialog([exportPng] { exportPng->trigger(); }, again), pngFolder);
        QVERIFY(!QImage(again).isNull());
        QCOMPARE(recentFolder(FolderKind::ExportCsv), folder);
    }

    // The PNG size dialog's title was elided by the window manager ("Export… s PNG").
    void listedWorkspacesAreNeverOpened()
    {
        // Issue 12, defect 13: Qt's default icon provider opens each listed file to sniff its type;
        // closing that descriptor drops SQLite's POSIX locks on an open workspace. Watched with
        // inotify's IN_OPEN, so Linux only.
#ifdef Q_OS_LINUX
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString workspace = dir.filePath(QStringLiteral("work.rutile"));
        {
            QFile file(workspace);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("SQLite format 3") + QByteArray(4096, '\0'));
        }
        const int watch = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watch >= 0);
        QVERIFY(inotify_add_watch(watch, QFile::encodeName(workspace).constData(), IN_OPEN) >= 0);
        const auto opens = [watch] {
            int count = 0;
            alignas(inotify_event) char buffer[4096];
            for (ssize_t n; (n = read(watch, buffer, sizeof buffer)) > 0;) {
                for (char *p = buffer; p < buffer + n; p += sizeof(inotify_event) + reinterpret_cast<inotify_event *>(p)->len)
                    count += (reinterpret_cast<inotify_event *>(p)->mask & IN_OPEN) ? 1 : 0;
            }
            return count;
        };
        // Shows a dialog on the folder for a while (its file list filled by a thread), then closes it.
        const auto browse = [&](const std::function<void()> &show) {
            QTimer::singleShot(0, [] {
                QTest::qWait(1500);
                if (QWidget *dialog = QApplication::activeModalWidget())
                    dialog->close();
            });
            show();
        };
        // Qt's dialog as it comes: the file is opened (the check can fail).
        browse([&] {
            QFileDialog plain(nullptr, QStringLiteral("plain"), dir.path());
            plain.setOption(QFileDialog::DontUseNativeDialog);
            plain.setViewMode(QFileDialog::Detail);
            plain.exec();
        });
        const int plainOpens = opens();
        QVERIFY2(plainOpens > 0, "the default icon provider did not open the file: this check cannot fail");
        // Rutile's dialogs, in the detail view (icons and types): never.
        browse([&] { runFileDialog(nullptr, FileDialogMode::Open, QStringLiteral("rutile"), dir.path()); });
        browse([&] { runFileDialog(nullptr, FileDialogMode::Save, QStringLiteral("rutile"), workspace); });
        QCOMPARE(opens(), 0);
        close(watch);
#else
        QSKIP("watches file opens with inotify (Linux)");
#endif
    }

    void pngSizeDialogFitsItsTitle()
    {
        ChartExportDialog dialog(QSize(1200, 700), 1.0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QFont bold = QApplication::font("QMdiSubWindowTitleBar");
        bold.setBold(true);
        const int title = QFontMetrics(bold).horizontalAdvance(dialog.windowTitle());
        QVERIFY2(dialog.width() >= title + 160, qPrintable(QStringLiteral("%1 px for a %2 px title").arg(dialog.width()).arg(title)));
        test::maybeSaveShot(&dialog, QStringLiteral("png-size-dialog"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
