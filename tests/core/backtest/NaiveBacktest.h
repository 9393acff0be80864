#pragma once

// A deliberately naive backtest, written straight from the README's rules and sharing no code
// with the engine: one symbol, a target position decided at each close, filled at the next
// open with slippage against the trader, a percent commission on each fill, fixed units, and
// the position still open closed at the last close. The engine's trades on the built-in
// strategies are compared against it.

#include "data/BarSeries.h"

#include <functional>
#include <vector>

namespace rutile::test::naive {

struct SimTrade {
    std::size_t entryBar;
    std::size_t exitBar;
    int side; ///< +1 long, −1 short
    double entry;
    double exit;
    double pnl;
    bool endOfData;
};

inline constexpr int kKeep = 2;

/// `decide(t, position)` returns the target position (+1, 0, −1) after bar t's close, or kKeep.
inline std::vector<SimTrade> simulate(const BarSeries &b, const std::function<int(std::size_t, int)> &decide,
                                      double units, double commissionRate, double slippageBps)
{
    const double up = 1 + slippageBps / 10000, down = 1 - slippageBps / 10000;
    std::vector<SimTrade> trades;
    int pos = 0;
    double entry = 0, entryCommission = 0;
    std::size_t entryBar = 0;
    int pending = kKeep;
    const auto close = [&](std::size_t t, double raw, bool eod) {
        const double px = pos > 0 ? raw * down : raw * up;
        const double commission = commissionRate * units * px;
        trades.push_back({entryBar, t, pos, entry, px, pos * (px - entry) * units - entryCommission - commission, eod});
        pos = 0;
    };
    for (std::size_t t = 0; t < b.size(); ++t) {
        if (pending != kKeep && pending != pos) {
            if (pos != 0)
                close(t, b.open[t], false);
            if (pending != 0) {
                entry = pending > 0 ? b.open[t] * up : b.open[t] * down;
                entryCommission = commissionRate * units * entry;
                entryBar = t;
                pos = pending;
            }
        }
        pending = kKeep;
        if (t + 1 == b.size()) {
            if (pos != 0)
                close(t, b.close[t], true);
        } else {
            pending = decide(t, pos);
        }
    }
    return trades;
}

} // namespace rutile::test::naive
