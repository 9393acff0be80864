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
#include <memory>
#include <vector>

class QSaveFile;

namespace rutile {

/// Checks, before any work is done, that `path` can take an output: "-", an existing file
/// or device that is writable, or a new file in an existing, writable folder. The Error
/// (ErrorKind::Io; InvalidArgument for an empty path) names `path` and says why not.
Status checkOutputPath(const QString &path);

/// Runs `write` on the destination `path` names (see above). Errors carry `path`. With an
/// OutputBatch current on the calling thread, a regular file is staged in it instead.
Status writeOutputFile(const QString &path, const std::function<Status(QIODevice &)> &write);

/// The outputs of one piece of work that are published together (rutile-cli: a command's),
/// so that work failing half-way leaves every file as it was, not the first outputs new and
/// the others old. While a batch is current on a thread (a Scope), writeOutputFile() on that
/// thread writes a regular file to its temporary file and keeps it there; publish() renames
/// every one staged so far over its target. A stream ("-", a device, a FIFO) is written at
/// once: nothing could take its bytes back. Temporary files not published are removed when
/// the batch goes.
class OutputBatch {
public:
    OutputBatch();
    ~OutputBatch();
    OutputBatch(const OutputBatch &) = delete;
    OutputBatch &operator=(const OutputBatch &) = delete;

    /// Renames the staged files over their targets, in the order they were written. Should
    /// one fail (rare: their folders were checked before), the rest are removed and the batch
    /// keeps the error: every later publish() returns it.
    Status publish();

    /// Makes `batch` the current one of the calling thread while it lives.
    class Scope {
    public:
        explicit Scope(OutputBatch &batch);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        OutputBatch *m_previous;
    };

private:
    friend Status writeOutputFile(const QString &path, const std::function<Status(QIODevice &)> &write);
    std::vector<std::unique_ptr<QSaveFile>> m_staged;
    Status m_failed;
};

} // namespace rutile
