#include "data/Timeframe.h"

#include <algorithm>

namespace rutile {

QString timeframeName(Timeframe timeframe)
{
    switch (timeframe) {
    case Timeframe::Daily:
        return QStringLiteral("daily");
    case Timeframe::Weekly:
        return QStringLiteral("weekly");
    case Timeframe::Monthly:
        return QStringLiteral("monthly");
    }
    return {};
}

std::optional<Timeframe> timeframeFromName(QStringView name)
{
    for (Timeframe t : {Timeframe::Daily, Timeframe::Weekly, Timeframe::Monthly}) {
        if (name == timeframeName(t))
            return t;
    }
    return std::nullopt;
}

qint64 timeframePeriod(DayNumber day, Timeframe timeframe)
{
    switch (timeframe) {
    case Timeframe::Daily:
        return day;
    case Timeframe::Weekly: {
        // Day 0 (1970-01-01) was a Thursday, so day + 3 counts from Monday 1969-12-29; the
        // floor division keeps weeks before 1970 whole too.
        const qint64 shifted = qint64(day) + 3;
        return shifted >= 0 ? shifted / 7 : -((-shifted + 6) / 7);
    }
    case Timeframe::Monthly: {
        const QDate date = toDate(day);
        return qint64(date.year()) * 12 + (date.month() - 1);
    }
    }
    return day;
}

BarSeries resample(const BarSeries &daily, Timeframe timeframe)
{
    if (timeframe == Timeframe::Daily)
        return daily;
    BarSeries out;
    out.symbol = daily.symbol;
    const std::size_t n = daily.size();
    std::size_t first = 0;
    while (first < n) {
        const qint64 period = timeframePeriod(daily.day[first], timeframe);
        std::size_t last = first + 1;
        while (last < n && timeframePeriod(daily.day[last], timeframe) == period)
            ++last;
        Bar bar;
        bar.day = daily.day[last - 1];
        bar.open = daily.open[first];
        bar.high = *std::max_element(daily.high.begin() + std::ptrdiff_t(first), daily.high.begin() + std::ptrdiff_t(last));
        bar.low = *std::min_element(daily.low.begin() + std::ptrdiff_t(first), daily.low.begin() + std::ptrdiff_t(last));
        bar.close = daily.close[last - 1];
        bar.adjClose = daily.adjClose[last - 1];
        bar.volume = 0;
        for (std::size_t i = first; i < last; ++i)
            bar.volume += daily.volume[i];
        out.append(bar);
        first = last;
    }
    return out;
}

} // namespace rutile
