#include "backtest/SlippageModel.h"

#include "backtest/Check.h"

namespace rutile::backtest {

Status SlippageParams::validate() const
{
    return detail::checkRange(QStringLiteral("slippage bps"), bps, 0.0, 1000.0);
}

} // namespace rutile::backtest
