#include "ml/EvaluationOutput.h"

#include "params/ParamJson.h"
#include "report/CsvWriter.h"
#include "util/NumberText.h"
#include "util/JsonNumber.h"

#include <QJsonArray>

namespace rutile::ml {

QJsonObject evaluationJson(const Evaluation &e, const EvaluationRequest &r, const QString &symbol)
{
    const auto params = resolve(modelParamSpecs(r.model), r.modelParams);
    const ClassifierMetrics &m = e.metrics;
    QJsonObject importance;
    for (const auto &[feature, value] : e.importance)
        importance.insert(feature, jsonNumber(value));
    QJsonArray calibration;
    for (const CalibrationBin &b : m.calibration)
        calibration.append(QJsonObject{{QStringLiteral("low"), b.low},
                                       {QStringLiteral("high"), b.high},
                                       {QStringLiteral("rows"), qint64(b.rows)},
                                       {QStringLiteral("mean_predicted"), jsonNumber(b.meanPredicted)},
                                       {QStringLiteral("observed_rate"), jsonNumber(b.observedRate)}});
    QJsonArray folds;
    for (const EvaluationFold &f : e.folds)
        folds.append(QJsonObject{{QStringLiteral("first_date"), jsonDate(toDate(f.firstDay))},
                                 {QStringLiteral("last_date"), jsonDate(toDate(f.lastDay))},
                                 {QStringLiteral("train_rows"), qint64(f.trainRows)},
                                 {QStringLiteral("test_rows"), qint64(f.testRows)},
                                 {QStringLiteral("accuracy"), jsonNumber(f.accuracy)}});
    return QJsonObject{
        {QStringLiteral("symbol"), symbol},
        {QStringLiteral("model"), modelName(r.model)},
        {QStringLiteral("params"), paramsJson(modelParamSpecs(r.model), params ? *params : ParamValues())},
        {QStringLiteral("eval"), evaluationName(r.method)},
        {QStringLiteral("horizon"), r.horizon},
        {QStringLiteral("features"), QJsonArray::fromStringList(r.features)},
        {QStringLiteral("rows"), qint64(e.rows)},
        {QStringLiteral("train_rows"), qint64(e.trainRows)},
        {QStringLiteral("test_rows"), qint64(e.testRows)},
        {QStringLiteral("test_first_date"), jsonDate(toDate(e.testFirstDay))},
        {QStringLiteral("test_last_date"), jsonDate(toDate(e.testLastDay))},
        {QStringLiteral("accuracy"), jsonNumber(m.accuracy)},
        {QStringLiteral("balanced_accuracy"), jsonNumber(m.balancedAccuracy)},
        {QStringLiteral("auc"), jsonNumber(m.auc)},
        {QStringLiteral("log_loss"), jsonNumber(m.logLoss)},
        {QStringLiteral("base_rate"), jsonNumber(m.baseRate)},
        {QStringLiteral("baseline_accuracy"), jsonNumber(m.baselineAccuracy)},
        {QStringLiteral("edge_vs_baseline"), jsonNumber(m.edge)},
        {QStringLiteral("p_value"), jsonNumber(m.pValue)},
        {QStringLiteral("feature_importance"), importance},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(e.warnings)},
        {QStringLiteral("confusion"), QJsonObject{{QStringLiteral("tn"), qint64(m.trueNegatives)},
                                                  {QStringLiteral("fp"), qint64(m.falsePositives)},
                                                  {QStringLiteral("fn"), qint64(m.falseNegatives)},
                                                  {QStringLiteral("tp"), qint64(m.truePositives)}}},
        {QStringLiteral("calibration"), calibration},
        {QStringLiteral("folds"), folds},
    };
}

Status writePredictionsCsv(QIODevice &device, const Evaluation &e)
{
    CsvWriter csv(device);
    csv.fields({"date", "probability", "predicted", "label", "correct"});
    if (Status s = csv.endRecord(); !s)
        return s;
    for (std::size_t i = 0; i < e.testProbability.size(); ++i) {
        const int predicted = e.testProbability[i] >= 0.5 ? 1 : 0;
        csv.field(toDate(e.testDay[i]).toString(Qt::ISODate))
            .field(shortestNumberText(e.testProbability[i]))
            .field(QString::number(predicted))
            .field(QString::number(e.testLabel[i]))
            .field(QString::number(predicted == e.testLabel[i] ? 1 : 0));
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

} // namespace rutile::ml
