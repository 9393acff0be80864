#include "chart/Aggregation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::chart {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// Bucket bounds [a, b) of the buckets touching [first, last), clamped to [0, n).
struct BucketRange {
    std::size_t firstBucket = 0;
    std::size_t endBucket = 0;
};

BucketRange bucketsOf(std::size_t first, std::size_t last, std::size_t n, std::size_t k)
{
    last = std::min(last, n);
    if (first >= last)
        return {};
    return {first / k, (last - 1) / k + 1};
}

} // namespace

int bucketSize(double visibleBars, double pixelColumns)
{
    if (!(visibleBars > 0) || !(pixelColumns >= 1))
        return 1;
    const double k = std::ceil(visibleBars / pixelColumns - 1e-9);
    return static_cast<int>(std::clamp(k, 1.0, 1e9));
}

BarIndex::BarIndex(std::span<const double> open, std::span<const double> high, std::span<const double> low,
    std::span<const double> close, std::span<const double> volume)
    : m_open(open)
    , m_high(high)
    , m_low(low)
    , m_close(close)
    , m_volume(volume)
    , m_highIndex(high)
    , m_lowIndex(low)
    , m_closeIndex(close)
    , m_volumeIndex(volume)
{
    m_volumePrefix.resize(volume.size() + 1);
    double sum = 0;
    double compensation = 0;
    m_volumePrefix[0] = 0;
    for (std::size_t i = 0; i < volume.size(); ++i) {
        // Neumaier's variant of Kahan summation.
        const double v = volume[i];
        const double t = sum + v;
        if (std::abs(sum) >= std::abs(v))
            compensation += (sum - t) + v;
        else
            compensation += (v - t) + sum;
        sum = t;
        m_volumePrefix[i + 1] = sum + compensation;
    }
}

std::pair<double, double> BarIndex::priceRange(std::size_t first, std::size_t last) const
{
    return {m_lowIndex.minMax(first, last).first, m_highIndex.minMax(first, last).second};
}

std::pair<double, double> BarIndex::closeRange(std::size_t first, std::size_t last) const
{
    return m_closeIndex.minMax(first, last);
}

double BarIndex::maxVolume(std::size_t first, std::size_t last) const
{
    return m_volumeIndex.minMax(first, last).second;
}

double BarIndex::volumeSum(std::size_t first, std::size_t last) const
{
    last = std::min(last, m_volume.size());
    if (first >= last)
        return 0;
    return m_volumePrefix[last] - m_volumePrefix[first];
}

AggregatedBars aggregateBars(const BarIndex &index, std::size_t first, std::size_t last, int bucket)
{
    AggregatedBars out;
    out.bucket = std::max(bucket, 1);
    const std::size_t n = index.size();
    const auto k = static_cast<std::size_t>(out.bucket);
    const BucketRange r = bucketsOf(first, last, n, k);
    const std::size_t count = r.endBucket - r.firstBucket;
    for (auto *column : {&out.key, &out.open, &out.high, &out.low, &out.close, &out.volume, &out.meanVolume})
        column->reserve(count);
    for (std::size_t j = r.firstBucket; j < r.endBucket; ++j) {
        const std::size_t a = j * k;
        const std::size_t b = std::min(a + k, n);
        out.key.push_back((double(a) + double(b - 1)) / 2);
        out.open.push_back(index.open()[a]);
        out.close.push_back(index.close()[b - 1]);
        if (k == 1) {
            out.high.push_back(index.high()[a]);
            out.low.push_back(index.low()[a]);
            out.volume.push_back(index.volume()[a]);
        } else {
            const auto [low, high] = index.priceRange(a, b);
            out.high.push_back(high);
            out.low.push_back(low);
            out.volume.push_back(index.volumeSum(a, b));
        }
        out.meanVolume.push_back(out.volume.back() / double(b - a));
    }
    return out;
}

