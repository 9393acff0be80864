#pragma once

// The risk analysis as tidy CSV files, one per table and one per chart's series (the risk
// dashboard's "Export All"): a header line, then data rows only, one variable per column;
// numbers plain and in full precision (returns as fractions, 0.012 not 1.2%), an empty field
// where a number is undefined, dates ISO 8601 in columns of their own, names in snake_case
// as in the JSON of `rutile-cli risk`.

#include "risk/RiskPlots.h"
#include "risk/RiskReport.h"
#include "util/Error.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace rutile::risk {

/// The files, by the name writeRiskCsv() takes, in this order:
/// - "returns": statistic,daily,annualised,observations,date — rows mean, std,
///   short_term_vol (daily figures; annualised ·T or ·√T), skewness, excess_kurtosis, min and
///   max (with their date); observations: the returns each figure is computed from.
/// - "tails": tail,level,historical_var,expected_shortfall,gaussian_var,cornish_fisher_var,
///   threshold_quantile,threshold,exceedances,xi,se_xi,sigma,se_sigma,fit_status,stress_level,
///   stress_return — one row per tail (left, right). VaR, ES and the stress value are returns;
///   threshold and sigma are in the tail variable's units (a loss on the left, a gain on the
///   right), as in the JSON's gpd_left / gpd_right. fit_status: gpdFitStatusKey().
/// - "drawdowns": episode,peak_date,trough_date,recovery_date,depth,length_bars — rows worst
///   and longest (recovery_date empty when not recovered); no rows when the values never fall.
/// - "benchmark": benchmark,first_date,last_date,common_returns,beta,alpha,annual_alpha,
///   correlation,r_squared,tracking_error,annual_tracking_error,information_ratio — one row,
///   none without a benchmark.
/// - "rolling-volatility": date,rolling_volatility — annualised, from the first full window.
/// - "underwater": date,value,drawdown — the value and its fall from the running peak (≤ 0).
/// - "rolling-beta": date,rolling_beta,rolling_correlation — from the first full window; no
///   rows without a benchmark.
/// - "histogram": bin_left,bin_right,count,density. "histogram-normal": return,density (the
///   fitted normal). "qq-plot": normal_quantile,sample_quantile.
/// - "mean-excess-left", "mean-excess-right": threshold,mean_excess,exceedances.
/// - "tail-fit-left", "tail-fit-right": curve,y,probability (curve "empirical" or "fitted").
QStringList riskCsvNames();

/// Writes the file `name` (one of riskCsvNames()) of `report` and its `plots`.
Status writeRiskCsv(QIODevice &device, const QString &name, const RiskReport &report, const RiskPlots &plots);

} // namespace rutile::risk
