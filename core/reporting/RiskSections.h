#pragma once

// The risk tables that the risk report and a backtest report's "risk of the equity curve"
// share, read from the risk analysis' JSON (risk/RiskJson.h), so that they show the numbers
// `rutile-cli risk` writes.

#include "report/ReportDocument.h"

#include <QJsonObject>

namespace rutile::reporting {

/// Count, mean, volatility (daily and annual), skewness, excess kurtosis, worst and best day.
report::ReportTable summaryStatisticsTable(const QJsonObject &risk);
/// Historical VaR and ES, Gaussian and Cornish–Fisher VaR, and the EVT stress value, left and
/// right, at the levels used.
report::ReportTable riskMeasuresTable(const QJsonObject &risk);
/// The GPD fits of both tails: threshold, ξ, σ, exceedances and the stress value.
report::ReportTable tailsTable(const QJsonObject &risk);
/// Beta, alpha, correlation, R², tracking error and information ratio against the benchmark.
report::ReportTable benchmarkTable(const QJsonObject &risk);

} // namespace rutile::reporting
