#include "strategy/MlSignalStrategy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rutile::strategy {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Strategies)
};

QStringList featureSetNames()
{
    QStringList names;
    for (const ml::FeatureSet &set : ml::featureSets())
        names << set.name;
    return names;
}

const QStringList &modelNames()
{
    static const QStringList names{ml::modelName(ml::ModelKind::GradientBoosting),
                                   ml::modelName(ml::ModelKind::RandomForest)};
    return names;
}

/// The parameters that shape the probability column (not the threshold or the short side): a
/// grid over those shares one column, trained once.
QString columnKey(const ParamValues &v)
{
    QStringList parts;
    for (const auto &[name, value] : v.entries())
        if (name != u"threshold" && name != u"short")
            parts << name + u'=' + QString::number(value, 'g', 17);
    return QStringLiteral("ml_signal(%1)").arg(parts.join(u','));
}

class MlSignal final : public Strategy {
public:
    explicit MlSignal(ParamValues values) : m_values(std::move(values))
    {
        m_threshold = m_values.value(u"threshold");
        m_short = m_values.boolValue(u"short");
    }

    Status prepare(StrategySetup &setup) override
    {
        const ml::SignalModelSpec spec = mlSignalModel(m_values);
        const TaskControl &control = setup.control(); // outlives the call: derived() computes now
        auto column = setup.derived(columnKey(m_values),
                                    [spec, &control](const trading::MarketData &data, std::span<double> out) -> Status {
                                        auto signal = ml::walkForwardSignal(data.leg(0), spec, control);
                                        if (!signal)
                                            return signal.error();
                                        std::copy(signal->probability.begin(), signal->probability.end(), out.begin());
                                        return {};
                                    });
        if (!column)
            return column.error();
        m_probability = *column;
        return {};
    }

    void onBar(StrategyContext &ctx) override
    {
        const double p = ctx.at(m_probability);
        if (std::isnan(p)) // no model yet, or a feature undefined: no view
            return;
        if (p > m_threshold) {
            if (!ctx.isLong())
                ctx.enterLong();
        } else if (m_short && p < 1 - m_threshold) {
            if (!ctx.isShort())
                ctx.enterShort();
        } else {
            ctx.exit();
        }
    }

private:
    ParamValues m_values;
    double m_threshold = 0.5;
    bool m_short = false;
    Column m_probability;
};

} // namespace

StrategyDescriptor mlSignalDescriptor()
{
    StrategyDescriptor d;
    d.name = QStringLiteral("ml_signal");
    d.displayName = Text::tr("ML signal (walk-forward)");
    d.description = Text::tr(
        "A direction classifier refit every refit_every bars on the rows whose label was known by then (all of them, "
        "or the last window); long while its probability that the close rises over the horizon exceeds the threshold, "
        "optionally short while it is below 1 − threshold, flat otherwise and before the first model.");
    d.params = {
        ParamSpec::choice(QStringLiteral("features"), Text::tr("Features"), featureSetNames(), 0,
                          Text::tr("seed: SMA 50, SMA 200, RSI 14, MACD; returns: 1-, 5- and 20-day returns, close "
                                   "over SMA 50 and SMA 200, RSI 14")),
        ParamSpec::choice(QStringLiteral("model"), Text::tr("Model"), modelNames(), 0,
                          Text::tr("gbt: XGBoost's boosted trees; rf: OpenCV's random forest (slower to refit)")),
        ParamSpec::integer(QStringLiteral("trees"), Text::tr("Trees"), 100, 1, 2000, 10,
                           Text::tr("Trees in the forest, or boosting rounds")),
        ParamSpec::integer(QStringLiteral("max_depth"), Text::tr("Maximum depth"), 0, 0, 50, 1,
                           Text::tr("Depth of each tree; 0: the model's default (3 boosted, 10 forest)")),
        ParamSpec::integer(QStringLiteral("seed"), Text::tr("Seed"), 1, 0, 2147483647, 1,
                           Text::tr("The same seed trains the same models")),
        ParamSpec::integer(QStringLiteral("horizon"), Text::tr("Horizon"), 1, 1, 250, 1,
                           Text::tr("The label: the close h bars later above this close")),
        ParamSpec::integer(QStringLiteral("train_bars"), Text::tr("First training rows"), 1000, 20, 100000, 50,
                           Text::tr("Labelled rows before the first model; no position before it")),
        ParamSpec::integer(QStringLiteral("refit_every"), Text::tr("Refit every"), 252, 1, 100000, 21,
                           Text::tr("Bars between refits")),
        ParamSpec::integer(QStringLiteral("window"), Text::tr("Rolling window"), 0, 0, 100000, 50,
                           Text::tr("Train on the last this many rows; 0: on all rows so far")),
        ParamSpec::real(QStringLiteral("threshold"), Text::tr("Threshold"), 0.55, 0.5, 0.99, 0.01,
                        Text::tr("Long while the probability of a rise exceeds this")),
        ParamSpec::boolean(QStringLiteral("short"), Text::tr("Short side"), false,
                           Text::tr("Short while the probability of a rise is below 1 − threshold")),
    };
    d.legRoles = {Text::tr("Traded symbol")};
    d.validate = [](const ParamValues &v) -> Status {
        const int window = v.intValue(u"window");
        if (window != 0 && window < v.intValue(u"train_bars"))
            return Error::invalidArgument(Text::tr("window (%1) must be 0 or at least train_bars (%2)")
                                              .arg(window)
                                              .arg(v.intValue(u"train_bars")));
        return {};
    };
    d.create = [](const ParamValues &v) -> std::unique_ptr<Strategy> { return std::make_unique<MlSignal>(v); };
    return d;
}

