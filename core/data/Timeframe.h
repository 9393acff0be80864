#pragma once

// Bars of a longer period built from the daily series, as `../shared/design/CLI.md`
// ("timeframes") defines them: a weekly bar covers one ISO week (Monday to Sunday), a monthly
// bar one calendar month; open of its first trading day, highest high, lowest low, close and
// adjusted close of its last trading day, summed volume, dated by its last trading day.
//
// The chart, `export`, `indicators` and `chart` all resample through resample(), and
// indicators then run on the resampled bars, so "SMA(20) weekly" means twenty weeks.

#include "data/BarSeries.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace rutile {

enum class Timeframe { Daily, Weekly, Monthly };

/// "daily", "weekly", "monthly": the CLI's --timeframe values and the saved layout's names.
QString timeframeName(Timeframe timeframe);
std::optional<Timeframe> timeframeFromName(QStringView name);

/// The period a day belongs to: equal for two days exactly when they share a bar of
/// `timeframe` (for Daily, the day itself).
qint64 timeframePeriod(DayNumber day, Timeframe timeframe);

/// `daily` resampled to `timeframe` (Daily: a copy). The input must be consistent
/// (BarSeries::isConsistent); the output is, with at most as many bars.
BarSeries resample(const BarSeries &daily, Timeframe timeframe);

} // namespace rutile
