#pragma once

// The risk analysis of `risk` (SYMBOL, --from, --to, --returns, --param, --benchmark,
// --no-benchmark, --risk-free-symbol), shared with `report risk` so that a report shows the
// numbers `risk --json` writes.

#include "Cli.h"

#include "data/BarSeries.h"
#include "risk/RiskReport.h"

#include <optional>

namespace rutile::cli {

struct RiskStudy {
    BarSeries bars;          ///< the bars analysed
    risk::RiskReport report;
};

/// Reads the options and the bars and runs the analysis (warnings printed). On failure returns
/// nothing, the exit code (already reported) in `exitCode`.
std::optional<RiskStudy> readRiskStudy(Context &ctx, int &exitCode);

} // namespace rutile::cli
