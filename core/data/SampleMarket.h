#pragma once

#include "data/BarSeries.h"

#include <QDate>

#include <cstdint>

namespace rutile {

/// The seeded model behind the built-in sample workspace: two correlated synthetic
/// indices, one small-cap-like and one large-cap-like, with the stylised facts of daily
/// equity returns (fat tails, volatility clustering, high but imperfect correlation).
///
/// Model, per trading day t (Monday to Friday, without 1 January and 25 December):
///   shocks      (e1, e2) = (z1, ρ·z1 + √(1−ρ²)·z2) · √((ν−2)/χ²ν)
///               z1, z2 independent N(0, 1), χ²ν the sum of ν squared N(0, 1): a bivariate
///               Student-t with ν degrees of freedom and unit variance, correlation ρ
///   variance    σ²(t) = ω + α·σ²(t−1)·e²(t−1) + β·σ²(t−1), GARCH(1,1) with
///               ω = v·(1 − α − β), v the long-run daily variance (annual vol²/252)
///   log return  r(t) = μ − σ²(t)/2 + σ(t)·e(t), μ the annual drift / 252
///   close       C(t) = C(t−1)·exp(r(t))
///   open        O(t) = C(t−1)·exp(0.2·σ(t)·g), g ~ N(0, 1)  (overnight gap)
///   high, low   max(O, C)·exp(0.6·σ(t)·|h|), min(O, C)·exp(−0.6·σ(t)·|l|)
///   volume      V0·1.03^years·(σ(t)/√v)·exp(0.25·u), u ~ N(0, 1)
///
/// Random numbers come from std::mt19937_64 (fully specified by the standard) turned
/// into normals by the Marsaglia polar method written here, so a seed gives the same
/// series with every compiler and standard library.
struct SampleMarketModel {
    struct Index {
        double annualVolatility;
        double alpha;
        double beta;
        double annualDrift;
        double startPrice;
        double baseVolume;
    };

    std::uint64_t seed = 20261121;
    QDate firstDate{1988, 1, 4};
    QDate lastDate{2025, 12, 31};
    double correlation = 0.85;
    int degreesOfFreedom = 6;
    // Both satisfy β² + 2αβ + α²·κ < 1 with κ = E[e⁴] = 3(ν−2)/(ν−4) = 6, the condition for a
    // finite fourth moment: fat-tailed, yet with a sample volatility that settles near the
    // long-run value over 35 years (0.992 and 0.985 here).
    Index smallCap{0.22, 0.08, 0.90, 0.075, 120.0, 4.0e8};
    Index largeCap{0.17, 0.07, 0.91, 0.080, 250.0, 1.5e9};
};

struct SampleMarket {
    BarSeries smallCap; ///< symbol SYN-SMALL
    BarSeries largeCap; ///< symbol SYN-LARGE
};

SampleMarket generateSampleMarket(const SampleMarketModel &model = {});

} // namespace rutile
