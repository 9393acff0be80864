#pragma once

// What a user's edit of the chart changed, for the undo history: two layouts compared
// without their visible range (zooming and panning are not edits), and the change named as
// the Edit menu shows it ("Undo Add SMA(50)", "Undo Move Trend Line").

#include "chart/ChartLayout.h"

#include <QString>

namespace rutile::chart {

/// True when `a` and `b` differ only in the visible range (preset and dates).
bool sameExceptRange(const ChartLayout &a, const ChartLayout &b);

/// "SMA(50)", "MACD(12,26,9)": an indicator as legends and menus name it.
QString indicatorTitle(const ChartIndicator &indicator,
    const indicators::IndicatorRegistry &registry = indicators::IndicatorRegistry::builtIn());

/// "Trend Line", "Fibonacci Retracement"…: a drawing kind as menus name it.
QString drawingKindTitle(DrawingKind kind);

/// The edit from `before` to `after`, named for the undo history: "Add SMA(50)", "Remove
/// RSI(14)", "Edit MACD(12,26,9)", "Draw Trend Line", "Move Rectangle", "Delete Text Note",
/// "Change Style", "Change Timeframe", "Resize Panes"…; "Change Chart" when several things
/// changed at once.
QString describeLayoutChange(const ChartLayout &before, const ChartLayout &after,
    const indicators::IndicatorRegistry &registry = indicators::IndicatorRegistry::builtIn());

} // namespace rutile::chart
