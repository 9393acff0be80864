#pragma once

#include "data/BarSeries.h"
#include "trading/Order.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace rutile::trading {

/// Why a position was closed. The CLI and the CSV use the names of exitReasonName().
enum class ExitReason : std::uint8_t {
    Signal,       ///< an order of the strategy (including the close-out before a reversal)
    StopLoss,     ///< the attached stop-loss
    TakeProfit,   ///< the attached take-profit
    TrailingStop, ///< the attached trailing stop (only when one is configured)
    EndOfData,    ///< still open on the last bar: closed at its close, costs charged
};

/// "signal", "stop_loss", "take_profit", "trailing_stop", "end_of_data".
QString exitReasonName(ExitReason reason);
std::optional<ExitReason> exitReasonFromName(const QString &name);
/// "long" / "short".
QString sideName(Side side);

/// One closed position (or the closed part of one) on one leg.
///
/// Prices are fill prices, slippage included. `pnl` is net of commission:
/// pnl = sign · (exit − entry) · size − commission, with `commission` the entry commission
/// (pro rata when the position was closed in parts) plus the exit commission. A two-leg trade
/// (pairs) appears as one Trade per leg with the same `group`.
struct Trade {
    int leg = 0;
    Side side = Side::Long;
    double size = 0; ///< units, positive
    std::int64_t entryBar = 0;
    std::int64_t exitBar = 0;
    DayNumber entryDay = 0;
    DayNumber exitDay = 0;
    double entryPrice = 0;
    double exitPrice = 0;
    double pnl = 0;
    double commission = 0;
    ExitReason exitReason = ExitReason::Signal;
    int group = 0; ///< trades opened by the same decision share a group (the legs of a pair trade)

    /// Return on the entry notional, net of commission: pnl / (entryPrice · size).
    double returnOnNotional() const { return entryPrice * size > 0 ? pnl / (entryPrice * size) : 0.0; }
    std::int64_t barsHeld() const { return exitBar - entryBar; }
};

/// An order as the strategy decided it, for audit and for the look-ahead test.
struct OrderRecord {
    std::int64_t decisionBar = 0;
    int leg = 0;
    OrderIntent intent = OrderIntent::Enter;
    Side side = Side::Long;
    OrderType type = OrderType::Market;
    double price = kNoPrice;
    SizeMode sizeMode = SizeMode::Model;
    double sizeValue = 0;

    bool operator==(const OrderRecord &o) const
    {
        const auto same = [](double a, double b) { return a == b || (a != a && b != b); };
        return decisionBar == o.decisionBar && leg == o.leg && intent == o.intent && side == o.side && type == o.type
            && same(price, o.price) && sizeMode == o.sizeMode && same(sizeValue, o.sizeValue);
    }
};

/// One execution, for the order log shown beside the trade list.
struct Fill {
    std::int64_t bar = 0;
    int leg = 0;
    Side side = Side::Long;   ///< side of the position affected
    bool opening = true;      ///< opens/adds (true) or reduces/closes (false)
    double quantity = 0;      ///< units, positive
    double price = 0;         ///< slippage included
    double commission = 0;
};

} // namespace rutile::trading
