#pragma once

// A risk-free rate taken from a rate series in the workspace (a FRED download such as DGS3MO,
// the 3-month Treasury bill, in percent per year), for the backtest metrics and the risk
// statistics instead of a constant typed by hand.

#include "data/BarSeries.h"
#include "util/Error.h"

#include <QString>

namespace rutile {
class Workspace;
}

namespace rutile::risk {

/// The mean of `rates` (closes, in percent per year) over the days [from, to], as an annual
/// fraction (5.25 → 0.0525). Used as the constant rate of a period, it makes the mean excess
/// return exact (the mean of r − rf_t is mean(r) − mean(rf_t)); only the rate's own day-to-day
/// variation, some 10⁻⁸ of a stock index's daily variance, is left out of the volatility.
/// InvalidInput, naming `symbol`, when no value lies in the range or the mean is outside
/// [−10 %, 100 %] (not a rate in percent).
Result<double> meanAnnualRate(const BarSeries &rates, DayNumber from, DayNumber to, const QString &symbol);

/// meanAnnualRate of the cached series `symbol` over [from, to].
Result<double> riskFreeRateFrom(const Workspace &workspace, const QString &symbol, QDate from, QDate to);

} // namespace rutile::risk
