// The first run (issue 19): an empty workspace offers the sample, an import and the download,
// and says files can be dropped; CSV files dropped on the window open the import dialog on them,
// a dropped workspace opens, anything else is refused; Help > Getting Started names menu items
// that exist, as the menus read, in English, French and German.

#include "UiTestSupport.h"

#include "EmptyStatePanel.h"
#include "GettingStartedDialog.h"
#include "SymbolTableModel.h"
#include "MainWindow.h"
#include "import/ImportDialog.h"
#include "settings/AppLanguage.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

using namespace rutile;
using namespace rutile::ui;

class TestFirstRun : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Drags `files` over `window` and drops them; whether the window took the drag.
    static bool drop(MainWindow &window, const QStringList &files)
    {
        QMimeData mime;
        QList<QUrl> urls;
        for (const QString &f : files)
            urls << QUrl::fromLocalFile(f);
        mime.setUrls(urls);
        const QPoint at(window.width() / 2, window.height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropEvent(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &dropEvent);
        return dropEvent.isAccepted();
    }

    /// Every "Menu › Item" the page names, checked against the window's menus as they read.
    static void checkMenuPaths(MainWindow &window)
    {
        const QString html = GettingStartedDialog::html();
        QRegularExpression path(QStringLiteral("<b>([^<›]+) › ([^<]+)</b>"));
        int paths = 0;
        for (auto it = path.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            const QString menu = m.captured(1), item = m.captured(2);
            bool found = false;
            for (QAction *title : window.menuBar()->actions()) {
                if (QString(title->text()).remove(QLatin1Char('&')) != menu)
                    continue;
                for (QAction *a : title->menu()->actions()) {
                    QString text = QString(a->text()).remove(QLatin1Char('&'));
                    if (text.endsWith(QStringLiteral("...")))
                        text.chop(3);
                    found = found || text.toHtmlEscaped() == item;
                }
            }
            QVERIFY2(found, qPrintable(QStringLiteral("no menu item %1 › %2").arg(menu, item)));
            ++paths;
        }
        QCOMPARE(paths, 9); // every step's menu items, and Settings
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
    }

    void emptyWorkspaceOffersThreeWaysIn()
    {
        MainWindow window;
        window.setPersistentSettings(false);
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("empty.rutile"))).ok());
        QVERIFY(window.isEmptyStateShown());
        EmptyStatePanel *empty = window.emptyState();
        for (const char *name : {"openSampleButton", "importHistoryButton", "downloadIndexesButton"})
            QVERIFY2(empty->findChild<QPushButton *>(QLatin1String(name)), name);
        QVERIFY(empty->findChild<QLabel *>(QStringLiteral("dropHint"))->text().contains(QStringLiteral("drop")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::maybeSaveShot(&window, QStringLiteral("first-run"));
    }

    void droppedFilesGoWhereTheyBelong()
    {
        MainWindow window;
        window.setPersistentSettings(false);
        const QString first = m_dir.filePath(QStringLiteral("drop.rutile"));
        QVERIFY(window.openWorkspace(first).ok());
        window.resize(1000, 700);

        // Not a price file nor a workspace: refused.
        QVERIFY(!drop(window, {m_dir.filePath(QStringLiteral("picture.png"))}));

        // A CSV: the import dialog, on that file.
        const QString csv = test::fixture(QStringLiteral("ui_yahoo_small.csv"));
        QString shown;
        QTimer::singleShot(50, this, [&] {
            auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                shown = dialog->filePath();
                dialog->reject();
            }
        });
        QVERIFY(drop(window, {csv}));
        QTRY_COMPARE(shown, csv);

        // A workspace: opened.
        const QString second = m_dir.filePath(QStringLiteral("second.rutile"));
        test::workspaceWith(second, QStringLiteral("ui_yahoo_small.csv"), QStringLiteral("RUT"));
        QVERIFY(drop(window, {second}));
        QTRY_COMPARE(window.workspace() ? window.workspace()->path() : QString(), second);
        QCOMPARE(window.symbolModel()->rowCount(), 1);
    }

    void gettingStartedNamesRealMenuItems_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void gettingStartedNamesRealMenuItems()
    {
        QFETCH(QString, code);
        for (auto *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        saveLanguage(code);
        QCOMPARE(installTranslations(*qApp), code);
        MainWindow window;
        window.setPersistentSettings(false);
        QVERIFY(window.openWorkspace(m_dir.filePath(QStringLiteral("help-%1.rutile").arg(code))).ok());
        checkMenuPaths(window);
        auto *action = window.findChild<QAction *>(QStringLiteral("gettingStartedAction"));
        QVERIFY(action);
        if (code != QLatin1String("en"))
            QVERIFY(action->text() != QStringLiteral("&Getting Started"));
        GettingStartedDialog dialog(&window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.browser()->toPlainText().contains(QStringLiteral("rutile-cli --help")));
        test::maybeSaveShot(&dialog, QStringLiteral("getting-started-%1").arg(code));
        saveLanguage(QString());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
