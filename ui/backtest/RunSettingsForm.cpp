#include "backtest/RunSettingsForm.h"

#include "backtest/ConfigParams.h"
#include "params/ParamForm.h"

#include <QFormLayout>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace rutile::ui {

namespace {

struct Group {
    QString title;
    QStringList names;
};

// The tabs and the settings on each. A setting core adds later and nobody lists here lands
// on the last tab, so the form never loses a setting.
std::vector<Group> groups()
{
    return {
        {RunSettingsForm::tr("Costs && fills"),
            {QStringLiteral("commission_model"), QStringLiteral("commission_pct"),
                QStringLiteral("commission_per_unit"), QStringLiteral("commission_min"),
                QStringLiteral("commission_fixed"), QStringLiteral("slippage_bps"), QStringLiteral("fill")}},
        {RunSettingsForm::tr("Sizing"),
            {QStringLiteral("size_model"), QStringLiteral("size_pct"), QStringLiteral("size_units"),
                QStringLiteral("size_atr_risk_pct"), QStringLiteral("size_atr_period"), QStringLiteral("max_leverage"),
                QStringLiteral("whole_units")}},
        {RunSettingsForm::tr("Stops"),
            {QStringLiteral("stop_loss_pct"), QStringLiteral("take_profit_pct"), QStringLiteral("trailing_stop_pct"),
                QStringLiteral("trailing_stop_atr"), QStringLiteral("atr_period")}},
        {RunSettingsForm::tr("Account"),
            {QStringLiteral("cash"), QStringLiteral("risk_free_pct"), QStringLiteral("days_per_year")}},
    };
}

QString choiceName(const ParamValues &values, const QString &name)
{
    const ParamSpec *spec = findParam(backtest::configParamSpecs(), name);
    if (!spec)
        return {};
    const int index = int(std::lround(values.value(name, spec->defaultValue)));
    return index >= 0 && index < spec->choices.size() ? spec->choices[index] : QString();
}

} // namespace

RunSettingsForm::RunSettingsForm(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("runSettingsTabs"));
    layout->addWidget(m_tabs);

    const std::vector<ParamSpec> &all = backtest::configParamSpecs();
    std::vector<Group> tabs = groups();
    std::vector<std::vector<ParamSpec>> specs(tabs.size());
    for (const ParamSpec &spec : all) {
        std::size_t tab = tabs.size() - 1;
        for (std::size_t i = 0; i < tabs.size(); ++i)
            if (tabs[i].names.contains(spec.name))
                tab = i;
        specs[tab].push_back(spec);
    }
    for (std::size_t i = 0; i < tabs.size(); ++i) {
        auto *page = new QWidget(m_tabs);
        auto *pageLayout = new QVBoxLayout(page);
        auto *form = new ParamForm(page);
        // The names' order on the tab, not the specs' order.
        std::sort(specs[i].begin(), specs[i].end(), [&](const ParamSpec &a, const ParamSpec &b) {
            return tabs[i].names.indexOf(a.name) < tabs[i].names.indexOf(b.name);
        });
        form->setSpecs(specs[i]);
        pageLayout->addWidget(form);
        pageLayout->addStretch(1);
        m_tabs->addTab(page, tabs[i].title);
        m_forms.push_back(form);
        connect(form, &ParamForm::valuesChanged, this, [this] {
            updateVisibility();
            emit valuesChanged();
        });
    }
    updateVisibility();
}

ParamValues RunSettingsForm::values() const
{
    ParamValues merged;
    for (const ParamForm *form : m_forms) {
        const ParamValues values = form->values();
        for (const auto &[name, value] : values.entries())
            merged.set(name, value);
    }
    // In the specs' order, as resolve() would give them.
    ParamValues out;
    for (const ParamSpec &spec : backtest::configParamSpecs())
        out.set(spec.name, merged.value(spec.name, spec.defaultValue));
    return out;
}

void RunSettingsForm::setValues(const ParamValues &values)
{
    for (ParamForm *form : m_forms)
        form->setValues(values);
    updateVisibility();
}

