#pragma once

#include "trading/Order.h"
#include "util/Error.h"

namespace rutile::backtest {

/// Slippage in basis points of the price, always against the trader: a buy fills at
/// price · (1 + bps/10000), a sell at price · (1 − bps/10000).
struct SlippageParams {
    double bps = 0;

    /// bps in [0, 1000].
    Status validate() const;
};

/// Adjusts a raw fill price for slippage.
///
/// Applied to market orders, stop orders, stop-losses, trailing stops and the end-of-data
/// close-out: all of them take whatever price the market offers. Not applied to limit orders
/// and take-profits, whose price is a promise: a limit never fills worse than its limit.
class SlippageModel {
public:
    virtual ~SlippageModel() = default;
    /// The price actually paid (buy) or received (sell) for `raw`.
    virtual double apply(double raw, bool buy, trading::OrderType type) const = 0;
};

class BasisPointSlippage final : public SlippageModel {
public:
    explicit BasisPointSlippage(SlippageParams p) : m_up(1 + p.bps * 1e-4), m_down(1 - p.bps * 1e-4) {}
    double apply(double raw, bool buy, trading::OrderType type) const override
    {
        if (type == trading::OrderType::Limit)
            return raw;
        return raw * (buy ? m_up : m_down);
    }

private:
    double m_up;
    double m_down;
};

} // namespace rutile::backtest
