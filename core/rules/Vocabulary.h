#pragma once

// The words of the rule language, in one place: the parser's "did you mean" hints, the
// checker's name resolution and an editor's colouring and completion all read these lists.
// The functions are in Functions.h, the indicators in the indicator registry.

#include <QStringList>

namespace rutile::rules {

/// Words that start a statement: param, let, buy, sell, short, cover, the exits, leg,
/// hedge_ratio, max_entries, require.
const QStringList &statementKeywords();
/// Words inside statements: when, in, step.
const QStringList &clauseKeywords();
/// Words of expressions, never usable as names: and, or, not, of, true, false.
const QStringList &reservedWords();
/// open, high, low, close, volume.
const QStringList &priceFieldNames();

} // namespace rutile::rules
