#pragma once

#include <cstddef>
#include <span>

namespace rutile::risk {

/// Which end of the return distribution: losses (left) or gains (right).
enum class Tail { Left, Right };

/// Historical Value at Risk and Expected Shortfall of one tail, in return units (the left
/// values are negative for any sensible level; they are returns, not loss amounts).
///
/// - left:  VaR = Q(p) (type-7 quantile, see Quantile.h); ES = mean of the returns r ≤ VaR
/// - right: VaR = Q(1 − p);                                ES = mean of the returns r ≥ VaR
///
/// The ES set includes the VaR itself when it is an observed return ("at or below"); it is
/// never empty, because Q(p) ≥ the minimum (Q(1 − p) ≤ the maximum).
struct HistoricalTail {
    double var = 0;
    double expectedShortfall = 0;
    std::size_t tailCount = 0; ///< returns averaged into the ES
};

/// `sorted` ascending, p in (0, 0.5]. NaN fields when `sorted` is empty.
HistoricalTail historicalTail(std::span<const double> sorted, Tail tail, double p);

/// Standard normal quantile Φ⁻¹(prob), prob in (0, 1) (Boost.Math).
double normalQuantile(double prob);
/// Standard normal density φ(z) and distribution function Φ(z).
double normalDensity(double z);
double normalCdf(double z);

/// Gaussian VaR: μ + z·s with z = Φ⁻¹(prob): prob = p on the left, 1 − p on the right; μ, s
/// the sample mean and standard deviation.
double gaussianVar(double mean, double stdDev, double prob);

/// Cornish–Fisher VaR (Zangari 1996; Favre & Galeano 2002): μ + z_cf·s with the quantile z of
/// the normal corrected for skewness S and excess kurtosis K:
///     z_cf = z + (z² − 1)·S/6 + (z³ − 3z)·K/24 − (2z³ − 5z)·S²/36.
/// S and K are the sample estimators G1 and G2 of Moments.h. The expansion is only
/// monotone in z for moderate S and K; for extreme values it can put the "VaR" on the
/// wrong side, which is itself a sign that the tail is far from normal.
double cornishFisherVar(double mean, double stdDev, double skewness, double excessKurtosis, double prob);

} // namespace rutile::risk
