#pragma once

#include "storage/Workspace.h"

#include <QAbstractTableModel>

#include <vector>

namespace rutile::ui {

/// The workspace's symbols as a watchlist: the last close, its change and percent change from
/// the bar before, the extent of the history (Bars, First, Last), where it came from (a
/// provider, a file, the sample) and when it was last imported or downloaded.
///
/// Synthetic symbols (the sample workspace) show in italics with a "(synthetic)" suffix and
/// their descriptive name as tooltip. SortRole gives sortable raw values (numbers, dates);
/// SymbolRole the bare symbol; TableCsvExport's kExportRole a machine-readable cell.
class SymbolTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SymbolColumn,
        CloseColumn,
        ChangeColumn,
        ChangePercentColumn,
        BarsColumn,
        FirstColumn,
        LastColumn,
        SourceColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, SymbolRole, SyntheticRole, RemoteSymbolRole };

    explicit SymbolTableModel(QObject *parent = nullptr);

    void setSymbols(std::vector<SymbolInfo> symbols);
    const std::vector<SymbolInfo> &symbols() const { return m_symbols; }
    /// Row of `symbol`, or -1.
    int rowOf(const QString &symbol) const;
    const SymbolInfo &symbolAt(int row) const { return m_symbols.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SymbolInfo> m_symbols;
};

} // namespace rutile::ui
