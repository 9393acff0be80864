#pragma once

// A random forest by OpenCV's cv::ml::RTrees: bootstrap samples and random feature subsets
// drawn from OpenCV's thread-local RNG, seeded before training; the probability of label 1 is
// the share of the trees voting for it.

#include "ml/Classifier.h"

#include <opencv2/ml.hpp>

namespace rutile::ml {

class RandomForest final : public Classifier {
public:
    explicit RandomForest(ParamValues params);
    ModelKind kind() const override { return ModelKind::RandomForest; }
    Status train(std::span<const double> x, std::size_t columns, std::span<const int> labels) override;
    Result<std::vector<double>> predict(std::span<const double> x, std::size_t columns) const override;
    Result<QByteArray> save() const override;
    Status load(const QByteArray &bytes) override;

private:
    ParamValues m_params;
    cv::Ptr<cv::ml::RTrees> m_model;
};

} // namespace rutile::ml
