#include "risk/Gpd.h"

#include <boost/math/tools/minima.hpp>
#include <boost/math/tools/toms748_solve.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <limits>
#include <vector>

namespace rutile::risk {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// log1p(x)/x, 1 at x = 0. Below 1e-5 the series 1 − x/2 + x²/3 − x³/4 is exact to 1e-21.
double log1pRatio(double x)
{
    if (std::abs(x) < 1e-5)
        return 1.0 - x * (0.5 - x * (1.0 / 3.0 - x * 0.25));
    return std::log1p(x) / x;
}

// expm1(x)/x, 1 at x = 0.
double expm1Ratio(double x)
{
    if (std::abs(x) < 1e-5)
        return 1.0 + x * (0.5 + x * (1.0 / 6.0 + x / 24.0));
    return std::expm1(x) / x;
}

// Below this |x| the folded derivative terms use their power series: the closed forms lose
// at most 3 of 16 digits to cancellation at |x| = 0.05, and the series has converged to
// 0.05^22 there.
constexpr double kSeriesLimit = 0.05;

// h1(x) = (ln(1+x) − x/(1+x)) / x² = Σ_{k≥2} (−1)^k (k−1)/k · x^(k−2) = 1/2 − 2x/3 + 3x²/4 − …
double foldedScoreTerm(double x)
{
    if (std::abs(x) < kSeriesLimit) {
        double sum = 0;
        double power = 1;
        for (int k = 2; k < 26; ++k) {
            sum += ((k % 2 == 0) ? 1.0 : -1.0) * double(k - 1) / double(k) * power;
            power *= x;
        }
        return sum;
    }
    return (std::log1p(x) - x / (1 + x)) / (x * x);
}

// h2(x) = (x²/(1+x)² − 2 ln(1+x) + 2x/(1+x)) / x³ = Σ_{k≥3} (−1)^k (k−1)(k−2)/k · x^(k−3)
//       = −2/3 + 3x/2 − 12x²/5 + …
double foldedCurvatureTerm(double x)
{
    if (std::abs(x) < kSeriesLimit) {
        double sum = 0;
        double power = 1;
        for (int k = 3; k < 27; ++k) {
            sum += ((k % 2 == 0) ? 1.0 : -1.0) * double(k - 1) * double(k - 2) / double(k) * power;
            power *= x;
        }
        return sum;
    }
    const double q = x / (1 + x);
    return (q * q - 2 * std::log1p(x) + 2 * q) / (x * x * x);
}

// The profile likelihood in θ (Grimshaw 1993) on data scaled to mean 1.
class Profile {
public:
    explicit Profile(std::span<const double> w)
        : m_w(w)
    {
    }

    // σ(θ) = mean w·ln(1 + θw)/(θw) — the maximiser σ for this θ; ξ(θ) = θ·σ(θ).
    // Returns false outside the domain (1 + θw ≤ 0 for some w).
    bool shapeScale(double theta, double &xi, double &sigma) const
    {
        ++m_evaluations;
        double sum = 0;
        for (double w : m_w) {
            const double x = theta * w;
            if (!(x > -1.0))
                return false;
            sum += w * log1pRatio(x);
        }
        sigma = sum / double(m_w.size());
        xi = theta * sigma;
        return sigma > 0 && std::isfinite(sigma);
    }

    // −ℓ*(θ)/N = ln σ(θ) + ξ(θ) + 1; +∞ outside the domain.
    double negativeLogLikelihood(double theta) const
    {
        double xi = 0;
        double sigma = 0;
        if (!shapeScale(theta, xi, sigma))
            return kInf;
        return std::log(sigma) + xi + 1.0;
    }

    double xiOf(double theta) const
    {
        double xi = kNaN;
        double sigma = 0;
        return shapeScale(theta, xi, sigma) ? xi : kNaN;
    }

