#pragma once

// A plot with nothing to show yet says so in its middle instead of drawing QCustomPlot's
// default axes (0 to 5, or 1 Jan 1970 on a date axis), which read as data.

#include <QString>

class QCustomPlot;

namespace rutile::ui {

/// Hides the ticks, tick labels and grid of every axis of `plot` (their titles stay, to say
/// what will be drawn) and shows `message` in the middle of its first axis rect; replots.
void showPlotMessage(QCustomPlot &plot, const QString &message);
/// Takes the message away and gives the axes back what showPlotMessage() hid. Call it before
/// drawing data (a plot without a message is left as it is).
void clearPlotMessage(QCustomPlot &plot);
/// Whether `plot` shows a message now.
bool showsPlotMessage(const QCustomPlot &plot);

} // namespace rutile::ui
