#include "ml/Splits.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace rutile::ml {

namespace {

// A uniform draw in [0, bound) without modulo bias (rejection of the top remainder).
std::uint64_t draw(std::mt19937_64 &rng, std::uint64_t bound)
{
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t v;
    do {
        v = rng();
    } while (v >= limit);
    return v % bound;
}

std::size_t trainSize(std::size_t rows, double testFraction)
{
    const double f = std::clamp(testFraction, 0.0, 1.0);
    return std::size_t(std::floor((1 - f) * double(rows)));
}

} // namespace

std::vector<std::size_t> seededPermutation(std::size_t n, std::uint64_t seed)
{
    std::vector<std::size_t> p(n);
    std::iota(p.begin(), p.end(), std::size_t(0));
    std::mt19937_64 rng(seed);
    for (std::size_t i = n; i > 1; --i)
        std::swap(p[i - 1], p[std::size_t(draw(rng, i))]);
    return p;
}

Split chronologicalSplit(std::size_t rows, double testFraction)
{
    Split s;
    const std::size_t train = trainSize(rows, testFraction);
    for (std::size_t r = 0; r < rows; ++r)
        (r < train ? s.train : s.test).push_back(r);
    return s;
}

Split shuffledSplit(std::size_t rows, double testFraction, std::uint64_t seed)
{
    const std::vector<std::size_t> p = seededPermutation(rows, seed);
    const std::size_t train = trainSize(rows, testFraction);
    Split s;
    s.train.assign(p.begin(), p.begin() + std::ptrdiff_t(train));
    s.test.assign(p.begin() + std::ptrdiff_t(train), p.end());
    std::sort(s.train.begin(), s.train.end());
    std::sort(s.test.begin(), s.test.end());
    return s;
}

std::vector<Split> purgedKFold(const Dataset &data, int k, int embargo)
{
    std::vector<Split> out;
    const std::size_t n = data.rows();
    if (k < 2 || std::size_t(k) > n || embargo < 0)
        return out;
    const std::size_t h = std::size_t(data.horizon);
    for (int fold = 0; fold < k; ++fold) {
        const std::size_t lo = n * std::size_t(fold) / std::size_t(k), hi = n * std::size_t(fold + 1) / std::size_t(k);
        Split s;
        for (std::size_t r = lo; r < hi; ++r)
            s.test.push_back(r);
        // The test fold's label span, in bars, and the embargo after it.
        const std::size_t spanFirst = data.bar[lo], spanLast = data.bar[hi - 1] + h;
        for (std::size_t r = 0; r < n; ++r) {
            if (r >= lo && r < hi)
                continue;
            const std::size_t t = data.bar[r];
            const bool overlaps = t <= spanLast && t + h >= spanFirst;
            const bool embargoed = t > spanLast && t <= spanLast + std::size_t(embargo);
            if (!overlaps && !embargoed)
                s.train.push_back(r);
        }
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Split> walkForwardSplits(const Dataset &data, const WalkForwardPlan &plan)
{
    std::vector<Split> out;
    const std::size_t n = data.rows();
    if (plan.initialTrain == 0 || plan.refitEvery == 0)
        return out;
    const std::size_t h = std::size_t(data.horizon);
    for (std::size_t start = plan.initialTrain; start < n; start += plan.refitEvery) {
        Split s;
        const std::size_t firstBar = data.bar[start];
        const std::size_t from = plan.expanding || start < plan.initialTrain ? 0 : start - plan.initialTrain;
        for (std::size_t r = from; r < start; ++r) {
            if (data.bar[r] + h < firstBar) // its label is known when the test block begins
                s.train.push_back(r);
        }
        for (std::size_t r = start; r < std::min(n, start + plan.refitEvery); ++r)
            s.test.push_back(r);
        if (!s.train.empty())
            out.push_back(std::move(s));
    }
    return out;
}

} // namespace rutile::ml