    int evaluations() const { return m_evaluations; }

private:
    std::span<const double> m_w;
    mutable int m_evaluations = 0;
};

struct GridPoint {
    double theta = 0;
    double xi = 0;
    double value = kInf; // −ℓ*/N
    bool allowed = false;
};

// θ where ξ(θ) = target, between a and b (ξ is increasing in θ: dξ/dθ = mean w/(1 + θw) > 0,
// so the callers' brackets, one end on each side of the target, always hold a single root).
// Boost reports a bracket without a sign change by throwing; should rounding ever produce
// one, the end nearer the target is the answer (the caller then treats it as a bound).
double thetaForShape(const Profile &profile, double target, double a, double b)
{
    const auto f = [&](double theta) { return profile.xiOf(theta) - target; };
    const double fa = f(a);
    const double fb = f(b);
    if (!(fa <= 0 && fb >= 0))
        return std::abs(fa) < std::abs(fb) ? a : b;
    std::uintmax_t iterations = 100;
    try {
        const auto root = boost::math::tools::toms748_solve(
            f, a, b, fa, fb, boost::math::tools::eps_tolerance<double>(50), iterations);
        return 0.5 * (root.first + root.second);
    } catch (const std::exception &) {
        return std::abs(fa) < std::abs(fb) ? a : b;
    }
}

} // namespace

double gpdExcessAt(double logRatio, double xi, double sigma)
{
    return sigma * logRatio * expm1Ratio(xi * logRatio);
}

double gpdSurvival(double z, double xi, double sigma)
{
    if (!(sigma > 0) || std::isnan(z) || std::isnan(xi))
        return kNaN;
    if (z <= 0)
        return 1.0;
    const double u = z / sigma;
    const double x = xi * u;
    if (!(x > -1.0))
        return 0.0;
    // (1 + x)^(−1/ξ) = exp(−u·ln(1 + x)/x)
    return std::exp(-u * log1pRatio(x));
}

double gpdQuantile(double prob, double xi, double sigma)
{
    if (!(prob >= 0 && prob < 1) || !(sigma > 0))
        return kNaN;
    return gpdExcessAt(-std::log1p(-prob), xi, sigma);
}

double gpdMeanExcess(double v, double xi, double sigma)
{
    if (xi >= 1)
        return kInf;
    return (sigma + xi * v) / (1 - xi);
}

GpdLikelihood gpdLogLikelihood(std::span<const double> z, double xi, double sigma)
{
    GpdLikelihood l;
    if (!(sigma > 0) || !std::isfinite(xi)) {
        l.value = -kInf;
        return l;
    }
    const double logSigma = std::log(sigma);
    double value = 0;
    double dXi = 0;
    double dSigma = 0;
    double dXiXi = 0;
    double dXiSigma = 0;
    double dSigmaSigma = 0;
    for (double zi : z) {
        const double u = zi / sigma;
        const double x = xi * u;
        if (!(x > -1.0)) {
            l.value = -kInf;
            return l;
        }
        const double onePlusX = 1.0 + x;
        const double b = u / onePlusX;
        value += -logSigma - std::log1p(x) - u * log1pRatio(x);
        dSigma += -1.0 + (1.0 + xi) * b;
        dXi += u * u * foldedScoreTerm(x) - b;
        dSigmaSigma += 1.0 - (1.0 + xi) * b * (2.0 + x) / onePlusX;
        dXiSigma += b * (1.0 - u) / onePlusX;
        dXiXi += u * u * u * foldedCurvatureTerm(x) + b * b;
    }
    l.value = value;
    l.dXi = dXi;
    l.dSigma = dSigma / sigma;
    l.dXiXi = dXiXi;
    l.dXiSigma = dXiSigma / sigma;
    l.dSigmaSigma = dSigmaSigma / (sigma * sigma);
    l.inSupport = true;
    return l;
}

