#include "journal/RunInputs.h"

#include "backtest/ConfigParams.h"
#include "ml/Classifier.h"
#include "params/ParamJson.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rutile::journal {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::journal::RunInputs)
};

QDate dateOf(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

Error unreadable(const RunRecord &entry, const QString &what)
{
    return Error::invalidInput(Text::tr("run %1 cannot be run again: %2").arg(entry.id).arg(what));
}

} // namespace

Result<RecordedStrategyRun> recordedStrategyRun(const Workspace &workspace, const RunRecord &entry)
{
    if (entry.kind != kBacktest && entry.kind != kOptimize && entry.kind != kWalkForward)
        return Error::invalidArgument(Text::tr("run %1 is a %2 run; only backtests, grid searches and walk-forwards run again here")
                                          .arg(entry.id)
                                          .arg(entry.kind));
    const QJsonObject in = entry.inputs;
    RecordedStrategyRun run;
    run.kind = entry.kind;
    const QString name = in.value(QStringLiteral("strategy")).toString();
    const QString source = in.value(QStringLiteral("strategy_source")).toString();
    auto strategy = source.isEmpty() ? rules::findStrategy(&workspace, name) : rules::compileRuleStrategy(name, source);
    if (!strategy)
        return strategy.error();
    run.strategy = *strategy;
    StrategyRunInputs &r = run.inputs;
    r.strategy = run.strategy.get();
    r.data.symbol = in.value(QStringLiteral("symbol")).toString();
    r.data.pair = in.value(QStringLiteral("pair")).toString();
    r.data.benchmark = in.value(QStringLiteral("benchmark")).toString();
    r.data.riskFreeSymbol = in.value(QStringLiteral("risk_free")).toString();
    r.data.from = dateOf(in.value(QStringLiteral("from")));
    r.data.to = dateOf(in.value(QStringLiteral("to")));
    if (r.data.symbol.isEmpty())
        return unreadable(entry, Text::tr("no symbol"));

    auto params = paramsFromJson(run.strategy->params, in.value(QStringLiteral("params")).toObject());
    if (!params)
        return unreadable(entry, params.error().message);
    r.params = *params;
    auto settings = paramsFromJson(backtest::configParamSpecs(), in.value(QStringLiteral("settings")).toObject());
    if (!settings)
        return unreadable(entry, settings.error().message);
    auto config = backtest::configFromParams(*settings);
    if (!config)
        return unreadable(entry, config.error().message);
    r.config = *config;
    if (entry.kind == kBacktest)
        return run;

    for (const QJsonValue &v : in.value(QStringLiteral("grid")).toArray()) {
        backtest::GridAxis axis;
        axis.name = v.toObject().value(QStringLiteral("name")).toString();
        for (const QJsonValue &x : v.toObject().value(QStringLiteral("values")).toArray())
            axis.values.push_back(x.toDouble());
        r.grid.axes.push_back(std::move(axis));
    }
    r.grid.base = r.params;
    if (Status s = backtest::validate(r.grid, run.strategy->params); !s)
        return unreadable(entry, s.error().message);
    const auto objective = backtest::objectiveFromName(in.value(QStringLiteral("objective")).toString());
    if (!objective)
        return unreadable(entry, Text::tr("no objective"));
    r.optimizer.objective = *objective;
    r.optimizer.dsrConfidence = in.value(QStringLiteral("dsr_confidence")).toDouble(r.optimizer.dsrConfidence);
    if (entry.kind == kWalkForward) {
        const QJsonObject wf = in.value(QStringLiteral("walk_forward")).toObject();
        r.walkForward.inSampleBars = wf.value(QStringLiteral("in_sample")).toInt(r.walkForward.inSampleBars);
        r.walkForward.outOfSampleBars = wf.value(QStringLiteral("out_of_sample")).toInt(r.walkForward.outOfSampleBars);
        r.walkForward.anchored = wf.value(QStringLiteral("anchored")).toBool();
    }
    return run;
}

Result<RecordedMlRun> recordedMlRun(const RunRecord &entry)
{
    if (entry.kind != kMl)
        return Error::invalidArgument(Text::tr("run %1 is a %2 run, not an ML evaluation").arg(entry.id).arg(entry.kind));
    const QJsonObject in = entry.inputs;
    RecordedMlRun run;
    run.symbol = in.value(QStringLiteral("symbol")).toString(entry.symbol);
    run.from = dateOf(in.value(QStringLiteral("from")));
    run.to = dateOf(in.value(QStringLiteral("to")));
    ml::EvaluationRequest &r = run.request;
    r.features.clear();
    for (const QJsonValue &f : in.value(QStringLiteral("features")).toArray())
        r.features << f.toString();
    const auto model = ml::modelFromName(in.value(QStringLiteral("model")).toString());
    const auto method = ml::evaluationFromName(in.value(QStringLiteral("eval")).toString());
    if (r.features.isEmpty() || !model || !method)
        return unreadable(entry, Text::tr("no features, model or evaluation"));
    r.model = *model;
    r.method = *method;
    auto params = paramsFromJson(ml::modelParamSpecs(r.model), in.value(QStringLiteral("params")).toObject());
    if (!params)
        return unreadable(entry, params.error().message);
    r.modelParams = *params;
    r.horizon = in.value(QStringLiteral("horizon")).toInt(r.horizon);
    r.testFraction = in.value(QStringLiteral("test_fraction")).toDouble(r.testFraction);
    r.seed = std::uint64_t(in.value(QStringLiteral("seed")).toInteger(qint64(r.seed)));
    r.folds = in.value(QStringLiteral("folds")).toInt(r.folds);
    r.embargo = in.value(QStringLiteral("embargo")).toInt(r.embargo);
    const QJsonObject wf = in.value(QStringLiteral("walk_forward")).toObject();
    r.walkForward.initialTrain = std::size_t(wf.value(QStringLiteral("initial_train")).toInteger(qint64(r.walkForward.initialTrain)));
    r.walkForward.refitEvery = std::size_t(wf.value(QStringLiteral("refit_every")).toInteger(qint64(r.walkForward.refitEvery)));
    r.walkForward.expanding = wf.value(QStringLiteral("expanding")).toBool(r.walkForward.expanding);
    return run;
}

} // namespace rutile::journal
