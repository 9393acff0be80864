// MainWindow: workspaces, the symbol list, the chart of the selected symbol, the empty
// state, foreign files, and an import through the dialog.

#include "EmptyStatePanel.h"
#include "import/ImportDialog.h"
#include "MainWindow.h"
#include "WatchlistView.h"
#include "ShortcutsDialog.h"
#include "chart/ChartWorkspace.h"
#include "chart/PriceChart.h"
#include "import/SampleWorkspace.h"
#include "index/SampleUniverseController.h"
#include "SymbolTableModel.h"
#include "UiTestSupport.h"
#include "storage/Sqlite.h"

#include <QApplication>
#include <QFile>
#include <QToolButton>
#include <QToolBar>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace rutile;
using namespace rutile::ui;

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rutile::test::isolateSettings(m_dir);
    }

    void showsTheSymbolsOfAWorkspace()
    {
        const QString path = m_dir.filePath(QStringLiteral("two.rutile"));
        {
            auto ws = rutile::test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));
            ImportRequest request;
            request.filePath = rutile::test::fixture(QStringLiteral("ui_generic_semicolon_decimal_comma.csv"));
            request.symbol = QStringLiteral("DAX");
            QVERIFY(importHistory(*ws, request).ok());
        }
        MainWindow window;
        QVERIFY(window.openWorkspace(path).ok());
        QCOMPARE(window.workspace()->path(), path);
        QCOMPARE(window.symbolModel()->rowCount(), 2);
        QCOMPARE(window.symbolModel()->columnCount(), 9);
        QVERIFY(!window.isEmptyStateShown());

        // The first symbol in sorted order is charted at once.
        QCOMPARE(window.currentSymbol(), QStringLiteral("DAX"));
        QCOMPARE(window.chart()->series().size(), std::size_t(5));
        QVERIFY(window.statusText().contains(QStringLiteral("DAX: 5 bars")));

        // Selecting a row in the list charts that symbol.
        QTableView *view = window.symbolView();
        view->selectRow(1);
        QCOMPARE(window.currentSymbol(), QStringLiteral("RUT"));
        QCOMPARE(window.chart()->series().size(), std::size_t(30));
        QCOMPARE(window.chart()->series().firstDate(), QDate(2024, 1, 2));
        QVERIFY(window.statusText().contains(QStringLiteral("RUT: 30 bars")));
        QVERIFY(window.statusText().contains(path));
        QVERIFY(!window.chart()->isSynthetic());

        // The last workspace is remembered.
        QCOMPARE(MainWindow::lastWorkspacePath(), path);
    }

    void watchlistExportsTheBarsOfTheRowClicked()
    {
        const QString path = m_dir.filePath(QStringLiteral("watch.rutile"));
        rutile::test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));
        MainWindow window;
        window.setPersistentSettings(false);
        QVERIFY(window.openWorkspace(path).ok());
        WatchlistView *view = window.symbolView();
        // The history's extent is hidden by default; the change columns show.
        QVERIFY(view->isColumnHidden(SymbolTableModel::BarsColumn));
        QVERIFY(!view->isColumnHidden(SymbolTableModel::ChangePercentColumn));
        std::unique_ptr<QMenu> header(view->headerMenu());
        QCOMPARE(header->actions().size(), SymbolTableModel::ColumnCount - 1);

        const QRect row = view->visualRect(view->model()->index(0, 0));
        std::unique_ptr<QMenu> menu(view->rowMenu(row.center()));
        QAction *exportBars = menu->findChild<QAction *>(QStringLiteral("exportBarsAction"));
        QVERIFY(exportBars);
        QVERIFY(exportBars->text().contains(QStringLiteral("RUT")));
        QSignalSpy requested(view, &WatchlistView::exportBarsRequested);
        // The main window asks for the file: cancel its dialog.
        bool asked = false;
        QTimer::singleShot(0, [&asked] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                asked = dialog->windowTitle().contains(QStringLiteral("RUT"));
                dialog->close();
            }
        });
        exportBars->trigger();
        QVERIFY(asked);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().toString(), QStringLiteral("RUT"));

        // What the dialog then writes: the cached OHLCV, in the format `rutile-cli export` writes.
        const QString out = m_dir.filePath(QStringLiteral("rut-bars.csv"));
        QVERIFY(window.exportBars(QStringLiteral("RUT"), out).ok());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("Date,Open,High,Low,Close,Adj Close,Volume"));
        QCOMPARE(lines.size() - 2, int(window.chart()->series().size())); // header, trailing newline
        QVERIFY(lines[1].startsWith(QByteArray(window.chart()->series().firstDate().toString(Qt::ISODate).toLatin1()).append(',')));
        QVERIFY(!window.exportBars(QStringLiteral("NOPE"), out).ok());
    }

    void aFailedReadLeavesTheWindowAsItWas()
    {
        // Issue 12, defect 13: the window went empty ("no price history yet") while the data
        // were intact. A read that fails must not be taken for an empty workspace.
        const QString path = m_dir.filePath(QStringLiteral("failing.rutile"));
        rutile::test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));
        MainWindow window;
        window.setPersistentSettings(false);
        QVERIFY(window.openWorkspace(path).ok());
        QCOMPARE(window.symbolModel()->rowCount(), 1);
        const std::size_t bars = window.chart()->series().size();
        QVERIFY(bars > 0);
        // The file turns unreadable under the open window (replaced by bytes that are no database).
        QVERIFY(rutile::test::makeUnreadable(path));
        window.refreshSymbols(); // what an import's end or a reload does
        QCOMPARE(window.symbolModel()->rowCount(), 1);
        QVERIFY(!window.isEmptyStateShown());
        QCOMPARE(window.chart()->series().size(), bars);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Cannot read the symbols")),
            qPrintable(window.statusBar()->currentMessage()));
    }

    void everyShortcutIsListedOnceAndNoneClash()
    {
        MainWindow window;
        const QList<ShortcutEntry> entries = collectShortcuts(&window);
        // Every action of the window with a shortcut is in the list, under its text.
        int actions = 0;
        QHash<QKeySequence, QString> owner;
        for (const QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut().isEmpty())
                continue;
            ++actions;
            QString text = a->text();
            text.remove(QLatin1Char('&'));
            const bool listed = std::any_of(entries.begin(), entries.end(), [&](const ShortcutEntry &e) {
                return text.startsWith(e.action) && e.keys.contains(a->shortcut().toString(QKeySequence::NativeText));
            });
            QVERIFY2(listed, qPrintable(text));
            // Two actions on one key: only one of them would ever run.
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!owner.contains(k) || owner[k] == text,
                    qPrintable(QStringLiteral("%1: %2 and %3").arg(k.toString(), owner.value(k), text)));
                owner.insert(k, text);
            }
        }
        // Undo, redo, delete, the drawing tools, the magnet, open, quit, help...: at least 15.
        QVERIFY2(actions >= 15, qPrintable(QString::number(actions)));
        QVERIFY(owner.contains(QKeySequence(QKeySequence::Undo)));
        QVERIFY(owner.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)));
        // The chart's own keys are listed too.
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const ShortcutEntry &e) { return e.keys == QStringLiteral("Home / End"); }));

        // The dialog shows the same rows, and its table exports as CSV like every table.
        int rows = 0;
        bool exportable = false;
        QTimer::singleShot(0, [&rows, &exportable] {
            if (auto *dialog = qobject_cast<ShortcutsDialog *>(QApplication::activeModalWidget())) {
                rows = dialog->table()->rowCount();
                for (QAction *action : dialog->table()->actions())
                    exportable = exportable || action->text().startsWith(QStringLiteral("Export as CSV"));
                dialog->reject();
            }
        });
        QAction *help = window.findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
        QVERIFY(help);
        help->trigger();
        QVERIFY2(rows > 20, qPrintable(QString::number(rows)));
        QVERIFY(exportable);
    }

    void menusAreReachedThroughTheWindowAndSignalAWorkspaceChange()
    {
        MainWindow window;
        // Menu-bar order: File, Edit, View, Data, Strategy, Analysis, Help, each reached through menu().
        const QList<QAction *> bar = window.menuBar()->actions();
        const MainWindow::Menu order[] = {MainWindow::Menu::File, MainWindow::Menu::Edit, MainWindow::Menu::View,
            MainWindow::Menu::Data, MainWindow::Menu::Strategy, MainWindow::Menu::Analysis, MainWindow::Menu::Help};
        QCOMPARE(bar.size(), int(std::size(order)));
        for (int i = 0; i < bar.size(); ++i)
            QCOMPARE(bar[i], window.menu(order[i])->menuAction());
        // The feature modules filled their menus through the same call.
        QVERIFY(window.menu(MainWindow::Menu::Strategy)->findChild<QAction *>(QStringLiteral("runBacktestAction")));
        QVERIFY(window.menu(MainWindow::Menu::Analysis)->findChild<QAction *>(QStringLiteral("riskDashboardAction")));
        QVERIFY(window.menu(MainWindow::Menu::Data)->findChild<QAction *>(QStringLiteral("downloadAction")));
        QVERIFY(window.menu(MainWindow::Menu::Data)->findChild<QAction *>(QStringLiteral("updateAllAction")));

        QSignalSpy changed(&window, &MainWindow::workspaceChanged);
        const QString path = m_dir.filePath(QStringLiteral("signal.rutile"));
        rutile::test::workspaceWith(path, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));
        QVERIFY(window.openWorkspace(path).ok());
        QCOMPARE(changed.count(), 1);
        window.refreshSymbols(); // what an import does when it has finished
        QCOMPARE(changed.count(), 2);
    }

    void emptyWorkspaceOffersTheSampleAndImport()
    {
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(QStringLiteral("empty.rutile"));
        QVERIFY(window.openWorkspace(path).ok());
        QCOMPARE(window.symbolModel()->rowCount(), 0);
        QVERIFY(window.isEmptyStateShown());
        QVERIFY(window.emptyState()->isVisible());
        QVERIFY(window.emptyState()->sampleButton()->isVisible());
        QVERIFY(window.emptyState()->importButton()->isVisible());
        QVERIFY(window.statusText().contains(QStringLiteral("No symbols")));
        rutile::test::maybeSaveShot(&window, QStringLiteral("mainwindow-empty"));

        // The sample button opens the sample workspace (QStandardPaths test mode keeps it in
        // a test folder): synthetic symbols, marked as such, with the chart banner, and its
        // constituent universe filled in the background (a few stocks here, not 2,000), with
        // progress and Cancel in the status bar.
        for (const char *suffix : {"", "-wal", "-shm"}) // a sample left by an earlier run
            QFile::remove(Workspace::samplePath() + QLatin1String(suffix));
        auto *universe = window.findChild<SampleUniverseController *>();
        QVERIFY(universe);
        universe->setUniverseSize(3);
        QTest::mouseClick(window.emptyState()->sampleButton(), Qt::LeftButton);
        QCOMPARE(window.workspace()->path(), Workspace::samplePath());
        QVERIFY(!window.isEmptyStateShown());
        QCOMPARE(window.symbolModel()->rowCount(), 2);
        QVERIFY(window.symbolModel()->symbolAt(0).synthetic);
        QVERIFY(window.chart()->isSynthetic());
        QVERIFY(window.chart()->syntheticBanner()->visible());
        QVERIFY(window.statusText().contains(QStringLiteral("synthetic")));
        QVERIFY(universe->isRunning());
        QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("sampleUniverseProgress"))->isVisible());
        QVERIFY(window.findChild<QToolButton *>(QStringLiteral("sampleUniverseCancel"))->isVisible());
        QVERIFY(universe->statusText().contains(QStringLiteral("Sample universe")));
        rutile::test::maybeSaveShot(&window, QStringLiteral("mainwindow-sample"));
        universe->waitForFinished();
        QCOMPARE(window.symbolModel()->rowCount(), 2 + 3);
        QVERIFY(!window.findChild<QProgressBar *>(QStringLiteral("sampleUniverseProgress"))->isVisible());
        QVERIFY(universe->statusText().contains(QStringLiteral("ready")));
        const auto members = window.workspace()->watchlist(QString::fromLatin1(kSampleUniverseList));
        QCOMPARE(members->size(), 3);
        QCOMPARE(members->front(), QStringLiteral("SYN-U0001"));
        // Once there, opening the sample again starts nothing.
        QVERIFY(window.openSampleWorkspace(Workspace::samplePath()).ok());
        QVERIFY(!universe->isRunning());
    }

    void foreignFilesAreRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("random bytes") << QStringLiteral("random");
        QTest::newRow("another SQLite schema") << QStringLiteral("sqlite");
    }

    void foreignFilesAreRefusedAndLeftAlone()
    {
        QFETCH(QString, kind);
        const QString good = m_dir.filePath(QStringLiteral("good-%1.rutile").arg(kind));
        rutile::test::workspaceWith(good, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));

        const QString foreign = m_dir.filePath(QStringLiteral("foreign-%1.rutile").arg(kind));
        if (kind == QLatin1String("random")) {
            QFile file(foreign);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray bytes;
            for (int i = 0; i < 4096; ++i)
                bytes += char((i * 131 + 7) % 251);
            file.write(bytes);
        } else {
            auto db = sqlite::Connection::open(foreign, sqlite::Connection::Mode::ReadWriteCreate);
            QVERIFY(db.ok());
            QVERIFY(db->exec("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT);"
                             "INSERT INTO notes(text) VALUES ('not a Rutile workspace');")
                        .ok());
        }
        const QByteArray before = readAll(foreign);
        QVERIFY(!before.isEmpty());

        MainWindow window;
        QVERIFY(window.openWorkspace(good).ok());
        const Status s = window.openWorkspace(foreign);
        QVERIFY(!s.ok());
        QVERIFY(!s.error().toString().isEmpty());
        QVERIFY2(s.error().toString().contains(QStringLiteral("foreign-")), qPrintable(s.error().toString()));
        // Never modified, and the previous workspace stays open.
        QCOMPARE(readAll(foreign), before);
        QVERIFY(
            !QFile::exists(foreign + QStringLiteral("-wal")) || readAll(foreign + QStringLiteral("-wal")).isEmpty());
        QCOMPARE(window.workspace()->path(), good);
        QCOMPARE(window.currentSymbol(), QStringLiteral("RUT"));
        QCOMPARE(MainWindow::lastWorkspacePath(), good);
    }

    void importThroughTheDialogRefreshesTheList()
    {
        const QString path = m_dir.filePath(QStringLiteral("dialog.rutile"));
        MainWindow window;
        window.show();
        QVERIFY(window.openWorkspace(path).ok());
        QVERIFY(window.isEmptyStateShown());

        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setFilePath(rutile::test::fixture(QStringLiteral("ui_yahoo_small.csv")));
            dialog->setSymbol(QStringLiteral("IWM"));
            QSignalSpy finished(dialog, &ImportDialog::importFinished);
            dialog->startImport();
            QVERIFY(finished.wait(30000));
            driven = true;
            dialog->reject();
        });
        window.showImportDialog();
        QVERIFY(driven);
        QVERIFY(!window.isEmptyStateShown());
        QCOMPARE(window.symbolModel()->rowCount(), 1);
        QCOMPARE(window.currentSymbol(), QStringLiteral("IWM"));
        QCOMPARE(window.chart()->series().size(), std::size_t(30));
    }

    void settingsKeepGeometry()
    {
        {
            MainWindow window;
            window.resize(1000, 640);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.saveSettings();
        }
        MainWindow restored;
        QVERIFY(restored.restoreSettings());
        QCOMPARE(restored.size(), QSize(1000, 640));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
