#include "indicators/RollingStats.h"

#include <algorithm>
#include <cmath>

namespace rutile::indicators {

namespace {

Status checkWindow(int window, int minimum, std::size_t length)
{
    return detail::checkPeriod("window", window, minimum, length);
}

int minimumWindow(Dispersion dispersion)
{
    return dispersion == Dispersion::Sample ? 2 : 1;
}

double divisor(Dispersion dispersion, int window)
{
    return dispersion == Dispersion::Sample ? window - 1.0 : double(window);
}

/// Means and co-moments of the pair (x, y) over every full window, computed two-pass per
/// window: sink(i, meanX, meanY, cxx, cyy, cxy) for every i ≥ window − 1.
///
/// Deliberately O(window) per bar. Sliding updates of the co-moments (Welford-style) carry an
/// absolute error of the order ε·(the largest co-moment since the last exact anchor), so a
/// quiet window after a volatile stretch (a flat run of prices after a crash) gets a σ that
/// is wrong in its leading digits and is not 0 when the window is flat. These statistics feed
/// signals that divide by σ (z-scores, correlations), so exactness wins over speed here; the
/// per-window loops are short and independent, and they vectorise.
template <typename Sink>
void windowCoMoments(const double *x, const double *y, std::size_t n, int window, Sink &&sink)
{
    const std::size_t w = std::size_t(window);
    for (std::size_t i = w - 1; i < n; ++i) {
        const std::size_t from = i + 1 - w;
        const double mx = detail::plainSum(x, from, i + 1) / window;
        const double my = x == y ? mx : detail::plainSum(y, from, i + 1) / window;
        double cxx = 0;
        double cyy = 0;
        double cxy = 0;
        for (std::size_t j = from; j <= i; ++j) {
            const double dx = x[j] - mx;
            const double dy = y[j] - my;
            cxx += dx * dx;
            cyy += dy * dy;
            cxy += dx * dy;
        }
        sink(i, mx, my, cxx, cyy, cxy);
    }
}

Status checkPair(std::span<const double> x, std::span<const double> y, int window, int minimum,
                 std::span<double> out)
{
    if (Status s = checkWindow(window, minimum, x.size()); !s)
        return s;
    return detail::checkLengths(x.size(), {y.size(), out.size()});
}

} // namespace

int rollingLookback(int window)
{
    return window - 1;
}

Status rollingMean(std::span<const double> in, int window, std::span<double> out)
{
    if (Status s = checkWindow(window, 1, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput x(in, {out});
    detail::rollingMean(x.data(), in.size(), window, out.data());
    return {};
}

Status rollingStdDev(std::span<const double> in, int window, Dispersion dispersion, std::span<double> out)
{
    if (Status s = checkWindow(window, minimumWindow(dispersion), in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput x(in, {out});
    const double d = divisor(dispersion, window);
    double *o = out.data();
    detail::fillNaN(o, std::size_t(window) - 1);
    windowCoMoments(x.data(), x.data(), in.size(), window, [=](std::size_t i, double, double, double m2, double, double) {
        o[i] = std::sqrt(m2 / d);
    });
    return {};
}

Status rollingZScore(std::span<const double> in, int window, Dispersion dispersion, std::span<double> out)
{
    if (Status s = checkWindow(window, minimumWindow(dispersion), in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput x(in, {out});
    const double d = divisor(dispersion, window);
    const double *xs = x.data();
    double *o = out.data();
    detail::fillNaN(o, std::size_t(window) - 1);
    windowCoMoments(xs, xs, in.size(), window, [=](std::size_t i, double mean, double, double m2, double, double) {
        const double sigma = std::sqrt(m2 / d);
        o[i] = sigma == 0 ? 0.0 : (xs[i] - mean) / sigma;
    });
    return {};
}

Status rollingCovariance(std::span<const double> x, std::span<const double> y, int window, Dispersion dispersion,
                         std::span<double> out)
{
    if (Status s = checkPair(x, y, window, minimumWindow(dispersion), out); !s)
        return s;
    const detail::StableInput xs(x, {out});
    const detail::StableInput ys(y, {out});
    const double d = divisor(dispersion, window);
    double *o = out.data();
    detail::fillNaN(o, std::size_t(window) - 1);
    windowCoMoments(xs.data(), ys.data(), x.size(), window,
                     [=](std::size_t i, double, double, double, double, double cxy) { o[i] = cxy / d; });
    return {};
}

Status rollingCorrelation(std::span<const double> x, std::span<const double> y, int window, std::span<double> out)
{
    if (Status s = checkPair(x, y, window, 1, out); !s)
        return s;
    const detail::StableInput xs(x, {out});
    const detail::StableInput ys(y, {out});
    double *o = out.data();
    detail::fillNaN(o, std::size_t(window) - 1);
    windowCoMoments(xs.data(), ys.data(), x.size(), window, [=](std::size_t i, double, double, double cxx, double cyy, double cxy) {
                         const double denominator = std::sqrt(std::max(cxx, 0.0) * std::max(cyy, 0.0));
                         // Rounding can push |r| a hair past 1 on perfectly correlated windows.
                         o[i] = denominator == 0 ? 0.0 : std::clamp(cxy / denominator, -1.0, 1.0);
                     });
    return {};
}

Status rollingBeta(std::span<const double> asset, std::span<const double> benchmark, int window,
                   std::span<double> out)
{
    if (Status s = checkPair(asset, benchmark, window, 1, out); !s)
        return s;
    const detail::StableInput a(asset, {out});
    const detail::StableInput b(benchmark, {out});
    double *o = out.data();
    detail::fillNaN(o, std::size_t(window) - 1);
    // x = benchmark, y = asset: beta = C_xy / C_xx.
    windowCoMoments(b.data(), a.data(), asset.size(), window, [=](std::size_t i, double, double, double cxx, double, double cxy) {
                         o[i] = cxx <= 0 ? 0.0 : cxy / cxx;
                     });
    return {};
}

Status rollingLinearRegression(std::span<const double> in, int window, std::span<double> slope,
                               std::span<double> intercept)
{
    if (Status s = checkWindow(window, 2, in.size()); !s)
        return s;
    if (!slope.empty() || !intercept.empty()) {
        if (Status s = detail::checkLengths(in.size(), {slope.empty() ? in.size() : slope.size(),
                                                        intercept.empty() ? in.size() : intercept.size()});
            !s)
            return s;
    }
    if (Status s = detail::checkDistinctOutputs({slope, intercept}); !s)
        return s;
    const detail::StableInput input(in, {slope, intercept});
    const double *y = input.data();
    const std::size_t n = in.size();
    const std::size_t w = std::size_t(window);
    // x is the position in the window, so x − x̄ = j − (w−1)/2 exactly and
    // C_xx = w(w²−1)/12 exactly; only C_xy and ȳ depend on the data (two-pass per window, for
    // the reason given at windowCoMoments()).
    const double dw = window;
    const double cxx = dw * (dw * dw - 1.0) / 12.0;
    const double half = (dw - 1.0) / 2.0;
    double *s = slope.empty() ? nullptr : slope.data();
    double *b = intercept.empty() ? nullptr : intercept.data();
    for (std::size_t i = w - 1; i < n; ++i) {
        const std::size_t from = i + 1 - w;
        const double my = detail::plainSum(y, from, i + 1) / dw;
        double cxy = 0;
        for (std::size_t j = 0; j < w; ++j)
            cxy += (double(j) - half) * (y[from + j] - my);
        const double m = cxy / cxx;
        if (s)
            s[i] = m;
        if (b)
            b[i] = my - m * half;
    }
    if (s)
        detail::fillNaN(s, w - 1);
    if (b)
        detail::fillNaN(b, w - 1);
    return {};
}

namespace {

template <bool Max>
Status rollingExtreme(std::span<const double> in, int window, std::span<double> out)
{
    if (Status s = checkWindow(window, 1, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput x(in, {out});
    detail::RollingExtreme<Max> extreme(x.data(), window);
    const std::size_t first = std::size_t(window) - 1;
    for (std::size_t i = first; i < in.size(); ++i)
        out[i] = extreme.at(i);
    detail::fillNaN(out.data(), first);
    return {};
}

} // namespace

Status rollingHighest(std::span<const double> in, int window, std::span<double> out)
{
    return rollingExtreme<true>(in, window, out);
}

Status rollingLowest(std::span<const double> in, int window, std::span<double> out)
{
    return rollingExtreme<false>(in, window, out);
}

} // namespace rutile::indicators
