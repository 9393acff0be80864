#include "backtest/BacktestConfig.h"

#include "util/RangeCheck.h"
#include "risk/Annualisation.h"

#include <QCoreApplication>

#include <cmath>

namespace rutile::backtest {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::backtest::BacktestConfig)
};

} // namespace


bool ExitParams::any() const
{
    return !std::isnan(stopLossFraction) || !std::isnan(takeProfitFraction) || !std::isnan(trailingFraction)
        || !std::isnan(trailingAtrMultiple);
}

Status ExitParams::validate() const
{
    if (!std::isnan(stopLossFraction))
        if (Status s = checkRange(Text::tr("stop-loss fraction"), stopLossFraction, 0, 0.99, RangeEnds::OpenBelow); !s)
            return s;
    if (!std::isnan(takeProfitFraction))
        if (Status s = checkRange(Text::tr("take-profit fraction"), takeProfitFraction, 0, 100, RangeEnds::OpenBelow); !s)
            return s;
    if (!std::isnan(trailingFraction))
        if (Status s = checkRange(Text::tr("trailing-stop fraction"), trailingFraction, 0, 0.99, RangeEnds::OpenBelow); !s)
            return s;
    if (!std::isnan(trailingAtrMultiple))
        if (Status s = checkRange(Text::tr("trailing-stop ATR multiple"), trailingAtrMultiple, 0, 100, RangeEnds::OpenBelow); !s)
            return s;
    return checkRange(Text::tr("trailing-stop ATR period"), atrPeriod, 1, 1000);
}

Status MetricsParams::validate() const
{
    if (Status s = checkRange(Text::tr("risk-free rate"), riskFreeRate, -0.1, 1.0); !s)
        return s;
    return checkRange(Text::tr("trading days per year"), tradingDaysPerYear, risk::kMinTradingDaysPerYear,
                      risk::kMaxTradingDaysPerYear);
}

Status BacktestConfig::validate() const
{
    if (Status s = checkRange(Text::tr("cash"), initialCash, 0, 1e15, RangeEnds::OpenBelow); !s)
        return s;
    if (Status s = fill.validate(); !s)
        return s;
    if (Status s = backtest::validate(commission); !s)
        return s;
    if (Status s = slippage.validate(); !s)
        return s;
    if (Status s = backtest::validate(sizing); !s)
        return s;
    if (Status s = exits.validate(); !s)
        return s;
    return metrics.validate();
}

} // namespace rutile::backtest
