#pragma once

// Where a report goes: HTML or PDF by the file's extension (or the format asked for), written
// through core's output rules (atomically to a regular file, never over a folder or device).

#include "report/ReportDocument.h"
#include "storage/Workspace.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QPicture>

#include <functional>
#include <vector>

#include <QString>

class QWidget;

namespace rutile::ui {

enum class ReportFormat { Html, Pdf };

/// PDF for a name ending in .pdf (any case), else HTML.
ReportFormat reportFormatOf(const QString &path);

/// Records `document`'s charts on the calling thread, which must be the GUI thread (QCustomPlot
/// draws them, under a busy cursor), then runs `draw` with them: on a thread of its own behind
/// runWithProgress() (`label` in its dialog) when `progressParent` is given, on the calling
/// thread otherwise. The one way writeReport() and the journal's report view draw a report.
Status drawRecordedReport(const report::ReportDocument &document, QWidget *progressParent, const QString &label,
                          const std::function<Status(const std::vector<QPicture> &charts, const TaskControl &control)> &draw);

/// Writes `document` to `path`. Its charts are recorded on the calling thread, which must be the
/// GUI thread (QCustomPlot draws them: a few milliseconds each); the rest, most of the time (the
/// charts played into PNGs or PDF pages), runs on a pool thread behind runWithProgress() when
/// `progressParent` is given (the GUI: progress and Cancel, nothing written when cancelled), on
/// the calling thread otherwise (rutile-cli).
Status writeReport(const report::ReportDocument &document, const QString &path, ReportFormat format,
                   QWidget *progressParent = nullptr);

/// The part of writeReport() after the charts are recorded (recordReportCharts()), on any one
/// thread at a time.
/// `control` reports progress and may stop it; a stopped or failed write leaves `path` as it was.
Status writeReportFile(const report::ReportDocument &document, const std::vector<QPicture> &charts, const QString &path,
                       ReportFormat format, const TaskControl &control = {});

/// The file filter of the GUI's report dialogs (PDF first).
QString reportFileFilter();

/// The report of a journal entry (core/reporting: a backtest's, or an ML evaluation's) to `path`,
/// PDF or HTML by its name, as writeReport() writes it.
Status writeRunReport(const RunRecord &entry, const QString &path, QWidget *progressParent = nullptr);

} // namespace rutile::ui
