#pragma once

#include "data/BarSeries.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace rutile::chart {

/// The chart's range buttons.
enum class RangePreset { OneMonth, ThreeMonths, SixMonths, YearToDate, OneYear, FiveYears, All };

/// Every preset in button order.
std::span<const RangePreset> allRangePresets();

/// Button text and saved name: "1M", "3M", "6M", "YTD", "1Y", "5Y", "All" (not translated:
/// they are the names traders know from every platform, and they go into saved layouts).
QString rangePresetName(RangePreset preset);
std::optional<RangePreset> rangePresetFromName(QStringView name);

/// First bar of `preset` over trading days `days` (ascending), ending at the last bar.
/// nM / nY: the first bar on or after the last bar's date moved back n months / years
/// (QDate::addMonths, so 31 March − 1M = 29 February in a leap year); YTD: the first bar of
/// the last bar's calendar year; All: 0. An empty series gives 0.
std::size_t rangePresetFirstBar(std::span<const DayNumber> days, RangePreset preset);

} // namespace rutile::chart
