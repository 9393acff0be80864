#pragma once

// Compiles a rule file: parse (Parser), then resolve names and check types (Checker). The
// result is either a Program or the list of problems, never both: a program with errors is
// not run.

#include "rules/Diagnostics.h"
#include "rules/Parser.h"
#include "rules/Program.h"

#include <QByteArrayView>
#include <QStringList>

#include <memory>
#include <vector>

namespace rutile::rules {

struct CompileResult {
    std::shared_ptr<const Program> program; ///< null when there are diagnostics
    std::vector<Diagnostic> diagnostics;    ///< sorted by position
    /// The parameters, lets and legs of the lines that parsed, in order, with or without
    /// problems elsewhere (an editor offers them to complete while the file is still broken).
    QStringList declaredNames;

    bool ok() const { return program != nullptr; }
};

CompileResult compileRules(QByteArrayView source, const ParseLimits &limits = {});

} // namespace rutile::rules
