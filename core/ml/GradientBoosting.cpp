#include "ml/GradientBoosting.h"

#include <QCoreApplication>

#include <xgboost/c_api.h>

#include <cmath>
#include <limits>

namespace rutile::ml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ml::GradientBoosting)
};

Error failure(const QString &what)
{
    return Error::invalidInput(Text::tr("%1: %2").arg(what, QString::fromUtf8(XGBGetLastError())));
}

// A DMatrix of `x` in single precision, freed when it goes out of scope.
struct Matrix {
    DMatrixHandle handle = nullptr;
    ~Matrix()
    {
        if (handle)
            XGDMatrixFree(handle);
    }
};

int makeMatrix(std::span<const double> x, std::size_t columns, Matrix &out)
{
    const std::size_t rows = x.size() / columns;
    std::vector<float> values(x.begin(), x.end());
    return XGDMatrixCreateFromMat(values.data(), bst_ulong(rows), bst_ulong(columns),
                                  std::numeric_limits<float>::quiet_NaN(), &out.handle);
}

} // namespace

GradientBoosting::GradientBoosting(ParamValues params)
    : m_params(std::move(params))
{
}

GradientBoosting::~GradientBoosting()
{
    if (m_booster)
        XGBoosterFree(m_booster);
}

Status GradientBoosting::makeBooster(void *trainingRows)
{
    if (m_booster)
        XGBoosterFree(m_booster);
    m_booster = nullptr;
    m_trained = false;
    const DMatrixHandle cache[] = {trainingRows};
    if (XGBoosterCreate(trainingRows ? cache : nullptr, trainingRows ? 1 : 0, &m_booster) != 0)
        return failure(Text::tr("cannot create the booster"));
    const std::pair<const char *, QByteArray> settings[] = {
        {"objective", "binary:logistic"},
        {"tree_method", "hist"},
        {"verbosity", "0"},
        {"nthread", QByteArray::number(threads())},
        {"max_depth", QByteArray::number(m_params.intValue(u"max_depth"))},
        {"eta", QByteArray::number(m_params.value(u"eta"), 'g', 17)},
        {"subsample", QByteArray::number(m_params.value(u"subsample"), 'g', 17)},
        {"seed", QByteArray::number(m_params.intValue(u"seed"))},
    };
    for (const auto &[name, value] : settings) {
        if (XGBoosterSetParam(m_booster, name, value.constData()) != 0)
            return failure(Text::tr("parameter %1").arg(QLatin1String(name)));
    }
    return {};
}

Status GradientBoosting::train(std::span<const double> x, std::size_t columns, std::span<const int> labels)
{
    if (columns == 0 || labels.empty() || x.size() != labels.size() * columns)
        return Error::invalidArgument(Text::tr("the training rows do not match their labels"));
    Matrix train;
    if (makeMatrix(x, columns, train) != 0)
        return failure(Text::tr("cannot hold the training rows"));
    const std::vector<float> y(labels.begin(), labels.end());
    if (XGDMatrixSetFloatInfo(train.handle, "label", y.data(), bst_ulong(y.size())) != 0)
        return failure(Text::tr("cannot set the labels"));
    if (Status s = makeBooster(train.handle); !s)
        return s;
    for (int round = 0; round < m_params.intValue(u"rounds"); ++round) {
        if (XGBoosterUpdateOneIter(m_booster, round, train.handle) != 0)
            return failure(Text::tr("boosting round %1").arg(round + 1));
    }
    m_trained = true;
    return {};
}

Result<std::vector<double>> GradientBoosting::predict(std::span<const double> x, std::size_t columns) const
{
    if (!m_trained)
        return Error::invalidArgument(Text::tr("the boosted trees are not trained"));
    if (columns == 0 || x.size() % columns != 0)
        return Error::invalidArgument(Text::tr("the rows do not have %1 features").arg(columns));
    if (x.empty())
        return std::vector<double>();
    Matrix rows;
    if (makeMatrix(x, columns, rows) != 0)
        return failure(Text::tr("cannot hold the rows"));
    bst_ulong length = 0;
    const float *result = nullptr;
    if (XGBoosterPredict(m_booster, rows.handle, 0, 0, 0, &length, &result) != 0)
        return failure(Text::tr("cannot predict"));
    return std::vector<double>(result, result + length);
}

Result<QByteArray> GradientBoosting::save() const
{
    if (!m_trained)
        return Error::invalidArgument(Text::tr("the boosted trees are not trained"));
    bst_ulong length = 0;
    const char *bytes = nullptr;
    if (XGBoosterSaveModelToBuffer(m_booster, R"({"format": "json"})", &length, &bytes) != 0)
        return failure(Text::tr("cannot save the model"));
    return QByteArray(bytes, qsizetype(length));
}

Status GradientBoosting::load(const QByteArray &bytes)
{
    if (Status s = makeBooster(); !s)
        return s;
    if (XGBoosterLoadModelFromBuffer(m_booster, bytes.constData(), bst_ulong(bytes.size())) != 0)
        return failure(Text::tr("not a saved boosted-trees model"));
    m_trained = true;
    return {};
}

} // namespace rutile::ml
