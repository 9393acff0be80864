#include "ChartExportDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rutile::ui {

ChartExportDialog::ChartExportDialog(QSize size, double scale, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("chartExportDialog"));
    setWindowTitle(tr("Export Chart as PNG"));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(200, 10000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(size.width());
    m_height->setValue(size.height());
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(0.25, 4);
    m_scale->setSingleStep(0.25);
    m_scale->setDecimals(2);
    m_scale->setValue(scale);
    m_scale->setToolTip(tr("2 gives an image of twice the width and height with the same layout (high-DPI)"));
    auto *form = new QFormLayout;
    form->addRow(tr("Width:"), m_width);
    form->addRow(tr("Height:"), m_height);
    form->addRow(tr("Scale factor:"), m_scale);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QSize ChartExportDialog::imageSize() const
{
    return QSize(m_width->value(), m_height->value());
}

double ChartExportDialog::scale() const
{
    return m_scale->value();
}

} // namespace rutile::ui
