#pragma once

// Internal helpers shared by the indicator kernels: argument checks with translated messages,
// the aliasing guard and the small numeric building blocks (EMA / Wilder steps, rolling sums).
// Not part of the public API; include the indicator headers instead.

#include "util/Error.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <limits>
#include <span>
#include <vector>

namespace rutile::indicators {

/// Largest window any indicator accepts (TA-Lib's limit too).
inline constexpr int kMaxPeriod = 100000;

namespace detail {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Running sums are recomputed exactly from the window at least every this many bars, so
/// rounding cannot accumulate: the error of a running sum after m updates is bounded by about
/// m·ε·|sum|, and m ≤ max(kReanchor, 2·period) keeps it near 1e-13 relative (INDICATORS.md
/// "Numbers": a drifting running sum is not acceptable). Neither 1000 nor 2·period + 1 is a
/// multiple of 512: rollingMean() runs four blocks side by side, and blocks 4096·k bytes apart
/// put the loads and stores of all four at the same address modulo 4096, which the CPU
/// mistakes for a dependency (4K aliasing; SMA ran 40 % slower with 1024).
inline constexpr std::size_t kReanchor = 1000;
inline std::size_t reanchorInterval(int period)
{
    return std::max<std::size_t>(kReanchor, 2 * std::size_t(period) + 1);
}

/// `name (value) out of range [minimum, maximum]` unless minimum ≤ value ≤ maximum.
Status checkRange(const char *name, int value, int minimum, int maximum);
/// checkRange for a double parameter (NaN fails).
Status checkRange(const char *name, double value, double minimum, double maximum);
/// A window parameter: in [minimum, kMaxPeriod] and not longer than the series.
Status checkPeriod(const char *name, int value, int minimum, std::size_t length);
/// Every span in `spans` must hold `length` values (an output or a second input of another
/// length is a programming error in the caller, reported rather than overrun).
Status checkLengths(std::size_t length, std::initializer_list<std::size_t> spans);
/// Outputs must not overlap each other.
Status checkDistinctOutputs(std::initializer_list<std::span<const double>> outputs);

inline bool overlaps(std::span<const double> a, std::span<const double> b)
{
    if (a.empty() || b.empty())
        return false;
    const std::less<const double *> less;
    return less(a.data(), b.data() + b.size()) && less(b.data(), a.data() + a.size());
}

/// Makes an input safe to read while the outputs are written. Kernels whose loop reads
/// every input it needs before writing the same index declare `sameBufferSafe` and run in
/// place without a copy when an output is exactly the input buffer; any other overlap
/// (or any overlap for kernels that read lagged inputs) reads from a private copy.
class StableInput {
public:
    StableInput(std::span<const double> in, std::initializer_list<std::span<const double>> outputs,
                bool sameBufferSafe = false)
        : m_view(in)
    {
        for (std::span<const double> out : outputs) {
            if (!overlaps(in, out))
                continue;
            if (sameBufferSafe && out.data() == in.data() && out.size() == in.size())
                continue;
            m_copy.assign(in.begin(), in.end());
            m_view = m_copy;
            return;
        }
    }
    StableInput(const StableInput &) = delete;
    StableInput &operator=(const StableInput &) = delete;

    const double *data() const { return m_view.data(); }
    std::span<const double> span() const { return m_view; }

private:
    std::vector<double> m_copy;
    std::span<const double> m_view;
};

inline void fillNaN(double *out, std::size_t count)
{
    std::fill(out, out + count, kNaN);
}

/// Exponential smoothing `s ← s + k·(x − s)` with k = 2/(n+1) (EMA) or 1/n (Wilder).
///
/// step() evaluates it as `x + a·(s − x)` with a = 1 − k: the same recurrence, but the
/// dependency chain from one bar to the next is one subtraction, one multiplication and one
/// addition, and a constant input stays exactly constant (s − x = 0). step2() advances two
/// bars with the chain of one: s₂ = x₂ + a²·(s − x₂) + k·a·(x₁ − x₂), which halves the latency
/// per bar; the difference from two single steps is rounding (the recurrence contracts, so
/// such differences do not grow).
struct Smoother {
    double k = 0;
    double a = 0;
    double a2 = 0;
    double ka = 0;

