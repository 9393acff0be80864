#include "DateAxisTicker.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

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
    const qint64 first = std::clamp<qint64>(static_cast<qint64>(std::ceil(range.lower)), 0, n - 1);
    const qint64 last = std::clamp<qint64>(static_cast<qint64>(std::floor(range.upper)), 0, n - 1);
    if (first > last || range.upper < 0 || range.lower > double(n - 1))
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
        if (estimate > 2.0 * maxTicks && &c != &candidates[std::size(candidates) - 1])
            continue;
        std::vector<qint64> found;
        for (qint64 i = first; i <= last; ++i) {
            const auto at = static_cast<std::size_t>(i);
            // The very first bar of the data starts no period: its predecessor is unknown.
            if (i == 0 && c.period != Period::Day)
                continue;
            if (c.period == Period::Day
                || periodKey(m_days[at], c.period, c.multiple) != periodKey(m_days[at - 1], c.period, c.multiple))
                found.push_back(i);
            if (static_cast<int>(found.size()) > maxTicks)
                break;
        }
        chosen = std::move(found);
        m_period = c.period;
        m_multiple = c.multiple;
        if (static_cast<int>(chosen.size()) <= maxTicks)
            break;
    }

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
