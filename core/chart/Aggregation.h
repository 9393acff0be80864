#pragma once

// Per-pixel-column aggregation: when more bars are in view than the chart has pixel columns,
// the chart draws one bucket per column instead of every bar.
//
// Buckets are aligned to multiples of the bucket size k in bar-index space (bucket j holds
// bars [j·k, (j + 1)·k)), not to pixel boundaries, so that panning never moves a bar from one
// bucket to another and the picture does not shimmer; k = ⌈visible bars / pixel columns⌉
// makes every bucket between one and two pixels wide.
//
// Bars: open of the first bar, highest high, lowest low, close of the last bar, summed volume
// (the usual resampling of daily bars to weekly bars). Lines: the M4 aggregation (first, min,
// max and last value of each bucket; Jugel et al., "M4: A Visualization-Oriented Time Series
// Data Aggregation", PVLDB 7(10), 2014), which draws the same pixels as the full line.

#include "chart/RangeExtrema.h"

#include <cstddef>
#include <span>
#include <vector>

namespace rutile::chart {

/// Bucket size for `visibleBars` bars over `pixelColumns` columns: ⌈visibleBars / pixelColumns⌉,
/// at least 1 (1 means "draw every bar").
int bucketSize(double visibleBars, double pixelColumns);

/// The columns of a bar series with the indexes that answer bucket queries; build once per
/// series. Views of the columns are kept: they must outlive the index.
class BarIndex {
public:
    BarIndex() = default;
    BarIndex(std::span<const double> open, std::span<const double> high, std::span<const double> low,
        std::span<const double> close, std::span<const double> volume);

    std::size_t size() const { return m_close.size(); }
    std::span<const double> open() const { return m_open; }
    std::span<const double> high() const { return m_high; }
    std::span<const double> low() const { return m_low; }
    std::span<const double> close() const { return m_close; }
    std::span<const double> volume() const { return m_volume; }

    /// {lowest low, highest high} of bars [first, last); NaN when the range is empty.
    std::pair<double, double> priceRange(std::size_t first, std::size_t last) const;
    /// {min, max} of the closes of bars [first, last).
    std::pair<double, double> closeRange(std::size_t first, std::size_t last) const;
    /// Highest volume of bars [first, last).
    double maxVolume(std::size_t first, std::size_t last) const;
    /// Sum of the volumes of bars [first, last).
    double volumeSum(std::size_t first, std::size_t last) const;
    /// The index over the closes (for the line style).
    const RangeExtrema &closeIndex() const { return m_closeIndex; }

private:
    std::span<const double> m_open, m_high, m_low, m_close, m_volume;
    RangeExtrema m_highIndex, m_lowIndex, m_closeIndex, m_volumeIndex;
    /// m_volumePrefix[i] = volume[0] + … + volume[i − 1], summed with Neumaier compensation
    /// so that a bucket sum (a difference of two prefixes) is exact to about one unit in the
    /// last place of the total volume.
    std::vector<double> m_volumePrefix;
};

/// Aggregated bars: one entry per bucket. `key` is the bar-index centre of the bucket's
/// bars ((first + last − 1)/2), where the chart draws it.
struct AggregatedBars {
    int bucket = 1; ///< bars per bucket
    std::vector<double> key, open, high, low, close, volume;
    /// Mean volume per bar of each bucket (volume / bars in it): what a zoomed-out volume pane
    /// draws, so that its axis still reads volume per day, not per bucket.
    std::vector<double> meanVolume;

    std::size_t size() const { return key.size(); }
};

/// The buckets of size `bucket` that hold any bar of [first, last) (clamped to the series).
/// With bucket 1 the bars themselves.
AggregatedBars aggregateBars(const BarIndex &index, std::size_t first, std::size_t last, int bucket);

/// An aggregated line: points in ascending key order, NaN values where the line has a gap.
struct AggregatedLine {
    std::vector<double> key;
    std::vector<double> value;

    std::size_t size() const { return key.size(); }
};

/// M4 points of the buckets that hold any index of [first, last): per bucket [a, b) the first
/// finite value at key a, the minimum and maximum at the bucket's centre (the one met first
/// on the way from the first to the last value comes first), the last finite value at key
/// b − 1. A bucket without a finite value gives one NaN point (a gap). With bucket 1 the
/// values themselves. `scale` multiplies every value (compare mode's rebasing); it must be
/// positive, so that it keeps min and max in place.
AggregatedLine aggregateLine(
    const RangeExtrema &index, std::size_t first, std::size_t last, int bucket, double scale = 1.0);

/// Which extreme aggregateExtreme keeps.
enum class Extreme { Min, Max };

/// One point per bucket at its centre: the bucket's minimum or maximum (times `scale`, which
/// must be positive); NaN for a bucket without a value. The outline of a shaded band: the
/// fill between the upper line's maxima and the lower line's minima covers every pixel the
/// M4 lines of the band reach, with a polygon of one vertex per column instead of four.
AggregatedLine aggregateExtreme(
    const RangeExtrema &index, std::size_t first, std::size_t last, int bucket, Extreme which, double scale = 1.0);

/// One point per bucket for bars drawn from zero (a MACD histogram): at the bucket's centre,
/// the value of larger magnitude of its minimum and maximum, so that no peak is lost; NaN
/// for a bucket without a value. With bucket 1 the values themselves.
AggregatedLine aggregatePeaks(const RangeExtrema &index, std::size_t first, std::size_t last, int bucket);

} // namespace rutile::chart
