#include "indicators/Trend.h"

#include <algorithm>
#include <cmath>

namespace rutile::indicators {

int lookback(const AdxParams &p)
{
    return 2 * p.period - 1;
}

Status validate(const AdxParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status adx(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           const AdxParams &p, std::span<double> adxOut, std::span<double> plusDi, std::span<double> minusDi)
{
    if (Status s = validate(p, close.size()); !s)
        return s;
    if (Status s = detail::checkLengths(close.size(),
                                        {high.size(), low.size(), adxOut.size(), plusDi.size(), minusDi.size()});
        !s)
        return s;
    if (Status s = detail::checkDistinctOutputs({adxOut, plusDi, minusDi}); !s)
        return s;
    const detail::StableInput hIn(high, {adxOut, plusDi, minusDi});
    const detail::StableInput lIn(low, {adxOut, plusDi, minusDi});
    const detail::StableInput cIn(close, {adxOut, plusDi, minusDi});
    const double *h = hIn.data();
    const double *l = lIn.data();
    const double *c = cIn.data();
    const std::size_t n = close.size();
    const std::size_t np = std::size_t(p.period);
    const double dn = p.period;
    const std::size_t first = std::size_t(lookback(p));
    detail::fillNaN(adxOut.data(), std::min(first, n));
    detail::fillNaN(plusDi.data(), std::min(first, n));
    detail::fillNaN(minusDi.data(), std::min(first, n));
    if (first >= n)
        return {};

    struct Move {
        double plus;
        double minus;
        double tr;
    };
    auto move = [&](std::size_t i) {
        const double up = h[i] - h[i - 1];
        const double down = l[i - 1] - l[i];
        const double tr = std::max(h[i] - l[i], std::max(std::abs(h[i] - c[i - 1]), std::abs(l[i] - c[i - 1])));
        return Move{(up > down && up > 0) ? up : 0.0, (down > up && down > 0) ? down : 0.0, tr};
    };
    double sPlus = 0;
    double sMinus = 0;
    double sTr = 0;
    for (std::size_t i = 1; i < np; ++i) {
        const Move m = move(i);
        sPlus += m.plus;
        sMinus += m.minus;
        sTr += m.tr;
    }
    double diPlus = 0;
    double diMinus = 0;
    auto advance = [&](std::size_t i) {
        const Move m = move(i);
        sPlus = sPlus - sPlus / dn + m.plus;
        sMinus = sMinus - sMinus / dn + m.minus;
        sTr = sTr - sTr / dn + m.tr;
        diPlus = sTr == 0 ? 0.0 : 100.0 * sPlus / sTr;
        diMinus = sTr == 0 ? 0.0 : 100.0 * sMinus / sTr;
        const double sum = diPlus + diMinus;
        return sum == 0 ? 0.0 : 100.0 * std::abs(diPlus - diMinus) / sum;
    };
    double dxSum = 0;
    for (std::size_t i = np; i <= first; ++i)
        dxSum += advance(i);
    double value = dxSum / dn;
    adxOut[first] = value;
    plusDi[first] = diPlus;
    minusDi[first] = diMinus;
    for (std::size_t i = first + 1; i < n; ++i) {
        const double dx = advance(i);
        value = (value * (dn - 1.0) + dx) / dn;
        adxOut[i] = value;
        plusDi[i] = diPlus;
        minusDi[i] = diMinus;
    }
    return {};
}

} // namespace rutile::indicators
