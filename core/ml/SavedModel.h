#pragma once

// A model trained on every row of a symbol's dataset and kept in the workspace, to be asked
// later about the latest bar: its library's bytes beside what it was trained on (symbol,
// features, horizon, model and parameters, the training days), so that it comes back to the
// same predictions and is applied to the features it knows only.

#include "data/BarSeries.h"
#include "ml/Classifier.h"
#include "storage/Workspace.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace rutile::ml {

struct TrainedModel {
    QString symbol;
    QStringList features;
    int horizon = 1;
    ModelKind kind = ModelKind::RandomForest;
    ParamValues params; ///< resolved against modelParamSpecs(kind)
    std::size_t rows = 0;
    DayNumber firstDay = 0, lastDay = 0; ///< of the training rows
    std::shared_ptr<const Classifier> model;
};

/// A model of `kind` trained on every row of the dataset of `bars`. Errors as buildDataset and
/// makeClassifier.
Result<TrainedModel> trainOnAllRows(const BarSeries &bars, const QStringList &features, int horizon, ModelKind kind,
                                    const ParamValues &params, int threads = 0);

/// The description kept beside the bytes: {symbol, features, horizon, model, params, rows,
/// first_date, last_date}.
QJsonObject modelDescriptionJson(const TrainedModel &model);

/// A name for a saved model: 1 to 64 characters, no control characters.
Status checkModelName(const QString &name);

/// Stores `model` in `workspace` as `name` (replacing one of that name).
Status saveTrainedModel(Workspace &workspace, const QString &name, const TrainedModel &model);
/// The model saved as `name`. NotFound when there is none; InvalidInput when its record is
/// damaged.
Result<TrainedModel> loadTrainedModel(const Workspace &workspace, const QString &name);

struct LatestPrediction {
    DayNumber day = 0;        ///< the last bar with every feature defined
    double probability = 0;   ///< that Close[day + horizon] > Close[day]
};
/// The model's prediction for the last bar of `bars` with every feature defined.
Result<LatestPrediction> predictLatest(const TrainedModel &model, const BarSeries &bars);

} // namespace rutile::ml
