#pragma once

// A report as one self-contained HTML file: inline CSS, every chart embedded as a PNG data URI,
// no script and nothing fetched, so the file can be mailed or archived as it is.

#include "report/ReportDocument.h"

#include "util/Error.h"
#include "util/TaskControl.h"

#include <QByteArray>
#include <QPicture>

#include <vector>

namespace rutile::ui {

/// The page, with `charts` (recordReportCharts() of the document) drawn into its images, on any
/// one thread at a time (the pictures are played). `control` is told the fraction done and may stop it between charts (Cancelled).
Result<QByteArray> htmlReport(const report::ReportDocument &document, const std::vector<QPicture> &charts,
                              const TaskControl &control = {});

} // namespace rutile::ui
