#include "backtest/ConfigParams.h"

#include <QCoreApplication>

#include <cmath>

namespace rutile::backtest {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};

enum SizeModel { SizePercent, SizeUnits, SizeVolatility };
enum CommissionModel { CommissionPercent, CommissionPerUnit, CommissionFixed };

std::vector<ParamSpec> makeSpecs()
{
    return {
        ParamSpec::real(QStringLiteral("cash"), Text::tr("Starting cash"), 100000, 1, 1e12, 1000),
        ParamSpec::choice(QStringLiteral("size_model"), Text::tr("Position size"),
                          {QStringLiteral("percent_of_equity"), QStringLiteral("fixed_units"), QStringLiteral("volatility_target")},
                          SizePercent, Text::tr("How many units each entry buys or sells")),
        ParamSpec::real(QStringLiteral("size_pct"), Text::tr("Percent of equity"), 100, 0.0001, 1000, 5,
                        Text::tr("Notional per entry as a percent of equity at the fill")),
        ParamSpec::real(QStringLiteral("size_units"), Text::tr("Units"), 1, 1e-6, 1e12, 1, Text::tr("Units per entry")),
        ParamSpec::real(QStringLiteral("size_atr_risk_pct"), Text::tr("Risk per ATR (%)"), 1, 0.0001, 100, 0.1,
                        Text::tr("Percent of equity lost on a one-ATR move against the position")),
        ParamSpec::integer(QStringLiteral("size_atr_period"), Text::tr("Sizing ATR period"), 14, 1, 1000),
        ParamSpec::real(QStringLiteral("max_leverage"), Text::tr("Maximum leverage"), 1, 0.0001, 10, 0.1,
                        Text::tr("Cap of volatility sizing: notional ≤ leverage · equity")),
        ParamSpec::boolean(QStringLiteral("whole_units"), Text::tr("Whole units"), false,
                           Text::tr("Round percent and volatility sizes down to whole units")),
        ParamSpec::choice(QStringLiteral("commission_model"), Text::tr("Commission"),
                          {QStringLiteral("percent"), QStringLiteral("per_unit"), QStringLiteral("fixed")}, CommissionPercent),
        ParamSpec::real(QStringLiteral("commission_pct"), Text::tr("Commission (% of notional)"), 0, 0, 10, 0.01),
        ParamSpec::real(QStringLiteral("commission_per_unit"), Text::tr("Commission per unit"), 0, 0, 1e9, 0.01),
        ParamSpec::real(QStringLiteral("commission_min"), Text::tr("Minimum commission"), 0, 0, 1e9, 1),
        ParamSpec::real(QStringLiteral("commission_fixed"), Text::tr("Commission per order"), 0, 0, 1e9, 1),
        ParamSpec::real(QStringLiteral("slippage_bps"), Text::tr("Slippage (bps)"), 0, 0, 1000, 1,
                        Text::tr("Against the trader on market and stop fills")),
        ParamSpec::real(QStringLiteral("stop_loss_pct"), Text::tr("Stop-loss (%)"), 0, 0, 99, 0.5, Text::tr("0: none")),
        ParamSpec::real(QStringLiteral("take_profit_pct"), Text::tr("Take-profit (%)"), 0, 0, 10000, 0.5, Text::tr("0: none")),
        ParamSpec::real(QStringLiteral("trailing_stop_pct"), Text::tr("Trailing stop (%)"), 0, 0, 99, 0.5, Text::tr("0: none")),
        ParamSpec::real(QStringLiteral("trailing_stop_atr"), Text::tr("Trailing stop (ATRs)"), 0, 0, 100, 0.5, Text::tr("0: none")),
        ParamSpec::integer(QStringLiteral("atr_period"), Text::tr("Trailing ATR period"), 14, 1, 1000),
        ParamSpec::choice(QStringLiteral("fill"), Text::tr("Market orders fill at"),
                          {QStringLiteral("next_open"), QStringLiteral("next_close")}, 0),
        ParamSpec::real(QStringLiteral("risk_free_pct"), Text::tr("Risk-free rate (%/year)"), 0, -10, 100, 0.25),
        ParamSpec::integer(QStringLiteral("days_per_year"), Text::tr("Trading days per year"), 252, 1, 366),
    };
}

/// Percent (or multiple) on the form → fraction in the config; 0 means none.
double noneIfZero(double v, double divisor)
{
    return v > 0 ? v / divisor : kNoPrice;
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
