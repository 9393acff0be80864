#include "risk/Drawdown.h"

namespace rutile::risk {

namespace {

/// Walks the episodes of `values` in time order and hands each, complete, to `episode`.
/// The trough is found by comparing values (the peak is fixed within an episode), so the
/// depth is divided out once per episode: the summary stays cheap enough for every grid point
/// of an optimisation.
template<typename OnEpisode>
void walkEpisodes(std::span<const double> values, OnEpisode &&episode)
{
    const std::size_t n = values.size();
    if (n == 0)
        return;
    double peakValue = values[0];
    std::size_t peak = 0;
    bool open = false;
    DrawdownEpisode current;
    double troughValue = 0;
    const auto close = [&](std::optional<std::size_t> recovery, std::size_t end) {
        current.recovery = recovery;
        current.lengthBars = end - current.peak;
        current.depth = troughValue / peakValue - 1.0;
        episode(current);
        open = false;
    };
    for (std::size_t t = 0; t < n; ++t) {
        const double v = values[t];
        if (v >= peakValue) {
            if (open)
                close(t, t);
            peakValue = v;
            peak = t;
            continue;
        }
        if (!open) {
            current = DrawdownEpisode {peak, t, std::nullopt, 0, 0};
            troughValue = v;
            open = true;
        } else if (v < troughValue) {
            current.trough = t;
            troughValue = v;
        }
    }
    if (open)
        close(std::nullopt, n - 1);
}

void keepWorstAndLongest(DrawdownSummary &s, const DrawdownEpisode &e)
{
    if (!s.worst || e.depth < s.worst->depth)
        s.worst = e;
    if (!s.longest || e.lengthBars > s.longest->lengthBars)
        s.longest = e;
    s.maxDrawdown = s.worst->depth;
}

} // namespace

DrawdownSummary summarizeDrawdowns(std::span<const double> values)
{
    DrawdownSummary s;
    walkEpisodes(values, [&s](const DrawdownEpisode &e) { keepWorstAndLongest(s, e); });
    return s;
}

DrawdownReport drawdowns(std::span<const double> values)
{
    DrawdownReport r;
    const std::size_t n = values.size();
    r.underwater.assign(n, 0.0);
    double peakValue = n > 0 ? values[0] : 0.0;
    for (std::size_t t = 0; t < n; ++t) {
        if (values[t] >= peakValue)
            peakValue = values[t];
        else
            r.underwater[t] = values[t] / peakValue - 1.0;
    }
    walkEpisodes(values, [&r](const DrawdownEpisode &e) {
        r.episodes.push_back(e);
        keepWorstAndLongest(r, e);
    });
    return r;
}

} // namespace rutile::risk
