#pragma once

// Ordinary least squares for the small regressions of the relative-value lab (a hedge ratio, an
// ADF regression with a few lagged differences): the normal equations X'X b = X'y solved by
// Boost.uBLAS's LU factorisation, which also gives (X'X)⁻¹ for the standard errors. The lab's
// regressors (a constant and a log price; lagged residuals and their differences) keep X'X well
// conditioned in double precision.

#include <cstddef>
#include <span>
#include <vector>

namespace rutile::relval {

struct OlsFit {
    bool ok = false;             ///< false when X'X is singular or n ≤ k
    std::vector<double> beta;    ///< one per column
    std::vector<double> stdErr;  ///< √(s² · (X'X)⁻¹_jj), s² = SSR / (n − k)
    double ssr = 0;              ///< sum of squared residuals
    std::size_t n = 0;
    std::size_t k = 0;

    /// The Gaussian log-likelihood at the estimate: −n/2 · (ln 2π + ln(SSR/n) + 1).
    double logLikelihood() const;
    /// Akaike's criterion as statsmodels' OLS computes it: −2 llf + 2k.
    double aic() const;
};

/// OLS of `y` (n values) on the k columns of `x` (row-major: x[i·k + j] is row i, column j).
OlsFit ols(std::span<const double> x, std::size_t k, std::span<const double> y);

} // namespace rutile::relval
