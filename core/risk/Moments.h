#pragma once

#include <cstddef>
#include <span>

namespace rutile::risk {

/// Sample moments of a set of returns, with the estimators of Excel (AVERAGE, STDEV.S, SKEW,
/// KURT), pandas (mean, std, skew, kurt) and SAS/SPSS; Joanes & Gill (1998), "Comparing
/// measures of sample skewness and kurtosis", estimators G1 and G2.
///
/// With n values, mean x̄, deviations d = x − x̄, central sums S_k = Σ d^k and the sample
/// standard deviation s = √(S_2 / (n − 1)):
/// - skewness G1 = n / ((n − 1)(n − 2)) · Σ (d/s)³
/// - excess kurtosis G2 = n(n + 1) / ((n − 1)(n − 2)(n − 3)) · Σ (d/s)⁴ − 3(n − 1)² / ((n − 2)(n − 3))
/// (G2 is 0 in expectation for normal data, not 3).
///
/// Deviations are taken from the mean in a second pass (no one-pass sum of squares), so a
/// series of small returns around a large mean keeps its precision.
struct Moments {
    std::size_t count = 0;
    double mean = 0; ///< NaN when count = 0
    double stdDev = 0; ///< sample (n − 1); NaN when count < 2
    double skewness = 0; ///< G1; NaN when count < 3 or stdDev = 0
    double excessKurtosis = 0; ///< G2; NaN when count < 4 or stdDev = 0
};

Moments sampleMoments(std::span<const double> x);

/// Arithmetic mean; NaN for an empty span.
double mean(std::span<const double> x);

/// Sample standard deviation (divisor n − 1); NaN for fewer than 2 values.
double sampleStdDev(std::span<const double> x);

} // namespace rutile::risk
