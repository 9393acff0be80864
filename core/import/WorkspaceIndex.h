#pragma once

// Building an index from what the workspace holds, and keeping it there as a symbol: the one
// call behind `rutile-cli index build` and the Index Lab's Build.
//
// Constituents come from a watchlist (each member's bars, sector and share counts, as the
// sample universe stores them) or from a holdings snapshot (its equities that are cached
// symbols, with the fund's quantities as fixed units: a fund holds its index's stocks in
// proportion to their float-adjusted caps, so cap and float weighting give the same index).
// Stored prices are split-adjusted (providers deliver them so; the sample universe is written
// so), so splits reach the engine only through the share counts' units.

#include "index/IndexEngine.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDate>
#include <QStringList>

namespace rutile {

class Workspace;

struct IndexSource {
    QString list;      ///< a watchlist's name, or
    QString holdings;  ///< a holdings snapshot's fund name
    QDate holdingsAsOf{}; ///< null: the fund's latest snapshot
};

struct WorkspaceIndex {
    index::IndexBuild build;
    QStringList members;      ///< the constituents' symbols (those with bars)
    QStringList missing;      ///< list members or holdings tickers that are not cached
    QString description;      ///< the stored symbol's name
    bool synthetic = false;   ///< built from synthetic data
};

/// Reads the constituents and builds the index (progress: reading is the first 70 %).
Result<WorkspaceIndex> buildWorkspaceIndex(const Workspace &workspace, const IndexSource &source,
                                           const index::IndexOptions &options, const TaskControl &control = {});

/// Stores the levels as symbol `name`, replacing an index stored under that name before; refuses a
/// name that holds a symbol that was not built as an index, or one of the index's constituents.
/// `beforeCommit` as StoreOptions has it.
Status storeWorkspaceIndex(Workspace &workspace, const QString &name, const IndexSource &source,
                           const WorkspaceIndex &index, const std::function<Status(qint64 bars)> &beforeCommit = {});

/// The import log's format for bars that an index build wrote.
inline constexpr auto kIndexImportFormat = "index";

} // namespace rutile
