#pragma once

#include "util/Error.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QPushButton;

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

    /// The edits, each read from and written to the workspace file at once (another process's
    /// edit since the last reload is not lost); errors go to the status bar and return false.
    bool createWatchlist(const QString &name, const QStringList &symbols);
    bool addToWatchlist(const QString &symbol, const QString &name);
    bool removeFromWatchlist(const QString &symbol, const QString &name);
    bool deleteWatchlist(const QString &name);

signals:
    /// The workspace's lists changed (made, edited or deleted here, or found changed on reload).
    void listsChanged();

private:
    /// What an edit makes of the list `name` (nullptr: there is none); none: nothing to write.
    using Edit = std::function<Result<std::optional<QStringList>>(const QStringList *current)>;
    void askNewWatchlist(const QStringList &symbols);
    bool edit(const QString &name, const Edit &change, const std::function<QString()> &done);
    void applyFilter();
    void report(const QString &message);

    MainWindow *m_window;
    SymbolFilterProxy *m_proxy;
    WatchlistView *m_view;
    QComboBox *m_box;
    QPushButton *m_menuButton; ///< a push button: its menu arrow has room of its own beside the text
    QStringList m_lists;
};

} // namespace rutile::ui
