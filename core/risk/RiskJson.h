#pragma once

#include "risk/RiskReport.h"

#include <QJsonObject>

namespace rutile::risk {

/// The report as the JSON object of `rutile-cli risk` (shared/design/CLI.md), with every key
/// of the contract — count, mean, std, skewness, excess_kurtosis, annual_mean, annual_vol,
/// short_term_vol, var_left, var_right, es_left, es_right, stress_left, stress_right,
/// gpd_left / gpd_right {threshold, xi, sigma, exceedances, se_xi, se_sigma, converged},
/// max_drawdown, max_drawdown_peak, max_drawdown_trough, and with a benchmark beta, alpha,
/// annual_alpha, correlation, r_squared — plus documented extras (the options used, the
/// Gaussian and Cornish–Fisher VaR, dates of the extremes, the longest drawdown, tracking
/// error and information ratio, warnings). Plain numbers in return units (0.012, not "1.2%");
/// a number that is undefined (NaN) is written as null; dates as "YYYY-MM-DD".
QJsonObject riskReportToJson(const RiskReport &report);

/// Stable key of a warning kind as written in the JSON ("few_exceedances", …).
QString riskWarningKey(RiskWarningKind kind);
/// Stable key of a GPD fit status ("converged", "shape_at_bound", …).
QString gpdFitStatusKey(GpdFitStatus status);

} // namespace rutile::risk
