#include "import/CacheComparison.h"

#include "storage/Workspace.h"

#include <algorithm>
#include <cmath>

namespace rutile {

namespace {

/// Equal as stored: an export re-imported gives the same doubles; a tolerance of a few units in
/// the last place keeps a differently rounded decimal of the same price from counting.
bool same(double a, double b)
{
    return a == b || std::abs(a - b) <= 1e-12 * std::max(std::abs(a), std::abs(b));
}

} // namespace

CacheComparison compareSeries(const BarSeries &cached, const BarSeries &incoming)
{
    CacheComparison c;
    c.cachedBars = qint64(cached.size());
    std::size_t j = 0;
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        while (j < cached.size() && cached.day[j] < incoming.day[i])
            ++j;
        if (j == cached.size() || cached.day[j] != incoming.day[i]) {
            ++c.added;
            continue;
        }
        const Bar a = cached.bar(j), b = incoming.bar(i);
        if (same(a.open, b.open) && same(a.high, b.high) && same(a.low, b.low) && same(a.close, b.close)
            && same(a.adjClose, b.adjClose) && same(a.volume, b.volume)) {
            ++c.identical;
            continue;
        }
        ++c.changed;
        const QDate date = incoming.date(i);
        if (!c.changedFrom.isValid())
            c.changedFrom = date;
        c.changedTo = date;
        if (a.volume > 0 && b.volume > 0)
            c.largestVolumeRatio = std::max(c.largestVolumeRatio, std::max(a.volume / b.volume, b.volume / a.volume));
        else if (a.volume > 0 && b.volume == 0)
            ++c.volumesLost;
        if (a.close != 0)
            c.largestCloseChange = std::max(c.largestCloseChange, std::abs(b.close / a.close - 1));
    }
    return c;
}

Result<CacheComparison> compareWithCache(const Workspace &workspace, const QString &symbol, const BarSeries &incoming)
{
    // A symbol that is not cached is NotFound; any other failure is reported, never taken for
    // "nothing cached" (which would skip the question and overwrite the history).
    auto cached = workspace.readBars(symbol, incoming.firstDate(), incoming.lastDate());
    if (!cached) {
        if (cached.error().kind == ErrorKind::NotFound)
            return compareSeries(BarSeries(), incoming);
        return cached.error();
    }
    CacheComparison c = compareSeries(*cached, incoming);
    // Bars outside the file's range were not read, but are cached.
    if (const auto info = workspace.symbol(symbol))
        c.cachedBars = std::max<qint64>(info->bars, c.cachedBars);
    return c;
}

} // namespace rutile
