#pragma once

// The rows an ML model learns from (CLI.md "ml"): one row per bar t with every feature defined
// and t + h inside the series; the label is the direction over the horizon h,
//   y_t = 1 when Close[t+h] > Close[t], else 0,
// known only at bar t + h: the row's label interval [t, t + h] is what purged cross-validation
// keeps apart from the test rows.
//
// Features are written as text, one per column:
//   an indicator by its CLI spec       sma:50, rsi:14, macd:12,26,9 (its first output, the MACD line)
//   one output of it                   macd:12,26,9.signal, bbands:20,2.upper
//   the return over n bars             ret:5         Close[t] / Close[t−n] − 1
//   the close over an indicator        ratio:sma:200 Close[t] / sma(200)[t]
//   a feature k bars earlier           lag:3:rsi:14  rsi(14)[t−3]
// The default is the seed's four: sma:50, sma:200, rsi:14, macd:12,26,9.

#include "data/BarSeries.h"
#include "util/Error.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace rutile::ml {

/// The seed's features: sma:50, sma:200, rsi:14, macd:12,26,9.
const QStringList &defaultFeatures();

/// A named list of features, offered by the ML Lab and chosen by the ml_signal strategy.
struct FeatureSet {
    QString name;  ///< stable, lower case: "seed", "returns"
    QString label; ///< translated
    QStringList features;
};
/// "seed": the seed's four; "returns": ret:1, ret:5, ret:20, ratio:sma:50, ratio:sma:200, rsi:14
/// (scale-free: returns and ratios do not drift with the index level as averages do).
const std::vector<FeatureSet> &featureSets();

/// The values of one feature written as above, one per bar (NaN where undefined). Errors name
/// the text and what was expected.
Result<std::vector<double>> featureColumn(const QString &text, const BarSeries &bars);

/// Every bar's features, row-major (NaN where a feature is undefined): the rows a model
/// predicts, whether their label is known yet or not.
struct FeatureMatrix {
    QStringList features;
    std::vector<double> x; ///< x[t · features.size() + j]

    std::size_t columns() const { return std::size_t(features.size()); }
    std::size_t rows() const { return features.isEmpty() ? 0 : x.size() / columns(); }
    /// Every feature of bar t is defined.
    bool defined(std::size_t t) const;
    const double *row(std::size_t t) const { return x.data() + t * columns(); }
};

/// The features of every bar of `bars` (at least one feature). Errors name the bad feature.
Result<FeatureMatrix> featureMatrix(const BarSeries &bars, const QStringList &features);

struct Dataset {
    QStringList features;       ///< the columns' texts
    int horizon = 1;
    std::vector<double> x;      ///< row-major: x[r · features.size() + j]
    std::vector<int> y;         ///< 0 or 1
    std::vector<std::size_t> bar; ///< the row's bar t in the series
    std::vector<DayNumber> day;   ///< its day

    std::size_t rows() const { return y.size(); }
    std::size_t columns() const { return std::size_t(features.size()); }
};

/// The label of bar t: 1 when Close[t+h] > Close[t], else 0 (t + h inside the series).
inline int directionLabel(const BarSeries &bars, std::size_t t, int horizon)
{
    return bars.close[t + std::size_t(horizon)] > bars.close[t] ? 1 : 0;
}

/// The dataset of `bars` with `features` (at least one) and horizon `h` in [1, 250]. Errors: a
/// bad feature, no row left.
Result<Dataset> buildDataset(const BarSeries &bars, const QStringList &features, int horizon);

} // namespace rutile::ml
