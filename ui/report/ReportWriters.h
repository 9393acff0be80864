#pragma once

// Where a report goes: HTML or PDF by the file's extension (or the format asked for), written
// through core's output rules (atomically to a regular file, never over a folder or device).

#include "report/ReportDocument.h"
#include "storage/Workspace.h"
#include "util/Error.h"

#include <QString>

namespace rutile::ui {

enum class ReportFormat { Html, Pdf };

/// PDF for a name ending in .pdf (any case), else HTML.
ReportFormat reportFormatOf(const QString &path);

Status writeReport(const report::ReportDocument &document, const QString &path, ReportFormat format);

/// The file filter of the GUI's report dialogs (PDF first).
QString reportFileFilter();

/// The report of a journal entry (core/reporting: a backtest's, or an ML evaluation's) to `path`, PDF or HTML by its name.
/// Drawn on the calling thread, which must be the GUI thread (QCustomPlot draws the charts);
/// a 10-year report takes well under a second (tests/bench/report).
Status writeRunReport(const RunRecord &entry, const QString &path);

} // namespace rutile::ui
