#include "risk/RiskOptionsForm.h"
#include "settings/AppTheme.h"

#include "params/ParamForm.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

using namespace risk;

RiskOptionsForm::RiskOptionsForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("riskOptionsForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (const ParamSpec &spec : riskParamSpecs()) {
        QWidget *editor = nullptr;
        switch (spec.type) {
        case ParamType::Choice:
        case ParamType::Bool: {
            auto *combo = new QComboBox(this);
            combo->addItems(spec.type == ParamType::Bool ? QStringList {tr("no"), tr("yes")} : spec.choices);
            connect(combo, &QComboBox::currentIndexChanged, this, &RiskOptionsForm::onEdited);
            editor = combo;
            break;
        }
        case ParamType::Int: {
            auto *spin = new QSpinBox(this);
            spin->setRange(int(spec.minimum), int(spec.maximum));
            spin->setSingleStep(int(spec.step));
            connect(spin, &QSpinBox::valueChanged, this, &RiskOptionsForm::onEdited);
            editor = spin;
            break;
        }
        case ParamType::Double: {
            auto *spin = new QDoubleSpinBox(this);
            spin->setDecimals(decimalsFor(spec));
            spin->setRange(spec.minimum, spec.maximum);
            spin->setSingleStep(spec.step);
            connect(spin, &QDoubleSpinBox::valueChanged, this, &RiskOptionsForm::onEdited);
            editor = spin;
            break;
        }
        }
        editor->setObjectName(spec.name);
        editor->setToolTip(spec.description);
        form->addRow(spec.label, editor);
        m_editors.push_back(editor);
    }
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("riskOptionsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(textStyle(Tone::Bad));
    m_error->hide();
    form->addRow(m_error);
    setOptions(RiskOptions {});
}

QWidget *RiskOptionsForm::editor(const QString &name) const
{
    const auto specs = riskParamSpecs();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        if (specs[i].name == name)
            return m_editors[i];
    }
    return nullptr;
}

ParamValues RiskOptionsForm::values() const
{
    ParamValues v;
    const auto specs = riskParamSpecs();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        QWidget *e = m_editors[i];
        if (auto *combo = qobject_cast<QComboBox *>(e))
            v.set(specs[i].name, combo->currentIndex());
        else if (auto *spin = qobject_cast<QSpinBox *>(e))
            v.set(specs[i].name, spin->value());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(e))
            v.set(specs[i].name, dspin->value());
    }
    return v;
}

Result<RiskOptions> RiskOptionsForm::options() const
{
    return RiskOptions::fromParams(values());
}

void RiskOptionsForm::setOptions(const RiskOptions &options)
{
    m_updating = true;
    const ParamValues v = options.toParams();
    const auto specs = riskParamSpecs();
    for (std::size_t i = 0; i < specs.size(); ++i) {
        const double value = v.value(specs[i].name, specs[i].defaultValue);
        QWidget *e = m_editors[i];
        if (auto *combo = qobject_cast<QComboBox *>(e))
            combo->setCurrentIndex(int(value));
        else if (auto *spin = qobject_cast<QSpinBox *>(e))
            spin->setValue(int(value));
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(e))
            dspin->setValue(value);
    }
    m_updating = false;
    m_error->hide();
}

void RiskOptionsForm::onEdited()
{
    if (m_updating)
        return;
    const auto o = options();
    if (!o) {
        m_error->setText(o.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    emit optionsChanged();
}

} // namespace rutile::ui
