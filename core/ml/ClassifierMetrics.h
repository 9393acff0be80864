#pragma once

// What a direction classifier's test predictions are worth, beside the baseline a trader would
// get for free (CLI.md "ml"):
//
//  * accuracy; balanced accuracy = (TPR + TNR) / 2;
//  * ROC AUC = the probability that a random up-row gets a higher probability than a random
//    down-row (the Mann–Whitney statistic, ties counted one half); NaN with one class only;
//  * log loss = −mean(y ln p + (1 − y) ln(1 − p)), p clipped to [1e−15, 1 − 1e−15];
//  * base rate = the share of label 1; baseline accuracy = the better of always-1 and always-0;
//    edge = accuracy − baseline accuracy;
//  * p-value of that edge: a one-sided binomial test, P(X ≥ correct) for X ~ Bin(n, baseline);
//  * the confusion matrix at the threshold and a calibration table (ten bins of predicted
//    probability: mean prediction against the observed rate).

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace rutile::ml {

struct CalibrationBin {
    double low = 0, high = 0; ///< predicted probability in [low, high)  (the last bin includes 1)
    std::size_t rows = 0;
    double meanPredicted = 0; ///< NaN when empty
    double observedRate = 0;  ///< NaN when empty
};

struct ClassifierMetrics {
    std::size_t rows = 0;
    double accuracy = 0;
    double balancedAccuracy = 0;
    double auc = 0;
    double logLoss = 0;
    double baseRate = 0;
    double baselineAccuracy = 0;
    double edge = 0;
    double pValue = 0;
    std::size_t trueNegatives = 0, falsePositives = 0, falseNegatives = 0, truePositives = 0;
    std::vector<CalibrationBin> calibration;
};

/// The metrics of `probabilities` (of label 1) against `labels` (0/1), predicting 1 at or above
/// `threshold`. Empty input gives rows 0 and NaN figures.
ClassifierMetrics classifierMetrics(std::span<const int> labels, std::span<const double> probabilities,
                                    double threshold = 0.5);

} // namespace rutile::ml
