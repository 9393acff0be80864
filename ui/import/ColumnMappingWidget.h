#pragma once

#include "data/CsvLayout.h"

#include <QStringList>
#include <QWidget>

#include <array>

class QComboBox;
class QSpinBox;

namespace rutile::ui {

/// The column-mapping step of the import dialog for generic CSV files: delimiter, decimal
/// separator, date format, header lines and which column holds which bar field.
///
/// It edits a CsvLayout and nothing else; the dialog owns the file and the preview.
class ColumnMappingWidget : public QWidget {
    Q_OBJECT
public:
    explicit ColumnMappingWidget(QWidget *parent = nullptr);

    /// Shows `layout` (without emitting layoutChanged).
    void setCsvLayout(const CsvLayout &layout);
    /// The layout as currently edited; the format is always Generic.
    CsvLayout csvLayout() const;

    /// Names offered for the columns, "1: Date" style; keeps the current mapping.
    void setColumnNames(const QStringList &names);

    QComboBox *delimiterBox() const { return m_delimiter; }
    QComboBox *decimalBox() const { return m_decimal; }
    QComboBox *dateFormatBox() const { return m_dateFormat; }
    QSpinBox *headerLinesBox() const { return m_headerLines; }
    QComboBox *columnBox(BarField field) const { return m_columns[static_cast<std::size_t>(field)]; }

signals:
    void layoutChanged();

private:
    void fillColumnBox(QComboBox *box, int selected);
    void emitChanged();

    QComboBox *m_delimiter = nullptr;
    QComboBox *m_decimal = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QSpinBox *m_headerLines = nullptr;
    std::array<QComboBox *, kBarFieldCount> m_columns {};
    QStringList m_columnNames;
    QString m_symbolInFile;
    bool m_updating = false;
};

} // namespace rutile::ui
