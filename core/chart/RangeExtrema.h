#pragma once

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace rutile::chart {

/// Minimum and maximum of any index range of a series in O(B·log_B n) time, B = 16.
///
/// A block pyramid: level 1 holds the min and max of each block of 16 values, level 2 of each
/// block of 16 level-1 blocks, and so on. A query walks up from the raw values, taking at
/// most 15 loose entries at each end of the range per level. Memory is about n/7.5 doubles
/// on top of the series. The chart asks it for the y range of the visible bars and for the
/// extremes of each pixel column, so a pan over a million bars costs microseconds, not a
/// scan of the visible data.
///
/// NaN values are skipped (indicator warm-up, missing compare history). The index keeps a
/// view of the values: they must outlive it and stay unchanged (rebuild after a change).
class RangeExtrema {
public:
    static constexpr std::size_t kBlock = 16;

    RangeExtrema() = default;
    explicit RangeExtrema(std::span<const double> values);

    std::size_t size() const { return m_values.size(); }
    std::span<const double> values() const { return m_values; }

    /// {min, max} of the finite or infinite (not NaN) values with index in [first, last),
    /// clamped to the series; {NaN, NaN} when the range holds no such value.
    std::pair<double, double> minMax(std::size_t first, std::size_t last) const;

private:
    std::span<const double> m_values;
    /// m_min[l] and m_max[l] hold level l + 1: one entry per block of 16^(l + 1) values;
    /// an all-NaN block holds +inf / −inf, which no comparison picks.
    std::vector<std::vector<double>> m_min;
    std::vector<std::vector<double>> m_max;
};

} // namespace rutile::chart
