#pragma once

// Streaming twins of the batch indicators: a small state object that takes one bar at a time
// and returns the newest values, for the live bar of a chart or a strategy running bar by bar.
//
// Each stream follows the batch kernel's convention exactly: NaN until the batch lookback,
// the same seeds, the same recurrences. Tests prove update() after every bar equals the batch
// output at that bar (to rounding: the batch kernels use running sums and two-bar steps where
// the streams re-sum their window). Windowed streams keep the window in a ring buffer and
// re-sum it on each update (O(period) per bar, exact, no drift on endless streams).
//
// Parameters must be valid (validate(params, SIZE_MAX) ok); createStream() in
// IndicatorRegistry.h checks them and wraps a stream behind IndicatorStream.

#include "data/BarSeries.h"
#include "indicators/MovingAverages.h"
#include "indicators/Oscillators.h"
#include "indicators/Trend.h"
#include "indicators/Volatility.h"
#include "indicators/Volume.h"

#include <array>
#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace rutile::indicators {

/// The last `capacity` values pushed, oldest first.
class RingBuffer {
public:
    explicit RingBuffer(std::size_t capacity = 1) : m_values(capacity) {}

    void push(double value)
    {
        m_values[m_next] = value;
        m_next = m_next + 1 == m_values.size() ? 0 : m_next + 1;
        if (m_size < m_values.size())
            ++m_size;
    }
    std::size_t size() const { return m_size; }
    bool full() const { return m_size == m_values.size(); }
    /// k = 0 is the oldest value held, size() − 1 the newest.
    double operator[](std::size_t k) const
    {
        const std::size_t start = m_size < m_values.size() ? 0 : m_next;
        const std::size_t at = start + k;
        return m_values[at >= m_values.size() ? at - m_values.size() : at];
    }
    double newest() const { return (*this)[m_size - 1]; }
    /// Plain oldest-to-newest sum, the batch anchor's summation.
    double sum() const;
    double highest() const;
    double lowest() const;

private:
    std::vector<double> m_values;
    std::size_t m_next = 0;
    std::size_t m_size = 0;
};

class SmaStream {
public:
    explicit SmaStream(const SmaParams &p = {});
    double update(double x);

private:
    SmaParams m_p;
    RingBuffer m_window;
};

class EmaStream {
public:
    explicit EmaStream(const EmaParams &p = {});
    double update(double x);

private:
    EmaParams m_p;
    detail::Smoother m_smoother;
    std::size_t m_count = 0;
    double m_sum = 0;
    double m_value = 0;
};

class WmaStream {
public:
    explicit WmaStream(const WmaParams &p = {});
    double update(double x);

private:
    WmaParams m_p;
    RingBuffer m_window;
};

class DemaStream {
public:
    explicit DemaStream(const DemaParams &p = {});
    double update(double x);

private:
    EmaStream m_ema1;
    EmaStream m_ema2;
};

class TemaStream {
public:
    explicit TemaStream(const TemaParams &p = {});
    double update(double x);

private:
    EmaStream m_ema1;
    EmaStream m_ema2;
    EmaStream m_ema3;
};

class RsiStream {
public:
    explicit RsiStream(const RsiParams &p = {});
    double update(double x);

private:
    RsiParams m_p;
    detail::Smoother m_smoother;
    std::size_t m_count = 0;
    double m_prev = 0;
    double m_gain = 0;
    double m_loss = 0;
};

class RocStream {
public:
    explicit RocStream(const RocParams &p = {});
    double update(double x);

private:
    RingBuffer m_window; // period + 1 values: C[t − n] … C[t]
};

/// Outputs in registry order: line, signal, hist.
class MacdStream {
public:
    explicit MacdStream(const MacdParams &p = {});
    std::array<double, 3> update(double x);

private:
    MacdParams m_p;
    detail::Smoother m_fast;
    detail::Smoother m_slow;
    detail::Smoother m_signal;
    RingBuffer m_seedWindow; // the last `fast` closes, for the fast EMA's seed
    std::size_t m_count = 0;
    double m_slowSum = 0;
    double m_fastEma = 0;
    double m_slowEma = 0;
    double m_lineSum = 0;
    double m_signalEma = 0;
};

/// Outputs: upper, middle, lower.
class BbandsStream {
public:
    explicit BbandsStream(const BbandsParams &p = {});
    std::array<double, 3> update(double x);

private:
    BbandsParams m_p;
    RingBuffer m_window;
};

class AtrStream {
public:
    explicit AtrStream(const AtrParams &p = {});
    double update(const Bar &bar);

private:
    AtrParams m_p;
    detail::Smoother m_smoother;
    std::size_t m_count = 0;
    double m_prevClose = 0;
    double m_sum = 0;
    double m_value = 0;
};

/// Outputs: k, d.
class StochStream {
public:
    explicit StochStream(const StochParams &p = {});
    std::array<double, 2> update(const Bar &bar);

private:
    StochParams m_p;
    RingBuffer m_highs;
    RingBuffer m_lows;
    RingBuffer m_fastK;
    RingBuffer m_slowK;
    std::size_t m_count = 0;
};

/// Outputs: adx, plus_di, minus_di.
class AdxStream {
public:
    explicit AdxStream(const AdxParams &p = {});
    std::array<double, 3> update(const Bar &bar);

private:
    AdxParams m_p;
    std::size_t m_count = 0;
    Bar m_prev;
    double m_plus = 0;
    double m_minus = 0;
    double m_tr = 0;
    double m_dxSum = 0;
    double m_adx = 0;
};

class CciStream {
public:
    explicit CciStream(const CciParams &p = {});
    double update(const Bar &bar);

private:
    CciParams m_p;
    RingBuffer m_typical;
};

class WillrStream {
public:
    explicit WillrStream(const WillrParams &p = {});
    double update(const Bar &bar);

private:
    WillrParams m_p;
    RingBuffer m_highs;
    RingBuffer m_lows;
};

class MfiStream {
public:
    explicit MfiStream(const MfiParams &p = {});
    double update(const Bar &bar);

private:
    MfiParams m_p;
    RingBuffer m_positive;
    RingBuffer m_negative;
    std::size_t m_count = 0;
    double m_prevTypical = 0;
};

class ObvStream {
public:
    double update(const Bar &bar);

private:
    std::size_t m_count = 0;
    double m_prevClose = 0;
    double m_value = 0;
};

/// A stream of any registered indicator behind one interface (see createStream()).
class IndicatorStream {
public:
    virtual ~IndicatorStream() = default;

    /// Appends a completed bar; returns the newest value of each output (registry order),
    /// NaN during the warm-up. The span stays valid until the next call.
    virtual std::span<const double> update(const Bar &bar) = 0;

    /// The values update(bar) would return, without appending the bar: for the bar still
    /// forming, whose value is re-drawn on every tick.
    std::vector<double> peek(const Bar &bar) const;

    virtual std::unique_ptr<IndicatorStream> clone() const = 0;
};

} // namespace rutile::indicators
