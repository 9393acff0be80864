#include "backtest/ConfigParams.h"

#include "risk/Annualisation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rutile::backtest {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};

enum SizeModel { SizePercent, SizeUnits, SizeVolatility };
enum CommissionModel { CommissionPercent, CommissionPerUnit, CommissionFixed };

// One description per setting: the GUI form, saved presets (by name) and the CLI's options
// (by `option`, with the help, the range and the default generated from it) all read these.
std::vector<ParamSpec> makeSpecs()
{
    const ParamUnit pct = ParamUnit::Percent;
    return {
        ParamSpec::real(QStringLiteral("cash"), Text::tr("Starting cash"), 100000, 1, 1e15, 1000)
            .onCli(QStringLiteral("cash")),
        ParamSpec::choice(QStringLiteral("size_model"), Text::tr("Position size"),
                          {QStringLiteral("percent_of_equity"), QStringLiteral("fixed_units"), QStringLiteral("volatility_target")},
                          SizePercent, Text::tr("How many units each entry buys or sells"))
            .withChoiceLabels({Text::tr("Percent of equity"), Text::tr("Fixed units"), Text::tr("Volatility target (ATR)")})
            .onCli(QStringLiteral("size-model")),
        ParamSpec::real(QStringLiteral("size_pct"), Text::tr("Percent of equity"), 100, 0.0001, 1000, 5,
                        Text::tr("Notional per entry as a percent of equity at the fill"))
            .onCli(QStringLiteral("size-pct"), pct),
        ParamSpec::real(QStringLiteral("size_units"), Text::tr("Units"), 1, 1e-6, 1e12, 1, Text::tr("Units per entry"))
            .onCli(QStringLiteral("size")),
        ParamSpec::real(QStringLiteral("size_atr_risk_pct"), Text::tr("Risk per ATR (%)"), 1, 0.0001, 100, 0.1,
                        Text::tr("Volatility target: percent of equity lost on a one-ATR move against the position "
                                 "(units = P% · equity / ATR)"))
            .onCli(QStringLiteral("size-atr-risk-pct"), pct),
        ParamSpec::integer(QStringLiteral("size_atr_period"), Text::tr("Sizing ATR period"), 14, 1, 1000, 1,
                           Text::tr("ATR period of the volatility target"))
            .onCli(QStringLiteral("size-atr-period")),
        ParamSpec::real(QStringLiteral("max_leverage"), Text::tr("Maximum leverage"), 1, 0.0001, 10, 0.1,
                        Text::tr("Cap of volatility sizing: notional ≤ leverage · equity"))
            .onCli(QStringLiteral("max-leverage")),
        ParamSpec::boolean(QStringLiteral("whole_units"), Text::tr("Whole units"), false,
                           Text::tr("Round percent and volatility sizes down to whole units"))
            .onCli(QStringLiteral("whole-units")),
        ParamSpec::choice(QStringLiteral("commission_model"), Text::tr("Commission"),
                          {QStringLiteral("percent"), QStringLiteral("per_unit"), QStringLiteral("fixed")}, CommissionPercent,
                          Text::tr("How commission is charged on each fill"))
            .withChoiceLabels({Text::tr("Percent of notional"), Text::tr("Per unit (with minimum)"), Text::tr("Fixed per order")})
            .onCli(QStringLiteral("commission-model")),
        ParamSpec::real(QStringLiteral("commission_pct"), Text::tr("Commission (% of notional)"), 0, 0, 10, 0.01,
                        Text::tr("Per fill, in percent of its notional"))
            .onCli(QStringLiteral("commission-pct"), pct),
        ParamSpec::real(QStringLiteral("commission_per_unit"), Text::tr("Commission per unit"), 0, 0, 1e9, 0.01,
                        Text::tr("Per unit traded, instead of a percent"))
            .onCli(QStringLiteral("commission-per-unit")),
        ParamSpec::real(QStringLiteral("commission_min"), Text::tr("Minimum commission"), 0, 0, 1e9, 1,
                        Text::tr("Per order, with the per-unit commission"))
            .onCli(QStringLiteral("commission-min")),
        ParamSpec::real(QStringLiteral("commission_fixed"), Text::tr("Commission per order"), 0, 0, 1e9, 1,
                        Text::tr("A fixed amount per order, instead of a percent"))
            .onCli(QStringLiteral("commission-fixed")),
        ParamSpec::real(QStringLiteral("slippage_bps"), Text::tr("Slippage (bps)"), 0, 0, 1000, 1,
                        Text::tr("Basis points against the trader on market and stop fills"))
            .onCli(QStringLiteral("slippage-bps")),
        ParamSpec::real(QStringLiteral("stop_loss_pct"), Text::tr("Stop-loss (%)"), 0, 0, 99, 0.5,
                        Text::tr("From the entry price; 0: none"))
            .onCli(QStringLiteral("stop-loss-pct"), pct),
        ParamSpec::real(QStringLiteral("take_profit_pct"), Text::tr("Take-profit (%)"), 0, 0, 10000, 0.5,
                        Text::tr("From the entry price; 0: none"))
            .onCli(QStringLiteral("take-profit-pct"), pct),
        ParamSpec::real(QStringLiteral("trailing_stop_pct"), Text::tr("Trailing stop (%)"), 0, 0, 99, 0.5,
                        Text::tr("From the best price since entry; 0: none"))
            .onCli(QStringLiteral("trailing-stop-pct"), pct),
        ParamSpec::real(QStringLiteral("trailing_stop_atr"), Text::tr("Trailing stop (ATRs)"), 0, 0, 100, 0.5,
                        Text::tr("ATRs from the best price since entry; 0: none"))
            .onCli(QStringLiteral("trailing-stop-atr")),
        ParamSpec::integer(QStringLiteral("atr_period"), Text::tr("Trailing ATR period"), 14, 1, 1000, 1,
                           Text::tr("ATR period of the trailing stop in ATRs"))
            .onCli(QStringLiteral("atr-period")),
        ParamSpec::choice(QStringLiteral("fill"), Text::tr("Market orders fill at"),
                          {QStringLiteral("next_open"), QStringLiteral("next_close")}, 0,
                          Text::tr("The next bar's open or its close"))
            .withChoiceLabels({Text::tr("Next bar's open"), Text::tr("Next bar's close")})
            .onCli(QStringLiteral("fill")),
        ParamSpec::real(QStringLiteral("risk_free_pct"), Text::tr("Risk-free rate (%/year)"), 0, -10, 100, 0.25,
                        Text::tr("Annual, for Sharpe, Sortino and alpha"))
            .onCli(QStringLiteral("risk-free-pct"), pct),
        ParamSpec::integer(QStringLiteral("days_per_year"), Text::tr("Trading days per year"), 252,
                           risk::kMinTradingDaysPerYear, risk::kMaxTradingDaysPerYear, 1,
                           Text::tr("Annualisation of daily statistics"))
            .onCli(QStringLiteral("days-per-year")),
    };
}

