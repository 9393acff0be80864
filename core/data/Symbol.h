#pragma once

#include "util/Error.h"

#include <QString>

#include <optional>

namespace rutile {

/// The canonical form of a ticker symbol: trimmed, upper case, without Yahoo's '^' index
/// prefix (^RUT → RUT). Letters, digits and . - _ = are allowed, up to 32 characters;
/// std::nullopt for anything else.
std::optional<QString> normalizeSymbol(const QString &text);

/// normalizeSymbol(text), or an ErrorKind::InvalidArgument that quotes `text` and says what a
/// symbol may hold. Every place that takes a symbol from the user (CLI arguments and
/// options, GUI fields) goes through it, so that "  rut " finds what import stored as RUT.
Result<QString> parseSymbol(const QString &text);

/// A symbol guessed from a file name: the part before the first '_' or ' ' of the base
/// name ("RUT_yahoo_1987-2024.csv" → RUT, "spx.csv" → SPX).
std::optional<QString> symbolFromFileName(const QString &path);

} // namespace rutile
