#pragma once

// What an import would do to bars already cached for its symbol, before it writes anything:
// an import replaces every date it holds, and a file from another source (the classic RUT
// download has volumes a hundred times smaller) silently rewrites years of history. The
// import dialog shows this and asks before it stores.

#include "data/BarSeries.h"
#include "util/Error.h"

#include <QDate>
#include <QString>

namespace rutile {

class Workspace;

struct CacheComparison {
    qint64 cachedBars = 0; ///< bars of the symbol in the cache before the import
    qint64 added = 0; ///< dates of the file the cache does not have
    qint64 identical = 0; ///< dates whose values are the same
    qint64 changed = 0; ///< dates whose open, high, low, close, adjusted close or volume differ
    QDate changedFrom; ///< first and last changed date
    QDate changedTo;
    /// Over the changed dates: the largest ratio between new and old volume (≥ 1, either way
    /// round; 1 when no volume changed) and the largest relative change of the close.
    double largestVolumeRatio = 1;
    double largestCloseChange = 0;
    /// Changed dates whose cached volume is above zero and the file's zero (a file without
    /// volumes over a history with them).
    qint64 volumesLost = 0;

    bool replacesData() const { return changed > 0; }
};

/// Compares `incoming` (a parsed file's bars) with the bars cached for `symbol`. A symbol
/// not in the workspace gives cachedBars 0 and every date added.
Result<CacheComparison> compareWithCache(const Workspace &workspace, const QString &symbol, const BarSeries &incoming);

/// The comparison of two series by date (the work of compareWithCache, testable alone).
CacheComparison compareSeries(const BarSeries &cached, const BarSeries &incoming);

} // namespace rutile
