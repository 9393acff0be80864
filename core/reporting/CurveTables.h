#pragma once

// Tables read off an equity curve: the returns of each calendar month and year, and the worst
// drawdown episodes with their dates.

#include "data/BarSeries.h"

#include <span>
#include <vector>

namespace rutile::reporting {

/// One calendar year of month returns: month m's return is its last value over the previous
/// month's last value − 1 (the first month measured from the curve's first value). NaN for a
/// month without a value. `year` compounds the months present.
struct YearOfMonths {
    int year = 0;
    double month[12];
    double total = 0;
};
std::vector<YearOfMonths> monthlyReturns(std::span<const DayNumber> days, std::span<const double> values);

struct DrawdownRow {
    DayNumber peak = 0, trough = 0;
    bool recovered = false;
    DayNumber recovery = 0;
    double depth = 0;        ///< ≤ 0
    std::size_t bars = 0;    ///< peak to recovery (or to the end)
};
/// The `count` deepest drawdown episodes, deepest first.
std::vector<DrawdownRow> worstDrawdowns(std::span<const DayNumber> days, std::span<const double> values, std::size_t count);

} // namespace rutile::reporting
