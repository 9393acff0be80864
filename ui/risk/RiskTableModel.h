#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace rutile::ui {

/// A read-only statistics table laid out like a research paper's: a label column, value
/// columns, section rows ("Panel A: moments") in bold spanning the table, and
/// standard-error rows in parentheses under their estimates. Cells show formatted text
/// (percentages, fixed decimals); kExportRole gives the plain number for CSV export.
class RiskTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Row {
        QString label;
        QStringList cells; ///< display text, one per value column
        std::vector<QVariant> values; ///< plain numbers (or ISO dates) for export; may be shorter
        bool section = false; ///< a section heading: label only, bold
        QString toolTip; ///< the formula or convention of the row
    };

    explicit RiskTableModel(QObject *parent = nullptr);

    void setHeaders(const QStringList &headers); ///< every column, the label column first
    void setRows(std::vector<Row> rows);
    const std::vector<Row> &rows() const { return m_rows; }
    bool isSection(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Tab-separated text of the whole table with its header line, for pasting into a
    /// spreadsheet or a paper draft.
    QString toTsv() const;

private:
    QStringList m_headers;
    std::vector<Row> m_rows;
};

} // namespace rutile::ui
