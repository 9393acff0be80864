#include "WatchlistBar.h"

#include "MainWindow.h"
#include "SymbolFilterProxy.h"
#include "SymbolTableModel.h"
#include "WatchlistView.h"
#include "WorkspaceWriter.h"
#include "data/Symbol.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QStatusBar>
#include <QPushButton>

namespace rutile::ui {

namespace {
constexpr int kStatusMilliseconds = 8000;
}

WatchlistBar::WatchlistBar(MainWindow *window, SymbolFilterProxy *proxy, WatchlistView *view)
    : QWidget(window)
    , m_window(window)
    , m_proxy(proxy)
    , m_view(view)
    , m_box(new QComboBox(this))
    , m_menuButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("watchlistBar"));
    m_box->setObjectName(QStringLiteral("watchlistBox"));
    m_box->setToolTip(tr("Show every symbol, or only the members of a watchlist"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_box->setMinimumContentsLength(12);
    m_menuButton->setObjectName(QStringLiteral("watchlistMenuButton"));
    m_menuButton->setText(tr("Lists"));
    m_menuButton->setToolTip(tr("Make or delete watchlists"));
    auto *menu = new QMenu(m_menuButton);
    QAction *create = menu->addAction(tr("&New Watchlist of the Symbol Shown..."), this, [this] {
        if (!m_window->currentSymbol().isEmpty())
            askNewWatchlist({m_window->currentSymbol()});
    });
    create->setObjectName(QStringLiteral("newWatchlistAction"));
    QAction *all = menu->addAction(tr("New Watchlist of &All Symbols..."), this, [this] {
        QStringList symbols;
        for (int row = 0; row < m_window->symbolModel()->rowCount(); ++row)
            symbols << m_window->symbolModel()->symbolAt(row).symbol;
        askNewWatchlist(symbols);
    });
    all->setObjectName(QStringLiteral("newWatchlistOfAllAction"));
    menu->addSeparator();
    QAction *remove = menu->addAction(tr("&Delete the Watchlist Shown"), this, [this] {
        const QString name = shownList();
        if (name.isEmpty())
            return;
        if (QMessageBox::question(m_window, tr("Delete Watchlist"),
                                  tr("Delete the watchlist %1? Its symbols stay in the workspace.").arg(name))
            == QMessageBox::Yes)
            deleteWatchlist(name);
    });
    remove->setObjectName(QStringLiteral("deleteWatchlistAction"));
    connect(menu, &QMenu::aboutToShow, this, [this, remove, create] {
        remove->setEnabled(!shownList().isEmpty());
        create->setEnabled(!m_window->currentSymbol().isEmpty());
    });
    m_menuButton->setMenu(menu);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_box, 1);
    layout->addWidget(m_menuButton);

    connect(m_box, &QComboBox::currentIndexChanged, this, &WatchlistBar::applyFilter);
    connect(m_view, &WatchlistView::addToWatchlistRequested, this, [this](const QString &symbol, const QString &list) {
        if (list.isEmpty())
            askNewWatchlist({symbol});
        else
            addToWatchlist(symbol, list);
    });
    connect(m_view, &WatchlistView::removeFromWatchlistRequested, this, &WatchlistBar::removeFromWatchlist);
    // Another workspace, or the lists of this one changed elsewhere (an import, the Index Lab).
    connect(window, &MainWindow::workspaceChanged, this, &WatchlistBar::reload);
}

QString WatchlistBar::shownList() const
{
    return m_box->currentData().toString();
}

void WatchlistBar::reload()
{
    const QString keep = shownList();
    QStringList lists;
    if (const Workspace *ws = m_window->workspace()) {
        auto read = ws->watchlists();
        if (!read) {
            // Busy or damaged is not "no lists": the box stays as it is.
            report(tr("Cannot read the watchlists: %1").arg(read.error().toString()));
            return;
        }
        lists = std::move(*read);
    }
    const bool changed = lists != m_lists;
    m_lists = std::move(lists);
    {
        const QSignalBlocker block(m_box);
        m_box->clear();
        m_box->addItem(tr("All symbols"), QString());
        for (const QString &name : std::as_const(m_lists))
            m_box->addItem(name, name);
        m_box->setCurrentIndex(std::max(0, m_box->findData(keep)));
    }
    applyFilter();
    if (changed)
        emit listsChanged();
}

bool WatchlistBar::showList(const QString &name)
{
    const int index = m_box->findData(name);
    if (index < 0)
        return false;
    m_box->setCurrentIndex(index);
    applyFilter(); // also when it was shown already: its members may have changed
    return true;
}

