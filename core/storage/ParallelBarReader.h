#pragma once

// Reading the bars of many symbols (an index's 2,000 constituents, a scan's list) on every
// core: reading them is SQLite's work, one connection per thread, so threads read side by side.

#include "data/BarSeries.h"
#include "storage/Workspace.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QStringList>

#include <functional>

namespace rutile {

struct ParallelReadOptions {
    /// Reading threads; 0: one per core.
    int threads = 0;
    /// Workspace::BarColumn flags of the columns decoded (see Workspace::readBarsEach).
    unsigned columns = Workspace::AllColumns;
};

/// Reads every symbol of `symbols` from the workspace at `path` and hands its whole history to
/// `visit` with the symbol's position in the list and the reading thread's own Workspace (for
/// more reads of that symbol). `visit` runs on the reading threads, several at once, each with
/// other positions: it may write only what belongs to its position.
///
/// The threads are a pool of this call's own (a busy global pool, an optimiser's, must not
/// leave it waiting); this thread reads a share too. `control`'s hooks are called on this thread
/// only: progress as the fraction of symbols read, and cancellation, which stops every thread
/// (ErrorKind::Cancelled). The first error, a read's or `visit`'s, stops them all and is returned.
Status readBarsInParallel(const QString &path, const QStringList &symbols, const ParallelReadOptions &options,
                          const TaskControl &control,
                          const std::function<Status(const Workspace &own, qsizetype position, BarSeries &&bars)> &visit);

} // namespace rutile
