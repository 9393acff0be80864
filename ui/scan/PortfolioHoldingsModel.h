#pragma once

#include "scan/Portfolio.h"

#include <QAbstractTableModel>

namespace rutile::ui {

/// The holdings of a portfolio backtest over time: the book after every day with a fill, one
/// row per holding (date, symbol, units, close, weight), in date order. SortRole gives raw
/// values for a sort proxy; kExportRole the raw numbers and ISO dates for CSV (the columns of
/// `rutile-cli portfolio --holdings`).
class PortfolioHoldingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DateColumn, SymbolColumn, UnitsColumn, CloseColumn, WeightColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PortfolioHoldingsModel(QObject *parent = nullptr);

    void setResult(const scan::PortfolioResult &result);
    void clear();
    /// The symbol of row `row`.
    QString symbolAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        DayNumber day;
        scan::PortfolioHolding holding;
    };
    std::vector<Row> m_rows;
    QStringList m_symbols;
};

} // namespace rutile::ui
