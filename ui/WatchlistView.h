#pragma once

// The symbol list as a watchlist: sortable columns of the last close and its change, the
// history's extent in columns the header's menu shows or hides (remembered), and a context
// menu on a row: Export Bars as CSV (that symbol's OHLCV, as `rutile-cli export` writes it)
// and Export Table as CSV (the list itself).

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

signals:
    /// Export Bars as CSV was chosen on the row of `symbol`.
    void exportBarsRequested(const QString &symbol);
    /// "Update SYMBOL from PROVIDER" on a downloaded symbol's row.
    void updateRequested(const QString &symbol);

private:
    void saveHiddenColumns() const;
};

} // namespace rutile::ui
