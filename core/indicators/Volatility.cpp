#include "indicators/Volatility.h"

#include <cmath>

namespace rutile::indicators {

using detail::kNaN;

namespace {

// Where the compiler can dispatch at load time (GCC/Clang on x86-64 ELF), this loop is also
// built for AVX2 and the best version is picked for the CPU; elsewhere it is the baseline.
#if defined(__GNUC__) && defined(__x86_64__) && defined(__ELF__) && !defined(__clang__)
#define RUTILE_TARGET_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define RUTILE_TARGET_CLONES
#endif

/// upper/lower[i] = mean[i] ± k·σ with σ² = Σ (x_j − mean[i])²/w over the window of `w`
/// values ending at i, for i in [first, n). 32 bars at a time: the window position j is the
/// outer loop, so the 32 squared deviations per j are independent and vectorise, and 32
/// sums (eight AVX2 registers) keep the adders busy where eight sums waited on each other.
RUTILE_TARGET_CLONES
void bands(const double *x, const double *mean, double *upper, double *lower, std::size_t first, std::size_t n,
           std::size_t w, double k)
{
    const double inverse = 1.0 / double(w); // a multiplication, not a division per bar
    constexpr std::size_t kTile = 32;
    std::size_t i = first;
    for (; i + kTile <= n; i += kTile) {
        double m[kTile];
        double acc[kTile] = {};
        for (std::size_t t = 0; t < kTile; ++t)
            m[t] = mean[i + t];
        const double *window = x + (i + 1 - w); // window[j + t] is the j-th value of bar i + t
        for (std::size_t j = 0; j < w; ++j) {
            for (std::size_t t = 0; t < kTile; ++t) {
                const double d = window[j + t] - m[t];
                acc[t] += d * d;
            }
        }
        for (std::size_t t = 0; t < kTile; ++t) {
            const double sigma = std::sqrt(acc[t] * inverse);
            upper[i + t] = m[t] + k * sigma;
            lower[i + t] = m[t] - k * sigma;
        }
    }
    for (; i < n; ++i) {
        double acc = 0;
        for (std::size_t j = i + 1 - w; j <= i; ++j)
            acc += (x[j] - mean[i]) * (x[j] - mean[i]);
        const double sigma = std::sqrt(acc * inverse);
        upper[i] = mean[i] + k * sigma;
        lower[i] = mean[i] - k * sigma;
    }
}

} // namespace

// ---- Bollinger Bands -----------------------------------------------------------------------

int lookback(const BbandsParams &p)
{
    return p.period - 1;
}

Status validate(const BbandsParams &p, std::size_t length)
{
    if (Status s = detail::checkPeriod("period", p.period, 1, length); !s)
        return s;
    return detail::checkRange("k", p.k, 0.0, kMaxBandWidth);
}

Status bbands(std::span<const double> in, const BbandsParams &p, std::span<double> upper, std::span<double> middle,
              std::span<double> lower)
{
    if (Status s = validate(p, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {upper.size(), middle.size(), lower.size()}); !s)
        return s;
    if (Status s = detail::checkDistinctOutputs({upper, middle, lower}); !s)
        return s;
    const detail::StableInput x(in, {upper, middle, lower});
    const std::size_t first = std::size_t(p.period) - 1;
    detail::fillNaN(upper.data(), first);
    detail::fillNaN(middle.data(), first);
    detail::fillNaN(lower.data(), first);
    const std::size_t n = in.size();
    const std::size_t w = std::size_t(p.period);
    const double k = p.k;
    const double *xs = x.data();
    double *up = upper.data();
    double *mid = middle.data();
    double *lo = lower.data();

    // Middle band: the anchored running mean (as the SMA).
    detail::rollingMean(xs, n, p.period, mid);
    // σ two-pass for every window around that mean: a running M2 keeps an absolute error set
    // by the most volatile recent window, which is ruinous for short windows (a 2-bar band
    // after a large move was off by 2e-5) and leaves flat windows with σ ≠ 0.
    bands(xs, mid, up, lo, first, n, w, k);
    return {};
}

// ---- True range / ATR ------------------------------------------------------------------------

namespace {

inline double trueRangeAt(const double *h, const double *l, double prevClose, std::size_t i)
{
    const double hl = h[i] - l[i];
    const double hc = std::abs(h[i] - prevClose);
    const double lc = std::abs(l[i] - prevClose);
    return std::max(hl, std::max(hc, lc));
}

Status checkHlc(std::span<const double> high, std::span<const double> low, std::span<const double> close,
                std::span<double> out)
{
    return detail::checkLengths(close.size(), {high.size(), low.size(), out.size()});
}

} // namespace

int trueRangeLookback()
{
    return 1;
}

Status trueRange(std::span<const double> high, std::span<const double> low, std::span<const double> close,
                 std::span<double> out)
{
    if (Status s = checkHlc(high, low, close, out); !s)
        return s;
    const std::size_t n = close.size();
    if (n == 0)
        return {};
    // Reads bar i (and the previous close, kept in a register) before writing out[i]: the
    // output may be any one of the input buffers.
    const detail::StableInput h(high, {out}, true);
    const detail::StableInput l(low, {out}, true);
    const detail::StableInput c(close, {out}, true);
    double prevClose = c.data()[0];
    out[0] = kNaN;
    for (std::size_t i = 1; i < n; ++i) {
        const double tr = trueRangeAt(h.data(), l.data(), prevClose, i);
        prevClose = c.data()[i];
        out[i] = tr;
    }
    return {};
}

int lookback(const AtrParams &p)
{
    return p.period;
}

Status validate(const AtrParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status atr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           const AtrParams &p, std::span<double> out)
{
    if (Status s = validate(p, close.size()); !s)
        return s;
    if (Status s = checkHlc(high, low, close, out); !s)
        return s;
    const detail::StableInput hIn(high, {out}, true);
    const detail::StableInput lIn(low, {out}, true);
    const detail::StableInput cIn(close, {out}, true);
    const double *h = hIn.data();
    const double *l = lIn.data();
    const double *c = cIn.data();
    const std::size_t n = close.size();
    const std::size_t np = std::size_t(p.period);
    if (np >= n) {
        detail::fillNaN(out.data(), n);
        return {};
    }

    // Seed: the mean of TR 1..n. Bar 0 has no previous close and is not used. Computed before
    // the warm-up is written so that the output may be one of the inputs.
    double sum = 0;
    for (std::size_t i = 1; i <= np; ++i)
        sum += trueRangeAt(h, l, c[i - 1], i);
    double avg = sum / p.period;
    double prevClose = c[np];
    detail::fillNaN(out.data(), np);
    out[np] = avg;
    const detail::Smoother sm = detail::Smoother::wilder(p.period);
    for (std::size_t i = np + 1; i < n; ++i) {
        const double tr = trueRangeAt(h, l, prevClose, i);
        prevClose = c[i];
        avg = sm.step(avg, tr);
        out[i] = avg;
    }
    return {};
}

} // namespace rutile::indicators
