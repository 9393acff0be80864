#include "backtest/TradeTableModel.h"

#include "TableCsvExport.h"
#include "backtest/BacktestFormat.h"

#include <QBrush>
#include <QColor>

#include <cmath>

namespace rutile::ui {

TradeTableModel::TradeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TradeTableModel::setTrades(std::vector<trading::Trade> trades, QStringList legSymbols)
{
    beginResetModel();
    m_trades = std::move(trades);
    m_symbols = std::move(legSymbols);
    endResetModel();
}

int TradeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trades.size());
}

int TradeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TradeTableModel::exitReasonText(trading::ExitReason reason)
{
    switch (reason) {
    case trading::ExitReason::Signal:
        return tr("Signal");
    case trading::ExitReason::StopLoss:
        return tr("Stop-loss");
    case trading::ExitReason::TakeProfit:
        return tr("Take-profit");
    case trading::ExitReason::TrailingStop:
        return tr("Trailing stop");
    case trading::ExitReason::EndOfData:
        return tr("End of data");
    }
    return {};
}

QVariant TradeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const trading::Trade &t = m_trades[std::size_t(index.row())];
    const int column = index.column();
    if (role == TradeIndexRole)
        return index.row();
    const QString symbol = m_symbols.value(t.leg);
    const bool isLong = t.side == trading::Side::Long;
    if (role == SortRole || role == kExportRole) {
        switch (column) {
        case NumberColumn:
            return index.row() + 1;
        case SymbolColumn:
            return symbol;
        case SideColumn:
            return trading::sideName(t.side);
        case EntryDateColumn:
            return role == SortRole ? QVariant(t.entryDay) : QVariant(btfmt::date(t.entryDay));
        case EntryPriceColumn:
            return t.entryPrice;
        case ExitDateColumn:
            return role == SortRole ? QVariant(t.exitDay) : QVariant(btfmt::date(t.exitDay));
        case ExitPriceColumn:
            return t.exitPrice;
        case SizeColumn:
            return t.size;
        case PnlColumn:
            return t.pnl;
        case ReturnColumn:
            return t.returnOnNotional();
        case BarsColumn:
            return qlonglong(t.barsHeld());
        case CommissionColumn:
            return t.commission;
        case ExitReasonColumn:
            return trading::exitReasonName(t.exitReason);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NumberColumn:
            return index.row() + 1;
        case SymbolColumn:
            return symbol;
        case SideColumn:
            return isLong ? tr("Long") : tr("Short");
        case EntryDateColumn:
            return btfmt::date(t.entryDay);
        case EntryPriceColumn:
            return btfmt::number(t.entryPrice, 2);
        case ExitDateColumn:
            return btfmt::date(t.exitDay);
        case ExitPriceColumn:
            return btfmt::number(t.exitPrice, 2);
        case SizeColumn:
            return btfmt::number(t.size, t.size == std::floor(t.size) ? 0 : 4);
        case PnlColumn:
            return btfmt::money(t.pnl);
        case ReturnColumn:
            return btfmt::percent(t.returnOnNotional());
        case BarsColumn:
            return btfmt::count(t.barsHeld());
        case CommissionColumn:
            return btfmt::money(t.commission);
        case ExitReasonColumn:
            return exitReasonText(t.exitReason);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case SymbolColumn:
        case SideColumn:
        case ExitReasonColumn:
        case EntryDateColumn:
        case ExitDateColumn:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    if (role == Qt::ForegroundRole && (column == PnlColumn || column == ReturnColumn)) {
        if (t.pnl > 0)
            return QBrush(QColor(0x1b, 0x7f, 0x3b));
        if (t.pnl < 0)
            return QBrush(QColor(0xb3, 0x26, 0x1e));
    }
    if (role == Qt::ToolTipRole)
        return tr("Select the trade to show it on the chart");
    return {};
}

QVariant TradeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("#");
    case SymbolColumn:
        return tr("Symbol");
    case SideColumn:
        return tr("Side");
    case EntryDateColumn:
        return tr("Entry date");
    case EntryPriceColumn:
        return tr("Entry price");
    case ExitDateColumn:
        return tr("Exit date");
    case ExitPriceColumn:
        return tr("Exit price");
    case SizeColumn:
        return tr("Size");
    case PnlColumn:
        return tr("P&L");
    case ReturnColumn:
        return tr("Return");
    case BarsColumn:
        return tr("Bars");
    case CommissionColumn:
        return tr("Commission");
    case ExitReasonColumn:
        return tr("Exit reason");
    default:
        return {};
    }
}

} // namespace rutile::ui
