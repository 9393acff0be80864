#pragma once

// Weekday calendars for tests that build bar-index ↔ date expectations by hand.

#include "data/BarSeries.h"

#include <QDate>
#include <QString>

#include <algorithm>
#include <initializer_list>
#include <vector>

namespace rutile::test {

/// The weekdays from `from` to `to` (both included) as day numbers, leaving out `holidays`.
inline std::vector<DayNumber> weekdayNumbers(QDate from, QDate to, std::initializer_list<QDate> holidays = {})
{
    std::vector<DayNumber> days;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (d.dayOfWeek() <= 5 && std::find(holidays.begin(), holidays.end(), d) == holidays.end())
            days.push_back(toDayNumber(d));
    }
    return days;
}

/// A series of `closes` on consecutive calendar days from `first`, each bar flat (open = high =
/// low = close), with volume 100: for tests whose arithmetic reads closes only.
inline BarSeries flatBars(const QString &symbol, DayNumber first, const std::vector<double> &closes)
{
    BarSeries b;
    b.symbol = symbol;
    DayNumber day = first;
    for (double c : closes)
        b.append(Bar{day++, c, c, c, c, c, 100});
    return b;
}

} // namespace rutile::test
