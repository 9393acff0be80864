#include "WatchlistView.h"

#include "SymbolTableModel.h"
#include "TableCsvExport.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace rutile::ui {

namespace {
const QString kHiddenColumnsKey = QStringLiteral("watchlist/hiddenColumns");
} // namespace

WatchlistView::WatchlistView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("symbolView"));
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);

    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (QMenu *menu = rowMenu(pos)) {
            menu->exec(viewport()->mapToGlobal(pos));
            delete menu;
        }
    });
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = headerMenu();
        menu->exec(horizontalHeader()->mapToGlobal(pos));
        delete menu;
    });
}

void WatchlistView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    const QVariant saved = QSettings().value(kHiddenColumnsKey);
    const QList<int> hidden = saved.isValid()
        ? [&] {
              QList<int> columns;
              for (const QVariant &v : saved.toList())
                  columns << v.toInt();
              return columns;
          }()
        // By default: the last close, its percent change, where the history came from and when it
        // was updated. The absolute change and the history's extent are one click away in the
        // header's menu; with them all the list would take the chart's tool bar's room on a laptop.
        : QList<int> {SymbolTableModel::ChangeColumn, SymbolTableModel::BarsColumn, SymbolTableModel::FirstColumn,
                      SymbolTableModel::LastColumn};
    for (int c = 0; model && c < model->columnCount(); ++c)
        setColumnHidden(c, c != SymbolTableModel::SymbolColumn && hidden.contains(c));
}

QMenu *WatchlistView::rowMenu(const QPoint &pos)
{
    const QModelIndex index = indexAt(pos);
    auto *menu = new QMenu(this);
    if (index.isValid()) {
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString symbol = index.siblingAtColumn(SymbolTableModel::SymbolColumn).data(SymbolTableModel::SymbolRole).toString();
        QAction *bars = menu->addAction(tr("Export Bars of %1 as CSV...").arg(symbol), this,
            [this, symbol] { emit exportBarsRequested(symbol); });
        bars->setObjectName(QStringLiteral("exportBarsAction"));
        // A downloaded symbol can be brought up to date from its provider on its own.
        const QString source = index.siblingAtColumn(SymbolTableModel::SourceColumn).data().toString();
        if (!index.siblingAtColumn(SymbolTableModel::SymbolColumn).data(SymbolTableModel::RemoteSymbolRole).toString().isEmpty()) {
            QAction *update = menu->addAction(tr("Update %1 from %2").arg(symbol, source), this,
                [this, symbol] { emit updateRequested(symbol); });
            update->setObjectName(QStringLiteral("updateSymbolAction"));
        }
        menu->addSeparator();
        QMenu *add = menu->addMenu(tr("Add %1 to &Watchlist").arg(symbol));
        add->menuAction()->setObjectName(QStringLiteral("addToWatchlistMenu"));
        for (const QString &list : std::as_const(m_lists)) {
            QString text = list;
            QAction *a = add->addAction(text.replace(QLatin1Char('&'), QStringLiteral("&&")), this,
                                        [this, symbol, list] { emit addToWatchlistRequested(symbol, list); });
            a->setObjectName(QStringLiteral("addTo_") + list);
        }
        if (!m_lists.isEmpty())
            add->addSeparator();
        QAction *fresh = add->addAction(tr("&New Watchlist..."), this, [this, symbol] { emit addToWatchlistRequested(symbol, {}); });
        fresh->setObjectName(QStringLiteral("addToNewWatchlistAction"));
        if (!m_shownList.isEmpty()) {
            QString shown = m_shownList;
            QAction *remove = menu->addAction(tr("&Remove %1 from %2").arg(symbol, shown.replace(QLatin1Char('&'), QStringLiteral("&&"))), this,
                                              [this, symbol, list = m_shownList] { emit removeFromWatchlistRequested(symbol, list); });
            remove->setObjectName(QStringLiteral("removeFromWatchlistAction"));
        }
        menu->addSeparator();
    }
    QAction *table = menu->addAction(tr("Export Table as CSV..."), this, [this] { exportTableCsvDialog(this, QStringLiteral("watchlist.csv")); });
    table->setObjectName(QStringLiteral("exportTableAction"));
    return menu;
}

void WatchlistView::setWatchlists(const QStringList &lists, const QString &shown)
{
    m_lists = lists;
    m_shownList = shown;
}

QMenu *WatchlistView::headerMenu()
{
    auto *menu = new QMenu(this);
    for (int c = 0; model() && c < model()->columnCount(); ++c) {
        if (c == SymbolTableModel::SymbolColumn)
            continue;
        QAction *a = menu->addAction(model()->headerData(c, Qt::Horizontal).toString(), this, [this, c](bool on) {
            setColumnHidden(c, !on);
            saveHiddenColumns();
        });
        a->setCheckable(true);
        a->setChecked(!isColumnHidden(c));
    }
    return menu;
}

void WatchlistView::saveHiddenColumns() const
{
    QVariantList hidden;
    for (int c = 0; model() && c < model()->columnCount(); ++c) {
        if (isColumnHidden(c))
            hidden << c;
    }
    QSettings().setValue(kHiddenColumnsKey, hidden);
}

} // namespace rutile::ui
