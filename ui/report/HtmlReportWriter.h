#pragma once

// A report as one self-contained HTML file: inline CSS, every chart embedded as a PNG data URI,
// no script and nothing fetched, so the file can be mailed or archived as it is.

#include "report/ReportDocument.h"

#include <QByteArray>

namespace rutile::ui {

QByteArray htmlReport(const report::ReportDocument &document);

} // namespace rutile::ui
