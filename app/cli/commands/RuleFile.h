#pragma once

// Reading a rule file for the CLI: `check-strategy FILE` and `--strategy-file FILE` of
// backtest, optimize and walkforward read it the same way and report its problems the same
// way, compiler style, one `FILE:LINE:COLUMN: error: message` line each on stderr.

#include "Cli.h"

#include "rules/Program.h"

#include <memory>

namespace rutile::cli {

/// The compiled program of the rule file at `path`, or null after reporting why: an
/// unreadable file as one line (exit 2), every problem of a broken file as its own line
/// (exit 2). `exitCode` is set when null is returned.
std::shared_ptr<const rules::Program> readRuleFile(Context &ctx, const QString &path, int &exitCode);

} // namespace rutile::cli
