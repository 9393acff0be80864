#pragma once

// A pair analysis as words, JSON and CSV: the one place that formats it, for `rutile-cli pair` and
// the Relative Value window. JSON keys of CLI.md ("pair"): n, first_date, last_date, hedge_ratio,
// intercept, eg_tstat, eg_pvalue, eg_critical {"1%", "5%", "10%"}, adf_lags, halflife_days,
// spread_last, zscore_last; plus y, x, the settings, the last rolling and Kalman hedge ratios,
// the verdict and the rolling tests.

#include "relval/PairAnalysis.h"

#include <QIODevice>
#include <QJsonObject>

namespace rutile::relval {

/// "cointegrated at 1 % (p = 0.0012)", "not cointegrated at 5 % (p = 0.61)": the strongest level
/// of 1, 5 and 10 % whose critical value τ passes, in plain words.
QString cointegrationVerdict(const EngleGrangerResult &test);

QJsonObject pairJson(const PairAnalysis &analysis);

/// `date,log_y,log_x,spread,zscore,rolling_beta,kalman_beta`: one row per common day (blank where
/// undefined).
Status writePairCsv(QIODevice &device, const PairAnalysis &analysis);

/// `date,eg_tstat,eg_pvalue,hedge_ratio,halflife_days`: one row per rolling test.
Status writeRollingCsv(QIODevice &device, const PairAnalysis &analysis);

} // namespace rutile::relval
