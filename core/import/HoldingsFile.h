#pragma once

// A holdings export read from disk and checked, before any workspace is touched: the one
// reading behind `rutile-cli holdings import` and the index lab's Import Holdings.

#include "index/HoldingsAnalysis.h"
#include "util/Error.h"

namespace rutile {

struct HoldingsFile {
    QString name;                      ///< the fund: given, or from the file name (IWM)
    QString path;                      ///< absolute
    index::HoldingsSnapshot snapshot;
    index::HoldingsAnalysis analysis;
};

/// Reads and parses `path` (at most 64 MiB) and analyses it; `name` empty takes the fund from
/// the file name. Errors: unreadable file, a bad row (file:line:column), no as-of date, no name.
Result<HoldingsFile> readHoldingsFile(const QString &path, const QString &name = {});

} // namespace rutile
