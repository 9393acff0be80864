#include "backtest/FillModel.h"

#include <cmath>

namespace rutile::backtest {

using trading::kNoPrice;
using trading::Side;

// A daily bar tells us four prices and nothing about the path between them. Every rule below
// picks the assumption that is never better for the trader than what could have happened:
//
//  * The open is the first price of the bar. Anything the open already satisfies fills at the
//    open, before anything else in that bar.
//  * After the open, we do not know whether the high or the low came first. When both a stop
//    and a take-profit are within the bar's range, the stop is assumed to fill first.
//  * A stop is a market order once touched: it fills at the stop price when the bar trades
//    through it, and at the open when the bar opens beyond it (a gap), which is worse.
//  * A limit fills at the limit price when the bar trades through it, or at the open when the
//    bar opens better than the limit; never better than the open, never worse than the limit.

double StandardFillModel::marketPrice(const BarPrices &bar) const
{
    // Decided at the previous close, executed now: at the open by default, or at the close
    // (market-on-close) when so configured. Never at the close of the decision bar, which the
    // strategy had already seen when it decided.
    return m_params.timing == FillTiming::NextOpen ? bar.open : bar.close;
}

double StandardFillModel::limitPrice(bool buy, double limit, const BarPrices &bar) const
{
    if (buy) {
        if (bar.open <= limit)
            return bar.open; // opened at or below the limit: filled at the (better) open
        if (bar.low <= limit)
            return limit; // traded down to the limit during the bar: filled at the limit
        return kNoPrice;
    }
    if (bar.open >= limit)
        return bar.open;
    if (bar.high >= limit)
        return limit;
    return kNoPrice;
}

double StandardFillModel::stopPrice(bool buy, double stop, const BarPrices &bar) const
{
    if (buy) {
        if (bar.open >= stop)
            return bar.open; // gapped above the stop: filled at the (worse) open
        if (bar.high >= stop)
            return stop; // traded up through the stop during the bar: filled at the stop
        return kNoPrice;
    }
    if (bar.open <= stop)
        return bar.open;
    if (bar.low <= stop)
        return stop;
    return kNoPrice;
}

AttachedExitFill StandardFillModel::attachedExit(Side side, double stop, double takeProfit, const BarPrices &bar) const
{
    // Comparisons with NaN are false, so an absent stop or take-profit never fires.
    using Kind = AttachedExitFill::Kind;
    if (side == Side::Long) {
        // The open comes first: a gap through either level fills that exit at the open.
        if (bar.open <= stop)
            return {Kind::Stop, bar.open};
        if (bar.open >= takeProfit)
            return {Kind::TakeProfit, bar.open};
        // Both within the range: the stop-loss is assumed to have filled first.
        if (bar.low <= stop)
            return {Kind::Stop, stop};
        if (bar.high >= takeProfit)
            return {Kind::TakeProfit, takeProfit};
        return {};
    }
    // Short: the stop sits above, the take-profit below.
    if (bar.open >= stop)
        return {Kind::Stop, bar.open};
    if (bar.open <= takeProfit)
        return {Kind::TakeProfit, bar.open};
    if (bar.high >= stop)
        return {Kind::Stop, stop};
    if (bar.low <= takeProfit)
        return {Kind::TakeProfit, takeProfit};
    return {};
}

} // namespace rutile::backtest
