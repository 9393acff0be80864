#include "DateAxisTicker.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::ui {

DateAxisTicker::DateAxisTicker()
{
    setTickCount(8);
}

void DateAxisTicker::setDays(std::vector<DayNumber> days)
{
    m_days = std::move(days);
}

qint64 DateAxisTicker::periodKey(DayNumber day, Period period, int multiple) const
{
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        // 1970-01-01 was a Thursday; shifting by 3 makes weeks start on Monday.
        return (static_cast<qint64>(day) + 3 - ((static_cast<qint64>(day) + 3) % 7 + 7) % 7) / 7;
    case Period::Month:
    case Period::Quarter:
    case Period::Year: {
        const QDate d = toDate(day);
        if (period == Period::Month)
            return d.year() * 12LL + d.month() - 1;
        if (period == Period::Quarter)
            return d.year() * 4LL + (d.month() - 1) / 3;
        return static_cast<qint64>(std::floor(double(d.year()) / multiple));
    }
    }
    return day;
}

QString DateAxisTicker::labelFor(std::size_t index, std::optional<std::size_t> previousTick, Period period) const
{
    const QLocale locale;
    const QDate date = toDate(m_days[index]);
    const QString year = QString::number(date.year());
    const QString month = locale.monthName(date.month(), QLocale::ShortFormat);
    if (!previousTick) {
        // The first label in view carries the context the others leave out.
        if (period == Period::Year)
            return year;
        if (period == Period::Month || period == Period::Quarter)
            return date.month() == 1 ? year : month + QLatin1Char(' ') + year;
        return QString::number(date.day()) + QLatin1Char(' ') + month + QLatin1Char(' ') + year;
    }
    // Compared with the previous label, not the previous bar: a weekly tick on 5 January
    // is the first label of its year even though 2 January was a trading day.
    const QDate before = toDate(m_days[*previousTick]);
    if (period == Period::Year || before.year() != date.year())
        return year;
    if (period == Period::Month || period == Period::Quarter || before.month() != date.month())
        return month;
    return QString::number(date.day());
}

std::vector<qint64> DateAxisTicker::periodStarts(
    qint64 first, qint64 last, Period period, int multiple, int limit) const
{
    // Walk the calendar from one period start to the next and find each start's first bar
    // by binary search: O(ticks · log n) however many bars are in view, so that a chart of
    // a million bars pays nothing here. A start with no bar before the next period's start
    // (a holiday week) lands on a bar of a later period and is dropped.
    std::vector<qint64> found;
    const auto begin = m_days.begin();
    const auto at = [&](qint64 i) { return m_days[static_cast<std::size_t>(i)]; };
    const QDate from = toDate(at(std::max<qint64>(first, 1) - 1));
    const QDate to = toDate(at(last));
    QDate start;
    switch (period) {
    case Period::Day:
        break;
    case Period::Week:
        start = from.addDays(1 - from.dayOfWeek());
        break;
    case Period::Month:
        start = QDate(from.year(), from.month(), 1);
        break;
    case Period::Quarter:
        start = QDate(from.year(), (from.month() - 1) / 3 * 3 + 1, 1);
        break;
    case Period::Year: {
        const int y = static_cast<int>(std::floor(double(from.year()) / multiple)) * multiple;
        start = QDate(y, 1, 1);
        break;
    }
    }
    if (!start.isValid() && period != Period::Day)
        start = QDate(1, 1, 1); // year 0 does not exist; only far-past synthetic data gets here
    const auto next = [&](QDate d) {
        switch (period) {
        case Period::Day:
            return d.addDays(1);
        case Period::Week:
            return d.addDays(7);
        case Period::Month:
            return d.addMonths(1);
        case Period::Quarter:
            return d.addMonths(3);
        case Period::Year:
            return d.addYears(multiple);
        }
        return d.addDays(1);
    };
    for (QDate d = next(start); d.isValid() && d <= to; d = next(d)) {
        const auto it = std::lower_bound(begin, m_days.end(), toDayNumber(d));
        const qint64 i = it - begin;
        if (i < first || i > last || i == 0)
            continue;
        if (periodKey(at(i), period, multiple) == periodKey(at(i - 1), period, multiple))
            continue; // not the first bar of a period
        if (!found.empty() && found.back() == i)
            continue;
        found.push_back(i);
        if (static_cast<int>(found.size()) > limit)
            break;
    }
    return found;
}