/// Percent (or multiple) on the form → fraction in the config; 0 means none.
double noneIfZero(double v, double divisor)
{
    return v > 0 ? v / divisor : trading::kNoPrice;
}

double zeroIfNone(double v, double divisor)
{
    return std::isnan(v) ? 0.0 : v * divisor;
}

} // namespace

const std::vector<ParamSpec> &configParamSpecs()
{
    static const std::vector<ParamSpec> specs = makeSpecs();
    return specs;
}

const std::vector<ModelSelector> &configModelSelectors()
{
    static const std::vector<ModelSelector> selectors = {
        {QStringLiteral("size_pct"), QStringLiteral("size_model"), SizePercent},
        {QStringLiteral("size_units"), QStringLiteral("size_model"), SizeUnits},
        {QStringLiteral("size_atr_risk_pct"), QStringLiteral("size_model"), SizeVolatility},
        {QStringLiteral("commission_pct"), QStringLiteral("commission_model"), CommissionPercent},
        {QStringLiteral("commission_per_unit"), QStringLiteral("commission_model"), CommissionPerUnit},
        {QStringLiteral("commission_fixed"), QStringLiteral("commission_model"), CommissionFixed},
    };
    return selectors;
}

Result<ParamValues> withImpliedModels(const ParamValues &given)
{
    const auto optionOf = [](const QString &name) -> QString {
        const ParamSpec *spec = findParam(configParamSpecs(), name);
        const QString option = spec && !spec->option.isEmpty() ? spec->option : name;
        return QStringLiteral("--") + option;
    };
    ParamValues out = given;
    // The setting that decided each model so far (model, setting), to name it in a conflict;
    // a model given explicitly decides itself.
    std::vector<std::pair<QString, QString>> decidedBy;
    for (const ModelSelector &m : configModelSelectors()) {
        if (given.contains(m.modelParam)
            && std::none_of(decidedBy.begin(), decidedBy.end(), [&](const auto &d) { return d.first == m.modelParam; }))
            decidedBy.emplace_back(m.modelParam, m.modelParam);
    }
    for (const ModelSelector &m : configModelSelectors()) {
        if (!given.contains(m.param))
            continue;
        const auto earlier = std::find_if(decidedBy.begin(), decidedBy.end(),
                                          [&](const auto &d) { return d.first == m.modelParam; });
        if (earlier != decidedBy.end() && out.intValue(m.modelParam) != m.model)
            return Error::invalidArgument(Text::tr("%1 and %2 are alternatives; give one")
                                              .arg(optionOf(earlier->second), optionOf(m.param)));
        out.set(m.modelParam, m.model);
        if (earlier == decidedBy.end())
            decidedBy.emplace_back(m.modelParam, m.param);
    }
    return out;
}

