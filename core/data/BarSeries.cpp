#include "data/BarSeries.h"

#include <algorithm>

namespace rutile {

namespace {
// QDate::toJulianDay() of 1970-01-01.
constexpr qint64 kUnixEpochJulianDay = 2440588;
} // namespace

DayNumber toDayNumber(QDate date)
{
    return static_cast<DayNumber>(date.toJulianDay() - kUnixEpochJulianDay);
}

QDate toDate(DayNumber day)
{
    return QDate::fromJulianDay(kUnixEpochJulianDay + day);
}

void BarSeries::reserve(std::size_t n)
{
    day.reserve(n);
    open.reserve(n);
    high.reserve(n);
    low.reserve(n);
    close.reserve(n);
    adjClose.reserve(n);
    volume.reserve(n);
}

void BarSeries::clear()
{
    day.clear();
    open.clear();
    high.clear();
    low.clear();
    close.clear();
    adjClose.clear();
    volume.clear();
}

void BarSeries::append(const Bar &bar)
{
    day.push_back(bar.day);
    open.push_back(bar.open);
    high.push_back(bar.high);
    low.push_back(bar.low);
    close.push_back(bar.close);
    adjClose.push_back(bar.adjClose);
    volume.push_back(bar.volume);
}

Bar BarSeries::bar(std::size_t i) const
{
    return Bar{day[i], open[i], high[i], low[i], close[i], adjClose[i], volume[i]};
}

std::size_t BarSeries::lowerBound(DayNumber d) const
{
    return static_cast<std::size_t>(std::lower_bound(day.begin(), day.end(), d) - day.begin());
}

BarSeries BarSeries::slice(std::size_t first, std::size_t count) const
{
    BarSeries out;
    out.symbol = symbol;
    first = std::min(first, size());
    const std::size_t last = first + std::min(count, size() - first);
    const auto copy = [first, last](const auto &from, auto &to) {
        to.assign(from.begin() + static_cast<std::ptrdiff_t>(first),
                  from.begin() + static_cast<std::ptrdiff_t>(last));
    };
    copy(day, out.day);
    copy(open, out.open);
    copy(high, out.high);
    copy(low, out.low);
    copy(close, out.close);
    copy(adjClose, out.adjClose);
    copy(volume, out.volume);
    return out;
}

BarSeries BarSeries::between(QDate from, QDate to) const
{
    const std::size_t first = from.isValid() ? lowerBound(toDayNumber(from)) : 0;
    const std::size_t end = to.isValid() ? lowerBound(toDayNumber(to) + 1) : size();
    return slice(first, end > first ? end - first : 0);
}

bool BarSeries::isConsistent() const
{
    const std::size_t n = day.size();
    if (open.size() != n || high.size() != n || low.size() != n || close.size() != n
        || adjClose.size() != n || volume.size() != n)
        return false;
    return std::adjacent_find(day.begin(), day.end(), [](DayNumber a, DayNumber b) { return a >= b; })
        == day.end();
}

} // namespace rutile
