#include "ml/Classifier.h"

#include "ml/GradientBoosting.h"
#include "ml/RandomForest.h"

#include <QCoreApplication>

namespace rutile::ml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ml::Classifier)
};

} // namespace

QString modelName(ModelKind kind)
{
    return kind == ModelKind::RandomForest ? QStringLiteral("rf") : QStringLiteral("gbt");
}

std::optional<ModelKind> modelFromName(QStringView name)
{
    if (name == u"rf")
        return ModelKind::RandomForest;
    if (name == u"gbt")
        return ModelKind::GradientBoosting;
    return std::nullopt;
}

const std::vector<ParamSpec> &modelParamSpecs(ModelKind kind)
{
    static const std::vector<ParamSpec> forest{
        ParamSpec::integer(QStringLiteral("trees"), Text::tr("Trees"), 100, 1, 5000, 10, Text::tr("Trees in the forest")),
        ParamSpec::integer(QStringLiteral("max_depth"), Text::tr("Maximum depth"), 10, 1, 50, 1),
        ParamSpec::integer(QStringLiteral("min_samples"), Text::tr("Minimum rows per node"), 5, 1, 10000, 1,
                           Text::tr("A node with fewer rows is not split")),
        ParamSpec::integer(QStringLiteral("features_per_split"), Text::tr("Features per split"), 0, 0, 1000, 1,
                           Text::tr("Features tried at each split; 0: the square root of their number")),
        ParamSpec::integer(QStringLiteral("seed"), Text::tr("Seed"), 1, 0, 2147483647, 1,
                           Text::tr("The same seed trains the same forest")),
    };
    static const std::vector<ParamSpec> boosting{
        ParamSpec::integer(QStringLiteral("rounds"), Text::tr("Boosting rounds"), 100, 1, 5000, 10),
        ParamSpec::integer(QStringLiteral("max_depth"), Text::tr("Maximum depth"), 3, 1, 20, 1),
        ParamSpec::real(QStringLiteral("eta"), Text::tr("Learning rate"), 0.1, 0.001, 1, 0.01),
        ParamSpec::real(QStringLiteral("subsample"), Text::tr("Row subsample"), 1, 0.1, 1, 0.05,
                        Text::tr("Share of the rows each tree sees")),
        ParamSpec::integer(QStringLiteral("seed"), Text::tr("Seed"), 1, 0, 2147483647, 1,
                           Text::tr("The same seed trains the same model")),
    };
    return kind == ModelKind::RandomForest ? forest : boosting;
}

Result<std::unique_ptr<Classifier>> makeClassifier(ModelKind kind, const ParamValues &params)
{
    const auto values = resolve(modelParamSpecs(kind), params);
    if (!values)
        return values.error();
    if (kind == ModelKind::RandomForest)
        return std::unique_ptr<Classifier>(std::make_unique<RandomForest>(*values));
    return std::unique_ptr<Classifier>(std::make_unique<GradientBoosting>(*values));
}

} // namespace rutile::ml
