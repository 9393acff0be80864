#pragma once

// The symbol list as a watchlist: sortable columns of the last close and its change, the
// history's extent in columns the header's menu shows or hides (remembered), and a context
// menu on a row: Add to Watchlist and Remove from the list shown (WatchlistBar does the
// writing), Export Bars as CSV (that symbol's OHLCV, as `rutile-cli export` writes it) and
// Export Table as CSV (the list itself).

#include <QStringList>
#include <QTableView>

namespace rutile::ui {

class WatchlistView : public QTableView {
    Q_OBJECT
public:
    explicit WatchlistView(QWidget *parent = nullptr);

    /// Sets the model (a SymbolTableModel, possibly behind a proxy) and hides the columns the
    /// user hid last time (by default the history's extent: the status bar shows it).
    void setModel(QAbstractItemModel *model) override;

    /// The menu of the row at `pos` (viewport pixels), as right-click shows it; nullptr outside
    /// the rows. The caller owns it.
    QMenu *rowMenu(const QPoint &pos);
    /// The menu of the header: one checkable entry per column but the symbol's.
    QMenu *headerMenu();

    /// The workspace's watchlists and the one shown (empty: all symbols), for the rows' menu.
    void setWatchlists(const QStringList &lists, const QString &shown);

signals:
    /// Export Bars as CSV was chosen on the row of `symbol`.
    void exportBarsRequested(const QString &symbol);
    /// "Update SYMBOL from PROVIDER" on a downloaded symbol's row.
    void updateRequested(const QString &symbol);
    /// Add to Watchlist > `list` (empty: New Watchlist...) on the row of `symbol`.
    void addToWatchlistRequested(const QString &symbol, const QString &list);
    /// Remove from `list` (the list shown) on the row of `symbol`.
    void removeFromWatchlistRequested(const QString &symbol, const QString &list);

private:
    void saveHiddenColumns() const;

    QStringList m_lists;
    QString m_shownList;
};

} // namespace rutile::ui
