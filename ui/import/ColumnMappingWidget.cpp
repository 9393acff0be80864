#include "import/ColumnMappingWidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSpinBox>

namespace rutile::ui {

namespace {

QString fieldLabel(BarField field)
{
    switch (field) {
    case BarField::Date:
        return ColumnMappingWidget::tr("Date:");
    case BarField::Open:
        return ColumnMappingWidget::tr("Open:");
    case BarField::High:
        return ColumnMappingWidget::tr("High:");
    case BarField::Low:
        return ColumnMappingWidget::tr("Low:");
    case BarField::Close:
        return ColumnMappingWidget::tr("Close:");
    case BarField::AdjClose:
        return ColumnMappingWidget::tr("Adj. close:");
    case BarField::Volume:
        return ColumnMappingWidget::tr("Volume:");
    }
    return {};
}

// Date patterns offered in the combo; the user may type any other pattern.
const char *const kDatePatterns[] = {"yyyy-MM-dd", "yyyyMMdd", "dd.MM.yyyy", "d.M.yyyy", "MM/dd/yyyy", "dd/MM/yyyy",
    "M/d/yyyy", "d/M/yyyy", "yyyy/MM/dd", "dd-MM-yyyy", "MM-dd-yyyy", "M/d/yy"};

} // namespace

ColumnMappingWidget::ColumnMappingWidget(QWidget *parent)
    : QWidget(parent)
{
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterBox"));
    m_delimiter->addItem(tr("Comma ( , )"), QVariant::fromValue(int(',')));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QVariant::fromValue(int(';')));
    m_delimiter->addItem(tr("Tab"), QVariant::fromValue(int('\t')));
    m_delimiter->addItem(tr("Pipe ( | )"), QVariant::fromValue(int('|')));
    m_delimiter->addItem(tr("Space"), QVariant::fromValue(int(' ')));

    m_decimal = new QComboBox(this);
    m_decimal->setObjectName(QStringLiteral("decimalBox"));
    m_decimal->addItem(tr("Point ( . )"), QVariant::fromValue(int('.')));
    m_decimal->addItem(tr("Comma ( , )"), QVariant::fromValue(int(',')));

    m_dateFormat = new QComboBox(this);
    m_dateFormat->setObjectName(QStringLiteral("dateFormatBox"));
    m_dateFormat->setEditable(true);
    m_dateFormat->setInsertPolicy(QComboBox::NoInsert);
    m_dateFormat->setMinimumContentsLength(11);
    m_dateFormat->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const char *pattern : kDatePatterns)
        m_dateFormat->addItem(QString::fromLatin1(pattern));
    m_dateFormat->setToolTip(tr("yyyy or yy for the year, MM or M for the month, dd or d for the day; "
                                "other characters must match literally"));

    m_headerLines = new QSpinBox(this);
    m_headerLines->setObjectName(QStringLiteral("headerLinesBox"));
    m_headerLines->setRange(0, 20);
    m_headerLines->setToolTip(tr("Lines before the first data row"));

    auto *format = new QHBoxLayout;
    const auto addPair = [&](const QString &text, QWidget *w) {
        auto *label = new QLabel(text, this);
        label->setBuddy(w);
        format->addWidget(label);
        format->addWidget(w);
        format->addSpacing(12);
    };
    addPair(tr("&Delimiter:"), m_delimiter);
    addPair(tr("De&cimal separator:"), m_decimal);
    addPair(tr("Date &format:"), m_dateFormat);
    addPair(tr("&Header lines:"), m_headerLines);
    format->addStretch(1);

    auto *columns = new QGridLayout;
    for (int f = 0; f < kBarFieldCount; ++f) {
        auto *box = new QComboBox(this);
        box->setObjectName(QStringLiteral("columnBox%1").arg(f));
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_columns[static_cast<std::size_t>(f)] = box;
        auto *label = new QLabel(fieldLabel(BarField(f)), this);
        label->setBuddy(box);
        const int row = f < 4 ? 0 : 1;
        const int col = (f < 4 ? f : f - 4) * 2;
        columns->addWidget(label, row, col, Qt::AlignRight);
        columns->addWidget(box, row, col + 1);
        connect(box, &QComboBox::currentIndexChanged, this, &ColumnMappingWidget::emitChanged);
    }
    columns->setColumnStretch(8, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(format);
    layout->addLayout(columns);

    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ColumnMappingWidget::emitChanged);
    connect(m_decimal, &QComboBox::currentIndexChanged, this, &ColumnMappingWidget::emitChanged);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, &ColumnMappingWidget::emitChanged);
    connect(m_headerLines, &QSpinBox::valueChanged, this, &ColumnMappingWidget::emitChanged);

    setColumnNames({});
}

void ColumnMappingWidget::emitChanged()
{
    if (!m_updating)
        emit layoutChanged();
}

void ColumnMappingWidget::fillColumnBox(QComboBox *box, int selected)
{
    box->clear();
    box->addItem(tr("(none)"), -1);
    const int count = std::max(static_cast<int>(m_columnNames.size()), selected + 1);
    for (int c = 0; c < count; ++c) {
        const QString name = m_columnNames.value(c).trimmed();
        box->addItem(name.isEmpty() ? tr("Column %1").arg(c + 1) : tr("%1: %2").arg(c + 1).arg(name), c);
    }
    box->setCurrentIndex(std::max(0, box->findData(selected)));
}

void ColumnMappingWidget::setColumnNames(const QStringList &names)
{
    const CsvLayout current = csvLayout();
    QScopedValueRollback guard(m_updating, true);
    m_columnNames = names;
    for (int f = 0; f < kBarFieldCount; ++f)
        fillColumnBox(m_columns[static_cast<std::size_t>(f)], current.column[static_cast<std::size_t>(f)]);
}

void ColumnMappingWidget::setCsvLayout(const CsvLayout &layout)
{
    QScopedValueRollback guard(m_updating, true);
    const auto select = [](QComboBox *box, char c) {
        int i = box->findData(int(c));
        if (i < 0) {
            box->addItem(QStringLiteral("'%1'").arg(QLatin1Char(c)), int(c));
            i = box->count() - 1;
        }
        box->setCurrentIndex(i);
    };
    select(m_delimiter, layout.delimiter);
    select(m_decimal, layout.decimalSeparator);
    m_dateFormat->setCurrentText(layout.dateFormat);
    m_headerLines->setValue(layout.headerLines);
    m_symbolInFile = layout.symbolInFile;
    for (int f = 0; f < kBarFieldCount; ++f)
        fillColumnBox(m_columns[static_cast<std::size_t>(f)], layout.column[static_cast<std::size_t>(f)]);
}

CsvLayout ColumnMappingWidget::csvLayout() const
{
    CsvLayout layout;
    layout.format = CsvFormat::Generic;
    layout.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    layout.decimalSeparator = static_cast<char>(m_decimal->currentData().toInt());
    layout.dateFormat = m_dateFormat->currentText().trimmed();
    layout.headerLines = m_headerLines->value();
    layout.symbolInFile = m_symbolInFile;
    for (int f = 0; f < kBarFieldCount; ++f) {
        const QComboBox *box = m_columns[static_cast<std::size_t>(f)];
        layout.column[static_cast<std::size_t>(f)] = box->count() > 0 ? box->currentData().toInt() : -1;
    }
    return layout;
}

} // namespace rutile::ui
