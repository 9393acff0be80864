#pragma once

// A report chart (core/report) drawn by QCustomPlot, the GUI's chart library: the same look in
// the HTML (as PNG) and in the PDF (as vectors, through a QPicture).

#include "report/ReportDocument.h"

#include <QByteArray>
#include <QColor>
#include <QPicture>

namespace rutile::ui {

/// The size a report chart is laid out at, in device-independent pixels.
inline constexpr int kReportChartWidth = 680;
inline constexpr int kReportChartHeight = 260;

/// `chart` as PNG bytes, drawn at `scale` times its size (2 for sharp text on high-DPI screens).
QByteArray reportChartPng(const report::ReportChart &chart, double scale = 2.0);
/// `chart` recorded as vector drawing commands, kReportChartWidth × kReportChartHeight.
QPicture reportChartPicture(const report::ReportChart &chart);

/// The shade of a heat-map cell: red for negative values, green for positive, stronger towards
/// |value| = scale; white for NaN.
QColor heatColour(double value, double scale);

} // namespace rutile::ui