AggregatedLine aggregateLine(const RangeExtrema &index, std::size_t first, std::size_t last, int bucket, double scale)
{
    AggregatedLine out;
    const std::size_t n = index.size();
    const auto k = static_cast<std::size_t>(std::max(bucket, 1));
    const BucketRange r = bucketsOf(first, last, n, k);
    const std::span<const double> v = index.values();
    const std::size_t count = r.endBucket - r.firstBucket;
    out.key.reserve(k == 1 ? count : 4 * count);
    out.value.reserve(out.key.capacity());
    const auto push = [&out](double key, double value) {
        out.key.push_back(key);
        out.value.push_back(value);
    };
    for (std::size_t j = r.firstBucket; j < r.endBucket; ++j) {
        const std::size_t a = j * k;
        const std::size_t b = std::min(a + k, n);
        if (k == 1) {
            push(double(a), v[a] * scale);
            continue;
        }
        const auto [lo, hi] = index.minMax(a, b);
        if (std::isnan(lo)) {
            push((double(a) + double(b - 1)) / 2, kNaN);
            continue;
        }
        // NaN appears in runs (a warm-up, a missing history), so these scans stop at once
        // except in the one bucket where a run ends.
        std::size_t f = a;
        while (std::isnan(v[f]))
            ++f;
        std::size_t l = b - 1;
        while (std::isnan(v[l]))
            --l;
        const double mid = std::clamp((double(a) + double(b - 1)) / 2, double(f), double(l));
        push(double(f), v[f] * scale);
        // Going up overall, the low most likely came first; either order colours the same
        // pixels of this one- or two-pixel column.
        push(mid, (v[l] >= v[f] ? lo : hi) * scale);
        push(mid, (v[l] >= v[f] ? hi : lo) * scale);
        push(double(l), v[l] * scale);
    }
    return out;
}

AggregatedLine aggregateExtreme(
    const RangeExtrema &index, std::size_t first, std::size_t last, int bucket, Extreme which, double scale)
{
    AggregatedLine out;
    const std::size_t n = index.size();
    const auto k = static_cast<std::size_t>(std::max(bucket, 1));
    const BucketRange r = bucketsOf(first, last, n, k);
    out.key.reserve(r.endBucket - r.firstBucket);
    out.value.reserve(r.endBucket - r.firstBucket);
    for (std::size_t j = r.firstBucket; j < r.endBucket; ++j) {
        const std::size_t a = j * k;
        const std::size_t b = std::min(a + k, n);
        if (k == 1) {
            out.key.push_back(double(a));
            out.value.push_back(index.values()[a] * scale);
            continue;
        }
        const auto [lo, hi] = index.minMax(a, b);
        out.key.push_back((double(a) + double(b - 1)) / 2);
        out.value.push_back((which == Extreme::Max ? hi : lo) * scale);
    }
    return out;
}

AggregatedLine aggregatePeaks(const RangeExtrema &index, std::size_t first, std::size_t last, int bucket)
{
    AggregatedLine out;
    const std::size_t n = index.size();
    const auto k = static_cast<std::size_t>(std::max(bucket, 1));
    const BucketRange r = bucketsOf(first, last, n, k);
    out.key.reserve(r.endBucket - r.firstBucket);
    out.value.reserve(r.endBucket - r.firstBucket);
    for (std::size_t j = r.firstBucket; j < r.endBucket; ++j) {
        const std::size_t a = j * k;
        const std::size_t b = std::min(a + k, n);
        if (k == 1) {
            out.key.push_back(double(a));
            out.value.push_back(index.values()[a]);
            continue;
        }
        const auto [lo, hi] = index.minMax(a, b);
        out.key.push_back((double(a) + double(b - 1)) / 2);
        out.value.push_back(std::isnan(lo) ? kNaN : (std::abs(hi) >= std::abs(lo) ? hi : lo));
    }
    return out;
}

} // namespace rutile::chart