ml::SignalModelSpec mlSignalModel(const ParamValues &v)
{
    ml::SignalModelSpec spec;
    spec.features = ml::featureSets()[std::size_t(v.intValue(u"features"))].features;
    spec.model = *ml::modelFromName(modelNames()[v.intValue(u"model")]);
    const bool forest = spec.model == ml::ModelKind::RandomForest;
    spec.modelParams.set(forest ? QStringLiteral("trees") : QStringLiteral("rounds"), v.value(u"trees"));
    if (v.intValue(u"max_depth") > 0)
        spec.modelParams.set(QStringLiteral("max_depth"), v.value(u"max_depth"));
    spec.modelParams.set(QStringLiteral("seed"), v.value(u"seed"));
    spec.horizon = v.intValue(u"horizon");
    spec.minTrain = std::size_t(v.intValue(u"train_bars"));
    spec.refitEvery = std::size_t(v.intValue(u"refit_every"));
    spec.window = std::size_t(v.intValue(u"window"));
    return spec;
}

std::optional<ParamValues> mlSignalParams(const ml::SignalModelSpec &spec)
{
    const auto &sets = ml::featureSets();
    const auto set = std::find_if(sets.begin(), sets.end(), [&](const ml::FeatureSet &s) { return s.features == spec.features; });
    if (set == sets.end())
        return std::nullopt;
    const bool forest = spec.model == ml::ModelKind::RandomForest;
    ParamValues v;
    v.set(QStringLiteral("features"), double(set - sets.begin()));
    v.set(QStringLiteral("model"), double(modelNames().indexOf(ml::modelName(spec.model))));
    const auto &specs = ml::modelParamSpecs(spec.model);
    const QString trees = forest ? QStringLiteral("trees") : QStringLiteral("rounds");
    v.set(QStringLiteral("trees"), spec.modelParams.value(trees, findParam(specs, trees)->defaultValue));
    if (spec.modelParams.contains(u"max_depth"))
        v.set(QStringLiteral("max_depth"), spec.modelParams.value(u"max_depth"));
    if (spec.modelParams.contains(u"seed"))
        v.set(QStringLiteral("seed"), spec.modelParams.value(u"seed"));
    v.set(QStringLiteral("horizon"), spec.horizon);
    v.set(QStringLiteral("train_bars"), double(spec.minTrain));
    v.set(QStringLiteral("refit_every"), double(spec.refitEvery));
    v.set(QStringLiteral("window"), double(spec.window));
    return v;
}

} // namespace rutile::strategy
