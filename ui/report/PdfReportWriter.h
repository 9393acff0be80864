#pragma once

// A report as a PDF (QPdfWriter, A4): the text laid out by QTextDocument (tables split across
// pages with their header repeated), the charts drawn as vectors, a footer with the title and
// the page number on every page.

#include "report/ReportDocument.h"
#include "util/Error.h"

#include <QIODevice>

namespace rutile::ui {

Status writePdfReport(const report::ReportDocument &document, QIODevice &device);

} // namespace rutile::ui
