#pragma once

// The options of an evaluation (ml/Evaluation.h) as ParamSpecs, with their CLI options: the
// ML Lab's form and `rutile-cli ml` read these, so the two accept the same values.
//   horizon (--horizon), test_fraction (--test-fraction), seed (--seed), folds (--folds),
//   embargo (--embargo; −1: the horizon), train_window (--train-window),
//   refit_every (--refit-every), rolling (--rolling)

#include "ml/Evaluation.h"
#include "params/ParamSpec.h"

#include <vector>

namespace rutile::ml {

const std::vector<ParamSpec> &evaluationParamSpecs();

/// The options of `request` as values of evaluationParamSpecs().
ParamValues evaluationParams(const EvaluationRequest &request);

/// Sets the options of `request` from `values` (those given; the others stay).
void applyEvaluationParams(const ParamValues &values, EvaluationRequest &request);

/// The names of the options that `method` reads (horizon and seed always).
QStringList evaluationParamsOf(EvaluationMethod method);

} // namespace rutile::ml
