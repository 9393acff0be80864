#include "net/RateLimiter.h"

#include <algorithm>
#include <thread>

namespace rutile::net {

RateLimiter::RateLimiter(double ratePerSecond, double burst)
    : m_rate(ratePerSecond), m_burst(std::max(1.0, burst)), m_tokens(m_burst)
{
}

RateLimiter::Clock::duration RateLimiter::reserve(Clock::time_point now)
{
    if (!(m_rate > 0))
        return Clock::duration::zero();
    std::lock_guard lock(m_mutex);
    if (!m_started) {
        m_last = now;
        m_started = true;
    }
    if (now > m_last) {
        const double elapsed = std::chrono::duration<double>(now - m_last).count();
        m_tokens = std::min(m_burst, m_tokens + elapsed * m_rate);
        m_last = now;
    }
    // A negative balance is the queue of callers already promised a later slot.
    m_tokens -= 1.0;
    if (m_tokens >= 0)
        return Clock::duration::zero();
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(-m_tokens / m_rate));
}

bool RateLimiter::acquire(const TaskControl &control)
{
    return waitFor(reserve(Clock::now()), control);
}

bool waitFor(RateLimiter::Clock::duration duration, const TaskControl &control)
{
    using Clock = RateLimiter::Clock;
    const Clock::time_point until = Clock::now() + duration;
    // Short slices, so a cancel is seen within 50 ms.
    while (Clock::now() < until) {
        if (control.cancelled())
            return false;
        std::this_thread::sleep_for(std::min<Clock::duration>(until - Clock::now(), std::chrono::milliseconds(50)));
    }
    return !control.cancelled();
}

} // namespace rutile::net
