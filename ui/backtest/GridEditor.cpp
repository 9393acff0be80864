#include "backtest/GridEditor.h"
#include "settings/AppTheme.h"

#include "backtest/SuggestedGrid.h"
#include "params/ParamForm.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace rutile::ui {

namespace {

bool isWhole(const ParamSpec &spec)
{
    return spec.type != ParamType::Double;
}

} // namespace

GridEditor::GridEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("gridEditor"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *rows = new QWidget(this);
    m_layout = new QGridLayout(rows);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setColumnStretch(1, 1);
    m_layout->setColumnStretch(2, 1);
    m_layout->setColumnStretch(3, 1);
    outer->addWidget(rows);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("gridCount"));
    m_count->setWordWrap(true);
    outer->addWidget(m_count);
}

QAbstractSpinBox *GridEditor::makeBox(const ParamSpec &spec, double value, bool isStep)
{
    QAbstractSpinBox *box = nullptr;
    if (isWhole(spec)) {
        auto *spin = new QSpinBox(this);
        if (isStep) {
            spin->setRange(1, std::max(1, int(spec.maximum - spec.minimum)));
        } else {
            const int hi = spec.type == ParamType::Bool ? 1
                : spec.type == ParamType::Choice        ? std::max(0, int(spec.choices.size()) - 1)
                                                        : int(spec.maximum);
            spin->setRange(spec.type == ParamType::Int ? int(spec.minimum) : 0, hi);
        }
        spin->setValue(int(std::lround(value)));
        connect(spin, &QSpinBox::valueChanged, this, &GridEditor::updateCounts);
        box = spin;
    } else {
        auto *spin = new QDoubleSpinBox(this);
        const int decimals = decimalsFor(spec);
        spin->setDecimals(decimals);
        if (isStep)
            spin->setRange(std::pow(10.0, -decimals), std::max(spec.maximum - spec.minimum, spec.step));
        else
            spin->setRange(spec.minimum, spec.maximum);
        spin->setSingleStep(spec.step);
        spin->setValue(value);
        connect(spin, &QDoubleSpinBox::valueChanged, this, &GridEditor::updateCounts);
        box = spin;
    }
    box->setMinimumWidth(64);
    return box;
}

double GridEditor::valueOf(const QAbstractSpinBox *box)
{
    if (auto *s = qobject_cast<const QSpinBox *>(box))
        return s->value();
    if (auto *d = qobject_cast<const QDoubleSpinBox *>(box))
        return d->value();
    return 0;
}

void GridEditor::setValueOf(QAbstractSpinBox *box, double value)
{
    if (auto *s = qobject_cast<QSpinBox *>(box))
        s->setValue(int(std::lround(value)));
    else if (auto *d = qobject_cast<QDoubleSpinBox *>(box))
        d->setValue(value);
}

void GridEditor::setStrategy(const strategy::StrategyDescriptor &descriptor, const ParamValues &base)
{
    m_rows.clear();
    // Every row's widgets and the headers sit in the layout: deleting its items removes them.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList headers = {tr("Parameter"), tr("Start"), tr("Stop"), tr("Step"), tr("Values")};
    for (int c = 0; c < headers.size(); ++c) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c]), this);
        m_layout->addWidget(label, 0, c);
    }
    int line = 1;
    for (const ParamSpec &spec : descriptor.params) {
        Row r;
        r.spec = spec;
        r.include = new QCheckBox(spec.label.isEmpty() ? spec.name : spec.label, this);
        r.include->setObjectName(QStringLiteral("grid_include_") + spec.name);
        r.include->setToolTip(spec.description);
        const bool whole = spec.type == ParamType::Bool || spec.type == ParamType::Choice;
        // Ticking a parameter must not put its whole range on the grid (1..1000 × 2..5000 is
        // five million points): a handful of values around its default instead.
        const backtest::AxisRange suggested = backtest::suggestedRange(spec);
        r.start = makeBox(spec, suggested.start, false);
        r.stop = makeBox(spec, suggested.stop, false);
        r.step = makeBox(spec, suggested.step, true);
        r.start->setObjectName(QStringLiteral("grid_start_") + spec.name);
        r.stop->setObjectName(QStringLiteral("grid_stop_") + spec.name);
        r.step->setObjectName(QStringLiteral("grid_step_") + spec.name);
        r.step->setEnabled(!whole);
        r.values = new QLabel(this);
        r.values->setObjectName(QStringLiteral("grid_values_") + spec.name);
        r.values->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_layout->addWidget(r.include, line, 0);
        m_layout->addWidget(r.start, line, 1);
        m_layout->addWidget(r.stop, line, 2);
        m_layout->addWidget(r.step, line, 3);
        m_layout->addWidget(r.values, line, 4);
        connect(r.include, &QCheckBox::toggled, this, &GridEditor::updateCounts);
        m_rows.push_back(r);
        ++line;
    }
    if (descriptor.params.empty()) {
        auto *none = new QLabel(tr("%1 has no parameters to optimise.").arg(descriptor.displayName), this);
        m_layout->addWidget(none, 1, 0, 1, 5);
    }
    setBase(base);
}

