#pragma once

#include "scan/Scan.h"

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace rutile::ui {

/// A scan's ranked rows for a table: rank, symbol, date, a sparkline of the recent closes, then
/// the value (expression) or the backtest's metrics (after a grid's best objective and
/// parameters), then the exploration's columns. The cells are those of the scan's JSON
/// document (scan/ScanOutput, what `rutile-cli scan --json` writes), which is also what its CSV
/// export writes; the sort role gives numbers as numbers.
class ScanResultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// Sparkline data (a QVariant holding a QList<double>) of the Sparkline column.
    static constexpr int kSparklineRole = Qt::UserRole + 1;
    /// The number behind a cell (for sorting), NaN when undefined.
    static constexpr int kSortRole = Qt::UserRole + 2;
    static constexpr int kSparklineColumn = 3;

    explicit ScanResultsModel(QObject *parent = nullptr);

    /// Shows `document` (scanJson) with the sparklines of `result`'s rows.
    void setResult(const QJsonObject &document, const scan::ScanResult &result);
    void clear();
    const QJsonObject &document() const { return m_document; }
    QString symbolAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString keyOf(int column) const;

    QJsonObject m_document;
    QJsonArray m_rows;
    QStringList m_keys; ///< JSON keys of the columns after the sparkline
    QStringList m_extra; ///< the exploration's column names, after those
    std::vector<QList<double>> m_sparklines; ///< by row
};

} // namespace rutile::ui
