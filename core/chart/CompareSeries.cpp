#include "chart/CompareSeries.h"
#include "util/RangeCheck.h"

#include "indicators/IndicatorSupport.h"
#include "indicators/RollingStats.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace rutile::chart {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::chart::CompareSeries)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool usable(double v)
{
    return std::isfinite(v) && v > 0;
}

} // namespace

std::vector<double> alignCloses(std::span<const DayNumber> days, const BarSeries &other)
{
    std::vector<double> out(days.size(), kNaN);
    if (other.empty())
        return out;
    const DayNumber firstDay = other.day.front();
    const DayNumber lastDay = other.day.back();
    std::size_t j = 0; // first bar of `other` after the current day
    for (std::size_t i = 0; i < days.size(); ++i) {
        const DayNumber d = days[i];
        if (d < firstDay || d > lastDay)
            continue;
        while (j < other.size() && other.day[j] <= d)
            ++j;
        out[i] = other.close[j - 1]; // j ≥ 1 because d ≥ firstDay
    }
    return out;
}

std::size_t rebaseIndex(std::span<const double> values, std::size_t base)
{
    for (std::size_t i = base; i < values.size(); ++i) {
        if (usable(values[i]))
            return i;
    }
    return values.size();
}

double rebaseFactor(std::span<const double> values, std::size_t base)
{
    const std::size_t i = rebaseIndex(values, base);
    return i < values.size() ? 100.0 / values[i] : kNaN;
}

std::vector<double> ratio(std::span<const double> a, std::span<const double> b)
{
    const std::size_t n = std::min(a.size(), b.size());
    std::vector<double> out(n, kNaN);
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isfinite(a[i]) && usable(b[i]))
            out[i] = a[i] / b[i];
    }
    return out;
}

Result<std::vector<double>> rollingReturnCorrelation(std::span<const double> a, std::span<const double> b, int window)
{
    if (Status s = checkRange(Text::tr("correlation window"), window, 2, indicators::kMaxPeriod); !s)
        return s.error();
    if (a.size() != b.size())
        return Error::invalidArgument(Text::tr("series of different lengths (%1 and %2)").arg(a.size()).arg(b.size()));
    const std::size_t n = a.size();
    std::vector<double> out(n, kNaN);
    // Returns at bar i need bars i − 1 and i; ra/rb are NaN where that is not possible.
    std::vector<double> ra(n, kNaN);
    std::vector<double> rb(n, kNaN);
    for (std::size_t i = 1; i < n; ++i) {
        if (usable(a[i]) && usable(a[i - 1]) && usable(b[i]) && usable(b[i - 1])) {
            ra[i] = a[i] / a[i - 1] - 1;
            rb[i] = b[i] / b[i - 1] - 1;
        }
    }
    const auto w = static_cast<std::size_t>(window);
    std::size_t i = 0;
    while (i < n) {
        if (std::isnan(ra[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < n && !std::isnan(ra[end]))
            ++end;
        if (end - i >= w) {
            const std::span<double> target(out.data() + i, end - i);
            const Status s = indicators::rollingCorrelation(std::span<const double>(ra.data() + i, end - i),
                std::span<const double>(rb.data() + i, end - i), window, target);
            if (!s)
                return s.error();
        }
        i = end;
    }
    return out;
}

} // namespace rutile::chart
