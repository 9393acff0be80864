#pragma once

// JSON read from a file a user names (a shard to merge, a saved chart layout): Qt's parser
// reports a byte offset, which no editor jumps to; this gives its line and column.

#include "util/Error.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace rutile {

/// The document in `text`, or an InvalidInput error "FILE:LINE:COLUMN: not JSON: WHAT" (1-based
/// line and column, the column in characters) naming where Qt's parser stopped.
Result<QJsonDocument> parseJsonText(const QByteArray &text, const QString &file = {});

} // namespace rutile
