#include "DrawingDialog.h"

#include "IndicatorDialog.h"
#include "chart/LayoutChange.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <cmath>

namespace rutile::ui {

DrawingDialog::DrawingDialog(const chart::Drawing &drawing, QWidget *parent)
    : QDialog(parent)
    , m_original(drawing)
{
    setObjectName(QStringLiteral("drawingDialog"));
    setWindowTitle(tr("Edit %1").arg(chart::drawingKindTitle(drawing.kind)));
    auto *form = new QFormLayout;

    m_color = new ColorButton(this);
    m_color->setObjectName(QStringLiteral("drawingColor"));
    m_color->setColor(QColor(drawing.style.color));
    m_width = new QDoubleSpinBox(this);
    m_width->setObjectName(QStringLiteral("drawingWidth"));
    m_width->setRange(chart::SeriesStyle::kMinLineWidth, chart::SeriesStyle::kMaxLineWidth);
    m_width->setSingleStep(0.5);
    m_width->setDecimals(1);
    m_width->setValue(drawing.style.width);
    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("drawingLine"));
    m_line->addItem(tr("Solid"), int(chart::LineStyle::Solid));
    m_line->addItem(tr("Dashed"), int(chart::LineStyle::Dash));
    m_line->addItem(tr("Dotted"), int(chart::LineStyle::Dot));
    m_line->setCurrentIndex(m_line->findData(int(drawing.style.line)));
    form->addRow(tr("Colour:"), m_color);
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Line:"), m_line);

    const bool usesDate = drawing.kind != chart::DrawingKind::HorizontalLine;
    const bool usesPrice = drawing.kind != chart::DrawingKind::VerticalLine;
    for (std::size_t i = 0; i < drawing.points.size(); ++i) {
        const chart::DrawingPoint &p = drawing.points[i];
        auto *date = new QDateEdit(p.date, this);
        date->setObjectName(QStringLiteral("drawingDate%1").arg(i + 1));
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setCalendarPopup(true);
        auto *price = new QDoubleSpinBox(this);
        price->setObjectName(QStringLiteral("drawingPrice%1").arg(i + 1));
        price->setRange(-1e12, 1e12);
        price->setDecimals(std::abs(p.price) < 10 ? 4 : 2);
        price->setValue(p.price);
        price->setGroupSeparatorShown(true);
        const QString n = drawing.points.size() > 1 ? QStringLiteral(" %1").arg(i + 1) : QString();
        if (usesDate)
            form->addRow(tr("Date%1:").arg(n), date);
        else
            date->hide();
        if (usesPrice)
            form->addRow(tr("Price%1:").arg(n), price);
        else
            price->hide();
        m_dates.push_back(date);
        m_prices.push_back(price);
    }
    if (drawing.kind == chart::DrawingKind::TrendLine) {
        m_extendLeft = new QCheckBox(tr("Extend left"), this);
        m_extendLeft->setChecked(drawing.extendLeft);
        m_extendRight = new QCheckBox(tr("Extend right"), this);
        m_extendRight->setChecked(drawing.extendRight);
        form->addRow(m_extendLeft);
        form->addRow(m_extendRight);
    }
    if (drawing.kind == chart::DrawingKind::Text) {
        m_text = new QPlainTextEdit(drawing.text, this);
        m_text->setObjectName(QStringLiteral("drawingText"));
        m_text->setTabChangesFocus(true);
        m_text->setMinimumHeight(80);
        form->addRow(tr("Text:"), m_text);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("drawingError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

chart::Drawing DrawingDialog::drawing() const
{
    chart::Drawing d = m_original;
    d.style = {m_color->color().name(), m_width->value(), static_cast<chart::LineStyle>(m_line->currentData().toInt())};
    for (std::size_t i = 0; i < d.points.size(); ++i) {
        d.points[i].date = m_dates[i]->date();
        // A price the spin box shows rounded stays exact unless the user changed it.
        if (std::abs(m_prices[i]->value() - m_original.points[i].price) > std::pow(10.0, -m_prices[i]->decimals()))
            d.points[i].price = m_prices[i]->value();
    }
    if (m_extendLeft) {
        d.extendLeft = m_extendLeft->isChecked();
        d.extendRight = m_extendRight->isChecked();
    }
    if (m_text)
        d.text = m_text->toPlainText();
    return d;
}

void DrawingDialog::accept()
{
    if (Status s = drawing().validate(); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rutile::ui
