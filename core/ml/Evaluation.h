#pragma once

// One evaluation of a direction classifier on a symbol's bars (CLI.md "ml", the ML Lab): the
// dataset, the split (ml/Splits.h), a model trained per split on its training rows only, the
// predictions of its test rows, their metrics beside the baseline, and the permutation importance
// of each feature on the test rows (the accuracy lost when that column is shuffled among them).
//
// With several splits (purged k-fold, walk-forward) every test row is predicted by the model of
// its own split and the metrics are those of all test rows together; train_rows is then the mean
// training rows per model.

#include "data/BarSeries.h"
#include "ml/Classifier.h"
#include "ml/ClassifierMetrics.h"
#include "ml/Dataset.h"
#include "ml/Splits.h"
#include "util/TaskControl.h"

#include <QStringList>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

namespace rutile::ml {

enum class EvaluationMethod { Shuffled, Chronological, Purged, WalkForward };

/// "shuffled", "chronological", "purged", "walkforward".
QString evaluationName(EvaluationMethod method);
std::optional<EvaluationMethod> evaluationFromName(QStringView name);

struct EvaluationRequest {
    QStringList features = defaultFeatures();
    int horizon = 1;
    ModelKind model = ModelKind::RandomForest;
    ParamValues modelParams;   ///< modelParamSpecs(model); defaults fill the rest
    EvaluationMethod method = EvaluationMethod::Chronological;
    double testFraction = 0.25; ///< shuffled and chronological, (0, 1)
    std::uint64_t seed = 1;     ///< the shuffle's and the permutation importance's
    int folds = 5;              ///< purged k-fold, [2, 50]
    int embargo = -1;           ///< purged k-fold, bars; −1: the horizon
    WalkForwardPlan walkForward;
    int threads = 0;            ///< the models' threads; 0: the library's default
};

/// One model's test rows (a fold, a walk-forward block).
struct EvaluationFold {
    DayNumber firstDay = 0, lastDay = 0;
    std::size_t trainRows = 0, testRows = 0;
    double accuracy = 0;
};

struct Evaluation {
    std::size_t rows = 0;       ///< of the dataset
    std::size_t trainRows = 0;  ///< (mean) training rows per model
    std::size_t testRows = 0;
    DayNumber testFirstDay = 0, testLastDay = 0;
    ClassifierMetrics metrics;
    std::vector<std::pair<QString, double>> importance; ///< per feature, in the request's order
    std::vector<EvaluationFold> folds;
    QStringList warnings;
    std::vector<std::size_t> testRowIndex; ///< dataset rows predicted, ascending
    std::vector<double> testProbability;   ///< beside them
    std::vector<DayNumber> testDay;        ///< their days
    std::vector<int> testLabel;            ///< their labels
};

/// The edge over the baseline is significant: the binomial test's p < 0.05.
bool beatsBaseline(const ClassifierMetrics &metrics);
/// "beats always-up (accuracy 0.571 against 0.544, p = 0.003)" or "does not beat always-up (…)":
/// the verdict of the ML Lab and of the CLI's warning.
QString baselineVerdict(const ClassifierMetrics &metrics);

/// Evaluates `request` on `bars`. Errors: a bad feature, model parameter or option; not enough
/// rows for the split; a model that cannot train; Cancelled.
Result<Evaluation> evaluate(const BarSeries &bars, const EvaluationRequest &request, const TaskControl &control = {});

} // namespace rutile::ml
