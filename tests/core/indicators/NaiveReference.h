#pragma once

// Deliberately naive indicator implementations, written straight from the definitions in
// docs INDICATORS.md: every window is summed afresh (two-pass for deviations), recursive
// indicators apply their recurrence literally, nothing is shared with the library. The fast
// kernels are compared against these on a random walk; agreement to ~1e-12 proves that their
// running sums, re-anchoring and unrolled steps change nothing but rounding.

#include "data/BarSeries.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace rutile::test::naive {

using Series = std::vector<double>;
inline constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

inline double windowSum(const Series &x, std::size_t from, std::size_t to) // [from, to]
{
    double s = 0;
    for (std::size_t j = from; j <= to; ++j)
        s += x[j];
    return s;
}

inline Series sma(const Series &x, int n, std::size_t start = 0)
{
    Series out(x.size(), NaN);
    for (std::size_t i = start + n - 1; i < x.size(); ++i)
        out[i] = windowSum(x, i + 1 - n, i) / n;
    return out;
}

/// EMA of x ignoring values before `start`: seeded at start + n − 1 with the SMA, then
/// ema = ema + k·(x − ema).
inline Series ema(const Series &x, int n, std::size_t start = 0)
{
    Series out(x.size(), NaN);
    const double k = 2.0 / (n + 1);
    if (start + n > x.size())
        return out;
    double e = windowSum(x, start, start + n - 1) / n;
    out[start + n - 1] = e;
    for (std::size_t i = start + n; i < x.size(); ++i) {
        e = e + k * (x[i] - e);
        out[i] = e;
    }
    return out;
}

inline Series wma(const Series &x, int n)
{
    Series out(x.size(), NaN);
    for (std::size_t i = n - 1; i < x.size(); ++i) {
        double s = 0;
        for (int j = 0; j < n; ++j)
            s += (j + 1) * x[i + 1 - n + j];
        out[i] = s / (n * (n + 1) / 2.0);
    }
    return out;
}

inline Series dema(const Series &x, int n)
{
    const Series e1 = ema(x, n);
    const Series e2 = ema(e1, n, n - 1);
    Series out(x.size(), NaN);
    for (std::size_t i = 2 * (n - 1); i < x.size(); ++i)
        out[i] = 2 * e1[i] - e2[i];
    return out;
}

inline Series tema(const Series &x, int n)
{
    const Series e1 = ema(x, n);
    const Series e2 = ema(e1, n, n - 1);
    const Series e3 = ema(e2, n, 2 * (n - 1));
    Series out(x.size(), NaN);
    for (std::size_t i = 3 * (n - 1); i < x.size(); ++i)
        out[i] = 3 * e1[i] - 3 * e2[i] + e3[i];
    return out;
}

/// Two-pass variance of x[i − n + 1, i] with the given divisor.
inline double windowVariance(const Series &x, std::size_t i, int n, double divisor)
{
    const double mean = windowSum(x, i + 1 - n, i) / n;
    double ss = 0;
    for (std::size_t j = i + 1 - n; j <= i; ++j)
        ss += (x[j] - mean) * (x[j] - mean);
    return ss / divisor;
}

struct Bands {
    Series upper, middle, lower;
};
inline Bands bbands(const Series &x, int n, double k)
{
    Bands b{Series(x.size(), NaN), Series(x.size(), NaN), Series(x.size(), NaN)};
    for (std::size_t i = n - 1; i < x.size(); ++i) {
        const double mean = windowSum(x, i + 1 - n, i) / n;
        const double sigma = std::sqrt(windowVariance(x, i, n, n));
        b.middle[i] = mean;
        b.upper[i] = mean + k * sigma;
        b.lower[i] = mean - k * sigma;
    }
    return b;
}

