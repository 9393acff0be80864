#include "data/CorporateActions.h"

#include <cmath>

namespace rutile {

std::vector<double> dividendAdjustedCloses(const BarSeries &bars, const std::vector<Dividend> &dividends)
{
    const std::size_t n = bars.size();
    // factor[k]: the product of the factors of the dividends whose ex-date is bar k, applied to
    // every bar before k.
    std::vector<double> factor(n + 1, 1.0);
    for (const Dividend &d : dividends) {
        if (!d.date.isValid())
            continue;
        const std::size_t k = bars.lowerBound(toDayNumber(d.date));
        if (k == 0 || k >= n)
            continue;
        const double before = bars.close[k - 1];
        const double f = 1.0 - d.amount / before;
        if (std::isfinite(f) && f > 0 && f <= 1)
            factor[k] *= f;
    }
    std::vector<double> adjusted(n);
    double cumulative = 1.0;
    for (std::size_t i = n; i-- > 0;) {
        cumulative *= factor[i + 1];
        adjusted[i] = bars.close[i] * cumulative;
    }
    return adjusted;
}

} // namespace rutile
