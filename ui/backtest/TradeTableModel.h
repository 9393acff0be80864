#pragma once

#include "trading/Trade.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace rutile::ui {

/// The trade list of a backtest: one row per Trade (a pair trade: one row per leg), in exit
/// order, numbered from 1. SortRole gives raw values for a QSortFilterProxyModel; kExportRole
/// the raw numbers and ISO dates for CSV; green and red P&L.
class TradeTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        SymbolColumn,
        SideColumn,
        EntryDateColumn,
        EntryPriceColumn,
        ExitDateColumn,
        ExitPriceColumn,
        SizeColumn,
        PnlColumn,
        ReturnColumn,
        BarsColumn,
        CommissionColumn,
        ExitReasonColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The trade's index in trades() (an int), on every cell.
    static constexpr int TradeIndexRole = Qt::UserRole + 2;

    explicit TradeTableModel(QObject *parent = nullptr);

    void setTrades(std::vector<trading::Trade> trades, QStringList legSymbols);
    const std::vector<trading::Trade> &trades() const { return m_trades; }
    const QStringList &legSymbols() const { return m_symbols; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Stop-loss", "Signal"…: the exit reason as a trader reads it.
    static QString exitReasonText(trading::ExitReason reason);

private:
    std::vector<trading::Trade> m_trades;
    QStringList m_symbols;
};

} // namespace rutile::ui
