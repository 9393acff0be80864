#include "rules/Functions.h"

#include "indicators/IndicatorRegistry.h"

#include <QCoreApplication>

namespace rutile::rules {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Rules)
};
} // namespace

const std::vector<FunctionInfo> &functions()
{
    using A = ArgKind;
    using V = ValueType;
    static const std::vector<FunctionInfo> all{
        {QStringLiteral("iif"), Builtin::Iif, {A::Condition, A::Any, A::Any}, V::Number, QStringLiteral("iif(condition, a, b)"), true, 1, 100000},
        {QStringLiteral("ref"), Builtin::Ref, {A::Any, A::Bars}, V::Number, QStringLiteral("ref(series, bars)"), false, 0, 100000},
        {QStringLiteral("cross_above"), Builtin::CrossAbove, {A::Number, A::Number}, V::Condition, QStringLiteral("cross_above(a, b)"), false, 1, 100000},
        {QStringLiteral("cross_below"), Builtin::CrossBelow, {A::Number, A::Number}, V::Condition, QStringLiteral("cross_below(a, b)"), false, 1, 100000},
        {QStringLiteral("highest"), Builtin::Highest, {A::Number, A::Bars}, V::Number, QStringLiteral("highest(series, bars)"), false, 1, 100000},
        {QStringLiteral("lowest"), Builtin::Lowest, {A::Number, A::Bars}, V::Number, QStringLiteral("lowest(series, bars)"), false, 1, 100000},
        {QStringLiteral("change"), Builtin::Change, {A::Number, A::Bars}, V::Number, QStringLiteral("change(series, bars)"), false, 1, 100000},
        {QStringLiteral("abs"), Builtin::Abs, {A::Number}, V::Number, QStringLiteral("abs(x)"), true, 1, 100000},
        {QStringLiteral("log"), Builtin::Log, {A::Number}, V::Number, QStringLiteral("log(x)"), true, 1, 100000},
        {QStringLiteral("sqrt"), Builtin::Sqrt, {A::Number}, V::Number, QStringLiteral("sqrt(x)"), true, 1, 100000},
        {QStringLiteral("min"), Builtin::Min, {A::Number, A::Number}, V::Number, QStringLiteral("min(a, b)"), true, 1, 100000},
        {QStringLiteral("max"), Builtin::Max, {A::Number, A::Number}, V::Number, QStringLiteral("max(a, b)"), true, 1, 100000},
        {QStringLiteral("mean"), Builtin::Mean, {A::Number, A::Bars}, V::Number, QStringLiteral("mean(series, bars)"), false, 1, 100000},
        {QStringLiteral("stdev"), Builtin::StdDev, {A::Number, A::Bars}, V::Number, QStringLiteral("stdev(series, bars)"), false, 1, 5000},
        {QStringLiteral("variance"), Builtin::Variance, {A::Number, A::Bars}, V::Number, QStringLiteral("variance(series, bars)"), false, 1, 5000},
        {QStringLiteral("zscore"), Builtin::ZScore, {A::Number, A::Bars}, V::Number, QStringLiteral("zscore(series, bars)"), false, 1, 5000},
        {QStringLiteral("covariance"), Builtin::Covariance, {A::Number, A::Number, A::Bars}, V::Number, QStringLiteral("covariance(x, y, bars)"), false, 1, 5000},
        {QStringLiteral("correlation"), Builtin::Correlation, {A::Number, A::Number, A::Bars}, V::Number, QStringLiteral("correlation(x, y, bars)"), false, 1, 5000},
        {QStringLiteral("beta"), Builtin::Beta, {A::Number, A::Number, A::Bars}, V::Number, QStringLiteral("beta(asset, benchmark, bars)"), false, 1, 5000},
        {QStringLiteral("slope"), Builtin::Slope, {A::Number, A::Bars}, V::Number, QStringLiteral("slope(series, bars)"), false, 2, 5000},
        {QStringLiteral("pair_beta"), Builtin::PairBeta, {A::Number, A::Number, A::Bars}, V::Number, QStringLiteral("pair_beta(y, x, bars)"), false, 2, 5000},
        {QStringLiteral("pair_zscore"), Builtin::PairZScore, {A::Number, A::Number, A::Bars}, V::Number, QStringLiteral("pair_zscore(y, x, bars)"), false, 2, 5000},
    };
    return all;
}

const FunctionInfo *findFunction(QStringView name)
{
    for (const FunctionInfo &f : functions()) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList functionNames()
{
    QStringList names;
    for (const FunctionInfo &f : functions())
        names << f.name;
    return names;
}

ParamSpec barsSpec(const FunctionInfo &f)
{
    return ParamSpec::integer(f.id == Builtin::Ref ? QStringLiteral("bars") : QStringLiteral("window"), f.name, f.minBars,
                              f.minBars, f.maxBars);
}

bool indicatorTakesSeries(const indicators::IndicatorDescriptor &d)
{
    return d.inputs == std::vector<BarField>{BarField::Close};
}

QString indicatorSignature(const indicators::IndicatorDescriptor &d)
{
    QStringList parts;
    if (indicatorTakesSeries(d))
        parts << Text::tr("series");
    for (const ParamSpec &p : d.params)
        parts << p.name;
    return QStringLiteral("%1(%2)").arg(d.name, parts.join(QStringLiteral(", ")));
}

} // namespace rutile::rules
