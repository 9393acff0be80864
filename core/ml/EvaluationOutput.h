#pragma once

// An evaluation as JSON, for `rutile-cli ml` and the ML Lab: CLI.md's keys (rows, train_rows,
// test_rows, test_first_date, test_last_date, accuracy, balanced_accuracy, auc, log_loss,
// base_rate, baseline_accuracy, edge_vs_baseline, p_value, feature_importance, warnings) plus the
// request (symbol, model, params, eval, horizon, features), the confusion matrix, the calibration
// table and the folds.

#include "ml/Evaluation.h"

#include <QIODevice>
#include <QJsonObject>

namespace rutile::ml {

/// The test rows as CSV (RFC 4180): date, probability (of up over the horizon), predicted
/// (1 at 0.5 and above), label, correct.
Status writePredictionsCsv(QIODevice &device, const Evaluation &evaluation);

QJsonObject evaluationJson(const Evaluation &evaluation, const EvaluationRequest &request, const QString &symbol);

} // namespace rutile::ml
