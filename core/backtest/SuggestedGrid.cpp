#include "backtest/SuggestedGrid.h"

#include "util/NumberText.h"

#include <algorithm>
#include <cmath>

namespace rutile::backtest {

namespace {

// 12 significant digits, as GridAxis::range snaps its values: 2 − 5·0.2 is 1, not 0.9999….
double snapped(double v)
{
    return QString::number(v, 'g', 12).toDouble();
}

} // namespace

AxisRange suggestedRange(const ParamSpec &spec)
{
    if (spec.type == ParamType::Bool)
        return {0, 1, 1};
    if (spec.type == ParamType::Choice)
        return {0, double(std::max<qsizetype>(1, spec.choices.size()) - 1), 1};
    const double d = spec.defaultValue;
    const double unit = spec.step > 0 ? spec.step : 1;
    const double multiple = std::max(1.0, std::round(std::abs(d) / 2 / (kSuggestedStepsEachSide * unit)));
    const double step = snapped(unit * multiple);
    int below = 0;
    while (below < kSuggestedStepsEachSide && snapped(d - (below + 1) * step) >= spec.minimum)
        ++below;
    int above = 0;
    while (above < kSuggestedStepsEachSide && snapped(d + (above + 1) * step) <= spec.maximum)
        ++above;
    return {snapped(d - below * step), snapped(d + above * step), step};
}

QString gridAxisText(const QString &name, const AxisRange &range)
{
    return QStringLiteral("%1=%2:%3:%4")
        .arg(name, shortestNumberText(range.start), shortestNumberText(range.stop), shortestNumberText(range.step));
}

} // namespace rutile::backtest
