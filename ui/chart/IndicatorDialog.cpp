#include "IndicatorDialog.h"
#include "settings/AppTheme.h"

#include "params/ParamForm.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace rutile::ui {

using namespace indicators;

// ---- ColorButton ----------------------------------------------------------------------------

ColorButton::ColorButton(QWidget *parent)
    : QToolButton(parent)
{
    setAutoRaise(false);
    setIconSize(QSize(28, 14));
    connect(this, &QToolButton::clicked, this, &ColorButton::pick);
}

void ColorButton::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    QPixmap swatch(iconSize());
    swatch.fill(color);
    {
        QPainter p(&swatch);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(swatch.rect().adjusted(0, 0, -1, -1));
    }
    setIcon(QIcon(swatch));
    setToolTip(color.name());
    emit colorChanged(color);
}

void ColorButton::pick()
{
    const QColor chosen = QColorDialog::getColor(m_color, this, tr("Line Colour"));
    if (chosen.isValid())
        setColor(chosen);
}

// ---- IndicatorDialog ---------------------------------------------------------------------------

IndicatorDialog::IndicatorDialog(Defaults defaults, QWidget *parent)
    : QDialog(parent)
    , m_defaults(std::move(defaults))
{
    setObjectName(QStringLiteral("indicatorDialog"));
    setWindowTitle(tr("Add Indicator"));

    m_indicatorBox = new QComboBox(this);
    m_indicatorBox->setObjectName(QStringLiteral("indicatorBox"));
    for (const IndicatorDescriptor &d : IndicatorRegistry::builtIn().all()) {
        const QString where = d.pane == Pane::Overlay ? tr("on the price") : tr("own pane");
        m_indicatorBox->addItem(tr("%1 (%2, %3)").arg(d.displayName, d.name.toUpper(), where), d.name);
    }
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setObjectName(QStringLiteral("indicatorDescription"));

    auto *paramsGroup = new QGroupBox(tr("Parameters"), this);
    m_form = new ParamForm(paramsGroup);
    auto *paramsLayout = new QVBoxLayout(paramsGroup);
    paramsLayout->addWidget(m_form);

    auto *pensGroup = new QGroupBox(tr("Lines"), this);
    m_penBox = pensGroup;
    m_penLayout = new QGridLayout(pensGroup);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("indicatorError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textStyle(Tone::Bad));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_remove = m_buttons->addButton(tr("Remove Indicator"), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(QStringLiteral("removeIndicator"));
    m_remove->hide();
    connect(m_remove, &QPushButton::clicked, this, [this] { done(Removed); });

    auto *top = new QFormLayout;
    top->addRow(tr("Indicator:"), m_indicatorBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(paramsGroup);
    layout->addWidget(pensGroup);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_indicatorBox, &QComboBox::currentIndexChanged, this, &IndicatorDialog::onIndicatorChosen);
    connect(m_form, &ParamForm::valuesChanged, this, [this] { m_error->hide(); });
    onIndicatorChosen(m_indicatorBox->currentIndex());
}

void IndicatorDialog::onIndicatorChosen(int index)
{
    const IndicatorDescriptor *d = IndicatorRegistry::builtIn().find(m_indicatorBox->itemData(index).toString());
    if (!d)
        return;
    showDescriptor(d, m_defaults(*d));
}

void IndicatorDialog::selectIndicator(const QString &name)
{
    const int index = m_indicatorBox->findData(name.toLower());
    if (index >= 0)
        m_indicatorBox->setCurrentIndex(index);
}

void IndicatorDialog::setIndicator(const chart::ChartIndicator &indicator)
{
    const IndicatorDescriptor *d = IndicatorRegistry::builtIn().find(indicator.name);
    if (!d)
        return;
    setWindowTitle(tr("Edit %1").arg(d->displayName));
    {
        const QSignalBlocker block(m_indicatorBox);
        m_indicatorBox->setCurrentIndex(m_indicatorBox->findData(d->name));
    }
    m_indicatorBox->setEnabled(false);
    m_remove->show();
    showDescriptor(d, indicator);
}

void IndicatorDialog::showDescriptor(const IndicatorDescriptor *d, const chart::ChartIndicator &values)
{
    m_descriptor = d;
    m_paneHeight = values.paneHeight;
    m_description->setText(d->description);
    m_form->setSpecs(d->params, values.params);
    m_form->parentWidget()->setVisible(!d->params.empty());

    while (QLayoutItem *item = m_penLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pens.clear();
    m_penLayout->addWidget(new QLabel(tr("Output"), m_penBox), 0, 0);
    m_penLayout->addWidget(new QLabel(tr("Colour"), m_penBox), 0, 1);
    m_penLayout->addWidget(new QLabel(tr("Width"), m_penBox), 0, 2);
    m_penLayout->addWidget(new QLabel(tr("Style"), m_penBox), 0, 3);
    for (int i = 0; i < d->outputs.size(); ++i) {
        const chart::SeriesStyle s
            = std::size_t(i) < values.outputs.size() ? values.outputs[std::size_t(i)] : chart::SeriesStyle {};
        PenRow row;
        row.color = new ColorButton(m_penBox);
        row.color->setObjectName(QStringLiteral("color_%1").arg(d->outputs[i]));
        row.color->setColor(QColor(s.color));
        row.width = new QDoubleSpinBox(m_penBox);
        row.width->setObjectName(QStringLiteral("width_%1").arg(d->outputs[i]));
        row.width->setRange(chart::SeriesStyle::kMinLineWidth, chart::SeriesStyle::kMaxLineWidth);
        row.width->setSingleStep(0.5);
        row.width->setDecimals(1);
        row.width->setValue(s.width);
        row.style = new QComboBox(m_penBox);
        row.style->setObjectName(QStringLiteral("style_%1").arg(d->outputs[i]));
        row.style->addItem(tr("Solid"), int(chart::LineStyle::Solid));
        row.style->addItem(tr("Dashed"), int(chart::LineStyle::Dash));
        row.style->addItem(tr("Dotted"), int(chart::LineStyle::Dot));
        row.style->setCurrentIndex(row.style->findData(int(s.line)));
        m_penLayout->addWidget(new QLabel(d->outputLabel(i), m_penBox), i + 1, 0);
        m_penLayout->addWidget(row.color, i + 1, 1);
        m_penLayout->addWidget(row.width, i + 1, 2);
        m_penLayout->addWidget(row.style, i + 1, 3);
        m_pens.push_back(row);
    }
    m_error->hide();
}

chart::ChartIndicator IndicatorDialog::indicator() const
{
    chart::ChartIndicator ind;
    if (!m_descriptor)
        return ind;
    ind.name = m_descriptor->name;
    ind.params = m_form->values();
    ind.paneHeight = m_paneHeight;
    for (const PenRow &row : m_pens)
        ind.outputs.push_back({row.color->color().name(), row.width->value(),
            static_cast<chart::LineStyle>(row.style->currentData().toInt())});
    return ind;
}

QString IndicatorDialog::validationError() const
{
    if (!m_descriptor)
        return tr("Choose an indicator.");
    auto resolved = resolve(m_descriptor->params, m_form->values());
    if (!resolved)
        return resolved.error().message;
    const std::size_t length = m_seriesLength > 0 ? m_seriesLength : std::size_t(-1);
    if (Status s = m_descriptor->validate(*resolved, length); !s)
        return s.error().message;
    return {};
}

void IndicatorDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace rutile::ui
