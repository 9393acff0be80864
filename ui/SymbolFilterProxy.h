#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace rutile::ui {

/// The symbol list's sorting proxy, which can also show only the members of a watchlist.
class SymbolFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SymbolFilterProxy(QObject *parent = nullptr);

    /// Shows only `members` (by symbol); none: every symbol.
    void setMembers(std::optional<QSet<QString>> members);
    bool isFiltered() const { return m_members.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QSet<QString>> m_members;
};

} // namespace rutile::ui
