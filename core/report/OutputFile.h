#pragma once

// Where every output of Rutile goes (CSV, JSON, PNG; CLI and GUI alike). The promise, also
// in the README ("Outputs and exit codes"):
// - "-" is standard output;
// - a regular file or a new path is written atomically (a temporary file renamed over it
//   only when everything was written), so a failure leaves the old file or nothing;
// - anything else that exists (a device such as /dev/null, a FIFO) is written straight to:
//   renaming over it would replace the device node with a regular file;
// - a directory is refused;
// - every write error is reported, also one that shows only when the data are flushed or
//   the file is closed (ENOSPC on /dev/full, EPIPE when the reader of a pipe has gone).

#include "util/Error.h"

#include <QIODevice>
#include <QString>

#include <functional>

namespace rutile {

/// Checks, before any work is done, that `path` can take an output: "-", an existing file
/// or device that is writable, or a new file in an existing, writable folder. The Error
/// (ErrorKind::Io; InvalidArgument for an empty path) names `path` and says why not.
Status checkOutputPath(const QString &path);

/// Runs `write` on the destination `path` names (see above). Errors carry `path`.
Status writeOutputFile(const QString &path, const std::function<Status(QIODevice &)> &write);

} // namespace rutile
