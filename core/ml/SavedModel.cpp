#include "ml/SavedModel.h"

#include "ml/Dataset.h"
#include "params/ParamJson.h"
#include "util/JsonNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace rutile::ml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ml::SavedModel)
};

Error damaged(const QString &name, const QString &what)
{
    return Error::invalidInput(Text::tr("saved model %1 is damaged: %2").arg(name, what));
}

} // namespace

Result<TrainedModel> trainOnAllRows(const BarSeries &bars, const QStringList &features, int horizon, ModelKind kind,
                                    const ParamValues &params, int threads)
{
    auto resolved = resolve(modelParamSpecs(kind), params);
    if (!resolved)
        return resolved.error();
    auto classifier = makeClassifier(kind, *resolved);
    if (!classifier)
        return classifier.error();
    const auto data = buildDataset(bars, features, horizon);
    if (!data)
        return data.error();
    (*classifier)->setThreads(threads);
    if (Status s = (*classifier)->train(data->x, data->columns(), data->y); !s)
        return s.error();
    TrainedModel m;
    m.symbol = bars.symbol;
    m.features = features;
    m.horizon = horizon;
    m.kind = kind;
    m.params = std::move(*resolved);
    m.rows = data->rows();
    m.firstDay = data->day.front();
    m.lastDay = data->day.back();
    m.model = std::move(*classifier);
    return m;
}

QJsonObject modelDescriptionJson(const TrainedModel &m)
{
    return {{QStringLiteral("symbol"), m.symbol},
            {QStringLiteral("features"), QJsonArray::fromStringList(m.features)},
            {QStringLiteral("horizon"), m.horizon},
            {QStringLiteral("model"), modelName(m.kind)},
            {QStringLiteral("params"), paramsJson(modelParamSpecs(m.kind), m.params)},
            {QStringLiteral("rows"), qint64(m.rows)},
            {QStringLiteral("first_date"), jsonDate(toDate(m.firstDay))},
            {QStringLiteral("last_date"), jsonDate(toDate(m.lastDay))}};
}

Status checkModelName(const QString &name)
{
    const bool control = std::any_of(name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (name.trimmed().isEmpty() || name.size() > 64 || control)
        return Error::invalidArgument(Text::tr("a model's name must have 1 to 64 characters and no control characters"));
    return {};
}

Status saveTrainedModel(Workspace &workspace, const QString &name, const TrainedModel &model)
{
    if (Status s = checkModelName(name); !s)
        return s;
    auto bytes = model.model->save();
    if (!bytes)
        return bytes.error();
    const QByteArray description = QJsonDocument(modelDescriptionJson(model)).toJson(QJsonDocument::Compact);
    return workspace.saveModel({name, QString::fromUtf8(description), *bytes, {}});
}

Result<TrainedModel> loadTrainedModel(const Workspace &workspace, const QString &name)
{
    const auto record = workspace.savedModel(name);
    if (!record)
        return Error::notFound(Text::tr("no model called %1 in the workspace").arg(name), workspace.path());
    const QJsonObject o = QJsonDocument::fromJson(record->description.toUtf8()).object();
    TrainedModel m;
    m.symbol = o.value(QStringLiteral("symbol")).toString();
    for (const QJsonValue &f : o.value(QStringLiteral("features")).toArray())
        m.features << f.toString();
    m.horizon = o.value(QStringLiteral("horizon")).toInt();
    const auto kind = modelFromName(o.value(QStringLiteral("model")).toString());
    if (!kind || m.features.isEmpty() || m.horizon < 1)
        return damaged(name, Text::tr("its description names no model, features or horizon"));
    m.kind = *kind;
    const QJsonObject params = o.value(QStringLiteral("params")).toObject();
    for (const ParamSpec &spec : modelParamSpecs(m.kind)) {
        const QJsonValue v = params.value(spec.name);
        if (v.isDouble())
            m.params.set(spec.name, v.toDouble());
    }
    m.rows = std::size_t(o.value(QStringLiteral("rows")).toInteger());
    m.firstDay = toDayNumber(QDate::fromString(o.value(QStringLiteral("first_date")).toString(), Qt::ISODate));
    m.lastDay = toDayNumber(QDate::fromString(o.value(QStringLiteral("last_date")).toString(), Qt::ISODate));
    auto classifier = makeClassifier(m.kind, m.params);
    if (!classifier)
        return damaged(name, classifier.error().message);
    if (Status s = (*classifier)->load(record->bytes); !s)
        return damaged(name, s.error().message);
    m.model = std::move(*classifier);
    return m;
}

Result<LatestPrediction> predictLatest(const TrainedModel &model, const BarSeries &bars)
{
    const auto matrix = featureMatrix(bars, model.features);
    if (!matrix)
        return matrix.error();
    for (std::size_t t = matrix->rows(); t-- > 0;) {
        if (!matrix->defined(t))
            continue;
        const auto p = model.model->predict({matrix->row(t), matrix->columns()}, matrix->columns());
        if (!p)
            return p.error();
        return LatestPrediction{bars.day[t], p->front()};
    }
    return Error::invalidInput(Text::tr("not enough data: no bar of %1 has every feature of the model").arg(bars.symbol));
}

} // namespace rutile::ml
