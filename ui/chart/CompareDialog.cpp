#include "CompareDialog.h"

#include "indicators/IndicatorSupport.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rutile::ui {

CompareDialog::CompareDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare Symbols"));
    setMinimumWidth(380);
    auto *hint = new QLabel(tr("Checked symbols are drawn over the chart, rebased to 100 at the first bar in "
                               "view. The ratio and correlation panes compare the charted symbol with the "
                               "first checked one."),
        this);
    hint->setWordWrap(true);
    m_symbols = new QListWidget(this);
    m_symbols->setObjectName(QStringLiteral("compareSymbols"));
    m_ratio = new QCheckBox(tr("Ratio pane"), this);
    m_ratio->setObjectName(QStringLiteral("compareRatio"));
    m_correlation = new QCheckBox(tr("Rolling correlation pane"), this);
    m_correlation->setObjectName(QStringLiteral("compareCorrelation"));
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("compareWindow"));
    m_window->setRange(2, indicators::kMaxPeriod);
    m_window->setSuffix(tr(" returns"));
    m_window->setToolTip(tr("Daily returns per correlation window (2 to %1)").arg(indicators::kMaxPeriod));
    connect(m_correlation, &QCheckBox::toggled, m_window, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(m_ratio);
    form->addRow(m_correlation);
    form->addRow(tr("Correlation window:"), m_window);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_symbols);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setChoices({}, {});
}

void CompareDialog::setChoices(const QStringList &available, const chart::CompareSettings &current)
{
    m_base = current;
    m_symbols->clear();
    // The current symbols first, in their order (the first one is the ratio's), then the rest.
    QStringList ordered = current.symbols;
    for (const QString &s : available) {
        if (!ordered.contains(s))
            ordered << s;
    }
    for (const QString &s : ordered) {
        if (!available.contains(s))
            continue;
        auto *item = new QListWidgetItem(s, m_symbols);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(current.symbols.contains(s) ? Qt::Checked : Qt::Unchecked);
    }
    m_ratio->setChecked(current.showRatio);
    m_correlation->setChecked(current.showCorrelation);
    m_window->setValue(current.correlationWindow);
    m_window->setEnabled(current.showCorrelation);
}

chart::CompareSettings CompareDialog::settings() const
{
    chart::CompareSettings s = m_base;
    s.symbols.clear();
    for (int i = 0; i < m_symbols->count(); ++i) {
        if (m_symbols->item(i)->checkState() == Qt::Checked)
            s.symbols << m_symbols->item(i)->text();
    }
    s.showRatio = m_ratio->isChecked();
    s.showCorrelation = m_correlation->isChecked();
    s.correlationWindow = m_window->value();
    return s;
}

} // namespace rutile::ui
