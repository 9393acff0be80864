#pragma once

// The probability column behind the ml_signal strategy: for every bar t, the probability that
// Close[t+h] > Close[t] as predicted by a model that saw only what was known at an earlier close.
//
// Models are refit on a fixed schedule: the first refit bar r₀ is the first bar at whose close
// `minTrain` labelled rows are known (a row s is labelled at the close of s + h), then every
// `refitEvery` bars. The model refit at r trains on the rows s with every feature defined and
// s + h ≤ r — all of them (expanding) or the last `window` — and predicts the bars r … r + k − 1.
// Before r₀ the column is NaN. Every input of the value at t is therefore a bar ≤ t: the
// look-ahead test of the backtester checks that.

#include "data/BarSeries.h"
#include "ml/Classifier.h"
#include "ml/Dataset.h"
#include "util/TaskControl.h"

#include <QStringList>

#include <vector>

namespace rutile::ml {

struct SignalModelSpec {
    QStringList features = defaultFeatures();
    int horizon = 1;
    ModelKind model = ModelKind::GradientBoosting;
    ParamValues modelParams;     ///< modelParamSpecs(model); defaults fill the rest
    std::size_t minTrain = 1000; ///< labelled rows before the first model, ≥ 2
    std::size_t refitEvery = 252; ///< bars per model, ≥ 1
    std::size_t window = 0;      ///< training rows of a rolling window; 0: expanding
    int threads = 0;
};

struct SignalColumn {
    std::vector<double> probability; ///< per bar; NaN before the first model or where a feature is undefined
    std::vector<std::size_t> refitBars; ///< the bar of each model's refit
    std::vector<std::size_t> trainRows; ///< beside them: the rows it learnt from
};

/// The column of `spec` on `bars`. Errors: a bad feature, parameter or option; fewer labelled
/// rows than minTrain ("not enough data"); a model that cannot train; Cancelled.
Result<SignalColumn> walkForwardSignal(const BarSeries &bars, const SignalModelSpec &spec,
                                       const TaskControl &control = {});

} // namespace rutile::ml
