#include "rules/Suggest.h"

#include <algorithm>
#include <vector>

namespace rutile::rules {

int editDistance(QStringView a, QStringView b)
{
    // Optimal string alignment: Levenshtein plus the swap of two neighbours ("fsat" → "fast"),
    // the commonest typing slip. Three rows suffice.
    const std::size_t m = std::size_t(b.size());
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[qsizetype(j) - 1] ? 0 : 1;
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[qsizetype(j) - 2] && a[i - 2] == b[qsizetype(j) - 1])
                current[j] = std::min(current[j], before[j - 2] + 1);
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QString closestName(QStringView word, const QStringList &candidates)
{
    // Long words cost quadratic time for nothing: no candidate is that long.
    if (word.size() > 64)
        return {};
    const int limit = word.size() <= 4 ? 1 : 2;
    QString best;
    int bestDistance = limit + 1;
    for (const QString &c : candidates) {
        // "SMA" for "sma": the language is case-sensitive, the reader may not be.
        if (word.compare(c, Qt::CaseInsensitive) == 0 && word != c)
            return c;
    }
    for (const QString &c : candidates) {
        const int d = editDistance(word, c);
        if (d == 0)
            return {}; // a known name: nothing to suggest
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace rutile::rules
