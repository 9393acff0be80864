#pragma once

// The composition root of the broker (Lean's brokerage model): the one place where a
// BacktestConfig becomes the fill, commission, slippage and sizing models the engine calls.
// To change how orders execute, replace a model here, not in the engine loop.

#include "backtest/BacktestConfig.h"
#include "backtest/CommissionModel.h"
#include "backtest/FillModel.h"
#include "backtest/SizingModel.h"
#include "backtest/SlippageModel.h"

#include <memory>

namespace rutile::backtest {

struct Brokerage {
    std::unique_ptr<FillModel> fill;
    std::unique_ptr<CommissionModel> commission;
    std::unique_ptr<SlippageModel> slippage;
    std::unique_ptr<SizingModel> sizing;
};

/// The models for `config` (which must be valid).
Brokerage makeBrokerage(const BacktestConfig &config);

} // namespace rutile::backtest
