#include "backtest/SlippageModel.h"

#include "util/RangeCheck.h"

namespace rutile::backtest {

Status SlippageParams::validate() const
{
    return checkRange(QStringLiteral("slippage bps"), bps, 0.0, 1000.0);
}

} // namespace rutile::backtest
