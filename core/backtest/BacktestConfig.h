#pragma once

// Everything a backtest run is configured with except the strategy and the data: the account,
// the broker's models (each with its own parameter object) and the metric conventions.
// Brokerage.cpp turns it into models; nothing else reads these structs to decide a fill.

#include "backtest/CommissionModel.h"
#include "backtest/FillModel.h"
#include "backtest/SizingModel.h"
#include "backtest/SlippageModel.h"
#include "trading/Order.h"
#include "util/Error.h"

namespace rutile::backtest {

/// Exits attached to every entry unless the entry order sets its own (AttachedExits). NaN:
/// none. Fractions are of the average entry price (0.05 = 5%, `--stop-loss-pct 5`).
struct ExitParams {
    double stopLossFraction = trading::kNoPrice;    ///< (0, 0.99]
    double takeProfitFraction = trading::kNoPrice;  ///< (0, 100]
    double trailingFraction = trading::kNoPrice;    ///< (0, 0.99]: stop at best price · (1 − f) for longs
    double trailingAtrMultiple = trading::kNoPrice; ///< (0, 100]: stop at best price − m · ATR
    int atrPeriod = 14;                    ///< ATR period of the trailing stop, [1, 1000]

    bool any() const;
    Status validate() const;
};

/// Conventions of the statistics (Metrics.h). Inputs, not constants buried in code.
struct MetricsParams {
    double riskFreeRate = 0;     ///< annual, as a fraction (0.02 = 2%); [-0.1, 1]
    int tradingDaysPerYear = 252; ///< annualisation factor of daily statistics; [1, 366] (risk/Annualisation.h)

    Status validate() const;
};

struct BacktestConfig {
    double initialCash = 100000; ///< (0, 1e15]
    FillParams fill;
    CommissionParams commission = PercentCommissionParams{};
    SlippageParams slippage;
    SizingParams sizing = PercentOfEquityParams{};
    ExitParams exits;
    MetricsParams metrics;

    /// The first bad value, named with its allowed range: "commission rate (0.5) out of range [0, 0.1]".
    Status validate() const;
};

} // namespace rutile::backtest
