#pragma once

#include <QString>
#include <QStringList>

namespace rutile::rules {

/// Edit distance (insertions, deletions, substitutions and swaps of neighbours), case-sensitive.
int editDistance(QStringView a, QStringView b);

/// The candidate nearest to `word` for a "did you mean" hint: at most 2 edits away (1 for
/// words of up to 4 characters, where 2 edits would suggest almost anything); empty when
/// none is near or `word` is itself a candidate. A candidate differing only in case wins.
/// Ties go to the earlier candidate.
QString closestName(QStringView word, const QStringList &candidates);

} // namespace rutile::rules