inline Series rsi(const Series &x, int n)
{
    Series out(x.size(), NaN);
    if (x.size() <= std::size_t(n))
        return out;
    double g = 0, l = 0;
    for (int i = 1; i <= n; ++i) {
        const double c = x[i] - x[i - 1];
        g += c > 0 ? c : 0;
        l += c < 0 ? -c : 0;
    }
    g /= n;
    l /= n;
    auto value = [&] { return g + l == 0 ? 0.0 : 100 * g / (g + l); };
    out[n] = value();
    for (std::size_t i = n + 1; i < x.size(); ++i) {
        const double c = x[i] - x[i - 1];
        g = (g * (n - 1) + (c > 0 ? c : 0)) / n;
        l = (l * (n - 1) + (c < 0 ? -c : 0)) / n;
        out[i] = value();
    }
    return out;
}

struct Macd {
    Series line, signal, hist;
};
inline Macd macd(const Series &x, int fast, int slow, int sig)
{
    const std::size_t n = x.size();
    Macd m{Series(n, NaN), Series(n, NaN), Series(n, NaN)};
    const std::size_t seed = slow - 1;
    double f = windowSum(x, seed + 1 - fast, seed) / fast;
    double s = windowSum(x, 0, seed) / slow;
    const double kf = 2.0 / (fast + 1), ks = 2.0 / (slow + 1);
    Series line(n, NaN);
    line[seed] = f - s;
    for (std::size_t i = seed + 1; i < n; ++i) {
        f = f + kf * (x[i] - f);
        s = s + ks * (x[i] - s);
        line[i] = f - s;
    }
    // Signal: EMA(sig) of the line seeded with the mean of its first sig values.
    const std::size_t first = seed + sig - 1;
    if (first >= n)
        return m;
    double e = windowSum(line, seed, first) / sig;
    const double k = 2.0 / (sig + 1);
    for (std::size_t i = first; i < n; ++i) {
        if (i > first)
            e = e + k * (line[i] - e);
        m.line[i] = line[i];
        m.signal[i] = e;
        m.hist[i] = line[i] - e;
    }
    return m;
}

inline double trueRange(const BarSeries &b, std::size_t i)
{
    return std::max({b.high[i] - b.low[i], std::abs(b.high[i] - b.close[i - 1]), std::abs(b.low[i] - b.close[i - 1])});
}

inline Series atr(const BarSeries &b, int n)
{
    Series out(b.size(), NaN);
    if (b.size() <= std::size_t(n))
        return out;
    double a = 0;
    for (int i = 1; i <= n; ++i)
        a += trueRange(b, i);
    a /= n;
    out[n] = a;
    for (std::size_t i = n + 1; i < b.size(); ++i) {
        a = (a * (n - 1) + trueRange(b, i)) / n;
        out[i] = a;
    }
    return out;
}

inline double highest(const Series &x, std::size_t i, int n)
{
    return *std::max_element(x.begin() + (i + 1 - n), x.begin() + i + 1);
}
inline double lowest(const Series &x, std::size_t i, int n)
{
    return *std::min_element(x.begin() + (i + 1 - n), x.begin() + i + 1);
}

struct Stoch {
    Series k, d;
};
inline Stoch stoch(const BarSeries &b, int fk, int sk, int sd)
{
    const std::size_t n = b.size();
    Series fast(n, NaN);
    for (std::size_t i = fk - 1; i < n; ++i) {
        const double hh = highest(b.high, i, fk), ll = lowest(b.low, i, fk);
        fast[i] = hh == ll ? 0 : 100 * (b.close[i] - ll) / (hh - ll);
    }
    const Series slowK = sma(fast, sk, fk - 1);
    const Series slowD = sma(slowK, sd, fk - 1 + sk - 1);
    Stoch s{Series(n, NaN), Series(n, NaN)};
    for (std::size_t i = (fk - 1) + (sk - 1) + (sd - 1); i < n; ++i) {
        s.k[i] = slowK[i];
        s.d[i] = slowD[i];
    }
    return s;
}

