#include "backtest/Brokerage.h"

namespace rutile::backtest {

Brokerage makeBrokerage(const BacktestConfig &config)
{
    Brokerage b;
    b.fill = std::make_unique<StandardFillModel>(config.fill);
    b.commission = makeCommissionModel(config.commission);
    b.slippage = std::make_unique<BasisPointSlippage>(config.slippage);
    b.sizing = makeSizingModel(config.sizing);
    return b;
}

} // namespace rutile::backtest