Result<backtest::BacktestConfig> RunSettingsForm::config() const
{
    return backtest::configFromParams(values());
}

QWidget *RunSettingsForm::editor(const QString &name) const
{
    for (const ParamForm *form : m_forms)
        if (QWidget *e = form->editor(name))
            return e;
    return nullptr;
}

void RunSettingsForm::updateVisibility()
{
    const ParamValues v = values();
    const QString size = choiceName(v, QStringLiteral("size_model"));
    const QString commission = choiceName(v, QStringLiteral("commission_model"));
    const auto show = [this](const QString &name, bool visible) {
        QWidget *e = editor(name);
        if (!e)
            return;
        if (auto *form = qobject_cast<QFormLayout *>(e->parentWidget()->layout()))
            form->setRowVisible(e, visible);
    };
    show(QStringLiteral("size_pct"), size == QLatin1String("percent_of_equity"));
    show(QStringLiteral("size_units"), size == QLatin1String("fixed_units"));
    show(QStringLiteral("size_atr_risk_pct"), size == QLatin1String("volatility_target"));
    show(QStringLiteral("size_atr_period"), size == QLatin1String("volatility_target"));
    show(QStringLiteral("max_leverage"), size == QLatin1String("volatility_target"));
    show(QStringLiteral("whole_units"), size != QLatin1String("fixed_units"));
    show(QStringLiteral("commission_pct"), commission == QLatin1String("percent"));
    show(QStringLiteral("commission_per_unit"), commission == QLatin1String("per_unit"));
    show(QStringLiteral("commission_min"), commission == QLatin1String("per_unit"));
    show(QStringLiteral("commission_fixed"), commission == QLatin1String("fixed"));
    if (QWidget *atr = editor(QStringLiteral("atr_period")))
        atr->setEnabled(v.value(u"trailing_stop_atr") > 0);
}

QString RunSettingsForm::summary(const ParamValues &values)
{
    const QLocale locale;
    const auto num = [&](double v) { return locale.toString(v, 'g', 6); };
    QStringList parts;
    const QString size = choiceName(values, QStringLiteral("size_model"));
    if (size == QLatin1String("fixed_units"))
        parts << tr("%1 units").arg(num(values.value(u"size_units", 1)));
    else if (size == QLatin1String("volatility_target"))
        parts << tr("%1% risk per ATR").arg(num(values.value(u"size_atr_risk_pct", 1)));
    else
        parts << tr("%1% of equity").arg(num(values.value(u"size_pct", 100)));
    const QString commission = choiceName(values, QStringLiteral("commission_model"));
    if (commission == QLatin1String("per_unit") && values.value(u"commission_per_unit") > 0)
        parts << tr("%1 per unit commission").arg(num(values.value(u"commission_per_unit")));
    else if (commission == QLatin1String("fixed") && values.value(u"commission_fixed") > 0)
        parts << tr("%1 per order commission").arg(num(values.value(u"commission_fixed")));
    else if (commission == QLatin1String("percent") && values.value(u"commission_pct") > 0)
        parts << tr("%1% commission").arg(num(values.value(u"commission_pct")));
    else
        parts << tr("no commission");
    parts << (values.value(u"slippage_bps") > 0 ? tr("%1 bps slippage").arg(num(values.value(u"slippage_bps")))
                                                : tr("no slippage"));
    if (values.value(u"stop_loss_pct") > 0)
        parts << tr("stop %1%").arg(num(values.value(u"stop_loss_pct")));
    if (values.value(u"take_profit_pct") > 0)
        parts << tr("target %1%").arg(num(values.value(u"take_profit_pct")));
    if (values.value(u"trailing_stop_pct") > 0)
        parts << tr("trailing %1%").arg(num(values.value(u"trailing_stop_pct")));
    if (values.value(u"trailing_stop_atr") > 0)
        parts << tr("trailing %1 ATR").arg(num(values.value(u"trailing_stop_atr")));
    if (choiceName(values, QStringLiteral("fill")) == QLatin1String("next_close"))
        parts << tr("fills at next close");
    return parts.join(QStringLiteral(" \u00b7 "));
}

} // namespace rutile::ui
