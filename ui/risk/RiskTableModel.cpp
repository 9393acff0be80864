#include "risk/RiskTableModel.h"

#include "TableCsvExport.h"

#include <QFont>

namespace rutile::ui {

RiskTableModel::RiskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RiskTableModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

void RiskTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

bool RiskTableModel::isSection(int row) const
{
    return row >= 0 && row < int(m_rows.size()) && m_rows[std::size_t(row)].section;
}

int RiskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RiskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    const int c = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (c == 0)
            return row.label;
        return c - 1 < row.cells.size() ? row.cells[c - 1] : QString();
    case kExportRole:
        if (c == 0)
            return row.label;
        if (std::size_t(c - 1) < row.values.size())
            return row.values[std::size_t(c - 1)];
        return {};
    case Qt::FontRole:
        if (row.section) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        return c == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
    default:
        return {};
    }
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return section == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QString RiskTableModel::toTsv() const
{
    QString out = m_headers.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const Row &row : m_rows) {
        QStringList fields {row.label};
        for (int c = 1; c < m_headers.size(); ++c)
            fields << (c - 1 < row.cells.size() ? row.cells[c - 1] : QString());
        out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace rutile::ui
