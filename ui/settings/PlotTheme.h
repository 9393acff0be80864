#pragma once

// The analysis windows' plots (QCustomPlot) and charts (Qt Charts) in the application's theme.
// The price chart has its own ChartTheme; report charts stay on white paper.

#include <QtCharts/QChart>

class QCustomPlot;

namespace rutile::ui {

/// Colours `plot`'s background, axes, grids, legends and titles from the application's palette
/// now and before each replot, and replots when the palette changes, so that a theme chosen
/// later applies too. Series keep their own colours. Call once, after creating the plot.
void followTheme(QCustomPlot *plot);

/// Qt Charts' theme matching the application's palette (dark or light), for a chart being made.
QChart::ChartTheme chartTheme();

/// Colours `chart`'s background, title, legend text and axes (lines, labels, titles, grids) from
/// the application's palette, as followTheme() colours a plot. Its series keep their colours,
/// which is why a chart already shown is not given another Qt Charts theme (that would reset
/// them): RiskChartView calls this on each chart it shows and again when the palette changes.
void themeChart(QChart *chart);

} // namespace rutile::ui
