#include "backtest/StrategyParamsDialog.h"
#include "settings/AppTheme.h"

#include "params/ParamForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rutile::ui {

StrategyParamsDialog::StrategyParamsDialog(
    const strategy::StrategyDescriptor &descriptor, const ParamValues &values, QWidget *parent)
    : QDialog(parent)
    , m_descriptor(descriptor)
{
    setObjectName(QStringLiteral("strategyParamsDialog"));
    setWindowTitle(tr("%1 Parameters").arg(descriptor.displayName));
    auto *layout = new QVBoxLayout(this);

    auto *rules = new QLabel(descriptor.description, this);
    rules->setTextFormat(Qt::PlainText); // a rule file's own comment
    rules->setObjectName(QStringLiteral("strategyRules"));
    rules->setWordWrap(true);
    rules->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(rules);

    m_form = new ParamForm(this);
    m_form->setSpecs(descriptor.params, values);
    layout->addWidget(m_form);
    if (descriptor.params.empty()) {
        auto *none = new QLabel(tr("This strategy has no parameters."), this);
        layout->addWidget(none);
    }

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("paramsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(textStyle(Tone::Bad));
    layout->addWidget(m_problem);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { m_form->setValues(defaultValues(m_descriptor.params)); });
    connect(m_form, &ParamForm::valuesChanged, this, &StrategyParamsDialog::validate);
    validate();
    setMinimumWidth(420);
}

ParamValues StrategyParamsDialog::values() const
{
    return m_form->values();
}

bool StrategyParamsDialog::isValid() const
{
    return problem().isEmpty();
}

QString StrategyParamsDialog::problem() const
{
    auto resolved = strategy::resolveParams(m_descriptor, m_form->values());
    return resolved ? QString() : resolved.error().message;
}

void StrategyParamsDialog::validate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}

} // namespace rutile::ui
