#pragma once

// Pieces shared by the PriceChart source files; not part of the chart's interface.

#include "ChartItems.h"
#include "ChartTheme.h"
#include "chart/ChartLayout.h"
#include "chart/RangeExtrema.h"
#include "indicators/IndicatorRegistry.h"

#include <qcustomplot.h>

#include <vector>

namespace rutile::ui::chart_detail {

inline constexpr double kBarWidth = 0.7; // fraction of a bar slot
inline constexpr double kEdgeBars = 5; // empty slots allowed beyond the first and last bar
inline constexpr int kPixelsPerDateLabel = 72;
inline constexpr int kPixelsPerValueLabel = 26;
inline constexpr int kEdgeLabelRoom = 36;
inline constexpr double kDensePixelsPerBar
    = 3; // below: lines 1 px wide (PriceChart::linePen) // pixels left of the panes for the first date label
inline constexpr const char *kGuideProperty = "rutileGuide";
inline constexpr const char *kLevelProperty = "rutileLevel";
inline constexpr const char *kPeriodProperty = "rutilePeriod";

/// The plottables of one document indicator in the current panes.
struct IndicatorPlots {
    std::vector<QCPAbstractPlottable *> plots;
    /// Bollinger Bands: the shaded band between the upper line's per-column maxima and the
    /// lower line's minima, on the "shading" layer under the bars.
    BandFillItem *band = nullptr;
};

void styleAxis(QCPAxis *axis, const ChartTheme &theme);
QCPItemText *makeLabel(QCustomPlot *plot, QCPAxisRect *rect, double x, double y, Qt::Alignment alignment);
Qt::PenStyle penStyle(chart::LineStyle style);
/// `top` with its alpha composed over the opaque `background`, as an opaque colour. Bars
/// are filled with it instead of a translucent colour: the result looks the same on the
/// chart's plain background, and Qt's raster engine fills opaque rectangles on the calling
/// thread, while it hands every translucent one to its thread pool (a measured 40 ms for
/// the ~1,500 volume bars of one replot).
QColor opaqueOver(const QColor &top, const QColor &background);
/// A price for the readout: 2 decimals, 4 below 1.
QString formatPrice(double value);
/// An indicator value for the readout: 2 decimals, 4 below 1, a magnitude suffix from a
/// million; "n/a" for NaN (the warm-up).
QString formatValue(double value);

} // namespace rutile::ui::chart_detail
