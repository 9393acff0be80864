#pragma once

// Two journal entries side by side, for the journal's Compare: what they were asked (symbol,
// range, strategy, data fingerprint, every parameter and engine setting) and what they
// produced (the summary's figures), one row per name present in either, with the rows that
// differ marked.

#include "storage/Workspace.h"

#include <QString>

#include <vector>

namespace rutile::journal {

struct ComparisonRow {
    enum class Section { Run, Parameters, Settings, Results };
    Section section = Section::Run;
    QString name;
    QString a;   ///< "" where the first entry has no such name
    QString b;
    bool differs = false;
};

std::vector<ComparisonRow> compareRuns(const RunRecord &a, const RunRecord &b);

} // namespace rutile::journal
