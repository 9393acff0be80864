#pragma once

// A picture written to an output path the way every Rutile output is: encoded in memory
// first (a failing destination then reports its own error, not libpng's), then written
// through core's writeOutputFile (a regular file atomically, a device or '-' as is; never a
// directory or a FIFO replaced).

#include "util/Error.h"

#include <QImage>
#include <QString>

namespace rutile::ui {

Status writePng(const QString &path, const QImage &image);

} // namespace rutile::ui
