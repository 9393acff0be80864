#include "params/ParamForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

namespace {

/// Decimals that show `x` exactly, within [1, 6].
int decimalsToShow(double x)
{
    int decimals = 1;
    while (decimals < 6) {
        const double scaled = x * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-9)
            break;
        ++decimals;
    }
    return decimals;
}

} // namespace

int decimalsFor(const ParamSpec &spec)
{
    const int forStep = decimalsToShow(spec.step);
    return spec.minimum > 0 ? std::max(forStep, decimalsToShow(spec.minimum)) : forStep;
}

ParamForm::ParamForm(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void ParamForm::setSpecs(std::vector<ParamSpec> specs, const ParamValues &values)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_specs = std::move(specs);
    for (const ParamSpec &spec : m_specs) {
        QWidget *editor = nullptr;
        const QString range = tr("%1 to %2").arg(spec.format(spec.minimum), spec.format(spec.maximum));
        switch (spec.type) {
        case ParamType::Int: {
            auto *box = new QSpinBox(this);
            box->setRange(static_cast<int>(spec.minimum), static_cast<int>(spec.maximum));
            box->setSingleStep(std::max(1, static_cast<int>(spec.step)));
            connect(box, &QSpinBox::valueChanged, this, &ParamForm::valuesChanged);
            editor = box;
            break;
        }
        case ParamType::Double: {
            auto *box = new QDoubleSpinBox(this);
            box->setDecimals(decimalsFor(spec));
            box->setRange(spec.minimum, spec.maximum);
            box->setSingleStep(spec.step);
            connect(box, &QDoubleSpinBox::valueChanged, this, &ParamForm::valuesChanged);
            editor = box;
            break;
        }
        case ParamType::Bool: {
            auto *box = new QCheckBox(this);
            connect(box, &QCheckBox::toggled, this, &ParamForm::valuesChanged);
            editor = box;
            break;
        }
        case ParamType::Choice: {
            auto *box = new QComboBox(this);
            for (int c = 0; c < spec.choices.size(); ++c)
                box->addItem(spec.choiceLabel(c)); // the index is the value
            connect(box, &QComboBox::currentIndexChanged, this, &ParamForm::valuesChanged);
            editor = box;
            break;
        }
        }
        editor->setObjectName(QStringLiteral("param_") + spec.name);
        const QString tip = spec.description.isEmpty() ? range : spec.description + QStringLiteral("\n") + range;
        editor->setToolTip(tip);
        auto *label = new QLabel(spec.label.isEmpty() ? spec.name : spec.label, this);
        label->setToolTip(tip);
        label->setBuddy(editor);
        m_layout->addRow(label, editor);
        m_editors.push_back(editor);
    }
    setValues(values);
}

ParamValues ParamForm::values() const
{
    ParamValues out;
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        const ParamSpec &spec = m_specs[i];
        QWidget *e = m_editors[i];
        double v = spec.defaultValue;
        if (auto *s = qobject_cast<QSpinBox *>(e))
            v = s->value();
        else if (auto *d = qobject_cast<QDoubleSpinBox *>(e))
            v = d->value();
        else if (auto *c = qobject_cast<QCheckBox *>(e))
            v = c->isChecked() ? 1 : 0;
        else if (auto *b = qobject_cast<QComboBox *>(e))
            v = b->currentIndex();
        out.set(spec.name, v);
    }
    return out;
}

void ParamForm::setValues(const ParamValues &values)
{
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        const ParamSpec &spec = m_specs[i];
        const double v = values.value(spec.name, spec.defaultValue);
        QWidget *e = m_editors[i];
        if (auto *s = qobject_cast<QSpinBox *>(e))
            s->setValue(static_cast<int>(std::lround(v)));
        else if (auto *d = qobject_cast<QDoubleSpinBox *>(e))
            d->setValue(v);
        else if (auto *c = qobject_cast<QCheckBox *>(e))
            c->setChecked(v != 0);
        else if (auto *b = qobject_cast<QComboBox *>(e))
            b->setCurrentIndex(static_cast<int>(std::lround(v)));
    }
}

QWidget *ParamForm::editor(const QString &name) const
{
    for (std::size_t i = 0; i < m_specs.size(); ++i) {
        if (m_specs[i].name == name)
            return m_editors[i];
    }
    return nullptr;
}

} // namespace rutile::ui
