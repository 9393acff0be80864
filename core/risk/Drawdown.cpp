#include "risk/Drawdown.h"

namespace rutile::risk {

DrawdownReport drawdowns(std::span<const double> values)
{
    DrawdownReport r;
    const std::size_t n = values.size();
    r.underwater.assign(n, 0.0);
    if (n == 0)
        return r;
    double peakValue = values[0];
    std::size_t peak = 0;
    std::optional<DrawdownEpisode> open;
    for (std::size_t t = 0; t < n; ++t) {
        const double v = values[t];
        if (v >= peakValue) {
            if (open) {
                open->recovery = t;
                open->lengthBars = t - open->peak;
                r.episodes.push_back(*open);
                open.reset();
            }
            peakValue = v;
            peak = t;
            r.underwater[t] = 0.0;
            continue;
        }
        const double dd = v / peakValue - 1.0;
        r.underwater[t] = dd;
        if (!open) {
            open = DrawdownEpisode {peak, t, std::nullopt, dd, 0};
        } else if (dd < open->depth) {
            open->trough = t;
            open->depth = dd;
        }
    }
    if (open) {
        open->lengthBars = n - 1 - open->peak;
        r.episodes.push_back(*open);
    }
    for (const DrawdownEpisode &e : r.episodes) {
        if (!r.worst || e.depth < r.worst->depth)
            r.worst = e;
        if (!r.longest || e.lengthBars > r.longest->lengthBars)
            r.longest = e;
    }
    r.maxDrawdown = r.worst ? r.worst->depth : 0.0;
    return r;
}

} // namespace rutile::risk
