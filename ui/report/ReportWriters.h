#pragma once

// Where a report goes: HTML or PDF by the file's extension (or the format asked for), written
// through core's output rules (atomically to a regular file, never over a folder or device).

#include "report/ReportDocument.h"
#include "util/Error.h"

#include <QString>

namespace rutile::ui {

enum class ReportFormat { Html, Pdf };

/// PDF for a name ending in .pdf (any case), else HTML.
ReportFormat reportFormatOf(const QString &path);

Status writeReport(const report::ReportDocument &document, const QString &path, ReportFormat format);

} // namespace rutile::ui
