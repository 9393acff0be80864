#include "chart/RangeExtrema.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::chart {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

RangeExtrema::RangeExtrema(std::span<const double> values)
    : m_values(values)
{
    // Level 1 from the raw values; comparisons with NaN are false, so NaN never wins.
    std::size_t count = (values.size() + kBlock - 1) / kBlock;
    if (values.size() <= kBlock)
        return; // a query on at most one block is a plain scan
    std::vector<double> lo(count, kInf);
    std::vector<double> hi(count, -kInf);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        const std::size_t b = i / kBlock;
        if (v < lo[b])
            lo[b] = v;
        if (v > hi[b])
            hi[b] = v;
    }
    m_min.push_back(std::move(lo));
    m_max.push_back(std::move(hi));
    while (count > kBlock) {
        const std::vector<double> &prevLo = m_min.back();
        const std::vector<double> &prevHi = m_max.back();
        const std::size_t next = (count + kBlock - 1) / kBlock;
        std::vector<double> nlo(next, kInf);
        std::vector<double> nhi(next, -kInf);
        for (std::size_t i = 0; i < count; ++i) {
            nlo[i / kBlock] = std::min(nlo[i / kBlock], prevLo[i]);
            nhi[i / kBlock] = std::max(nhi[i / kBlock], prevHi[i]);
        }
        m_min.push_back(std::move(nlo));
        m_max.push_back(std::move(nhi));
        count = next;
    }
}

std::pair<double, double> RangeExtrema::minMax(std::size_t first, std::size_t last) const
{
    last = std::min(last, m_values.size());
    double lo = kInf;
    double hi = -kInf;
    if (first < last) {
        // Raw values at the loose ends, up to the first block boundaries.
        const bool hasLevels = !m_min.empty();
        while (first < last && (!hasLevels || first % kBlock != 0)) {
            const double v = m_values[first++];
            if (v < lo)
                lo = v;
            if (v > hi)
                hi = v;
        }
        while (last > first && last % kBlock != 0) {
            const double v = m_values[--last];
            if (v < lo)
                lo = v;
            if (v > hi)
                hi = v;
        }
        // Whole blocks, level by level: [first, last) are now block indices of the level.
        first /= kBlock;
        last /= kBlock;
        for (std::size_t level = 0; level < m_min.size() && first < last; ++level) {
            const std::vector<double> &lv = m_min[level];
            const std::vector<double> &hv = m_max[level];
            const bool top = level + 1 == m_min.size();
            while (first < last && (top || first % kBlock != 0)) {
                lo = std::min(lo, lv[first]);
                hi = std::max(hi, hv[first]);
                ++first;
            }
            while (last > first && last % kBlock != 0) {
                --last;
                lo = std::min(lo, lv[last]);
                hi = std::max(hi, hv[last]);
            }
            first /= kBlock;
            last /= kBlock;
        }
    }
    if (lo > hi)
        return {kNaN, kNaN};
    return {lo, hi};
}

} // namespace rutile::chart
