#pragma once

#include "storage/Workspace.h"

#include <QString>

#include <memory>

namespace rutile::ui {

/// A writer of the workspace file a window shows, for one edit (a saved rule strategy, a
/// watchlist): refused when that file is open for reading only (its permission bits), and when
/// it was deleted since (an error, never a new empty workspace in its place).
Result<std::unique_ptr<Workspace>> openShownWorkspaceForWriting(const QString &path);

} // namespace rutile::ui
