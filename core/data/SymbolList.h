#pragma once

#include "util/Error.h"

#include <QString>
#include <QStringList>

namespace rutile {

/// The symbols of a watchlist file, in order: one or more a line, separated by spaces, commas or
/// semicolons; '#' starts a comment. Symbols are kept as written (^RUT stays ^RUT: a provider's
/// spelling). A symbol normalizeSymbol refuses is an InvalidInput naming the file, line and
/// column; an unreadable file an Io error.
Result<QStringList> readSymbolList(const QString &path);

} // namespace rutile