struct Adx {
    Series adx, plus, minus;
};
inline Adx adx(const BarSeries &b, int n)
{
    const std::size_t size = b.size();
    Adx r{Series(size, NaN), Series(size, NaN), Series(size, NaN)};
    Series pdm(size, 0), mdm(size, 0), tr(size, 0);
    for (std::size_t i = 1; i < size; ++i) {
        const double up = b.high[i] - b.high[i - 1];
        const double down = b.low[i - 1] - b.low[i];
        pdm[i] = (up > down && up > 0) ? up : 0;
        mdm[i] = (down > up && down > 0) ? down : 0;
        tr[i] = trueRange(b, i);
    }
    double sp = 0, sm = 0, st = 0;
    for (int i = 1; i <= n - 1; ++i) {
        sp += pdm[i];
        sm += mdm[i];
        st += tr[i];
    }
    Series dx(size, NaN), dip(size, NaN), dim(size, NaN);
    for (std::size_t i = n; i < size; ++i) {
        sp = sp - sp / n + pdm[i];
        sm = sm - sm / n + mdm[i];
        st = st - st / n + tr[i];
        dip[i] = st == 0 ? 0 : 100 * sp / st;
        dim[i] = st == 0 ? 0 : 100 * sm / st;
        dx[i] = dip[i] + dim[i] == 0 ? 0 : 100 * std::abs(dip[i] - dim[i]) / (dip[i] + dim[i]);
    }
    const std::size_t first = 2 * n - 1;
    if (first >= size)
        return r;
    double a = windowSum(dx, n, first) / n;
    for (std::size_t i = first; i < size; ++i) {
        if (i > first)
            a = (a * (n - 1) + dx[i]) / n;
        r.adx[i] = a;
        r.plus[i] = dip[i];
        r.minus[i] = dim[i];
    }
    return r;
}

inline Series typical(const BarSeries &b)
{
    Series tp(b.size());
    for (std::size_t i = 0; i < b.size(); ++i)
        tp[i] = (b.high[i] + b.low[i] + b.close[i]) / 3;
    return tp;
}

inline Series cci(const BarSeries &b, int n)
{
    const Series tp = typical(b);
    Series out(b.size(), NaN);
    for (std::size_t i = n - 1; i < b.size(); ++i) {
        const double mean = windowSum(tp, i + 1 - n, i) / n;
        double mad = 0;
        for (std::size_t j = i + 1 - n; j <= i; ++j)
            mad += std::abs(tp[j] - mean);
        mad /= n;
        out[i] = mad == 0 ? 0 : (tp[i] - mean) / (0.015 * mad);
    }
    return out;
}

inline Series willr(const BarSeries &b, int n)
{
    Series out(b.size(), NaN);
    for (std::size_t i = n - 1; i < b.size(); ++i) {
        const double hh = highest(b.high, i, n), ll = lowest(b.low, i, n);
        out[i] = hh == ll ? 0 : -100 * (hh - b.close[i]) / (hh - ll);
    }
    return out;
}

inline Series mfi(const BarSeries &b, int n)
{
    const Series tp = typical(b);
    Series out(b.size(), NaN);
    for (std::size_t i = n; i < b.size(); ++i) {
        double pos = 0, neg = 0;
        for (std::size_t j = i + 1 - n; j <= i; ++j) {
            if (tp[j] > tp[j - 1])
                pos += tp[j] * b.volume[j];
            else if (tp[j] < tp[j - 1])
                neg += tp[j] * b.volume[j];
        }
        out[i] = pos + neg < 1 ? 0 : 100 * pos / (pos + neg);
    }
    return out;
}

inline Series obv(const BarSeries &b)
{
    Series out(b.size(), NaN);
    double v = 0;
    for (std::size_t i = 0; i < b.size(); ++i) {
        if (i == 0)
            v = b.volume[0];
        else if (b.close[i] > b.close[i - 1])
            v += b.volume[i];
        else if (b.close[i] < b.close[i - 1])
            v -= b.volume[i];
        out[i] = v;
    }
    return out;
}

