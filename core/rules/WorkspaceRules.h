#pragma once

// Rule strategies kept in the workspace (the strategy editor's "Save to Workspace") and the one
// lookup of a strategy by name that both the CLI (`--strategy NAME`) and the GUI's jobs use:
// a built-in first, then a rule strategy saved in the workspace. The workspace stores only the
// text; the name rules and the compile check are here, so that a saved strategy always runs.

#include "storage/Workspace.h"
#include "strategy/Strategy.h"
#include "util/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

namespace rutile::rules {

using StrategyPtr = std::shared_ptr<const strategy::StrategyDescriptor>;

/// A built-in descriptor as a StrategyPtr that owns nothing: the registry outlives every run.
StrategyPtr builtInStrategy(const strategy::StrategyDescriptor &descriptor);

/// Null when `name` can name a saved rule strategy: 1 to 64 characters, lower-case ASCII
/// letters, digits and '_', starting with a letter (a CLI name), and no built-in's name.
Status checkRuleStrategyName(QStringView name);

/// Compiles `source` and, when it has no problem and `name` is acceptable, saves it in
/// `workspace` under `name` (replacing one of that name). A broken file is refused with its
/// first problem and the number of the others: the strategy panel only lists what runs.
Status saveRuleStrategy(Workspace &workspace, const QString &name, const QString &source);

/// The descriptor of rule source `source` named `name`, or its first problem (line, column).
Result<StrategyPtr> compileRuleStrategy(const QString &name, const QString &source);

/// Every saved rule strategy that compiles, by name; one line per one that does not (a file
/// saved by a later Rutile with a newer language, say) in `problems`.
struct SavedStrategies {
    std::vector<StrategyPtr> strategies;
    QStringList problems;
};
SavedStrategies loadRuleStrategies(const Workspace &workspace);

/// The strategy called `name`: a built-in (case-insensitive), else a rule strategy saved in
/// `workspace` (when given). InvalidArgument listing the known names when there is neither.
Result<StrategyPtr> findStrategy(const Workspace *workspace, QStringView name);

} // namespace rutile::rules
