#include "indicators/MovingAverages.h"

namespace rutile::indicators {

using detail::kNaN;

// ---- SMA ---------------------------------------------------------------------------------

int lookback(const SmaParams &p)
{
    return p.period - 1;
}

Status validate(const SmaParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status sma(std::span<const double> in, const SmaParams &p, std::span<double> out)
{
    if (Status s = validate(p, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput x(in, {out});
    detail::rollingMean(x.data(), in.size(), p.period, out.data());
    return {};
}

// ---- EMA ---------------------------------------------------------------------------------

namespace detail {

void emaFrom(const double *x, std::size_t first, std::size_t n, int period, double *out)
{
    const std::size_t seedAt = first + std::size_t(period) - 1;
    // The seed is computed before anything is written, so in-place use is safe.
    const double seed = plainSum(x, first, seedAt + 1) / period;
    fillNaN(out + first, seedAt - first);
    out[seedAt] = seed;
    smoothRun(Smoother::ema(period), seed, x, out, seedAt + 1, n);
}

} // namespace detail

int lookback(const EmaParams &p)
{
    return p.period - 1;
}

Status validate(const EmaParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status ema(std::span<const double> in, const EmaParams &p, std::span<double> out)
{
    if (Status s = validate(p, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput x(in, {out}, true);
    detail::emaFrom(x.data(), 0, in.size(), p.period, out.data());
    return {};
}

// ---- WMA ---------------------------------------------------------------------------------

int lookback(const WmaParams &p)
{
    return p.period - 1;
}

Status validate(const WmaParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status wma(std::span<const double> in, const WmaParams &p, std::span<double> out)
{
    if (Status s = validate(p, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput input(in, {out});
    const double *x = input.data();
    const std::size_t n = in.size();
    const std::size_t np = std::size_t(p.period);
    const double dn = p.period;
    const double divisor = dn * (dn + 1.0) / 2.0;
    detail::fillNaN(out.data(), np - 1);

    // Window sum S and weighted sum W = Σ w·x. Sliding one bar: W ← W − S + n·x_new (every old
    // weight drops by one, the oldest to zero), then S ← S − x_old + x_new. Both are
    // recomputed exactly every reanchorInterval() bars.
    const std::size_t block = detail::reanchorInterval(p.period);
    for (std::size_t i = np - 1; i < n; i += block) {
        double sum = 0;
        double weighted = 0;
        for (std::size_t j = 0; j < np; ++j) {
            const double v = x[i + 1 - np + j];
            sum += v;
            weighted += double(j + 1) * v;
        }
        out[i] = weighted / divisor;
        const std::size_t end = std::min(n, i + block);
        for (std::size_t j = i + 1; j < end; ++j) {
            weighted += dn * x[j] - sum;
            sum += x[j] - x[j - np];
            out[j] = weighted / divisor;
        }
    }
    return {};
}

// ---- DEMA / TEMA ---------------------------------------------------------------------------

int lookback(const DemaParams &p)
{
    return 2 * (p.period - 1);
}

Status validate(const DemaParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status dema(std::span<const double> in, const DemaParams &p, std::span<double> out)
{
    if (Status s = validate(p, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput x(in, {out}, true);
    const std::size_t n = in.size();
    const std::size_t np = std::size_t(p.period);
    const std::size_t first = 2 * (np - 1);
    // out holds EMA1 first; EMA2 then runs over it, reading out[i] before replacing it.
    detail::emaFrom(x.data(), 0, n, p.period, out.data());
    if (first >= n) {
        detail::fillNaN(out.data(), n);
        return {};
    }
    double e2 = detail::plainSum(out.data(), np - 1, first + 1) / p.period;
    const detail::Smoother sm = detail::Smoother::ema(p.period);
    const double e1First = out[first];
    detail::fillNaN(out.data(), first);
    out[first] = 2.0 * e1First - e2;
    for (std::size_t i = first + 1; i < n; ++i) {
        const double e1 = out[i];
        e2 = sm.step(e2, e1);
        out[i] = 2.0 * e1 - e2;
    }
    return {};
}

int lookback(const TemaParams &p)
{
    return 3 * (p.period - 1);
}

Status validate(const TemaParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status tema(std::span<const double> in, const TemaParams &p, std::span<double> out)
{
    if (Status s = validate(p, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput x(in, {out}, true);
    const std::size_t n = in.size();
    const std::size_t np = std::size_t(p.period);
    const std::size_t second = 2 * (np - 1); // EMA2 seeded here
    const std::size_t third = 3 * (np - 1);  // EMA3 seeded here: the first output
    detail::emaFrom(x.data(), 0, n, p.period, out.data());
    if (third >= n) {
        detail::fillNaN(out.data(), n);
        return {};
    }
    const detail::Smoother sm = detail::Smoother::ema(p.period);
    double e2 = detail::plainSum(out.data(), np - 1, second + 1) / p.period;
    // EMA3's seed is the mean of EMA2 over [second, third]; EMA2 is not stored, so its values
    // are summed as they are produced.
    double e3Sum = e2;
    for (std::size_t i = second + 1; i <= third; ++i) {
        e2 = sm.step(e2, out[i]);
        e3Sum += e2;
    }
    double e3 = e3Sum / p.period;
    const double e1Third = out[third];
    detail::fillNaN(out.data(), third);
    out[third] = 3.0 * e1Third - 3.0 * e2 + e3;
    for (std::size_t i = third + 1; i < n; ++i) {
        const double e1 = out[i];
        e2 = sm.step(e2, e1);
        e3 = sm.step(e3, e2);
        out[i] = 3.0 * e1 - 3.0 * e2 + e3;
    }
    return {};
}

} // namespace rutile::indicators