inline Series roc(const Series &x, int n)
{
    Series out(x.size(), NaN);
    for (std::size_t i = n; i < x.size(); ++i)
        out[i] = x[i - n] == 0 ? 0 : 100 * (x[i] / x[i - n] - 1);
    return out;
}

// ---- rolling statistics ----------------------------------------------------------------------

inline Series rollingStd(const Series &x, int w, bool sample)
{
    Series out(x.size(), NaN);
    for (std::size_t i = w - 1; i < x.size(); ++i)
        out[i] = std::sqrt(windowVariance(x, i, w, sample ? w - 1 : w));
    return out;
}

inline double windowCovariance(const Series &x, const Series &y, std::size_t i, int w)
{
    const double mx = windowSum(x, i + 1 - w, i) / w, my = windowSum(y, i + 1 - w, i) / w;
    double c = 0;
    for (std::size_t j = i + 1 - w; j <= i; ++j)
        c += (x[j] - mx) * (y[j] - my);
    return c;
}

struct Line {
    Series slope, intercept;
};
inline Line linreg(const Series &y, int w)
{
    Line r{Series(y.size(), NaN), Series(y.size(), NaN)};
    const double mx = (w - 1) / 2.0;
    for (std::size_t i = w - 1; i < y.size(); ++i) {
        const double my = windowSum(y, i + 1 - w, i) / w;
        double sxy = 0, sxx = 0;
        for (int j = 0; j < w; ++j) {
            sxy += (j - mx) * (y[i + 1 - w + j] - my);
            sxx += (j - mx) * (j - mx);
        }
        r.slope[i] = sxy / sxx;
        r.intercept[i] = my - r.slope[i] * mx;
    }
    return r;
}

// ---- test data -------------------------------------------------------------------------------

/// Uniform double in [0, 1) from the top 53 bits: identical on every platform (unlike the
/// standard distributions, whose algorithms are implementation-defined).
inline double uniform(std::mt19937_64 &rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

/// A seeded random-walk OHLCV series around 1000 with valid bars (low ≤ open, close ≤ high),
/// occasional unchanged closes and zero-volume days, so the tie rules are exercised.
inline BarSeries randomWalk(std::size_t count, std::uint64_t seed = 20240611)
{
    std::mt19937_64 rng(seed);
    BarSeries b;
    b.symbol = QStringLiteral("WALK");
    b.reserve(count);
    double close = 1000;
    for (std::size_t i = 0; i < count; ++i) {
        const double open = close * (1 + 0.004 * (uniform(rng) - 0.5));
        const double u = uniform(rng);
        if (u > 0.03) // 3% of days the close does not move
            close = open * (1 + 0.03 * (uniform(rng) - 0.5));
        const double high = std::max(open, close) * (1 + 0.01 * uniform(rng));
        const double low = std::min(open, close) * (1 - 0.01 * uniform(rng));
        const double volume = uniform(rng) < 0.02 ? 0.0 : std::round(1e5 + 9e5 * uniform(rng));
        b.append(Bar{DayNumber(i), open, high, low, close, close, volume});
    }
    return b;
}

/// A series from closes (and optionally highs, lows, volumes); open = close.
inline BarSeries bars(const std::vector<double> &close, const std::vector<double> &high = {},
                      const std::vector<double> &low = {}, const std::vector<double> &volume = {})
{
    BarSeries b;
    for (std::size_t i = 0; i < close.size(); ++i) {
        const double h = high.empty() ? close[i] : high[i];
        const double l = low.empty() ? close[i] : low[i];
        const double v = volume.empty() ? 1000.0 : volume[i];
        b.append(Bar{DayNumber(i), close[i], h, l, close[i], close[i], v});
    }
    return b;
}

} // namespace rutile::test::naive
