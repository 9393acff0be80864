#pragma once

// The risk report of a symbol over a range, in the order of a risk study: the data (its first
// rows), the level and returns charts, summary statistics, the distribution with its Gaussian
// fit, the risk measures (VaR, ES and the EVT stress values), both tails' GPD fits, and the
// benchmark. The numbers are those of `rutile-cli risk --json` for the same options.

#include "data/BarSeries.h"
#include "report/ReportDocument.h"
#include "risk/RiskReport.h"

namespace rutile::reporting {

/// `bars` are the bars analysed (the range), `report` their analysis.
report::ReportDocument riskReportDocument(const BarSeries &bars, const risk::RiskReport &report);

} // namespace rutile::reporting
