#include "ml/EvaluationParams.h"

#include <QCoreApplication>

namespace rutile::ml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ml::Evaluation)
};

} // namespace

const std::vector<ParamSpec> &evaluationParamSpecs()
{
    static const std::vector<ParamSpec> specs = [] {
        const EvaluationRequest d;
        return std::vector<ParamSpec>{
            ParamSpec::integer(QStringLiteral("horizon"), Text::tr("Horizon (bars)"), d.horizon, 1, 250, 1,
                               Text::tr("The label: the close this many bars later above this close"))
                .onCli(QStringLiteral("horizon")),
            ParamSpec::real(QStringLiteral("test_fraction"), Text::tr("Test fraction"), d.testFraction, 0.01, 0.99, 0.05,
                            Text::tr("shuffled and chronological: the share of rows tested"))
                .onCli(QStringLiteral("test-fraction")),
            ParamSpec::integer(QStringLiteral("seed"), Text::tr("Seed"), int(d.seed), 0, 2147483647, 1,
                               Text::tr("Of the shuffle, the permutation importance and the model"))
                .onCli(QStringLiteral("seed")),
            ParamSpec::integer(QStringLiteral("folds"), Text::tr("Folds"), d.folds, 2, 50, 1,
                               Text::tr("purged: contiguous test folds"))
                .onCli(QStringLiteral("folds")),
            ParamSpec::integer(QStringLiteral("embargo"), Text::tr("Embargo (bars)"), d.embargo, -1, 1000, 1,
                               Text::tr("purged: bars after a test fold left out of training; −1: the horizon"))
                .onCli(QStringLiteral("embargo")),
            ParamSpec::integer(QStringLiteral("train_window"), Text::tr("Training rows"), int(d.walkForward.initialTrain),
                               20, 100000, 21, Text::tr("walkforward: rows before the first test block"))
                .onCli(QStringLiteral("train-window")),
            ParamSpec::integer(QStringLiteral("refit_every"), Text::tr("Refit every (rows)"),
                               int(d.walkForward.refitEvery), 20, 100000, 21,
                               Text::tr("walkforward: test rows per model"))
                .onCli(QStringLiteral("refit-every")),
            ParamSpec::boolean(QStringLiteral("rolling"), Text::tr("Rolling window"), !d.walkForward.expanding,
                               Text::tr("walkforward: train on the last 'training rows' only, not on all before"))
                .onCli(QStringLiteral("rolling")),
        };
    }();
    return specs;
}

ParamValues evaluationParams(const EvaluationRequest &r)
{
    return {{QStringLiteral("horizon"), r.horizon},
            {QStringLiteral("test_fraction"), r.testFraction},
            {QStringLiteral("seed"), double(r.seed)},
            {QStringLiteral("folds"), r.folds},
            {QStringLiteral("embargo"), r.embargo},
            {QStringLiteral("train_window"), double(r.walkForward.initialTrain)},
            {QStringLiteral("refit_every"), double(r.walkForward.refitEvery)},
            {QStringLiteral("rolling"), r.walkForward.expanding ? 0.0 : 1.0}};
}

void applyEvaluationParams(const ParamValues &v, EvaluationRequest &r)
{
    r.horizon = v.intValue(u"horizon", r.horizon);
    r.testFraction = v.value(u"test_fraction", r.testFraction);
    r.seed = std::uint64_t(v.value(u"seed", double(r.seed)));
    r.folds = v.intValue(u"folds", r.folds);
    r.embargo = v.intValue(u"embargo", r.embargo);
    r.walkForward.initialTrain = std::size_t(v.value(u"train_window", double(r.walkForward.initialTrain)));
    r.walkForward.refitEvery = std::size_t(v.value(u"refit_every", double(r.walkForward.refitEvery)));
    r.walkForward.expanding = !v.boolValue(u"rolling", !r.walkForward.expanding);
}

QStringList evaluationParamsOf(EvaluationMethod method)
{
    QStringList names{QStringLiteral("horizon"), QStringLiteral("seed")};
    switch (method) {
    case EvaluationMethod::Shuffled:
    case EvaluationMethod::Chronological: names << QStringLiteral("test_fraction"); break;
    case EvaluationMethod::Purged: names << QStringLiteral("folds") << QStringLiteral("embargo"); break;
    case EvaluationMethod::WalkForward:
        names << QStringLiteral("train_window") << QStringLiteral("refit_every") << QStringLiteral("rolling");
        break;
    }
    return names;
}

} // namespace rutile::ml
