#include "indicators/Oscillators.h"

#include <algorithm>
#include <cmath>

namespace rutile::indicators {

using detail::kNaN;

// ---- RSI -------------------------------------------------------------------------------------

int lookback(const RsiParams &p)
{
    return p.period;
}

Status validate(const RsiParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

namespace {

inline double rsiValue(double gain, double loss)
{
    const double total = gain + loss;
    return total == 0 ? 0.0 : 100.0 * gain / total;
}

// max(change, 0) and max(−change, 0) without a branch: whether a price rises or falls is a coin
// toss, and the branch that std::max compiled to was mispredicted on about every other bar
// (RSI took 3× as long). Exact: c + |c| is 2c or 0, and halving is exact (|c| < 8e307).
inline double gainOf(double change)
{
    return 0.5 * (change + std::abs(change));
}
inline double lossOf(double change)
{
    return 0.5 * (std::abs(change) - change);
}

} // namespace

Status rsi(std::span<const double> in, const RsiParams &p, std::span<double> out)
{
    if (Status s = validate(p, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    const detail::StableInput input(in, {out}, true);
    const double *x = input.data();
    const std::size_t n = in.size();
    const std::size_t np = std::size_t(p.period);
    if (np >= n) {
        detail::fillNaN(out.data(), n);
        return {};
    }
    // Seed from changes 1..n, read before anything is written (in-place use).
    double gain = 0;
    double loss = 0;
    for (std::size_t i = 1; i <= np; ++i) {
        const double change = x[i] - x[i - 1];
        gain += std::max(change, 0.0);
        loss += std::max(-change, 0.0);
    }
    gain /= p.period;
    loss /= p.period;
    double prev = x[np];
    detail::fillNaN(out.data(), np);
    out[np] = rsiValue(gain, loss);

    // Two independent Wilder chains; the second bar of each pair is advanced from the first
    // pair member's state with step2() so that each chain has one dependency per two bars.
    const detail::Smoother sm = detail::Smoother::wilder(p.period);
    std::size_t i = np + 1;
    for (; i + 2 <= n; i += 2) {
        const double x1 = x[i];
        const double x2 = x[i + 1];
        const double c1 = x1 - prev;
        const double c2 = x2 - x1;
        const double g1 = gainOf(c1);
        const double l1 = lossOf(c1);
        const double g2 = gainOf(c2);
        const double l2 = lossOf(c2);
        out[i] = rsiValue(sm.step(gain, g1), sm.step(loss, l1));
        gain = sm.step2(gain, g1, g2);
        loss = sm.step2(loss, l1, l2);
        out[i + 1] = rsiValue(gain, loss);
        prev = x2;
    }
    if (i < n) {
        const double change = x[i] - prev;
        gain = sm.step(gain, gainOf(change));
        loss = sm.step(loss, lossOf(change));
        out[i] = rsiValue(gain, loss);
    }
    return {};
}

// ---- MACD ------------------------------------------------------------------------------------

int lookback(const MacdParams &p)
{
    return (p.slow - 1) + (p.signal - 1);
}

Status validate(const MacdParams &p, std::size_t length)
{
    if (Status s = detail::checkPeriod("slow", p.slow, 2, length); !s)
        return s;
    if (Status s = detail::checkRange("fast", p.fast, 1, p.slow - 1); !s)
        return s;
    return detail::checkRange("signal", p.signal, 1, kMaxPeriod);
}

Status macd(std::span<const double> in, const MacdParams &p, std::span<double> line, std::span<double> signal,
            std::span<double> hist)
{
    if (Status s = validate(p, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {line.size(), signal.size(), hist.size()}); !s)
        return s;
    if (Status s = detail::checkDistinctOutputs({line, signal, hist}); !s)
        return s;
    const detail::StableInput input(in, {line, signal, hist}, true);
    const double *x = input.data();
    const std::size_t n = in.size();
    const std::size_t seedAt = std::size_t(p.slow) - 1;
    const std::size_t first = std::size_t(lookback(p));
    if (first >= n) {
        detail::fillNaN(line.data(), n);
        detail::fillNaN(signal.data(), n);
        detail::fillNaN(hist.data(), n);
        return {};
    }
    const detail::Smoother fastSm = detail::Smoother::ema(p.fast);
    const detail::Smoother slowSm = detail::Smoother::ema(p.slow);
    const detail::Smoother signalSm = detail::Smoother::ema(p.signal);

    // Seeds and the signal's seed window [seedAt, first], all read before any write.
    double slowEma = detail::plainSum(x, 0, seedAt + 1) / p.slow;
    double fastEma = detail::plainSum(x, seedAt + 1 - std::size_t(p.fast), seedAt + 1) / p.fast;
    double lineSum = fastEma - slowEma;
    for (std::size_t i = seedAt + 1; i <= first; ++i) {
        fastEma = fastSm.step(fastEma, x[i]);
        slowEma = slowSm.step(slowEma, x[i]);
        lineSum += fastEma - slowEma;
    }
    double sig = lineSum / p.signal;
    double *outLine = line.data();
    double *outSignal = signal.data();
    double *outHist = hist.data();
    detail::fillNaN(outLine, first);
    detail::fillNaN(outSignal, first);
    detail::fillNaN(outHist, first);
    outLine[first] = fastEma - slowEma;
    outSignal[first] = sig;
    outHist[first] = (fastEma - slowEma) - sig;

    // Three chains per bar; the signal chain depends on the line of the same bar only.
    std::size_t i = first + 1;
    for (; i + 2 <= n; i += 2) {
        const double x1 = x[i];
        const double x2 = x[i + 1];
        const double line1 = fastSm.step(fastEma, x1) - slowSm.step(slowEma, x1);
        fastEma = fastSm.step2(fastEma, x1, x2);
        slowEma = slowSm.step2(slowEma, x1, x2);
        const double line2 = fastEma - slowEma;
        const double sig1 = signalSm.step(sig, line1);
        sig = signalSm.step2(sig, line1, line2);
        outLine[i] = line1;
        outSignal[i] = sig1;
        outHist[i] = line1 - sig1;
        outLine[i + 1] = line2;
        outSignal[i + 1] = sig;
        outHist[i + 1] = line2 - sig;
    }
    if (i < n) {
        fastEma = fastSm.step(fastEma, x[i]);
        slowEma = slowSm.step(slowEma, x[i]);
        const double l = fastEma - slowEma;
        sig = signalSm.step(sig, l);
        outLine[i] = l;
        outSignal[i] = sig;
        outHist[i] = l - sig;
    }
    return {};
}

// ---- Stochastic ------------------------------------------------------------------------------

int lookback(const StochParams &p)
{
    return (p.fastK - 1) + (p.slowK - 1) + (p.slowD - 1);
}

Status validate(const StochParams &p, std::size_t length)
{
    if (Status s = detail::checkPeriod("fast_k", p.fastK, 1, length); !s)
        return s;
    if (Status s = detail::checkRange("slow_k", p.slowK, 1, kMaxPeriod); !s)
        return s;
    return detail::checkRange("slow_d", p.slowD, 1, kMaxPeriod);
}

Status stoch(std::span<const double> high, std::span<const double> low, std::span<const double> close,
             const StochParams &p, std::span<double> k, std::span<double> d)
{
    if (Status s = validate(p, close.size()); !s)
        return s;
    if (Status s = detail::checkLengths(close.size(), {high.size(), low.size(), k.size(), d.size()}); !s)
        return s;
    if (Status s = detail::checkDistinctOutputs({k, d}); !s)
        return s;
    const detail::StableInput h(high, {k, d});
    const detail::StableInput l(low, {k, d});
    const detail::StableInput c(close, {k, d});
    const std::size_t n = close.size();
    const std::size_t fk = std::size_t(p.fastK) - 1;       // first fast %K
    const std::size_t sk = fk + std::size_t(p.slowK) - 1;  // first slow %K
    const std::size_t first = std::size_t(lookback(p));    // first slow %D: the first output

    // Fast %K goes into d (as scratch), slow %K from it into k, slow %D from k into d.
    detail::RollingExtreme<true> highest(h.data(), p.fastK);
    detail::RollingExtreme<false> lowest(l.data(), p.fastK);
    for (std::size_t i = fk; i < n; ++i) {
        const double hh = highest.at(i);
        const double ll = lowest.at(i);
        const double range = hh - ll;
        d[i] = range == 0 ? 0.0 : 100.0 * (c.data()[i] - ll) / range;
    }
    if (fk < n)
        detail::rollingMean(d.data() + fk, n - fk, p.slowK, k.data() + fk);
    if (sk < n)
        detail::rollingMean(k.data() + sk, n - sk, p.slowD, d.data() + sk);
    detail::fillNaN(k.data(), std::min(first, n));
    detail::fillNaN(d.data(), std::min(first, n));
    return {};
}

// ---- CCI -------------------------------------------------------------------------------------

int lookback(const CciParams &p)
{
    return p.period - 1;
}

Status validate(const CciParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status cci(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           const CciParams &p, std::span<double> out)
{
    if (Status s = validate(p, close.size()); !s)
        return s;
    if (Status s = detail::checkLengths(close.size(), {high.size(), low.size(), out.size()}); !s)
        return s;
    const detail::StableInput h(high, {out});
    const detail::StableInput l(low, {out});
    const detail::StableInput c(close, {out});
    const std::size_t n = close.size();
    const std::size_t np = std::size_t(p.period);
    double *tp = out.data();
    // The typical prices go into the output first; walking backwards, the window of bar i
    // (indices ≤ i) still holds typical prices when CCI(i) replaces TP(i): no buffer needed.
    for (std::size_t i = 0; i < n; ++i)
        tp[i] = (h.data()[i] + l.data()[i] + c.data()[i]) / 3.0;
    for (std::size_t i = n; i-- > np - 1;) {
        const std::size_t from = i + 1 - np;
        const double mean = detail::plainSum(tp, from, i + 1) / p.period;
        double deviation = 0;
        for (std::size_t j = from; j <= i; ++j)
            deviation += std::abs(tp[j] - mean);
        deviation /= p.period;
        const double diff = tp[i] - mean;
        out[i] = deviation == 0 ? 0.0 : diff / (0.015 * deviation);
    }
    detail::fillNaN(out.data(), np - 1);
    return {};
}

// ---- Williams %R ------------------------------------------------------------------------------

int lookback(const WillrParams &p)
{
    return p.period - 1;
}

Status validate(const WillrParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status willr(std::span<const double> high, std::span<const double> low, std::span<const double> close,
             const WillrParams &p, std::span<double> out)
{
    if (Status s = validate(p, close.size()); !s)
        return s;
    if (Status s = detail::checkLengths(close.size(), {high.size(), low.size(), out.size()}); !s)
        return s;
    const detail::StableInput h(high, {out});
    const detail::StableInput l(low, {out});
    const detail::StableInput c(close, {out});
    const std::size_t n = close.size();
    const std::size_t first = std::size_t(p.period) - 1;
    detail::RollingExtreme<true> highest(h.data(), p.period);
    detail::RollingExtreme<false> lowest(l.data(), p.period);
    for (std::size_t i = first; i < n; ++i) {
        const double hh = highest.at(i);
        const double ll = lowest.at(i);
        const double range = hh - ll;
        out[i] = range == 0 ? 0.0 : -100.0 * (hh - c.data()[i]) / range;
    }
    detail::fillNaN(out.data(), first);
    return {};
}

// ---- ROC -------------------------------------------------------------------------------------

int lookback(const RocParams &p)
{
    return p.period;
}

Status validate(const RocParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status roc(std::span<const double> in, const RocParams &p, std::span<double> out)
{
    if (Status s = validate(p, in.size()); !s)
        return s;
    if (Status s = detail::checkLengths(in.size(), {out.size()}); !s)
        return s;
    // Backwards: out[t] needs in[t] and in[t − n], neither written yet, so the output may be
    // the input buffer.
    const detail::StableInput input(in, {out}, true);
    const double *x = input.data();
    const std::size_t np = std::size_t(p.period);
    for (std::size_t t = in.size(); t-- > np;) {
        const double base = x[t - np];
        out[t] = base == 0 ? 0.0 : 100.0 * (x[t] / base - 1.0);
    }
    detail::fillNaN(out.data(), std::min(np, in.size()));
    return {};
}

} // namespace rutile::indicators
