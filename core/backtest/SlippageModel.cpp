#include "backtest/SlippageModel.h"

#include "util/RangeCheck.h"

#include <QCoreApplication>

namespace rutile::backtest {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::backtest::SlippageModel)
};

} // namespace

Status SlippageParams::validate() const
{
    return checkRange(Text::tr("slippage bps"), bps, 0.0, 1000.0);
}

} // namespace rutile::backtest
