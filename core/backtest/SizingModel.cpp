#include "backtest/SizingModel.h"

#include "util/RangeCheck.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::backtest {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::backtest::SizingModel)
};

} // namespace

Status FixedUnitsParams::validate() const
{
    return checkRange(Text::tr("size"), units, 0.0, std::numeric_limits<double>::max(), RangeEnds::OpenBelow);
}

Status PercentOfEquityParams::validate() const
{
    return checkRange(Text::tr("size fraction of equity"), fraction, 0.0, 10.0, RangeEnds::OpenBelow);
}

Status VolatilityTargetParams::validate() const
{
    if (Status s = checkRange(Text::tr("risk fraction"), riskFraction, 0.0, 1.0, RangeEnds::OpenBelow); !s)
        return s;
    if (Status s = checkRange(Text::tr("ATR period"), atrPeriod, 1, 1000); !s)
        return s;
    return checkRange(Text::tr("maximum leverage"), maxLeverage, 0.0, 10.0, RangeEnds::OpenBelow);
}

Status validate(const SizingParams &params)
{
    return std::visit([](const auto &p) { return p.validate(); }, params);
}

double PercentOfEquitySizing::units(const SizingInput &in) const
{
    if (!(in.equity > 0 && in.price > 0))
        return 0;
    const double u = m_p.fraction * in.equity / in.price;
    return m_p.wholeUnits ? std::floor(u) : u;
}

double VolatilityTargetSizing::units(const SizingInput &in) const
{
    if (!(in.equity > 0 && in.price > 0 && in.atr > 0))
        return 0; // ATR still warming up (NaN) or a flat market: no defined risk per unit
    const double u = std::min(m_p.riskFraction * in.equity / in.atr, m_p.maxLeverage * in.equity / in.price);
    return m_p.wholeUnits ? std::floor(u) : u;
}

std::unique_ptr<SizingModel> makeSizingModel(const SizingParams &params)
{
    struct Make {
        std::unique_ptr<SizingModel> operator()(const FixedUnitsParams &p) const
        {
            return std::make_unique<FixedUnitsSizing>(p);
        }
        std::unique_ptr<SizingModel> operator()(const PercentOfEquityParams &p) const
        {
            return std::make_unique<PercentOfEquitySizing>(p);
        }
        std::unique_ptr<SizingModel> operator()(const VolatilityTargetParams &p) const
        {
            return std::make_unique<VolatilityTargetSizing>(p);
        }
    };
    return std::visit(Make{}, params);
}

} // namespace rutile::backtest
