#include "ChartExportDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

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
    // The form alone is narrower than the title, which window managers then elide in the
    // middle ("Export… s PNG"): as wide as the title in a bold title-bar font, plus room for
    // the frame's icon and its three buttons.
    QFont titleFont = QApplication::font("QMdiSubWindowTitleBar");
    titleFont.setBold(true);
    constexpr int kTitleBarExtras = 160;
    setMinimumWidth(
        std::max(minimumSizeHint().width(), QFontMetrics(titleFont).horizontalAdvance(windowTitle()) + kTitleBarExtras));
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
