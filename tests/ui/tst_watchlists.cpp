// Watchlists in the symbol list (ui/WatchlistBar): the box shows all symbols or one list's
// members; the rows' menu adds a symbol to a list or removes it from the one shown; lists are
// made (of a symbol, or of every symbol) and deleted; every edit is in the workspace at once,
// where `rutile-cli list show` and the Scanner read it; a read-only workspace changes nothing.

#include "MainWindow.h"
#include "SymbolTableModel.h"
#include "UiTestSupport.h"
#include "WatchlistBar.h"
#include "WatchlistView.h"
#include "import/SampleWorkspace.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QMenu>
#include <QAbstractButton>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rutile;
using namespace rutile::ui;

namespace {

QStringList shownSymbols(const MainWindow &main)
{
    QStringList out;
    const QAbstractItemModel *model = main.symbolView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, 0).data(SymbolTableModel::SymbolRole).toString();
    return out;
}

QStringList stored(const QString &path, const QString &list)
{
    auto ws = Workspace::open(path, WorkspaceAccess::Read);
    if (!ws)
        return {QStringLiteral("<cannot open: %1>").arg(ws.error().toString())};
    const auto members = (*ws)->watchlist(list);
    return members ? *members : QStringList{QStringLiteral("<none>")};
}

// The action `name` of the row menu of `symbol`, triggered.
bool triggerRowAction(MainWindow &main, const QString &symbol, const QString &name)
{
    WatchlistView *view = main.symbolView();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(SymbolTableModel::SymbolRole).toString() == symbol) {
            std::unique_ptr<QMenu> menu(view->rowMenu(view->visualRect(index).center()));
            if (QAction *action = menu->findChild<QAction *>(name)) {
                action->trigger();
                return true;
            }
            return false;
        }
    }
    return false;
}

// The Lists button's menu arrow has room of its own: as a tool button, Fusion drew it over
// the text's last letter. The widest gap between the columns of ink inside the frame is the
// last one, between the text and the arrow.
void checkMenuArrowStandsApart(WatchlistBar *bar)
{
    auto *button = bar->findChild<QAbstractButton *>(QStringLiteral("watchlistMenuButton"));
    QVERIFY(button && button->findChild<QMenu *>());
    const QImage image = button->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const int dpr = int(image.devicePixelRatio());
    std::vector<std::pair<int, int>> runs; // [first, last] columns holding ink
    for (int x = 4 * dpr; x < image.width() - 4 * dpr; ++x) {
        bool ink = false;
        for (int y = 4 * dpr; y < image.height() - 4 * dpr && !ink; ++y)
            ink = qGray(image.pixel(x, y)) < 150;
        if (ink && !runs.empty() && runs.back().second == x - 1)
            runs.back().second = x;
        else if (ink)
            runs.push_back({x, x});
    }
    QVERIFY2(runs.size() >= 2, "no text and arrow drawn");
    int widest = 0, widestAt = -1;
    for (std::size_t i = 1; i < runs.size(); ++i) {
        const int gap = runs[i].first - runs[i - 1].second - 1;
        if (gap > widest) {
            widest = gap;
            widestAt = int(i);
        }
    }
    QCOMPARE(widestAt, int(runs.size()) - 1);
    QVERIFY2(widest >= 4 * dpr, qPrintable(QStringLiteral("%1 px between the text and the arrow").arg(widest)));
}

} // namespace

