#include "SymbolFilterProxy.h"

#include "SymbolTableModel.h"

namespace rutile::ui {

SymbolFilterProxy::SymbolFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void SymbolFilterProxy::setMembers(std::optional<QSet<QString>> members)
{
    m_members = std::move(members);
    invalidateRowsFilter();
}

bool SymbolFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_members)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, SymbolTableModel::SymbolColumn, sourceParent);
    return m_members->contains(index.data(SymbolTableModel::SymbolRole).toString());
}

} // namespace rutile::ui
