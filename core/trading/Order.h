#pragma once

// The order vocabulary shared by strategies and the engine. Plain values, no behaviour: what
// happens to an order is decided by the broker's fill, commission, slippage and sizing models
// (backtest/FillModel.h, CommissionModel.h, SlippageModel.h, SizingModel.h), wired in one place
// (backtest/Brokerage.cpp).

#include <cstdint>
#include <limits>

namespace rutile::trading {

inline constexpr double kNoPrice = std::numeric_limits<double>::quiet_NaN();

/// Direction of a position.
enum class Side : std::uint8_t { Long, Short };

inline Side opposite(Side s)
{
    return s == Side::Long ? Side::Short : Side::Long;
}
/// +1 for long, −1 for short.
inline double sign(Side s)
{
    return s == Side::Long ? 1.0 : -1.0;
}

/// How an order executes (see backtest/FillModel.cpp for the exact intrabar rules).
enum class OrderType : std::uint8_t {
    Market, ///< at the next bar's open (or close, per the fill model), slippage against the trader
    Limit,  ///< at the limit price or better: at the open when the bar opens through it
    Stop,   ///< becomes a market order when the price reaches the stop; fills at the stop, or at the open on a gap
};

/// What an order does to the position of its leg.
enum class OrderIntent : std::uint8_t {
    /// Open or add to a position on `side`. An Enter on the side opposite to the position held
    /// first closes that position completely (exit reason `signal`), then opens the new one.
    Enter,
    /// Close the position on `side` (all of it, or `size.value` units with SizeMode::Units).
    /// Does nothing when, at fill time, no position is held on that side (an attached stop may
    /// have closed it first).
    Exit,
};

/// How many units an order trades; resolved when the order fills, so percent-of-equity sizing
/// uses the equity and the price at the fill.
enum class SizeMode : std::uint8_t {
    Model, ///< the configured sizing model (fixed units, percent of equity, volatility target)
    Units, ///< exactly `value` units (Exit: at most the position)
    Hedge, ///< notional = value × the notional just filled on `referenceLeg` in this bar (pairs)
    All,   ///< Exit only: the whole position
};

struct OrderSize {
    SizeMode mode = SizeMode::Model;
    double value = 0;
    int referenceLeg = 0;

    static OrderSize model() { return {}; }
    static OrderSize all() { return {SizeMode::All, 0, 0}; }
    static OrderSize units(double n) { return {SizeMode::Units, n, 0}; }
    /// Units such that units × fill price = ratio × (units × fill price of the last fill on
    /// `referenceLeg` in the same bar). The reference order must come first in the batch.
    static OrderSize hedge(double ratio, int referenceLeg) { return {SizeMode::Hedge, ratio, referenceLeg}; }
};

/// Exits attached to the position an Enter order opens. Any field left NaN takes the
/// configured default (BacktestConfig::exits); absolute prices win over fractions.
///
/// Fractions are of the average entry price: a stop-loss fraction 0.05 on a long entered at 100
/// sits at 95, on a short at 105. The trailing stop follows the best price since entry
/// (highest high for longs, lowest low for shorts, through the previous bar) by a fraction or
/// by a multiple of ATR of the previous bar.
struct AttachedExits {
    double stopLossPrice = kNoPrice;
    double takeProfitPrice = kNoPrice;
    double stopLossFraction = kNoPrice;
    double takeProfitFraction = kNoPrice;
    double trailingFraction = kNoPrice;
    double trailingAtrMultiple = kNoPrice;
};

/// An order as a strategy submits it at a bar's close. The engine fills it from the next bar
/// on; market orders fill on the next bar, limit and stop orders stay working until they fill,
/// expire or are cancelled.
struct Order {
    int leg = 0;
    OrderIntent intent = OrderIntent::Enter;
    Side side = Side::Long;
    OrderType type = OrderType::Market;
    double price = kNoPrice; ///< limit or stop price
    OrderSize size;
    AttachedExits exits;
    /// Limit and stop orders: bars the order stays working after the decision bar; 0 means
    /// good until cancelled.
    int expiryBars = 0;

    // Set by the engine.
    std::int64_t decisionBar = -1; ///< bar index whose close the order was decided on
    int batch = -1;                ///< orders decided at the same close share a batch (one trade group)
};

} // namespace rutile::trading