void GridEditor::setBase(const ParamValues &base)
{
    m_base = base;
    updateCounts();
}

const GridEditor::Row *GridEditor::row(const QString &name) const
{
    for (const Row &r : m_rows)
        if (r.spec.name == name)
            return &r;
    return nullptr;
}

bool GridEditor::setAxis(const QString &name, double start, double stop, double step)
{
    const Row *r = row(name);
    if (!r)
        return false;
    r->include->setChecked(true);
    setValueOf(r->start, start);
    setValueOf(r->stop, stop);
    if (r->step->isEnabled())
        setValueOf(r->step, step);
    updateCounts();
    return true;
}

void GridEditor::setIncluded(const QString &name, bool included)
{
    if (const Row *r = row(name))
        r->include->setChecked(included);
}

QString GridEditor::axesText() const
{
    QStringList axes;
    for (const Row &r : m_rows)
        if (r.include->isChecked())
            axes << backtest::gridAxisText(r.spec.name, {valueOf(r.start), valueOf(r.stop), valueOf(r.step)});
    return axes.join(QLatin1Char(' '));
}

bool GridEditor::setAxesText(const QString &text)
{
    std::vector<ParamSpec> specs;
    for (const Row &r : m_rows)
        specs.push_back(r.spec);
    std::vector<backtest::GridAxis> axes;
    for (const QString &part : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (auto axis = backtest::parseGridAxis(specs, part); axis && !axis->values.empty())
            axes.push_back(std::move(*axis));
    if (axes.empty())
        return false;
    for (const Row &r : m_rows)
        r.include->setChecked(false);
    for (const backtest::GridAxis &axis : axes) {
        const double step = axis.values.size() > 1 ? axis.values[1] - axis.values[0] : valueOf(row(axis.name)->step);
        setAxis(axis.name, axis.values.front(), axis.values.back(), step);
    }
    return true;
}

Result<backtest::ParameterGrid> GridEditor::grid() const
{
    backtest::ParameterGrid grid;
    std::vector<ParamSpec> specs;
    for (const Row &r : m_rows) {
        specs.push_back(r.spec);
        if (!r.include->isChecked())
            continue;
        auto axis = backtest::GridAxis::range(r.spec, valueOf(r.start), valueOf(r.stop), valueOf(r.step));
        if (!axis)
            return axis.error();
        grid.axes.push_back(std::move(*axis));
    }
    if (grid.axes.empty())
        return Error::invalidArgument(tr("include at least one parameter on the grid"));
    auto base = resolve(specs, m_base);
    if (!base)
        return base.error();
    grid.base = *base;
    if (Status s = backtest::validate(grid, specs); !s)
        return s.error();
    return grid;
}

std::size_t GridEditor::pointCount() const
{
    const auto g = grid();
    return g ? g->size() : 0;
}

QCheckBox *GridEditor::includeBox(const QString &name) const
{
    const Row *r = row(name);
    return r ? r->include : nullptr;
}

QAbstractSpinBox *GridEditor::startBox(const QString &name) const
{
    const Row *r = row(name);
    return r ? r->start : nullptr;
}

QAbstractSpinBox *GridEditor::stopBox(const QString &name) const
{
    const Row *r = row(name);
    return r ? r->stop : nullptr;
}

QAbstractSpinBox *GridEditor::stepBox(const QString &name) const
{
    const Row *r = row(name);
    return r ? r->step : nullptr;
}

void GridEditor::updateCounts()
{
    const QLocale locale;
    for (const Row &r : m_rows) {
        const bool on = r.include->isChecked();
        r.start->setEnabled(on);
        r.stop->setEnabled(on);
        r.step->setEnabled(on && r.spec.type != ParamType::Bool && r.spec.type != ParamType::Choice);
        if (!on) {
            r.values->setText(tr("fixed at %1").arg(r.spec.format(m_base.value(r.spec.name, r.spec.defaultValue))));
            continue;
        }
        auto axis = backtest::GridAxis::range(r.spec, valueOf(r.start), valueOf(r.stop), valueOf(r.step));
        r.values->setText(axis ? locale.toString(qlonglong(axis->values.size())) : tr("invalid"));
        r.values->setToolTip(axis ? QString() : axis.error().message);
    }
    const auto g = grid();
    if (g) {
        m_count->setStyleSheet({});
        m_count->setText(tr("%1 grid points").arg(locale.toString(qulonglong(g->size()))));
    } else {
        m_count->setStyleSheet(textStyle(Tone::Bad));
        m_count->setText(g.error().message);
    }
    emit gridChanged();
}

} // namespace rutile::ui