void WatchlistBar::applyFilter()
{
    const QString name = shownList();
    std::optional<QSet<QString>> members;
    if (!name.isEmpty() && m_window->workspace()) {
        const auto list = m_window->workspace()->watchlist(name);
        if (!list)
            report(tr("Cannot read the watchlist %1: %2").arg(name, list.error().toString()));
        members = list ? QSet<QString>(list->begin(), list->end()) : QSet<QString>();
    }
    m_proxy->setMembers(std::move(members));
    m_view->setWatchlists(m_lists, name);
    // The chart follows the list: a symbol the list shown leaves out gives way to its first row.
    const QString current = m_window->currentSymbol();
    if (!current.isEmpty() && !m_window->isListed(current) && m_proxy->rowCount() > 0)
        m_window->selectSymbol(m_proxy->index(0, 0).data(SymbolTableModel::SymbolRole).toString());
}

void WatchlistBar::askNewWatchlist(const QStringList &symbols)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("New Watchlist"), tr("Name of the watchlist:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        createWatchlist(name, symbols);
}

void WatchlistBar::report(const QString &message)
{
    m_window->statusBar()->showMessage(message, kStatusMilliseconds);
}

bool WatchlistBar::edit(const QString &name, const Edit &change, const std::function<QString()> &done)
{
    auto ws = openShownWorkspaceForWriting(m_window->workspace() ? m_window->workspace()->path() : QString());
    Status s = ws ? Status() : Status(ws.error());
    std::optional<QStringList> next;
    if (s) {
        // The list as the file has it now, not as this bar read it last.
        const auto current = (*ws)->watchlist(name);
        if (!current && current.error().kind != ErrorKind::NotFound)
            s = current.error();
        else if (auto made = change(current ? &*current : nullptr); !made)
            s = made.error();
        else
            next = std::move(*made);
    }
    if (s && next)
        s = (*ws)->setWatchlist(name, *next);
    if (!s) {
        reload(); // the lists as the file has them, which may be why
        report(tr("Cannot change the watchlist %1: %2").arg(name, s.error().toString()));
        return false;
    }
    if (next)
        report(done());
    reload();
    return true;
}

bool WatchlistBar::createWatchlist(const QString &name, const QStringList &symbols)
{
    // An empty list is no list in the workspace: a new one starts with a symbol.
    if (symbols.isEmpty()) {
        report(tr("Select a symbol to start the watchlist %1 with.").arg(name));
        return false;
    }
    const bool made = edit(
        name,
        [&](const QStringList *current) -> Result<std::optional<QStringList>> {
            if (current)
                return Error::invalidArgument(tr("there is a watchlist %1 already").arg(name));
            return std::optional<QStringList>(symbols);
        },
        [&] { return tr("Made the watchlist %1 of %2 symbols.").arg(name).arg(symbols.size()); });
    return made && showList(name);
}

bool WatchlistBar::addToWatchlist(const QString &symbol, const QString &name)
{
    return edit(
        name,
        [&](const QStringList *current) -> Result<std::optional<QStringList>> {
            if (!current)
                return Error::notFound(tr("there is no watchlist %1 any more").arg(name));
            if (current->contains(symbol))
                return std::optional<QStringList>(); // there already
            return std::optional<QStringList>(*current + QStringList{symbol});
        },
        [&] { return tr("Added %1 to %2.").arg(symbol, name); });
}

bool WatchlistBar::removeFromWatchlist(const QString &symbol, const QString &name)
{
    bool last = false;
    return edit(
        name,
        [&](const QStringList *current) -> Result<std::optional<QStringList>> {
            if (!current || !current->contains(symbol))
                return Error::notFound(tr("%1 is not in the watchlist %2").arg(symbol, name));
            QStringList rest = *current;
            rest.removeAll(symbol);
            last = rest.isEmpty(); // the last member gone, the list is gone too
            return std::optional<QStringList>(rest);
        },
        [&] {
            return last ? tr("Removed %1, the last of %2: the watchlist is gone.").arg(symbol, name)
                        : tr("Removed %1 from %2.").arg(symbol, name);
        });
}

bool WatchlistBar::deleteWatchlist(const QString &name)
{
    return edit(
        name,
        [&](const QStringList *current) -> Result<std::optional<QStringList>> {
            if (!current)
                return Error::notFound(tr("there is no watchlist %1").arg(name));
            return std::optional<QStringList>(QStringList());
        },
        [&] { return tr("Deleted the watchlist %1.").arg(name); });
}

} // namespace rutile::ui