void DateAxisTicker::generate(const QCPRange &range, const QLocale &, QChar, int, QVector<double> &ticks,
    QVector<double> *subTicks, QVector<QString> *tickLabels)
{
    ticks.clear();
    if (subTicks)
        subTicks->clear();
    if (tickLabels)
        tickLabels->clear();
    if (m_days.empty())
        return;

    const auto n = static_cast<qint64>(m_days.size());
    if (range.upper < 0 || range.lower > double(n - 1))
        return;
    const qint64 first = std::clamp<qint64>(static_cast<qint64>(std::ceil(range.lower)), 0, n - 1);
    const qint64 last = std::clamp<qint64>(static_cast<qint64>(std::floor(range.upper)), 0, n - 1);
    if (first > last)
        return;

    const int maxTicks = std::max(2, tickCount());
    struct Candidate {
        Period period;
        int multiple;
    };
    static constexpr Candidate candidates[] = {
        {Period::Day, 1},
        {Period::Week, 1},
        {Period::Month, 1},
        {Period::Quarter, 1},
        {Period::Year, 1},
        {Period::Year, 2},
        {Period::Year, 5},
        {Period::Year, 10},
        {Period::Year, 20},
        {Period::Year, 50},
        {Period::Year, 100},
        {Period::Year, 200},
        {Period::Year, 500},
        {Period::Year, 1000},
    };

    const double spanDays
        = double(m_days[static_cast<std::size_t>(last)] - m_days[static_cast<std::size_t>(first)]) + 1;
    std::vector<qint64> chosen;
    for (const Candidate &c : candidates) {
        // Cheap estimate first: skip periods that clearly give too many ticks.
        const double periodDays = c.period == Period::Day ? 1.0
            : c.period == Period::Week                    ? 7.0
            : c.period == Period::Month                   ? 30.44
            : c.period == Period::Quarter                 ? 91.31
                                                          : 365.25 * c.multiple;
        const double estimate = c.period == Period::Day ? double(last - first + 1) : spanDays / periodDays;
        const bool coarsest = &c == &candidates[std::size(candidates) - 1];
        if (estimate > 2.0 * maxTicks && !coarsest)
            continue;
        if (c.period == Period::Day) {
            chosen.clear();
            for (qint64 i = first; i <= last && static_cast<int>(chosen.size()) <= maxTicks; ++i)
                chosen.push_back(i);
        } else {
            chosen = periodStarts(
                first, last, c.period, c.multiple, coarsest ? std::numeric_limits<int>::max() : maxTicks);
        }
        m_period = c.period;
        m_multiple = c.multiple;
        if (static_cast<int>(chosen.size()) <= maxTicks)
            break;
    }
    // Only a span longer than the coarsest period allows can still hold too many: thin it.
    if (static_cast<int>(chosen.size()) > maxTicks) {
        const std::size_t step = (chosen.size() + std::size_t(maxTicks) - 1) / std::size_t(maxTicks);
        std::vector<qint64> thinned;
        for (std::size_t k = 0; k < chosen.size(); k += step)
            thinned.push_back(chosen[k]);
        chosen = std::move(thinned);
    }

    // The view can be wider than the bars (a year's view of a week of history): ticks on
    // neighbouring bars would then sit a few pixels apart and their labels overlap. A tick
    // closer than most of a label's slot to the one before is left out.
    const double minSpacing = 0.6 * range.size() / double(maxTicks);
    std::vector<qint64> spaced;
    for (qint64 i : chosen) {
        if (spaced.empty() || double(i - spaced.back()) >= minSpacing)
            spaced.push_back(i);
    }
    chosen = std::move(spaced);

    std::optional<std::size_t> previous;
    for (qint64 i : chosen) {
        const auto at = static_cast<std::size_t>(i);
        ticks.append(double(i));
        if (tickLabels)
            tickLabels->append(labelFor(at, previous, m_period));
        previous = at;
    }
}

} // namespace rutile::ui
