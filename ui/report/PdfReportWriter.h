#pragma once

// A report as a PDF (QPdfWriter, A4): the text laid out by QTextDocument (tables split across
// pages with their header repeated), the charts drawn as vectors, a footer with the title and
// the page number on every page.

#include "report/ReportDocument.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QIODevice>
#include <QPicture>

#include <vector>

namespace rutile::ui {

/// The PDF of `document` with `charts` (recordReportCharts() of it) drawn as vectors, on any one
/// thread at a time (the pictures are played).
/// `control` is told the fraction done and may stop it between pages (Cancelled).
Status writePdfReport(const report::ReportDocument &document, const std::vector<QPicture> &charts, QIODevice &device,
                      const TaskControl &control = {});

} // namespace rutile::ui
