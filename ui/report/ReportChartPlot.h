#pragma once

// A report chart (core/report) drawn by QCustomPlot, the GUI's chart library: the same look in
// the HTML (as PNG) and in the PDF (as vectors). QCustomPlot is a widget, so a chart is recorded
// as a QPicture on the GUI thread (a few milliseconds); playing the picture back, into a PNG or
// a PDF page, is most of a report's time and may run on another thread (one thread at a time:
// playing a picture touches the data its copies share).

#include "report/ReportDocument.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QByteArray>
#include <QColor>
#include <QPicture>

#include <vector>

namespace rutile::ui {

/// The size a report chart is laid out at, in device-independent pixels.
inline constexpr int kReportChartWidth = 680;
inline constexpr int kReportChartHeight = 260;

/// `chart` recorded as vector drawing commands, kReportChartWidth × kReportChartHeight (GUI
/// thread only).
QPicture reportChartPicture(const report::ReportChart &chart);
/// The pictures of every chart of `document`, in the order its sections and blocks give them
/// (GUI thread only). `control` is told the fraction done and may stop it (then fewer come back).
std::vector<QPicture> recordReportCharts(const report::ReportDocument &document, const TaskControl &control = {});
/// Whether `charts` are one recorded picture per chart of `document`, as the writers need them;
/// an internal error otherwise.
Status checkRecordedCharts(const report::ReportDocument &document, const std::vector<QPicture> &charts);
/// A recorded chart as PNG bytes, drawn at `scale` times its size (2 for sharp text on high-DPI
/// screens); on any one thread at a time.
QByteArray reportChartPng(const QPicture &chart, double scale = 2.0);

/// The shade of a heat-map cell: red for negative values, green for positive, stronger towards
/// |value| = scale; white for NaN.
QColor heatColour(double value, double scale);

} // namespace rutile::ui
