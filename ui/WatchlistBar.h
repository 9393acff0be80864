#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace rutile::ui {

class MainWindow;
class SymbolFilterProxy;
class WatchlistView;

/// The watchlists of the symbol list: a box above it shows all symbols or one list's members,
/// a menu makes a list (empty, or of every symbol) and deletes the one shown, and the rows'
/// context menu adds a symbol to a list or removes it from the one shown. The lists are the
/// workspace's (Workspace::setWatchlist), the ones `rutile-cli list` and the Scanner read.
class WatchlistBar : public QWidget {
    Q_OBJECT
public:
    WatchlistBar(MainWindow *window, SymbolFilterProxy *proxy, WatchlistView *view);

    /// Rereads the workspace's lists, keeping the one shown when it is still there.
    void reload();
    QStringList lists() const { return m_lists; }
    /// The list shown, or empty for all symbols.
    QString shownList() const;
    /// Shows `name`'s members only (empty: all symbols); false when there is no such list.
    bool showList(const QString &name);

    /// The edits, each written at once; errors go to the status bar and return false.
    bool createWatchlist(const QString &name, const QStringList &symbols);
    bool addToWatchlist(const QString &symbol, const QString &name);
    bool removeFromWatchlist(const QString &symbol, const QString &name);
    bool deleteWatchlist(const QString &name);

private:
    void askNewWatchlist(const QStringList &symbols);
    bool write(const QString &name, const QStringList &symbols, const QString &done);
    void applyFilter();

    MainWindow *m_window;
    SymbolFilterProxy *m_proxy;
    WatchlistView *m_view;
    QComboBox *m_box;
    QToolButton *m_menuButton;
    QStringList m_lists;
};

} // namespace rutile::ui
