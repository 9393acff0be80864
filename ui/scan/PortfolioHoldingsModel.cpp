#include "scan/PortfolioHoldingsModel.h"

#include "TableCsvExport.h"
#include "backtest/BacktestFormat.h"

namespace rutile::ui {

PortfolioHoldingsModel::PortfolioHoldingsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PortfolioHoldingsModel::setResult(const scan::PortfolioResult &result)
{
    beginResetModel();
    m_rows.clear();
    m_symbols = result.symbols;
    for (const scan::PortfolioSnapshot &s : result.snapshots) {
        for (const scan::PortfolioHolding &h : s.holdings)
            m_rows.push_back({s.day, h});
    }
    endResetModel();
}

void PortfolioHoldingsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString PortfolioHoldingsModel::symbolAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_rows.size())
        return {};
    return m_symbols.value(m_rows[std::size_t(row)].holding.position);
}

int PortfolioHoldingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioHoldingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioHoldingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || std::size_t(index.row()) >= m_rows.size())
        return {};
    const Row &r = m_rows[std::size_t(index.row())];
    const scan::PortfolioHolding &h = r.holding;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= UnitsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    const bool raw = role == SortRole || role == kExportRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case DateColumn:
        return role == SortRole ? QVariant(r.day) : QVariant(btfmt::date(r.day));
    case SymbolColumn:
        return m_symbols.value(h.position);
    case UnitsColumn:
        return raw ? btfmt::exportValue(h.units) : QVariant(btfmt::count((long long)h.units));
    case CloseColumn:
        return raw ? btfmt::exportValue(h.close) : QVariant(btfmt::number(h.close, 2));
    case WeightColumn:
        return raw ? btfmt::exportValue(h.weight) : QVariant(btfmt::percent(h.weight));
    }
    return {};
}

QVariant PortfolioHoldingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn: return tr("Date");
    case SymbolColumn: return tr("Symbol");
    case UnitsColumn: return tr("Units");
    case CloseColumn: return tr("Close");
    case WeightColumn: return tr("Weight");
    }
    return {};
}

} // namespace rutile::ui
