#include "import/ImportPreviewModel.h"

#include "TableCsvExport.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace rutile::ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ImportPreviewModel::fieldTitle(BarField field)
{
    switch (field) {
    case BarField::Date:
        return tr("Date");
    case BarField::Open:
        return tr("Open");
    case BarField::High:
        return tr("High");
    case BarField::Low:
        return tr("Low");
    case BarField::Close:
        return tr("Close");
    case BarField::AdjClose:
        return tr("Adj Close");
    case BarField::Volume:
        return tr("Volume");
    }
    return {};
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_fileHeader.clear();
    m_rows.clear();
    m_lines.clear();
    m_issues.clear();
    m_columns = 0;
    endResetModel();
}

void ImportPreviewModel::setPreview(const QByteArray &head, const CsvLayout &layout)
{
    beginResetModel();
    m_layout = layout;
    m_fileHeader.clear();
    m_rows.clear();
    m_lines.clear();
    m_issues.clear();
    m_columns = 0;

    const int headerLines = std::max(0, layout.headerLines);
    // Only complete lines: the head may end in the middle of one.
    QByteArrayView complete(head);
    if (const qsizetype lastBreak = complete.lastIndexOf('\n'); lastBreak >= 0)
        complete = complete.first(lastBreak + 1);
    const QList<QByteArrayView> lines = firstLines(complete, headerLines + kPreviewRows + 64);

    if (headerLines > 0 && headerLines <= lines.size())
        m_fileHeader = splitCsvLine(lines[headerLines - 1], layout.delimiter);
    qsizetype end = 0; // bytes of `lines` up to the last previewed row, for parseHistory
    for (int i = headerLines; i < lines.size() && m_rows.size() < kPreviewRows; ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QStringList fields = splitCsvLine(lines[i], layout.delimiter);
        m_rows << fields;
        m_lines << i + 1;
        m_columns = std::max(m_columns, static_cast<int>(fields.size()));
        end = (lines[i].data() + lines[i].size()) - complete.data();
    }
    m_columns = std::max(m_columns, static_cast<int>(m_fileHeader.size()));

    if (layout.validate() && end > 0) {
        // parseHistory counts lines from the start of the data it is given; `complete`
        // starts at the start of the file (after a byte-order mark, which it skips too).
        const auto parsed = parseHistory(complete.first(end), layout, ParseOptions {false, {}});
        if (parsed) {
            for (const RowIssue &issue : parsed->skipped)
                m_issues[issue.line] = issue;
        }
    }
    endResetModel();
}

std::optional<RowIssue> ImportPreviewModel::issueAt(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return std::nullopt;
    const auto it = m_issues.find(m_lines[row]);
    if (it == m_issues.end())
        return std::nullopt;
    return it->second;
}

qint64 ImportPreviewModel::lineAt(int row) const
{
    return m_lines.value(row);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QStringList &row = m_rows[index.row()];
    const auto issue = issueAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case kExportRole:
        return row.value(index.column());
    case Qt::BackgroundRole:
        if (issue)
            return QBrush(issue->column == index.column() + 1 ? QColor(0xf4, 0xa6, 0xa6) : QColor(0xfd, 0xe2, 0xe2));
        break;
    case Qt::ToolTipRole:
        if (issue)
            return tr("Line %1, column %2: %3").arg(issue->line).arg(issue->column).arg(issue->reason);
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_lines.size())
            return m_lines[section];
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != kExportRole && role != Qt::FontRole)
        return {};
    std::optional<BarField> field;
    for (int f = 0; f < kBarFieldCount; ++f) {
        if (m_layout.column[static_cast<std::size_t>(f)] == section)
            field = BarField(f);
    }
    const QString own = m_fileHeader.value(section).trimmed();
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(field.has_value());
        font.setItalic(!field.has_value());
        return font;
    }
    if (role == Qt::ToolTipRole) {
        const QString fileName = own.isEmpty() ? tr("column %1").arg(section + 1) : tr("'%1' in the file").arg(own);
        return field ? tr("%1, read as %2").arg(fileName, fieldTitle(*field)) : tr("%1, not imported").arg(fileName);
    }
    if (field)
        return fieldTitle(*field);
    return own.isEmpty() ? tr("(column %1)").arg(section + 1) : tr("(%1)").arg(own);
}

} // namespace rutile::ui
