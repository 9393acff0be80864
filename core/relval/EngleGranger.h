#pragma once

// The Engle–Granger test of a pair and the half-life of its spread, with the conventions of
// statsmodels' `coint` (trend "c", autolag "aic") and Stata's `egranger`:
//
//  1. Cointegrating regression, OLS: y_t = α + β x_t + e_t (y, x: log prices on common dates).
//  2. ADF regression on the residuals, without a constant (they have mean zero):
//       Δe_t = γ e_{t−1} + Σ_{i=1..p} φ_i Δe_{t−i} + u_t,
//     p chosen by AIC (−2 ln L + 2k) from 0 to p_max = ⌈12 (n/100)^{1/4}⌉ (at most n/2 − 1), every
//     order fitted on the common sample of the largest; the chosen order is then refitted on all
//     the observations it can use. τ = γ̂ / se(γ̂).
//  3. p-value: MacKinnon (1994) for N = 2 with a constant; critical values: MacKinnon (2010) for
//     N = 2 with a constant and T = n − 1 (relval/MacKinnon.h). H₀: no cointegration; a τ below
//     the critical value rejects it.
//
// Half-life of mean reversion (the Ornstein–Uhlenbeck reading of an AR(1) spread): OLS of
// Δs_t = a + b s_{t−1} + ε_t, half-life = −ln 2 / ln(1 + b) bars; undefined (NaN) when b ≥ 0
// (no reversion) or b ≤ −1.

#include "util/Error.h"

#include <span>
#include <vector>

namespace rutile::relval {

struct AdfResult {
    bool ok = false;
    double tstat = 0;          ///< τ = γ̂ / se(γ̂)
    double gamma = 0;          ///< γ̂
    int lags = 0;              ///< p, the lagged differences used
    std::size_t observations = 0; ///< rows of the final regression
};

/// The ADF regression without a constant or trend on `e`, its order chosen by AIC from 0 to
/// `maxLag` (−1: ⌈12 (n/100)^{1/4}⌉, capped at n/2 − 1). Not ok with fewer than 4 values.
AdfResult adfWithoutConstant(std::span<const double> e, int maxLag = -1);

struct EngleGrangerResult {
    std::size_t n = 0;
    double hedgeRatio = 0; ///< β
    double intercept = 0;  ///< α
    double tstat = 0;      ///< τ of the residuals' ADF regression
    double pvalue = 0;
    double critical1 = 0, critical5 = 0, critical10 = 0;
    int adfLags = 0;
    std::vector<double> residuals; ///< e_t = y_t − α − β x_t, the spread
};

/// The test of `y` on `x` (the same length, finite). Errors: different lengths, fewer than 20
/// values, a constant x.
Result<EngleGrangerResult> engleGranger(std::span<const double> y, std::span<const double> x, int maxLag = -1);

/// The half-life of `spread` in bars (see above); NaN without reversion or with fewer than 3
/// values.
double halfLife(std::span<const double> spread);

} // namespace rutile::relval