    static Smoother ema(int period) { return fromK(2.0 / (period + 1.0)); }
    static Smoother wilder(int period) { return fromK(1.0 / period); }
    static Smoother fromK(double k) { return Smoother{k, 1.0 - k, (1.0 - k) * (1.0 - k), k * (1.0 - k)}; }

    double step(double s, double x) const { return x + a * (s - x); }
    double step2(double s, double x1, double x2) const { return x2 + (a2 * (s - x2) + ka * (x1 - x2)); }
};

/// Runs a smoother over x[begin, end) starting from state `s` (the value at begin − 1) and
/// writes the state after each bar to out[i]. Returns the final state.
inline double smoothRun(const Smoother &sm, double s, const double *x, double *out, std::size_t begin,
                        std::size_t end)
{
    std::size_t i = begin;
    for (; i + 2 <= end; i += 2) {
        const double x1 = x[i];
        const double x2 = x[i + 1];
        out[i] = sm.step(s, x1);
        s = sm.step2(s, x1, x2);
        out[i + 1] = s;
    }
    if (i < end) {
        s = sm.step(s, x[i]);
        out[i] = s;
    }
    return s;
}

/// Plain left-to-right sum of x[first, last), the summation the reference uses.
inline double plainSum(const double *x, std::size_t first, std::size_t last)
{
    double s = 0;
    for (std::size_t j = first; j < last; ++j)
        s += x[j];
    return s;
}

/// Rolling mean of x[0, n) over `period` values into out[0, n): NaN before period − 1.
/// Running sums in four interleaved lanes (independent dependency chains), each re-anchored
/// by an exact sum every reanchorInterval() bars, multiplied by 1/period as they are stored
/// (the division per bar, in a separate pass, took 40 % of the time; s·(1/n) differs from s/n
/// by at most one unit in the last place). x and out must not overlap.
void rollingMean(const double *x, std::size_t n, int period, double *out);

/// Index of the largest (smallest) value in x[first, last]; the newest wins ties, which makes
/// the rescan in RollingExtreme rarer.
inline std::size_t argMax(const double *x, std::size_t first, std::size_t last)
{
    std::size_t best = first;
    for (std::size_t j = first + 1; j <= last; ++j) {
        if (x[j] >= x[best])
            best = j;
    }
    return best;
}
inline std::size_t argMin(const double *x, std::size_t first, std::size_t last)
{
    std::size_t best = first;
    for (std::size_t j = first + 1; j <= last; ++j) {
        if (x[j] <= x[best])
            best = j;
    }
    return best;
}

/// Highest (Max = true) or lowest value of the last `period` values as the window slides one
/// bar at a time. Keeps the index of the current extreme and rescans only when it leaves the
/// window (TA-Lib's MAX/MIN strategy): O(1) per bar on typical prices, O(period) per bar in
/// the worst case (a monotone run against the extreme), and no allocation.
template <bool Max>
class RollingExtreme {
public:
    RollingExtreme(const double *x, int period) : m_x(x), m_period(std::size_t(period)) {}

    /// The extreme of x[i − period + 1, i]; call with consecutive i starting at period − 1.
    double at(std::size_t i)
    {
        const std::size_t first = i + 1 - m_period;
        if (!m_valid || m_index < first) {
            m_index = Max ? argMax(m_x, first, i) : argMin(m_x, first, i);
            m_valid = true;
        } else if (Max ? m_x[i] >= m_x[m_index] : m_x[i] <= m_x[m_index]) {
            m_index = i;
        }
        return m_x[m_index];
    }

private:
    const double *m_x;
    std::size_t m_period;
    std::size_t m_index = 0;
    bool m_valid = false;
};

} // namespace detail
} // namespace rutile::indicators
