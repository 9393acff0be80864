#include "scan/PortfolioSettings.h"

#include <QCoreApplication>

namespace rutile::scan {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::scan::PortfolioSettings)
};

std::vector<ParamSpec> makeSpecs()
{
    const ParamUnit pct = ParamUnit::Percent;
    return {
        ParamSpec::integer(QStringLiteral("top"), Text::tr("Holdings (top N)"), 20, 1, 1000, 1,
                           Text::tr("How many of the best-ranked symbols the book holds"))
            .onCli(QStringLiteral("top")),
        ParamSpec::choice(QStringLiteral("rebalance"), Text::tr("Rebalance"),
                          {QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("monthly"),
                           QStringLiteral("quarterly")},
                          int(RebalancePeriod::Monthly),
                          Text::tr("Ranked at the close of the first trading day of each period; orders fill on the "
                                   "next trading day"))
            .withChoiceLabels({Text::tr("Daily"), Text::tr("Weekly"), Text::tr("Monthly"), Text::tr("Quarterly")})
            .onCli(QStringLiteral("rebalance")),
        ParamSpec::choice(QStringLiteral("weights"), Text::tr("Weights"),
                          {QStringLiteral("equal"), QStringLiteral("inverse_vol")}, int(PortfolioWeighting::Equal),
                          Text::tr("Equal: 1/N of equity each. Inverse volatility: in proportion to 1/σ of the "
                                   "daily returns"))
            .withChoiceLabels({Text::tr("Equal"), Text::tr("Inverse volatility")})
            .onCli(QStringLiteral("weights")),
        ParamSpec::integer(QStringLiteral("vol_window"), Text::tr("Volatility window"), 63, 2, 1000, 1,
                           Text::tr("Daily returns in the σ of inverse-volatility weights"))
            .onCli(QStringLiteral("vol-window")),
        ParamSpec::real(QStringLiteral("max_weight_pct"), Text::tr("Maximum weight (%)"), 100, 0.01, 100, 1,
                        Text::tr("Cap of one holding's weight; what the cap removes stays in cash"))
            .onCli(QStringLiteral("max-weight-pct"), pct),
        ParamSpec::real(QStringLiteral("drift_pct"), Text::tr("Resize beyond drift (%)"), 25, 0, 10000, 5,
                        Text::tr("A kept holding is traded back to its target only when its value is off the target "
                                 "by more than this percent of it (0: always)"))
            .onCli(QStringLiteral("drift-pct"), pct),
    };
}

} // namespace

const std::vector<ParamSpec> &portfolioParamSpecs()
{
    static const std::vector<ParamSpec> specs = makeSpecs();
    return specs;
}

Result<PortfolioSettings> portfolioSettingsFromParams(const ParamValues &values)
{
    const auto v = resolve(portfolioParamSpecs(), values);
    if (!v)
        return v.error();
    PortfolioSettings s;
    s.top = v->intValue(u"top");
    s.rebalance = RebalancePeriod(v->intValue(u"rebalance"));
    s.weighting = PortfolioWeighting(v->intValue(u"weights"));
    s.volatilityWindow = v->intValue(u"vol_window");
    s.maxWeight = v->value(u"max_weight_pct") / 100;
    s.drift = v->value(u"drift_pct") / 100;
    return s;
}

ParamValues portfolioParamsFromSettings(const PortfolioSettings &settings)
{
    return {{QStringLiteral("top"), settings.top},
            {QStringLiteral("rebalance"), int(settings.rebalance)},
            {QStringLiteral("weights"), int(settings.weighting)},
            {QStringLiteral("vol_window"), settings.volatilityWindow},
            {QStringLiteral("max_weight_pct"), settings.maxWeight * 100},
            {QStringLiteral("drift_pct"), settings.drift * 100}};
}

const QStringList &portfolioConfigParamNames()
{
    static const QStringList names{
        QStringLiteral("cash"),          QStringLiteral("commission_model"), QStringLiteral("commission_pct"),
        QStringLiteral("commission_per_unit"), QStringLiteral("commission_min"), QStringLiteral("commission_fixed"),
        QStringLiteral("slippage_bps"),  QStringLiteral("fill"),             QStringLiteral("risk_free_pct"),
        QStringLiteral("days_per_year"),
    };
    return names;
}

} // namespace rutile::scan
