#include "chart/HeikinAshi.h"

#include <algorithm>

namespace rutile::chart {

BarSeries heikinAshi(const BarSeries &bars)
{
    BarSeries out = bars;
    const std::size_t n = bars.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double close = (bars.open[i] + bars.high[i] + bars.low[i] + bars.close[i]) / 4;
        const double open = i == 0 ? (bars.open[0] + bars.close[0]) / 2 : (out.open[i - 1] + out.close[i - 1]) / 2;
        out.open[i] = open;
        out.close[i] = close;
        out.high[i] = std::max({bars.high[i], open, close});
        out.low[i] = std::min({bars.low[i], open, close});
    }
    return out;
}

} // namespace rutile::chart
