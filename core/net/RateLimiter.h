#pragma once

#include "util/TaskControl.h"

#include <chrono>
#include <mutex>

namespace rutile::net {

/// A token bucket shared by every request to one provider, from any thread: at most `burst`
/// requests at once, then `ratePerSecond` on average. Providers ban clients that hammer them;
/// this is what keeps a 2,000-symbol update polite.
class RateLimiter {
public:
    using Clock = std::chrono::steady_clock;

    /// `ratePerSecond` ≤ 0 means no limit.
    explicit RateLimiter(double ratePerSecond, double burst = 1);

    double ratePerSecond() const { return m_rate; }

    /// Takes one token at time `now`; returns how long the caller must wait before sending
    /// (zero when a token was there). Tokens are reserved in order, so waiting callers are
    /// served first come, first served.
    Clock::duration reserve(Clock::time_point now);

    /// reserve(now) and sleep until the request may go; false when `control` was cancelled
    /// while waiting (the token is then spent, which only slows the others down).
    bool acquire(const TaskControl &control = {});

private:
    std::mutex m_mutex;
    double m_rate;
    double m_burst;
    double m_tokens;
    Clock::time_point m_last;
    bool m_started = false;
};

/// Sleeps for `duration` in slices of at most 50 ms; false as soon as `control` is cancelled.
bool waitFor(RateLimiter::Clock::duration duration, const TaskControl &control);

} // namespace rutile::net
