#pragma once

// The distribution of the Dickey–Fuller τ statistic of a regression with a constant, for N = 1
// series (the ADF test) and N = 2 (the Engle–Granger test of a pair), as MacKinnon tabulated it:
//
//  * p-values: MacKinnon, J. G. (1994), "Approximate asymptotic distribution functions for
//    unit-root and cointegration tests", Journal of Business & Economic Statistics 12(2),
//    167–176, Tables 3 and 4: p = Φ(γ₀ + γ₁τ + γ₂τ²) in the left tail (τ ≤ τ*) and
//    p = Φ(γ₀ + γ₁τ + γ₂τ² + γ₃τ³) above it; 0 below τ_min and 1 above τ_max.
//  * critical values: MacKinnon, J. G. (2010), "Critical values for cointegration tests",
//    Queen's Economics Department Working Paper 1227, Table 2: c(T) = β∞ + β₁/T + β₂/T² + β₃/T³.
//
// The coefficients are the published ones (the same numbers statsmodels' `coint` uses).

namespace rutile::relval {

/// The approximate p-value of τ, regression with a constant, `series` = 1 or 2 (NaN otherwise).
double mackinnonPValue(double tau, int series);

/// The critical value at `level` (0.01, 0.05 or 0.10) for `series` = 1 or 2 and T observations
/// (T ≤ 0: the asymptotic value). NaN for another level or series count.
double mackinnonCriticalValue(double level, int series, double observations);

} // namespace rutile::relval
