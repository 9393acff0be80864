#pragma once

// Weekday calendars for tests that build bar-index ↔ date expectations by hand.

#include "data/BarSeries.h"

#include <QDate>

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

} // namespace rutile::test