GpdFit fitGpd(std::span<const double> excesses, const GpdFitOptions &options)
{
    GpdFit fit;
    fit.count = excesses.size();
    fit.xi = fit.sigma = fit.seXi = fit.seSigma = fit.logLikelihood = fit.score = kNaN;
    if (excesses.size() < 3) {
        fit.status = GpdFitStatus::TooFewExceedances;
        return fit;
    }
    double sum = 0;
    double maxZ = -kInf;
    double minZ = kInf;
    for (double z : excesses) {
        if (!std::isfinite(z) || z < 0) {
            fit.status = GpdFitStatus::Degenerate;
            return fit;
        }
        sum += z;
        maxZ = std::max(maxZ, z);
        minZ = std::min(minZ, z);
    }
    const double n = double(excesses.size());
    const double scale = sum / n;
    if (!(scale > 0) || maxZ == minZ) {
        fit.status = GpdFitStatus::Degenerate;
        return fit;
    }

    // Scaled data: mean 1, so θ, σ and the likelihood are all of order 1 whatever the units.
    std::vector<double> w(excesses.size());
    for (std::size_t i = 0; i < w.size(); ++i)
        w[i] = excesses[i] / scale;
    const double maxW = maxZ / scale;
    const Profile profile(w);

    // 1. Grid over t = θ·max(w) ∈ (−1, ∞): towards −1 as 1 + t = e^(−a), a log-spaced in
    //    [1e-4, 30] (e^−30 ≈ 1e-13 stays well above rounding of 1 + t); t = 0; towards +∞ as
    //    t = e^b, t in [1e-4, 1e8] (ξ up to ≈ 18 for any data).
    constexpr int kSide = 60;
    std::vector<double> ts;
    ts.reserve(2 * kSide + 1);
    for (int i = kSide - 1; i >= 0; --i) {
        const double a = 1e-4 * std::pow(30.0 / 1e-4, double(i) / (kSide - 1));
        ts.push_back(std::expm1(-a)); // t = e^(−a) − 1
    }
    ts.push_back(0.0);
    for (int i = 0; i < kSide; ++i)
        ts.push_back(1e-4 * std::pow(1e8 / 1e-4, double(i) / (kSide - 1)));

    std::vector<GridPoint> grid(ts.size());
    int best = -1;
    for (std::size_t i = 0; i < ts.size(); ++i) {
        GridPoint &p = grid[i];
        p.theta = ts[i] / maxW;
        double sigma = 0;
        if (!profile.shapeScale(p.theta, p.xi, sigma))
            continue;
        p.value = std::log(sigma) + p.xi + 1.0;
        p.allowed = p.xi >= options.xiMin && p.xi <= options.xiMax && std::isfinite(p.value);
        if (p.allowed && (best < 0 || p.value < grid[std::size_t(best)].value))
            best = int(i);
    }
    if (best < 0) { // cannot happen: t = 0 gives ξ = 0; kept for safety
        fit.status = GpdFitStatus::Degenerate;
        return fit;
    }

    // 2. Brent inside the neighbouring interval; a neighbour outside [xiMin, xiMax] is
    //    replaced by the θ where ξ reaches that bound.
    const auto k = std::size_t(best);
    double lo = grid[k].theta;
    double hi = grid[k].theta;
    bool loIsShapeBound = false;
    bool hiIsShapeBound = false;
    if (k > 0) {
        const GridPoint &p = grid[k - 1];
        if (p.allowed) {
            lo = p.theta;
        } else if (std::isfinite(p.value) && p.xi < options.xiMin) {
            lo = thetaForShape(profile, options.xiMin, p.theta, grid[k].theta);
            loIsShapeBound = true;
        }
    }
    if (k + 1 < grid.size()) {
        const GridPoint &p = grid[k + 1];
        if (p.allowed) {
            hi = p.theta;
        } else if (std::isfinite(p.value) && p.xi > options.xiMax) {
            hi = thetaForShape(profile, options.xiMax, grid[k].theta, p.theta);
            hiIsShapeBound = true;
        }
    }
    double theta = grid[k].theta;
    if (hi > lo) {
        std::uintmax_t iterations = 200;
        const auto objective = [&profile](double t) { return profile.negativeLogLikelihood(t); };
        // Brent's minimiser resolves the argument to about √ε (a minimum is flat); the Newton
        // polish below takes it to full precision.
        const auto result = boost::math::tools::brent_find_minima(
            objective, lo, hi, std::numeric_limits<double>::digits / 2, iterations);
        theta = result.first;
    }
    double xi = 0;
    double sigmaW = 0;
    if (!profile.shapeScale(theta, xi, sigmaW)) {
        fit.status = GpdFitStatus::Degenerate;
        return fit;
    }
    fit.evaluations = profile.evaluations();

    // At a shape bound there is no interior maximum: report the bound, not converged.
    constexpr double kBoundGap = 1e-6;
    const bool atBound = (loIsShapeBound && xi - options.xiMin < kBoundGap)
        || (hiIsShapeBound && options.xiMax - xi < kBoundGap) || (k == 0) || (k + 1 == grid.size());

    // 3. Newton on ℓ(ξ, λ = ln σ) of the scaled data with the analytic gradient and Hessian:
    //    ∂ℓ/∂λ = σ·∂ℓ/∂σ, ∂²ℓ/∂λ² = σ²·∂²ℓ/∂σ² + σ·∂ℓ/∂σ, ∂²ℓ/∂ξ∂λ = σ·∂²ℓ/∂ξ∂σ.
    //    Each step must stay in the support and not lower the likelihood (step halving);
    //    polishing stops where the Hessian is not negative definite.
    if (!atBound) {
        double lambda = std::log(sigmaW);
        GpdLikelihood cur = gpdLogLikelihood(w, xi, sigmaW);
        for (int iter = 0; iter < 30 && cur.inSupport; ++iter) {
            const double s = std::exp(lambda);
            const double gXi = cur.dXi;
            const double gLa = s * cur.dSigma;
            if (std::max(std::abs(gXi), std::abs(gLa)) / n < 1e-14)
                break;
            const double hXiXi = cur.dXiXi;
            const double hXiLa = s * cur.dXiSigma;
            const double hLaLa = s * s * cur.dSigmaSigma + s * cur.dSigma;
            const double det = hXiXi * hLaLa - hXiLa * hXiLa;
            if (!(hXiXi < 0 && det > 0))
                break;
            // δ = −H⁻¹g
            const double dXi = -(hLaLa * gXi - hXiLa * gLa) / det;
            const double dLa = -(-hXiLa * gXi + hXiXi * gLa) / det;
            double step = 1.0;
            bool moved = false;
            for (int halving = 0; halving < 40; ++halving, step *= 0.5) {
                const double nXi = xi + step * dXi;
                const double nLa = lambda + step * dLa;
                const GpdLikelihood next = gpdLogLikelihood(w, nXi, std::exp(nLa));
                ++fit.evaluations;
                if (next.inSupport && next.value >= cur.value - 1e-12 * std::abs(cur.value)) {
                    xi = nXi;
                    lambda = nLa;
                    cur = next;
                    moved = true;
                    break;
                }
            }
            if (!moved)
                break;
        }
        sigmaW = std::exp(lambda);
    }

    // 4. Independent checks on the ORIGINAL data.
    fit.fitted = true;
    fit.xi = xi;
    fit.sigma = sigmaW * scale;
    const GpdLikelihood atAnswer = gpdLogLikelihood(excesses, fit.xi, fit.sigma);
    fit.logLikelihood = atAnswer.value;
    fit.score = atAnswer.inSupport ? std::max(std::abs(atAnswer.dXi), std::abs(fit.sigma * atAnswer.dSigma)) / n : kInf;
    // Observed information J = −∇²ℓ in (ξ, σ) and its inverse.
    const double j11 = -atAnswer.dXiXi;
    const double j12 = -atAnswer.dXiSigma;
    const double j22 = -atAnswer.dSigmaSigma;
    const double det = j11 * j22 - j12 * j12;
    const bool positive = atAnswer.inSupport && j11 > 0 && det > 0;
    if (positive) {
        fit.seXi = std::sqrt(j22 / det);
        fit.seSigma = std::sqrt(j11 / det);
    }

    if (atBound)
        fit.status = GpdFitStatus::ShapeAtBound;
    else if (!(fit.score <= options.scoreTolerance))
        fit.status = GpdFitStatus::ScoreNotZero;
    else if (!positive)
        fit.status = GpdFitStatus::InformationNotPositive;
    else
        fit.status = GpdFitStatus::Converged;
    fit.converged = fit.status == GpdFitStatus::Converged;
    return fit;
}

} // namespace rutile::risk
