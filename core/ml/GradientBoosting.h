#pragma once

// Gradient-boosted trees by XGBoost (its C API): logistic loss, the histogram tree method
// (deterministic for a seed whatever the thread count), one tree per round.

#include "ml/Classifier.h"

namespace rutile::ml {

class GradientBoosting final : public Classifier {
public:
    explicit GradientBoosting(ParamValues params);
    ~GradientBoosting() override;
    GradientBoosting(const GradientBoosting &) = delete;
    GradientBoosting &operator=(const GradientBoosting &) = delete;

    ModelKind kind() const override { return ModelKind::GradientBoosting; }
    Status train(std::span<const double> x, std::size_t columns, std::span<const int> labels) override;
    Result<std::vector<double>> predict(std::span<const double> x, std::size_t columns) const override;
    Result<QByteArray> save() const override;
    Status load(const QByteArray &bytes) override;

private:
    /// A new booster with the parameters set, caching `trainingRows` (a DMatrixHandle) when given.
    Status makeBooster(void *trainingRows = nullptr);

    ParamValues m_params;
    void *m_booster = nullptr; ///< BoosterHandle
    bool m_trained = false;
};

} // namespace rutile::ml
