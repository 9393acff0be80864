#pragma once

// The synthetic constituent universe of the sample workspace: seeded stocks whose
// cap-weighted index follows the sample's small-cap index (SYN-SMALL), with the events an
// index has to survive. Synthetic, never market data; every symbol says so in its name.
//
// Model of stock i (sector s, every draw from a generator seeded by (seed, i), so stock i is
// the same whatever the universe's size), per trading day t of SYN-SMALL:
//   market factor  m(t) = ln(SYN-SMALL close(t) / close(t−1))
//   sector factor  f_s(t) ~ N(0, σ_sector²/252), from a generator seeded by (seed, s)
//   idiosyncratic  σᵢ(t)·eᵢ(t), eᵢ Student-t (ν = 6, unit variance), GARCH(1,1) variance
//                  σᵢ²(t) = ωᵢ + α·σᵢ²(t−1)·eᵢ²(t−1) + β·σᵢ²(t−1) (α 0.05, β 0.93) around a
//                  long-run level drawn per stock (annual 15 % to 35 %), capped at 3 times it
//   size reversion xᵢ(t) = ln(capᵢ(t) / M(t)), M(t) the reference cap (M₀ growing with the
//                  market factor); drift −κ·xᵢ + κ·v, v the stationary variance of x, keeps
//                  the cross-section of caps from spreading without bound (winners leave the
//                  real index for the large caps) without a drag on the cap-weighted index
//   log return     rᵢ(t) = βᵢ·m(t) + γᵢ·f_s(t) + σᵢ(t)·eᵢ(t) − σᵢ²(t)/2 + (κ·(v − xᵢ(t)))/252
// Caps at listing: lognormal around M(t), σ = 1 (the real IWM file's log market values
// spread about as much once its tiny positions are left out); price at listing lognormal
// around $25. Sectors are drawn with the real file's shares of stocks (Financials 21 %, Health
// Care 21 %, Industrials 13 %, …).
//
// Events: 55 % of the stocks trade from the first day, the others list on a uniformly drawn
// later day; 25 % are delisted on a uniformly drawn day a year or more after listing; a raw
// price above $150 splits 2-for-1 and one below $1 is consolidated 1-for-10; each year a stock
// issues or buys back shares with probability 0.25 and has its float factor (0.55 to 1) redrawn
// with probability 0.1. The workspace keeps split-adjusted prices (as the providers do), share
// counts in the same units and the splits as corporate actions.

#include "data/BarSeries.h"
#include "data/CorporateActions.h"
#include "index/IndexEngine.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace rutile::index {

struct SampleUniverseModel {
    std::uint64_t seed = 20261206;
    int constituents = 2000;
    double referenceCap = 7.0e8;   ///< M₀, the median cap at listing
    double capSpread = 1.0;        ///< σ of ln(cap) at listing
    double sectorVolatility = 0.10;
    double reversion = 0.04;       ///< κ per year
    double listedAtStart = 0.55;
    double delisted = 0.25;
};

struct SampleConstituent {
    BarSeries bars;                 ///< split-adjusted prices; symbol SYN-U0001 …
    QString name;
    QString sector;
    std::vector<ShareCount> shares; ///< in the units of `bars`
    CorporateActions actions;       ///< its splits
};

/// The sectors in the order of their share of stocks in the real IWM file.
const std::vector<QString> &sampleSectors();

/// Generates the universe on the trading days of `market` (SYN-SMALL), calling `deliver` for
/// each constituent in symbol order; stops early when `deliver` returns false.
void generateSampleUniverse(const BarSeries &market, const SampleUniverseModel &model,
                            const std::function<bool(SampleConstituent &&)> &deliver);

/// The symbol of the `i`-th constituent (0-based): SYN-U0001 …
QString sampleConstituentSymbol(int i);
/// The inverse: 0-based `i` of a symbol sampleConstituentSymbol() made, else none.
std::optional<int> sampleConstituentIndex(const QString &symbol);

} // namespace rutile::index
