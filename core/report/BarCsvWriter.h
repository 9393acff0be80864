#pragma once

#include "data/BarSeries.h"
#include "util/Error.h"

#include <QIODevice>
#include <QString>

namespace rutile {

/// Formats a double in fixed notation with the fewest digits that read back to the same
/// value (167.44 stays "167.44", 3e9 is "3000000000"); NaN as an empty field.
QByteArray formatShortest(double value);

/// Writes `series` as `Date,Open,High,Low,Close,Adj Close,Volume` with ISO dates and
/// round-trip-exact numbers: the format of a Yahoo Finance download, so an export
/// imports back unchanged.
Status writeBarsCsv(QIODevice &device, const BarSeries &series);

/// Writes to a file, or to standard output when `path` is "-".
Status writeBarsCsv(const QString &path, const BarSeries &series);

} // namespace rutile