Result<BacktestConfig> configFromParams(const ParamValues &values)
{
    Result<ParamValues> r = resolve(configParamSpecs(), values);
    if (!r)
        return r.error();
    const ParamValues &v = *r;
    BacktestConfig c;
    c.initialCash = v.value(u"cash");
    switch (v.intValue(u"size_model")) {
    case SizeUnits: c.sizing = FixedUnitsParams{v.value(u"size_units")}; break;
    case SizeVolatility:
        c.sizing = VolatilityTargetParams{v.value(u"size_atr_risk_pct") / 100, v.intValue(u"size_atr_period"),
                                          v.value(u"max_leverage"), v.boolValue(u"whole_units")};
        break;
    default: c.sizing = PercentOfEquityParams{v.value(u"size_pct") / 100, v.boolValue(u"whole_units")}; break;
    }
    switch (v.intValue(u"commission_model")) {
    case CommissionPerUnit: c.commission = PerUnitCommissionParams{v.value(u"commission_per_unit"), v.value(u"commission_min")}; break;
    case CommissionFixed: c.commission = FixedCommissionParams{v.value(u"commission_fixed")}; break;
    default: c.commission = PercentCommissionParams{v.value(u"commission_pct") / 100}; break;
    }
    c.slippage.bps = v.value(u"slippage_bps");
    c.exits.stopLossFraction = noneIfZero(v.value(u"stop_loss_pct"), 100);
    c.exits.takeProfitFraction = noneIfZero(v.value(u"take_profit_pct"), 100);
    c.exits.trailingFraction = noneIfZero(v.value(u"trailing_stop_pct"), 100);
    c.exits.trailingAtrMultiple = noneIfZero(v.value(u"trailing_stop_atr"), 1);
    c.exits.atrPeriod = v.intValue(u"atr_period");
    c.fill.timing = v.intValue(u"fill") == 1 ? FillTiming::NextClose : FillTiming::NextOpen;
    c.metrics.riskFreeRate = v.value(u"risk_free_pct") / 100;
    c.metrics.tradingDaysPerYear = v.intValue(u"days_per_year");
    if (Status s = c.validate(); !s)
        return s.error();
    return c;
}

ParamValues paramsFromConfig(const BacktestConfig &c)
{
    ParamValues v = defaultValues(configParamSpecs());
    v.set(QStringLiteral("cash"), c.initialCash);
    if (const auto *p = std::get_if<FixedUnitsParams>(&c.sizing)) {
        v.set(QStringLiteral("size_model"), SizeUnits);
        v.set(QStringLiteral("size_units"), p->units);
    } else if (const auto *p = std::get_if<VolatilityTargetParams>(&c.sizing)) {
        v.set(QStringLiteral("size_model"), SizeVolatility);
        v.set(QStringLiteral("size_atr_risk_pct"), p->riskFraction * 100);
        v.set(QStringLiteral("size_atr_period"), p->atrPeriod);
        v.set(QStringLiteral("max_leverage"), p->maxLeverage);
        v.set(QStringLiteral("whole_units"), p->wholeUnits);
    } else if (const auto *p = std::get_if<PercentOfEquityParams>(&c.sizing)) {
        v.set(QStringLiteral("size_model"), SizePercent);
        v.set(QStringLiteral("size_pct"), p->fraction * 100);
        v.set(QStringLiteral("whole_units"), p->wholeUnits);
    }
    if (const auto *p = std::get_if<PerUnitCommissionParams>(&c.commission)) {
        v.set(QStringLiteral("commission_model"), CommissionPerUnit);
        v.set(QStringLiteral("commission_per_unit"), p->perUnit);
        v.set(QStringLiteral("commission_min"), p->minimum);
    } else if (const auto *p = std::get_if<FixedCommissionParams>(&c.commission)) {
        v.set(QStringLiteral("commission_model"), CommissionFixed);
        v.set(QStringLiteral("commission_fixed"), p->perOrder);
    } else if (const auto *p = std::get_if<PercentCommissionParams>(&c.commission)) {
        v.set(QStringLiteral("commission_model"), CommissionPercent);
        v.set(QStringLiteral("commission_pct"), p->rate * 100);
    }
    v.set(QStringLiteral("slippage_bps"), c.slippage.bps);
    v.set(QStringLiteral("stop_loss_pct"), zeroIfNone(c.exits.stopLossFraction, 100));
    v.set(QStringLiteral("take_profit_pct"), zeroIfNone(c.exits.takeProfitFraction, 100));
    v.set(QStringLiteral("trailing_stop_pct"), zeroIfNone(c.exits.trailingFraction, 100));
    v.set(QStringLiteral("trailing_stop_atr"), zeroIfNone(c.exits.trailingAtrMultiple, 1));
    v.set(QStringLiteral("atr_period"), c.exits.atrPeriod);
    v.set(QStringLiteral("fill"), c.fill.timing == FillTiming::NextClose ? 1 : 0);
    v.set(QStringLiteral("risk_free_pct"), c.metrics.riskFreeRate * 100);
    v.set(QStringLiteral("days_per_year"), c.metrics.tradingDaysPerYear);
    return v;
}

} // namespace rutile::backtest
