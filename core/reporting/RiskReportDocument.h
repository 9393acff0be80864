#pragma once

// The risk report of a symbol over a range, in the order of a risk study: the data (its first
// rows), the level and returns charts, summary statistics, the distribution with its Gaussian
// fit, the risk measures (VaR, ES and the EVT stress values), both tails' GPD fits, and the
// benchmark. The numbers are those of `rutile-cli risk --json` for the same options.

#include "data/BarSeries.h"
#include "report/ReportDocument.h"
#include "risk/RiskReport.h"

namespace rutile::reporting {

/// `report` is the analysis of `bars` (the range), or of a value series (an equity curve) when
/// `bars` is null: the data table then lists the values.
report::ReportDocument riskReportDocument(const risk::RiskReport &report, const BarSeries *bars);

} // namespace rutile::reporting
