#pragma once

#include "data/BarSeries.h"
#include "risk/RiskOptions.h"
#include "util/Error.h"

#include <QString>

#include <utility>
#include <vector>

namespace rutile::risk {

/// A dated series of values: a symbol's closes, a backtest's equity curve, or returns.
/// Invariant expected by every function here: `day` strictly ascending, same length as
/// `value`.
struct DatedSeries {
    QString name;
    std::vector<DayNumber> day;
    std::vector<double> value;

    std::size_t size() const { return day.size(); }
    bool empty() const { return day.empty(); }
};

/// The Close column of `bars` (not the adjusted close: the statistics describe the
/// traded index level, as the chart shows it).
DatedSeries closeSeries(const BarSeries &bars);

/// Checks the invariant and that every value is finite and strictly positive (returns of
/// non-positive values are undefined). The error (InvalidInput) names the series, the date
/// and the value.
Status checkValues(const DatedSeries &values);

/// Daily returns of consecutive values, dated at the later day: r[t] = ln(v[t]/v[t−1]) or
/// v[t]/v[t−1] − 1, t = 1..n−1, so the result has n − 1 entries (none for n < 2). Gaps
/// between days (holidays, missing bars) are not filled: a return spans from one value to
/// the next. Fails as checkValues().
Result<DatedSeries> returnsOf(const DatedSeries &values, ReturnType type);

/// The two series restricted to the days present in both (a merge of the sorted days).
/// Benchmark statistics align the VALUES first and take returns afterwards, so that each
/// pair of returns spans the same interval even when one series has a bar the other lacks.
std::pair<DatedSeries, DatedSeries> commonDays(const DatedSeries &a, const DatedSeries &b);

} // namespace rutile::risk
