#pragma once

#include <cstddef>
#include <span>

namespace rutile::risk {

// The generalized Pareto distribution (GPD) with shape ξ and scale σ > 0, for z ≥ 0:
//     F(z) = 1 − (1 + ξ·z/σ)^(−1/ξ)   (ξ ≠ 0),      F(z) = 1 − exp(−z/σ)   (ξ = 0),
// with support z ≥ 0 when ξ ≥ 0 and 0 ≤ z ≤ −σ/ξ when ξ < 0. ξ > 0 is a heavy (Pareto)
// tail with finite moments below order 1/ξ; ξ = 0 the exponential tail of the normal-like
// laws; ξ < 0 a tail with a finite end point. Pickands–Balkema–de Haan: the excesses over
// a high threshold of almost any distribution are approximately GPD. Reference: Coles (2001),
// "An Introduction to Statistical Modeling of Extreme Values", ch. 4; McNeil, Frey &
// Embrechts (2015), "Quantitative Risk Management", §5.2.
//
// Every function below is written through log1p(x)/x and expm1(x)/x so that ξ = 0 and ξ near
// 0 give the exponential limit without cancellation.

/// P(Z > z): (1 + ξz/σ)^(−1/ξ), exp(−z/σ) at ξ = 0; 1 for z ≤ 0; 0 beyond the end point.
double gpdSurvival(double z, double xi, double sigma);

/// F⁻¹(prob) = σ/ξ·((1 − prob)^(−ξ) − 1), −σ·ln(1 − prob) at ξ = 0; prob in [0, 1).
double gpdQuantile(double prob, double xi, double sigma);

/// σ·(e^(ξL) − 1)/ξ with its limit σ·L at ξ = 0: the common core of the quantile and of the
/// peaks-over-threshold stress value (L = −ln(tail probability ratio)).
double gpdExcessAt(double logRatio, double xi, double sigma);

/// Mean excess of a GPD above a level v ≥ 0: E[Z − v | Z > v] = (σ + ξv)/(1 − ξ), linear in
/// v (the straight line of the mean-excess plot); +∞ for ξ ≥ 1.
double gpdMeanExcess(double v, double xi, double sigma);

/// The GPD log-likelihood of a sample with its first and second derivatives in (ξ, σ):
///     ℓ = Σ −ln σ − (1 + 1/ξ)·ln(1 + ξ z_i/σ)      (ξ = 0: Σ −ln σ − z_i/σ).
/// With u = z/σ and x = ξu, per observation (singular-looking 1/ξ terms folded into series
/// for small x):
///     ∂ℓ/∂σ   = (−1 + (1 + ξ)·u/(1 + x)) / σ
///     ∂ℓ/∂ξ   = ln(1 + x)/ξ² − (1 + 1/ξ)·u/(1 + x)
///     ∂²ℓ/∂σ² = (1 − (1 + ξ)·u·(2 + x)/(1 + x)²) / σ²
///     ∂²ℓ/∂σ∂ξ = u·(1 − u) / (σ·(1 + x)²)
///     ∂²ℓ/∂ξ² = −2·ln(1 + x)/ξ³ + 2u/(ξ²(1 + x)) + (1 + 1/ξ)·u²/(1 + x)²
/// `inSupport` is false (and the value −∞) when σ ≤ 0 or 1 + ξz_i/σ ≤ 0 for some z_i.
struct GpdLikelihood {
    double value = 0;
    double dXi = 0;
    double dSigma = 0;
    double dXiXi = 0;
    double dXiSigma = 0;
    double dSigmaSigma = 0;
    bool inSupport = false;
};
GpdLikelihood gpdLogLikelihood(std::span<const double> z, double xi, double sigma);

/// Why a fit is or is not usable.
enum class GpdFitStatus {
    Converged, ///< interior maximum, score ≈ 0, observed information positive definite
    TooFewExceedances, ///< fewer than 3 values: nothing fitted
    Degenerate, ///< all values equal (or not positive): nothing fitted
    ShapeAtBound, ///< the likelihood rises towards ξ = xiMin or xiMax: no interior maximum
    ScoreNotZero, ///< the optimiser stopped where the gradient is not ≈ 0
    InformationNotPositive, ///< the observed information is not positive definite (no standard errors)
};

struct GpdFitOptions {
    /// Shapes searched. Below ξ = −1 the likelihood is unbounded (the density at the end
    /// point diverges), so no maximum-likelihood estimate exists there; above 5 the tail has
    /// no finite moment of order 0.2, not a model for returns.
    double xiMin = -1.0;
    double xiMax = 5.0;
    /// The answer is accepted when the normalised score max(|∂ℓ/∂ξ|, |σ·∂ℓ/∂σ|)/N, which does
    /// not depend on the units of the data, is at most this.
    double scoreTolerance = 1e-6;
};

/// A maximum-likelihood GPD fit with standard errors from the observed information.
struct GpdFit {
    GpdFitStatus status = GpdFitStatus::TooFewExceedances;
    bool fitted = false; ///< xi and sigma are estimates (also when not converged)
    bool converged = false; ///< status == Converged
    double xi = 0;
    double sigma = 0;
    /// √ of the diagonal of the inverse observed information J = −∇²ℓ(ξ̂, σ̂); NaN when J is
    /// not positive definite. Asymptotically valid for ξ > −1/2 (Smith 1985); for a true
    /// GPD sample the expected values are (1 + ξ)/√N and σ·√(2(1 + ξ)/N).
    double seXi = 0;
    double seSigma = 0;
    double logLikelihood = 0;
    double score = 0; ///< normalised score at the answer (see GpdFitOptions::scoreTolerance)
    std::size_t count = 0; ///< values fitted
    int evaluations = 0; ///< profile-likelihood evaluations (grid + Brent) plus Newton steps
    /// ξ̂ > −1/2: the regular case where the standard errors mean what they say.
    bool regular() const { return xi > -0.5; }
};

/// Fits a GPD to excesses z_i ≥ 0 (exceedances y − u of a threshold) by maximum likelihood.
///
/// Method (Grimshaw 1993, "Computing maximum likelihood estimates for the generalized Pareto
/// distribution", Technometrics 35): with θ = ξ/σ the likelihood maximised over ξ for fixed θ
/// has the closed form ξ(θ) = mean ln(1 + θz_i), so the fit is a ONE-dimensional problem in
/// θ ∈ (−1/max z, ∞): maximise ℓ*(θ) = −N·(ln(ξ(θ)/θ) + ξ(θ) + 1). The data are first divided
/// by their mean (raw daily returns of order 0.01 make a two-parameter likelihood badly
/// scaled; the profile in the scaled θ is not). Steps:
///  1. a grid of 121 θ values over the whole domain (log-spaced towards both ends), keeping
///     those whose ξ(θ) lies in [xiMin, xiMax], locates the global maximum;
///  2. Brent's minimiser (Boost.Math) refines it inside the neighbouring grid interval;
///  3. Newton steps on the full likelihood in (ξ, ln σ) with the analytic gradient and Hessian
///     polish the answer to the score's rounding level;
///  4. the score is evaluated independently on the original data and must be below the
///     tolerance; the observed information must be positive definite.
/// `converged` is true only when all checks pass. Values must be finite and ≥ 0.
GpdFit fitGpd(std::span<const double> excesses, const GpdFitOptions &options = {});

} // namespace rutile::risk
