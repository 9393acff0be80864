#include "indicators/Volume.h"

#include <algorithm>

namespace rutile::indicators {

int obvLookback()
{
    return 0;
}

Status obv(std::span<const double> close, std::span<const double> volume, std::span<double> out)
{
    if (Status s = detail::checkLengths(close.size(), {volume.size(), out.size()}); !s)
        return s;
    const std::size_t n = close.size();
    if (n == 0)
        return {};
    const detail::StableInput cIn(close, {out}, true);
    const detail::StableInput vIn(volume, {out}, true);
    const double *c = cIn.data();
    const double *v = vIn.data();
    double total = v[0];
    double prev = c[0];
    out[0] = total;
    for (std::size_t i = 1; i < n; ++i) {
        const double price = c[i];
        if (price > prev)
            total += v[i];
        else if (price < prev)
            total -= v[i];
        prev = price;
        out[i] = total;
    }
    return {};
}

int lookback(const MfiParams &p)
{
    return p.period;
}

Status validate(const MfiParams &p, std::size_t length)
{
    return detail::checkPeriod("period", p.period, 1, length);
}

Status mfi(std::span<const double> high, std::span<const double> low, std::span<const double> close,
           std::span<const double> volume, const MfiParams &p, std::span<double> out)
{
    if (Status s = validate(p, close.size()); !s)
        return s;
    if (Status s = detail::checkLengths(close.size(), {high.size(), low.size(), volume.size(), out.size()}); !s)
        return s;
    const detail::StableInput hIn(high, {out});
    const detail::StableInput lIn(low, {out});
    const detail::StableInput cIn(close, {out});
    const detail::StableInput vIn(volume, {out});
    const double *h = hIn.data();
    const double *l = lIn.data();
    const double *c = cIn.data();
    const double *v = vIn.data();
    const std::size_t n = close.size();
    const std::size_t np = std::size_t(p.period);
    detail::fillNaN(out.data(), std::min(np, n));
    if (np >= n)
        return {};

    auto tp = [&](std::size_t i) { return (h[i] + l[i] + c[i]) / 3.0; };
    // Signed flow of bar j ≥ 1: > 0 positive, < 0 negative, 0 neither.
    struct Flow {
        double positive;
        double negative;
    };
    auto flow = [&](std::size_t j) {
        const double now = tp(j);
        const double before = tp(j - 1);
        const double raw = now * v[j];
        return Flow{now > before ? raw : 0.0, now < before ? raw : 0.0};
    };
    auto value = [](double positive, double negative) {
        const double total = positive + negative;
        return total < 1 ? 0.0 : 100.0 * positive / total;
    };

    // Running sums of the window's positive and negative flows, recomputed exactly every
    // reanchorInterval() bars. The counts of non-zero flows let a sum that should be empty be
    // exactly 0 rather than a rounding residue (an all-down window gives MFI 0, not −1e-14).
    const std::size_t block = detail::reanchorInterval(p.period);
    for (std::size_t i = np; i < n; i += block) {
        double positive = 0;
        double negative = 0;
        std::size_t positives = 0;
        std::size_t negatives = 0;
        for (std::size_t j = i + 1 - np; j <= i; ++j) {
            const Flow f = flow(j);
            positive += f.positive;
            negative += f.negative;
            positives += f.positive != 0;
            negatives += f.negative != 0;
        }
        out[i] = value(positive, negative);
        const std::size_t end = std::min(n, i + block);
        for (std::size_t j = i + 1; j < end; ++j) {
            const Flow in = flow(j);
            const Flow leaving = flow(j - np);
            positive += in.positive - leaving.positive;
            negative += in.negative - leaving.negative;
            positives += std::size_t(in.positive != 0) - std::size_t(leaving.positive != 0);
            negatives += std::size_t(in.negative != 0) - std::size_t(leaving.negative != 0);
            if (positives == 0)
                positive = 0;
            if (negatives == 0)
                negative = 0;
            out[j] = value(positive, negative);
        }
    }
    return {};
}

} // namespace rutile::indicators
