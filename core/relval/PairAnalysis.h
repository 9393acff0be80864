#pragma once

// The analysis of a pair of cached symbols over a range, what `rutile-cli pair` and the Relative
// Value window show: on the common dates, with log closes y = ln Y and x = ln X,
//  * the Engle–Granger test of y on x over the whole range (relval/EngleGranger.h), its hedge
//    ratio and intercept, and the half-life of its spread s_t = y_t − α − β x_t;
//  * pairs_spread's own quantities: the rolling OLS hedge ratio and the z-score over z_window
//    days (strategy/PairsSpread.h), which the strategy trades against ±entry_z and ±exit_z;
//  * the Kalman-filter hedge ratio (relval/KalmanHedge.h);
//  * the same test on a rolling window (test_window days, every test_step days), so that a trader
//    sees when the relationship held and when it broke.

#include "data/BarSeries.h"
#include "relval/EngleGranger.h"
#include "relval/PairSettings.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDate>
#include <QString>

#include <vector>

namespace rutile::relval {

/// One rolling test: the window ending on `day`.
struct RollingCointegration {
    DayNumber day = 0;
    double tstat = 0;
    double pvalue = 0;
    double hedgeRatio = 0;
    double halfLife = 0; ///< NaN without reversion
};

struct PairAnalysis {
    QString y, x; ///< the symbols
    PairSettings settings;
    std::vector<DayNumber> days; ///< common dates in the range
    std::vector<double> logY, logX;
    EngleGrangerResult test;     ///< over the whole range; test.residuals is the spread
    double halfLifeDays = 0;     ///< of the spread; NaN without reversion
    std::vector<double> rollingBeta; ///< pairs_spread's, NaN before z_window days
    std::vector<double> zscore;      ///< pairs_spread's, NaN before z_window days
    std::vector<double> kalmanBeta;
    std::vector<double> kalmanAlpha;
    std::vector<RollingCointegration> rolling;
};

/// The analysis of Y (`y`) against X (`x`) on their common dates within [from, to] (null: open).
/// Errors: fewer than 20 common days (InvalidInput, naming the symbols), a close that is not
/// positive, Cancelled.
Result<PairAnalysis> analysePair(const BarSeries &y, const BarSeries &x, QDate from, QDate to,
                                 const PairSettings &settings, const TaskControl &control = {});

} // namespace rutile::relval
