#pragma once

// How the backtest views write numbers: one place, so the metrics table, the trade list, the
// optimiser table and the walk-forward table agree. Undefined values (NaN) are shown as an
// en dash, never as 0; exports use the raw numbers (kExportRole), empty for NaN.

#include "backtest/Optimizer.h"
#include "data/BarSeries.h"
#include "params/ParamSpec.h"

#include <QString>
#include <QVariant>

#include <span>

namespace rutile::ui::btfmt {

/// "12.34%" of a fraction (0.1234); "–" for NaN.
QString percent(double fraction, int decimals = 2);
/// "1.23"; "–" for NaN.
QString number(double value, int decimals = 2);
/// "123,456.78" in the locale's grouping; "–" for NaN.
QString money(double value);
/// "1,234".
QString count(long long value);
/// ISO date of a day number.
QString date(DayNumber day);
/// The raw value for kExportRole: the number, or an empty string for NaN.
QVariant exportValue(double value);
/// "Sharpe ratio", "CAGR"…: an optimiser objective as a trader reads it.
QString objectiveText(backtest::Objective objective);
/// "fast 20 · slow 50 · short off": the values of `specs` as a trader reads them.
QString paramSummary(std::span<const ParamSpec> specs, const ParamValues &values);

} // namespace rutile::ui::btfmt
