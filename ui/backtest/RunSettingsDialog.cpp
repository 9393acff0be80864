#include "backtest/RunSettingsDialog.h"
#include "settings/AppTheme.h"

#include "backtest/ConfigParams.h"
#include "backtest/RunSettingsForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rutile::ui {

RunSettingsDialog::RunSettingsDialog(const ParamValues &values, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("runSettingsDialog"));
    setWindowTitle(tr("Backtest Settings"));
    auto *layout = new QVBoxLayout(this);
    m_form = new RunSettingsForm(this);
    m_form->setValues(values);
    layout->addWidget(m_form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(textStyle(Tone::Bad));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { m_form->setValues(defaultValues(backtest::configParamSpecs())); });
    connect(m_form, &RunSettingsForm::valuesChanged, this, &RunSettingsDialog::validate);
    validate();
    setMinimumWidth(440);
}

ParamValues RunSettingsDialog::values() const
{
    return m_form->values();
}

void RunSettingsDialog::validate()
{
    const auto config = m_form->config();
    const QString text = config ? QString() : config.error().message;
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace rutile::ui
