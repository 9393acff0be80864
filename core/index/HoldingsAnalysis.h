#pragma once

// What a holdings snapshot says about its index: the equities' weights, the top ten and the
// sectors as seed 002's Tables 1 and 2 lay them out, and how concentrated the fund is.
//
// Weights are fractions of the total market value of the equity rows (cash, money-market,
// collateral and futures rows are listed as excluded, not weighted). Concentration:
// HHI = Σ wᵢ², its effective number of holdings 1 / HHI (the count of equal weights with the
// same HHI), and the shares of the ten and the hundred largest weights.

#include "index/Holdings.h"

#include <QStringList>

#include <vector>

namespace rutile::index {

struct WeightedHolding {
    int rank = 0; ///< 1 for the largest market value
    QString ticker;
    QString name;
    QString sector;
    double marketValue = 0;
    double weight = 0; ///< of the equities' total
};

struct SectorWeight {
    QString sector;
    int stocks = 0;
    double marketValue = 0;
    double weight = 0;
};

struct HoldingsAnalysis {
    int equities = 0;
    double totalMarketValue = 0;           ///< of the equity rows
    std::vector<WeightedHolding> ranked;   ///< every equity, largest first (ties by ticker)
    std::vector<SectorWeight> sectors;     ///< largest weight first
    double hhi = 0;
    double effectiveN = 0;
    double top10Share = 0;
    double top100Share = 0;
    std::vector<Holding> excluded;         ///< rows that are not equities, in file order
    QStringList duplicateTickers;          ///< tickers on more than one equity row (not merged)
    std::vector<Holding> zeroPrices;       ///< equity rows priced at 0 (kept, with their weight)

    /// The first `n` of `ranked` (seed 002's Table 1 is the top ten).
    std::vector<WeightedHolding> top(std::size_t n) const;
};

/// One sector in two snapshots (two dates of a fund, or two funds: seed 001 compares the sector
/// allocations of a small-cap and a large-cap index). A sector absent from one side weighs 0 there.
struct SectorComparison {
    QString sector;
    double weightA = 0;
    double weightB = 0;
    double difference() const { return weightA - weightB; }
};

/// The sectors of `a` and `b` side by side, largest |difference| first (ties by name).
std::vector<SectorComparison> compareSectors(const HoldingsAnalysis &a, const HoldingsAnalysis &b);

/// A fund's listed stocks, once each, in the file's order, under normalizeSymbol of their
/// ticker: unlisted positions ("-") and tickers that are no symbol ("MPTI RT", a right) are
/// left out, and a stock on several rows (ADRO in IWM's file) has their quantities and market
/// values added. What the index lab downloads and builds indexes from.
struct ListedEquity {
    QString symbol;
    QString sector;
    double quantity = 0;
    double marketValue = 0;
};
struct ListedEquities {
    std::vector<ListedEquity> stocks;
    QStringList notSymbols; ///< equity tickers other than "-" that are no symbol, as written
};
ListedEquities listedEquities(const HoldingsSnapshot &snapshot);

/// Weighs and ranks `snapshot`'s equities. Rows whose market value is not a number count as
/// excluded. An InvalidInput when no equity row has a positive total market value.
Result<HoldingsAnalysis> analyseHoldings(const HoldingsSnapshot &snapshot);

} // namespace rutile::index
