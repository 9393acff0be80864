#pragma once

// The models of the ML lab behind one small interface, each from a kept library: a random
// forest (OpenCV's cv::ml::RTrees) and gradient-boosted trees (XGBoost). Hyper-parameters are
// ParamSpecs (forms, CLI and grids read them); training is seeded and deterministic (the same
// seed gives the same predictions whatever the thread count); a trained model is saved as bytes
// and loaded back to the same predictions.

#include "params/ParamSpec.h"
#include "util/Error.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace rutile::ml {

enum class ModelKind { RandomForest, GradientBoosting };

/// "rf", "gbt".
QString modelName(ModelKind kind);
std::optional<ModelKind> modelFromName(QStringView name);

/// rf: trees, max_depth, min_samples, features_per_split (0: √ of the features), seed.
/// gbt: rounds, max_depth, eta, subsample, seed.
const std::vector<ParamSpec> &modelParamSpecs(ModelKind kind);

class Classifier {
public:
    virtual ~Classifier() = default;
    virtual ModelKind kind() const = 0;
    /// Learns from `x` (row-major, `columns` per row) and the 0/1 `labels` (one per row).
    virtual Status train(std::span<const double> x, std::size_t columns, std::span<const int> labels) = 0;
    /// The probability of label 1 for each row of `x`.
    virtual Result<std::vector<double>> predict(std::span<const double> x, std::size_t columns) const = 0;
    /// The trained model as bytes (the library's own format).
    virtual Result<QByteArray> save() const = 0;
    virtual Status load(const QByteArray &bytes) = 0;
    /// Threads the library may use (0: its default). Results do not depend on it.
    void setThreads(int threads) { m_threads = threads; }
    int threads() const { return m_threads; }

private:
    int m_threads = 0;
};

/// A classifier of `kind` with `params` (resolved against modelParamSpecs; defaults fill the
/// rest). Errors name a bad parameter.
Result<std::unique_ptr<Classifier>> makeClassifier(ModelKind kind, const ParamValues &params = {});

} // namespace rutile::ml
