#pragma once

#include "risk/Gpd.h"
#include "risk/TailRisk.h"

#include <cstddef>
#include <span>
#include <vector>

namespace rutile::risk {

/// The tail variable of one side: losses y = −r for the left tail, gains y = r for the
/// right, so that both tails are "large positive y" and share one GPD fit.
std::vector<double> tailVariable(std::span<const double> returns, Tail tail);

/// EVT stress value by peaks over threshold (McNeil & Frey 2000; McNeil, Frey & Embrechts
/// 2015, eq. 5.18): the level y_p with P(Y > y_p) = p when the excesses over u are GPD(ξ, σ)
/// and the empirical rate of exceeding u is Nu/n:
///     y_p = u + σ/ξ·((n/Nu·p)^(−ξ) − 1),      ξ = 0:  y_p = u − σ·ln(n/Nu·p).
/// Both written as u + gpdExcessAt(ln(Nu/(n·p)), ξ, σ), so ξ near 0 has no cancellation.
/// NaN when nu = 0 or p ≤ 0.
double potStressValue(double u, double xi, double sigma, std::size_t n, std::size_t nu, double p);

/// A peaks-over-threshold analysis of one tail of a return sample.
struct PotResult {
    Tail tail = Tail::Left;
    double thresholdQuantile = 0; ///< q
    /// u = Q(q) of the tail variable (type-7 quantile), in its own units: a LOSS (positive
    /// number) on the left, a gain on the right.
    double threshold = 0;
    std::size_t sampleSize = 0; ///< n, all returns
    std::size_t exceedanceCount = 0; ///< Nu = #{y > u} (strictly above)
    GpdFit fit; ///< GPD fitted to the excesses y − u of those Nu values
    double stressLevel = 0; ///< p
    /// y_p of potStressValue in the tail variable's units; NaN when no fit was made.
    double stressValue = 0;
    /// The stress value as a return: −y_p on the left (negative), +y_p on the right.
    double stressReturn = 0;
    /// Nu < kRecommendedExceedances (RiskOptions.h): the fit rests on too few points.
    bool fewExceedances = false;
};

/// Threshold u = Q(q) of y, excesses y − u for y > u, GPD fit, stress value. The fit is
/// attempted from kMinimumExceedances exceedances; below that `fit.fitted` is false and the
/// stress value NaN.
PotResult peaksOverThreshold(std::span<const double> returns, Tail tail, double thresholdQuantile, double stressLevel,
    const GpdFitOptions &fitOptions = {});

} // namespace rutile::risk
