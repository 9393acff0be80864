#include "reporting/CurveTables.h"

#include "risk/Drawdown.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::reporting {

std::vector<YearOfMonths> monthlyReturns(std::span<const DayNumber> days, std::span<const double> values)
{
    std::vector<YearOfMonths> years;
    if (days.empty() || days.size() != values.size())
        return years;
    const double nan = std::numeric_limits<double>::quiet_NaN();
    double previousEnd = values.front();
    for (std::size_t i = 0; i < days.size(); ++i) {
        const QDate d = toDate(days[i]);
        const bool lastOfMonth = i + 1 == days.size() || toDate(days[i + 1]).month() != d.month()
            || toDate(days[i + 1]).year() != d.year();
        if (!lastOfMonth)
            continue;
        if (years.empty() || years.back().year != d.year()) {
            YearOfMonths y;
            y.year = d.year();
            std::fill(std::begin(y.month), std::end(y.month), nan);
            years.push_back(y);
        }
        years.back().month[d.month() - 1] = values[i] / previousEnd - 1;
        previousEnd = values[i];
    }
    for (YearOfMonths &y : years) {
        double growth = 1;
        for (double m : y.month)
            if (!std::isnan(m))
                growth *= 1 + m;
        y.total = growth - 1;
    }
    return years;
}

std::vector<DrawdownRow> worstDrawdowns(std::span<const DayNumber> days, std::span<const double> values, std::size_t count)
{
    std::vector<DrawdownRow> rows;
    if (days.empty() || days.size() != values.size())
        return rows;
    const risk::DrawdownReport report = risk::drawdowns(values);
    for (const risk::DrawdownEpisode &e : report.episodes)
        rows.push_back({days[e.peak], days[e.trough], e.recovery.has_value(), e.recovery ? days[*e.recovery] : 0,
                        e.depth, e.lengthBars});
    std::stable_sort(rows.begin(), rows.end(), [](const DrawdownRow &a, const DrawdownRow &b) { return a.depth < b.depth; });
    if (rows.size() > count)
        rows.resize(count);
    return rows;
}

} // namespace rutile::reporting
