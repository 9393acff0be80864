#pragma once

// Dividends and splits of one symbol, as a provider reports them, and the adjusted closes
// derived from them. The workspace keeps the provider's closes and these events; adjusted
// prices are always derived, so no adjustment is ever baked into the stored prices.

#include "data/BarSeries.h"

#include <QDate>

#include <vector>

namespace rutile {

struct Dividend {
    QDate date;          ///< ex-dividend date
    double amount = 0;   ///< per share, in the quote currency
    bool operator==(const Dividend &) const = default;
};

struct Split {
    QDate date;
    double numerator = 1; ///< 2 for a 2-for-1 split
    double denominator = 1;
    double ratio() const { return numerator / denominator; }
    bool operator==(const Split &) const = default;
};

struct CorporateActions {
    std::vector<Dividend> dividends; ///< ascending by date
    std::vector<Split> splits;       ///< ascending by date
    bool empty() const { return dividends.empty() && splits.empty(); }
};

/// Adjusted closes of `bars` for the cash dividends in `dividends`, by the CRSP method that
/// Yahoo Finance also uses: every close before an ex-date is multiplied by
/// (1 − amount / close of the bar before the ex-date), the factors of later dividends
/// compounding. The closes must already be split-adjusted (as Yahoo's are); splits change no
/// factor here. A dividend before the first bar, on the first bar (no close before it) or
/// after the last bar adjusts nothing; nor does one whose amount is not below that close.
std::vector<double> dividendAdjustedCloses(const BarSeries &bars, const std::vector<Dividend> &dividends);

} // namespace rutile
