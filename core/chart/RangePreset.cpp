#include "chart/RangePreset.h"

#include <algorithm>
#include <array>

namespace rutile::chart {

namespace {
constexpr std::array kPresets {RangePreset::OneMonth, RangePreset::ThreeMonths, RangePreset::SixMonths,
    RangePreset::YearToDate, RangePreset::OneYear, RangePreset::FiveYears, RangePreset::All};
} // namespace

std::span<const RangePreset> allRangePresets()
{
    return kPresets;
}

QString rangePresetName(RangePreset preset)
{
    switch (preset) {
    case RangePreset::OneMonth:
        return QStringLiteral("1M");
    case RangePreset::ThreeMonths:
        return QStringLiteral("3M");
    case RangePreset::SixMonths:
        return QStringLiteral("6M");
    case RangePreset::YearToDate:
        return QStringLiteral("YTD");
    case RangePreset::OneYear:
        return QStringLiteral("1Y");
    case RangePreset::FiveYears:
        return QStringLiteral("5Y");
    case RangePreset::All:
        return QStringLiteral("All");
    }
    return {};
}

std::optional<RangePreset> rangePresetFromName(QStringView name)
{
    for (RangePreset p : kPresets) {
        if (name.compare(rangePresetName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::size_t rangePresetFirstBar(std::span<const DayNumber> days, RangePreset preset)
{
    if (days.empty() || preset == RangePreset::All)
        return 0;
    const QDate last = toDate(days.back());
    QDate start;
    switch (preset) {
    case RangePreset::OneMonth:
        start = last.addMonths(-1);
        break;
    case RangePreset::ThreeMonths:
        start = last.addMonths(-3);
        break;
    case RangePreset::SixMonths:
        start = last.addMonths(-6);
        break;
    case RangePreset::YearToDate:
        start = QDate(last.year(), 1, 1);
        break;
    case RangePreset::OneYear:
        start = last.addYears(-1);
        break;
    case RangePreset::FiveYears:
        start = last.addYears(-5);
        break;
    case RangePreset::All:
        return 0;
    }
    const auto it = std::lower_bound(days.begin(), days.end(), toDayNumber(start));
    return static_cast<std::size_t>(it - days.begin());
}

} // namespace rutile::chart
