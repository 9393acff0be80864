#pragma once

// The fair value of an index future by the cost of carry, and the arbitrage it allows (seed 001:
// "profit = futures − spot − costs"):
//
//   F* = (S − D) · e^{(r − q) T},   T = days / 365,   D = Σ d_i · e^{−r t_i}, t_i = days_i / 365
//
// S the index level, r the annual risk-free rate and q the annual dividend yield (continuous,
// fractions), d_i discrete dividends in index points paid in days_i days (0 of them: the plain
// F* = S e^{(r − q) T}). The round trip of the arbitrage (both legs in and out) costs
// c = cost_pct / 100 · S index points, so no trade pays inside the band [F* − c, F* + c]:
//
//   basis = F − S,  mispricing = F − F*,
//   F > F* + c: sell the futures, buy the index (cash and carry), profit after costs F − F* − c;
//   F < F* − c: buy the futures, sell the index (reverse cash and carry), profit F* − F − c;
//   otherwise no signal; profit_after_costs is then |F − F*| − c (≤ 0: what the costs eat).

#include "data/BarSeries.h"
#include "util/Error.h"

#include <QDate>
#include <QString>

#include <limits>
#include <vector>

namespace rutile::relval {

struct Dividend {
    double amount = 0; ///< index points
    int days = 0;      ///< from today, [0, days to expiry]
};

struct FairValueInput {
    double spot = 0;           ///< > 0
    double rate = 0;           ///< annual, a fraction, [−0.1, 1]
    double dividendYield = 0;  ///< annual, a fraction, [0, 1]
    int days = 0;              ///< to expiry, [0, 3650]
    std::vector<Dividend> dividends;
    double futures = std::numeric_limits<double>::quiet_NaN(); ///< the quoted price; NaN: none
    double costPct = 0;        ///< round trip, percent of the spot, [0, 10]
};

enum class FairValueSignal { None, BuyFutures, SellFutures };
/// "none", "buy_futures", "sell_futures".
QString fairValueSignalName(FairValueSignal signal);

struct FairValueResult {
    double fairValue = 0;
    double dividendsPresentValue = 0;
    double bandLow = 0, bandHigh = 0;
    double basis = std::numeric_limits<double>::quiet_NaN();      ///< without a futures price: NaN
    double mispricing = std::numeric_limits<double>::quiet_NaN();
    FairValueSignal signal = FairValueSignal::None;
    double profitAfterCosts = std::numeric_limits<double>::quiet_NaN();
};

/// The figures of `input`; InvalidArgument names the first value out of its range.
Result<FairValueResult> fairValue(const FairValueInput &input);

/// Calendar days from `day` to the next quarterly expiry of the index futures (the Russell 2000
/// and S&P 500 e-minis: the third Friday of March, June, September and December), 0 on one.
int daysToQuarterlyExpiry(QDate day);

/// The history mode: a cached futures series (Yahoo's RTY=F, a continuous front month) beside
/// the index, on their common days, each day valued as above with T to the next quarterly
/// expiry. A continuous series rolls to the next contract a few days before an expiry, so the
/// days just before one mix two contracts: their mispricing is not an opportunity.
struct FairValuePoint {
    DayNumber day = 0;
    int daysToExpiry = 0;
    double spot = 0, futures = 0, rate = 0;
    double fairValue = 0, basis = 0, mispricing = 0;
    FairValueSignal signal = FairValueSignal::None;
};
struct FairValueHistoryInput {
    double rate = 0;           ///< used when `rates` is empty
    double dividendYield = 0;
    double costPct = 0;
};
/// `rates` (optional, percent per year, FRED-style) gives each day's rate: its last value on or
/// before the day (the constant before its first). Errors: fewer than 1 common day.
Result<std::vector<FairValuePoint>> fairValueHistory(const BarSeries &spot, const BarSeries &futures,
                                                     const BarSeries *rates, const FairValueHistoryInput &input);

} // namespace rutile::relval