class TestWatchlists : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void listsInTheSymbolList()
    {
        const QString path = m_dir.filePath(QStringLiteral("lists.rutile"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws && populateSampleWorkspace(**ws, 5).ok());
        }
        MainWindow main;
        main.setPersistentSettings(false);
        main.resize(1280, 800);
        main.show();
        QVERIFY(main.openWorkspace(path).ok());
        WatchlistBar *bar = main.watchlistBar();
        QCOMPARE(bar->lists(), QStringList{QStringLiteral("SAMPLE-UNIVERSE")});
        checkMenuArrowStandsApart(bar);
        QCOMPARE(bar->shownList(), QString());
        QCOMPARE(main.symbolView()->model()->rowCount(), 7);

        // One list's members only; the chart follows to the list's first row.
        QVERIFY(main.selectSymbol(QStringLiteral("SYN-SMALL")));
        QVERIFY(bar->showList(QStringLiteral("SAMPLE-UNIVERSE")));
        QCOMPARE(main.symbolView()->model()->rowCount(), 5);
        QVERIFY(!shownSymbols(main).contains(QStringLiteral("SYN-SMALL")));
        QCOMPARE(main.currentSymbol(), shownSymbols(main).front());
        QVERIFY(main.isListed(main.currentSymbol()));
        rutile::test::maybeSaveShot(&main, QStringLiteral("watchlist-shown"));

        // Remove from the list shown, from the row's menu: in the workspace at once.
        QVERIFY(triggerRowAction(main, QStringLiteral("SYN-U0001"), QStringLiteral("removeFromWatchlistAction")));
        QCOMPARE(stored(path, QStringLiteral("SAMPLE-UNIVERSE")),
                 (QStringList{QStringLiteral("SYN-U0002"), QStringLiteral("SYN-U0003"), QStringLiteral("SYN-U0004"),
                              QStringLiteral("SYN-U0005")}));
        QCOMPARE(main.symbolView()->model()->rowCount(), 4);

        // Asked for a symbol the list leaves out (the Scanner's double-click), the window shows
        // all symbols again: the list and the chart agree.
        QVERIFY(main.selectSymbol(QStringLiteral("SYN-LARGE")));
        QCOMPARE(bar->shownList(), QString());
        QCOMPARE(main.currentSymbol(), QStringLiteral("SYN-LARGE"));
        QCOMPARE(main.symbolView()->selectionModel()->currentIndex().data(SymbolTableModel::SymbolRole).toString(),
                 QStringLiteral("SYN-LARGE"));

        // A new list, then symbols added to it: from the bar, and from a row's menu.
        QSignalSpy listsChanged(bar, &WatchlistBar::listsChanged);
        QVERIFY(bar->createWatchlist(QStringLiteral("MINE"), {QStringLiteral("SYN-SMALL")}));
        QCOMPARE(bar->shownList(), QStringLiteral("MINE"));
        QCOMPARE(shownSymbols(main), QStringList{QStringLiteral("SYN-SMALL")});
        QCOMPARE(listsChanged.count(), 1);
        QVERIFY(!bar->createWatchlist(QStringLiteral("MINE"), {QStringLiteral("SYN-LARGE")})); // taken
        QCOMPARE(stored(path, QStringLiteral("MINE")), QStringList{QStringLiteral("SYN-SMALL")});
        // A list made elsewhere since the bar last read (`rutile-cli list set`) is not overwritten.
        QVERIFY(Workspace::open(path).value()->setWatchlist(QStringLiteral("CLI"), {QStringLiteral("SYN-U0003")}).ok());
        QVERIFY(!bar->createWatchlist(QStringLiteral("CLI"), {QStringLiteral("SYN-LARGE")}));
        QCOMPARE(stored(path, QStringLiteral("CLI")), QStringList{QStringLiteral("SYN-U0003")});
        QVERIFY(bar->lists().contains(QStringLiteral("CLI"))); // and the bar has read it now
        QVERIFY(bar->addToWatchlist(QStringLiteral("SYN-LARGE"), QStringLiteral("MINE")));
        QVERIFY(bar->showList(QString()));
        QCOMPARE(main.symbolView()->model()->rowCount(), 7);
        QVERIFY(triggerRowAction(main, QStringLiteral("SYN-U0002"), QStringLiteral("addTo_MINE")));
        QCOMPARE(stored(path, QStringLiteral("MINE")),
                 (QStringList{QStringLiteral("SYN-SMALL"), QStringLiteral("SYN-LARGE"), QStringLiteral("SYN-U0002")}));
        QVERIFY(bar->addToWatchlist(QStringLiteral("SYN-LARGE"), QStringLiteral("MINE"))); // once only
        QCOMPARE(stored(path, QStringLiteral("MINE")).size(), 3);
        // Removing the row's symbol is offered only while a list is shown.
        std::unique_ptr<QMenu> menu(main.symbolView()->rowMenu(main.symbolView()->visualRect(main.symbolView()->model()->index(0, 0)).center()));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("addToNewWatchlistAction")));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("removeFromWatchlistAction")));

        // A list of every symbol; deleting the one shown goes back to all symbols.
        QVERIFY(bar->createWatchlist(QStringLiteral("EVERYTHING"), shownSymbols(main)));
        QCOMPARE(stored(path, QStringLiteral("EVERYTHING")).size(), 7);
        QVERIFY(bar->deleteWatchlist(QStringLiteral("EVERYTHING")));
        QVERIFY(!bar->lists().contains(QStringLiteral("EVERYTHING")));
        QCOMPARE(bar->shownList(), QString());
        QCOMPARE(main.symbolView()->model()->rowCount(), 7);

        // The last member removed, the list is gone.
        QVERIFY(bar->showList(QStringLiteral("MINE")));
        for (const char *s : {"SYN-SMALL", "SYN-LARGE", "SYN-U0002"})
            QVERIFY(bar->removeFromWatchlist(QString::fromLatin1(s), QStringLiteral("MINE")));
        QVERIFY(!bar->lists().contains(QStringLiteral("MINE")));
        QCOMPARE(bar->lists(), (QStringList{QStringLiteral("CLI"), QStringLiteral("SAMPLE-UNIVERSE")}));

        // A workspace that cannot be written changes nothing, and says why.
        // (No write bit for anyone: root could still write, so the bits are what counts.)
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QStringList before = stored(path, QStringLiteral("SAMPLE-UNIVERSE"));
        QVERIFY(!bar->addToWatchlist(QStringLiteral("SYN-SMALL"), QStringLiteral("SAMPLE-UNIVERSE")));
        QCOMPARE(stored(path, QStringLiteral("SAMPLE-UNIVERSE")), before);
        QVERIFY(main.statusBar()->currentMessage().contains(QStringLiteral("Cannot change the watchlist")));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }
};

QTEST_MAIN(TestWatchlists)
#include "tst_watchlists.moc"
