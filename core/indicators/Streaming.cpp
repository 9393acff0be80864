#include "indicators/Streaming.h"

#include <algorithm>
#include <cmath>

namespace rutile::indicators {

using detail::kNaN;

namespace {

constexpr std::array<double, 2> kNaN2{kNaN, kNaN};
constexpr std::array<double, 3> kNaN3{kNaN, kNaN, kNaN};

double typicalPrice(const Bar &bar)
{
    return (bar.high + bar.low + bar.close) / 3.0;
}

double trueRange(const Bar &bar, double prevClose)
{
    return std::max(bar.high - bar.low, std::max(std::abs(bar.high - prevClose), std::abs(bar.low - prevClose)));
}

} // namespace

// ---- RingBuffer ------------------------------------------------------------------------------

double RingBuffer::sum() const
{
    double s = 0;
    for (std::size_t k = 0; k < m_size; ++k)
        s += (*this)[k];
    return s;
}

double RingBuffer::highest() const
{
    double best = (*this)[0];
    for (std::size_t k = 1; k < m_size; ++k)
        best = std::max(best, (*this)[k]);
    return best;
}

double RingBuffer::lowest() const
{
    double best = (*this)[0];
    for (std::size_t k = 1; k < m_size; ++k)
        best = std::min(best, (*this)[k]);
    return best;
}

// ---- moving averages -------------------------------------------------------------------------

SmaStream::SmaStream(const SmaParams &p) : m_p(p), m_window(std::size_t(p.period)) {}

double SmaStream::update(double x)
{
    m_window.push(x);
    return m_window.full() ? m_window.sum() / m_p.period : kNaN;
}

EmaStream::EmaStream(const EmaParams &p) : m_p(p), m_smoother(detail::Smoother::ema(p.period)) {}

double EmaStream::update(double x)
{
    ++m_count;
    const std::size_t n = std::size_t(m_p.period);
    if (m_count < n) {
        m_sum += x;
        return kNaN;
    }
    if (m_count == n) {
        m_sum += x;
        m_value = m_sum / m_p.period;
    } else {
        m_value = m_smoother.step(m_value, x);
    }
    return m_value;
}

WmaStream::WmaStream(const WmaParams &p) : m_p(p), m_window(std::size_t(p.period)) {}

double WmaStream::update(double x)
{
    m_window.push(x);
    if (!m_window.full())
        return kNaN;
    double weighted = 0;
    for (std::size_t k = 0; k < m_window.size(); ++k)
        weighted += double(k + 1) * m_window[k];
    const double n = m_p.period;
    return weighted / (n * (n + 1.0) / 2.0);
}

DemaStream::DemaStream(const DemaParams &p) : m_ema1({p.period}), m_ema2({p.period}) {}

double DemaStream::update(double x)
{
    const double e1 = m_ema1.update(x);
    if (std::isnan(e1))
        return kNaN;
    const double e2 = m_ema2.update(e1);
    return std::isnan(e2) ? kNaN : 2.0 * e1 - e2;
}

TemaStream::TemaStream(const TemaParams &p) : m_ema1({p.period}), m_ema2({p.period}), m_ema3({p.period}) {}

double TemaStream::update(double x)
{
    const double e1 = m_ema1.update(x);
    if (std::isnan(e1))
        return kNaN;
    const double e2 = m_ema2.update(e1);
    if (std::isnan(e2))
        return kNaN;
    const double e3 = m_ema3.update(e2);
    return std::isnan(e3) ? kNaN : 3.0 * e1 - 3.0 * e2 + e3;
}

// ---- oscillators -----------------------------------------------------------------------------

RsiStream::RsiStream(const RsiParams &p) : m_p(p), m_smoother(detail::Smoother::wilder(p.period)) {}

double RsiStream::update(double x)
{
    const std::size_t index = m_count++;
    if (index == 0) {
        m_prev = x;
        return kNaN;
    }
    const double change = x - m_prev;
    m_prev = x;
    const double gain = std::max(change, 0.0);
    const double loss = std::max(-change, 0.0);
    const std::size_t n = std::size_t(m_p.period);
    if (index <= n) {
        m_gain += gain;
        m_loss += loss;
        if (index < n)
            return kNaN;
        m_gain /= m_p.period;
        m_loss /= m_p.period;
    } else {
        m_gain = m_smoother.step(m_gain, gain);
        m_loss = m_smoother.step(m_loss, loss);
    }
    const double total = m_gain + m_loss;
    return total == 0 ? 0.0 : 100.0 * m_gain / total;
}

RocStream::RocStream(const RocParams &p) : m_window(std::size_t(p.period) + 1) {}

double RocStream::update(double x)
{
    m_window.push(x);
    if (!m_window.full())
        return kNaN;
    const double base = m_window[0];
    return base == 0 ? 0.0 : 100.0 * (x / base - 1.0);
}

MacdStream::MacdStream(const MacdParams &p)
    : m_p(p)
    , m_fast(detail::Smoother::ema(p.fast))
    , m_slow(detail::Smoother::ema(p.slow))
    , m_signal(detail::Smoother::ema(p.signal))
    , m_seedWindow(std::size_t(p.fast))
{
}

std::array<double, 3> MacdStream::update(double x)
{
    const std::size_t index = m_count++;
    const std::size_t seedAt = std::size_t(m_p.slow) - 1;
    const std::size_t first = std::size_t(lookback(m_p));
    if (index <= seedAt) {
        m_seedWindow.push(x);
        m_slowSum += x;
        if (index < seedAt)
            return kNaN3;
        m_slowEma = m_slowSum / m_p.slow;
        m_fastEma = m_seedWindow.sum() / m_p.fast;
    } else {
        m_fastEma = m_fast.step(m_fastEma, x);
        m_slowEma = m_slow.step(m_slowEma, x);
    }
    const double line = m_fastEma - m_slowEma;
    if (index <= first) {
        m_lineSum += line;
        if (index < first)
            return kNaN3;
        m_signalEma = m_lineSum / m_p.signal;
    } else {
        m_signalEma = m_signal.step(m_signalEma, line);
    }
    return {line, m_signalEma, line - m_signalEma};
}

BbandsStream::BbandsStream(const BbandsParams &p) : m_p(p), m_window(std::size_t(p.period)) {}

std::array<double, 3> BbandsStream::update(double x)
{
    m_window.push(x);
    if (!m_window.full())
        return kNaN3;
    const double mean = m_window.sum() / m_p.period;
    double m2 = 0;
    for (std::size_t k = 0; k < m_window.size(); ++k)
        m2 += (m_window[k] - mean) * (m_window[k] - mean);
    const double sigma = std::sqrt(m2 / m_p.period);
    return {mean + m_p.k * sigma, mean, mean - m_p.k * sigma};
}

AtrStream::AtrStream(const AtrParams &p) : m_p(p), m_smoother(detail::Smoother::wilder(p.period)) {}

double AtrStream::update(const Bar &bar)
{
    const std::size_t index = m_count++;
    if (index == 0) {
        m_prevClose = bar.close;
        return kNaN;
    }
    const double tr = trueRange(bar, m_prevClose);
    m_prevClose = bar.close;
    const std::size_t n = std::size_t(m_p.period);
    if (index <= n) {
        m_sum += tr;
        if (index < n)
            return kNaN;
        m_value = m_sum / m_p.period;
    } else {
        m_value = m_smoother.step(m_value, tr);
    }
    return m_value;
}

StochStream::StochStream(const StochParams &p)
    : m_p(p)
    , m_highs(std::size_t(p.fastK))
    , m_lows(std::size_t(p.fastK))
    , m_fastK(std::size_t(p.slowK))
    , m_slowK(std::size_t(p.slowD))
{
}

std::array<double, 2> StochStream::update(const Bar &bar)
{
    m_highs.push(bar.high);
    m_lows.push(bar.low);
    if (!m_highs.full())
        return kNaN2;
    const double hh = m_highs.highest();
    const double ll = m_lows.lowest();
    const double range = hh - ll;
    m_fastK.push(range == 0 ? 0.0 : 100.0 * (bar.close - ll) / range);
    if (!m_fastK.full())
        return kNaN2;
    m_slowK.push(m_fastK.sum() / m_p.slowK);
    if (!m_slowK.full())
        return kNaN2;
    return {m_slowK.newest(), m_slowK.sum() / m_p.slowD};
}

AdxStream::AdxStream(const AdxParams &p) : m_p(p) {}

std::array<double, 3> AdxStream::update(const Bar &bar)
{
    const std::size_t index = m_count++;
    const Bar prev = m_prev;
    m_prev = bar;
    if (index == 0)
        return kNaN3;
    const double up = bar.high - prev.high;
    const double down = prev.low - bar.low;
    const double plus = (up > down && up > 0) ? up : 0.0;
    const double minus = (down > up && down > 0) ? down : 0.0;
    const double tr = trueRange(bar, prev.close);
    const std::size_t n = std::size_t(m_p.period);
    const double dn = m_p.period;
    if (index < n) {
        m_plus += plus;
        m_minus += minus;
        m_tr += tr;
        return kNaN3;
    }
    m_plus = m_plus - m_plus / dn + plus;
    m_minus = m_minus - m_minus / dn + minus;
    m_tr = m_tr - m_tr / dn + tr;
    const double diPlus = m_tr == 0 ? 0.0 : 100.0 * m_plus / m_tr;
    const double diMinus = m_tr == 0 ? 0.0 : 100.0 * m_minus / m_tr;
    const double sum = diPlus + diMinus;
    const double dx = sum == 0 ? 0.0 : 100.0 * std::abs(diPlus - diMinus) / sum;
    const std::size_t first = std::size_t(lookback(m_p));
    if (index <= first) {
        m_dxSum += dx;
        if (index < first)
            return kNaN3;
        m_adx = m_dxSum / dn;
    } else {
        m_adx = (m_adx * (dn - 1.0) + dx) / dn;
    }
    return {m_adx, diPlus, diMinus};
}

CciStream::CciStream(const CciParams &p) : m_p(p), m_typical(std::size_t(p.period)) {}

double CciStream::update(const Bar &bar)
{
    m_typical.push(typicalPrice(bar));
    if (!m_typical.full())
        return kNaN;
    const double mean = m_typical.sum() / m_p.period;
    double deviation = 0;
    for (std::size_t k = 0; k < m_typical.size(); ++k)
        deviation += std::abs(m_typical[k] - mean);
    deviation /= m_p.period;
    return deviation == 0 ? 0.0 : (m_typical.newest() - mean) / (0.015 * deviation);
}

WillrStream::WillrStream(const WillrParams &p)
    : m_p(p), m_highs(std::size_t(p.period)), m_lows(std::size_t(p.period))
{
}

double WillrStream::update(const Bar &bar)
{
    m_highs.push(bar.high);
    m_lows.push(bar.low);
    if (!m_highs.full())
        return kNaN;
    const double hh = m_highs.highest();
    const double ll = m_lows.lowest();
    const double range = hh - ll;
    return range == 0 ? 0.0 : -100.0 * (hh - bar.close) / range;
}

// ---- volume ----------------------------------------------------------------------------------

MfiStream::MfiStream(const MfiParams &p)
    : m_p(p), m_positive(std::size_t(p.period)), m_negative(std::size_t(p.period))
{
}

double MfiStream::update(const Bar &bar)
{
    const std::size_t index = m_count++;
    const double typical = typicalPrice(bar);
    const double before = m_prevTypical;
    m_prevTypical = typical;
    if (index == 0)
        return kNaN;
    const double raw = typical * bar.volume;
    m_positive.push(typical > before ? raw : 0.0);
    m_negative.push(typical < before ? raw : 0.0);
    if (!m_positive.full())
        return kNaN;
    const double positive = m_positive.sum();
    const double total = positive + m_negative.sum();
    return total < 1 ? 0.0 : 100.0 * positive / total;
}

double ObvStream::update(const Bar &bar)
{
    if (m_count++ == 0) {
        m_value = bar.volume;
    } else if (bar.close > m_prevClose) {
        m_value += bar.volume;
    } else if (bar.close < m_prevClose) {
        m_value -= bar.volume;
    }
    m_prevClose = bar.close;
    return m_value;
}

// ---- IndicatorStream -------------------------------------------------------------------------

std::vector<double> IndicatorStream::peek(const Bar &bar) const
{
    const std::unique_ptr<IndicatorStream> copy = clone();
    const std::span<const double> values = copy->update(bar);
    return {values.begin(), values.end()};
}

} // namespace rutile::indicators
