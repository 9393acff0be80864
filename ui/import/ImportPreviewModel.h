#pragma once

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QStringList>

#include <map>
#include <optional>

namespace rutile::ui {

/// The first data rows of a file as the current column mapping reads them.
///
/// Rows are split with the layout's delimiter; the horizontal header names the bar field
/// each column is mapped to (or the file's own header for unmapped columns), the vertical
/// header the line number in the file. The rows are also run through parseHistory() with
/// the same layout, and rows it would skip are highlighted with the reason as tooltip.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 20;

    explicit ImportPreviewModel(QObject *parent = nullptr);

    /// Shows the first kPreviewRows data rows of `head` (the start of the file) read as
    /// `layout`. A layout that does not validate still splits the rows but finds no issues.
    void setPreview(const QByteArray &head, const CsvLayout &layout);
    void clear();

    /// The issue of a preview row, when parseHistory() would skip it.
    std::optional<RowIssue> issueAt(int row) const;
    int issueCount() const { return static_cast<int>(m_issues.size()); }
    /// 1-based line of the file shown in `row`.
    qint64 lineAt(int row) const;
    /// Translated name of a bar field, as shown in the header.
    static QString fieldTitle(BarField field);
    /// The file's own column names (the last header line), possibly empty.
    const QStringList &fileHeader() const { return m_fileHeader; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CsvLayout m_layout;
    QStringList m_fileHeader;
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
    std::map<qint64, RowIssue> m_issues; ///< by file line
    int m_columns = 0;
};

} // namespace rutile::ui
