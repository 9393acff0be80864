#include "ml/RandomForest.h"

#include <QCoreApplication>

#include <opencv2/core.hpp>

#include <cmath>

namespace rutile::ml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ml::RandomForest)
};

cv::Mat samples(std::span<const double> x, std::size_t columns)
{
    const int rows = int(x.size() / columns);
    cv::Mat m(rows, int(columns), CV_32F);
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < int(columns); ++c)
            m.at<float>(r, c) = float(x[std::size_t(r) * columns + std::size_t(c)]);
    }
    return m;
}

} // namespace

RandomForest::RandomForest(ParamValues params)
    : m_params(std::move(params))
{
}

Status RandomForest::train(std::span<const double> x, std::size_t columns, std::span<const int> labels)
{
    if (columns == 0 || labels.empty() || x.size() != labels.size() * columns)
        return Error::invalidArgument(Text::tr("the training rows do not match their labels"));
    cv::Mat responses(int(labels.size()), 1, CV_32S);
    for (std::size_t r = 0; r < labels.size(); ++r)
        responses.at<int>(int(r)) = labels[r];
    // Every feature ordered, the response a category: a classification forest.
    cv::Mat types(int(columns) + 1, 1, CV_8U, cv::Scalar(cv::ml::VAR_ORDERED));
    types.at<uchar>(int(columns)) = cv::ml::VAR_CATEGORICAL;
    const auto data = cv::ml::TrainData::create(samples(x, columns), cv::ml::ROW_SAMPLE, responses, cv::noArray(),
                                                cv::noArray(), cv::noArray(), types);
    m_model = cv::ml::RTrees::create();
    m_model->setMaxDepth(m_params.intValue(u"max_depth"));
    m_model->setMinSampleCount(m_params.intValue(u"min_samples"));
    m_model->setActiveVarCount(m_params.intValue(u"features_per_split"));
    m_model->setCalculateVarImportance(false);
    m_model->setUseSurrogates(false);
    m_model->setTermCriteria(cv::TermCriteria(cv::TermCriteria::MAX_ITER, m_params.intValue(u"trees"), 0));
    if (threads() > 0)
        cv::setNumThreads(threads());
    // RTrees draws its bootstraps and feature subsets from this thread's RNG.
    cv::theRNG().state = std::uint64_t(m_params.intValue(u"seed")) * 0x9E3779B97F4A7C15ULL + 1;
    try {
        if (!m_model->train(data))
            return Error::invalidInput(Text::tr("the random forest could not be trained"));
    } catch (const cv::Exception &e) {
        return Error::invalidInput(Text::tr("the random forest could not be trained: %1").arg(QString::fromStdString(e.msg)));
    }
    return {};
}

Result<std::vector<double>> RandomForest::predict(std::span<const double> x, std::size_t columns) const
{
    if (!m_model || !m_model->isTrained())
        return Error::invalidArgument(Text::tr("the random forest is not trained"));
    if (columns == 0 || x.size() % columns != 0)
        return Error::invalidArgument(Text::tr("the rows do not have %1 features").arg(columns));
    std::vector<double> out(x.size() / columns);
    if (out.empty())
        return out;
    cv::Mat votes;
    m_model->getVotes(samples(x, columns), votes, 0);
    // Row 0 holds the class labels; each following row the votes per class.
    int classOne = -1;
    for (int c = 0; c < votes.cols; ++c) {
        if (votes.at<int>(0, c) == 1)
            classOne = c;
    }
    for (std::size_t r = 0; r < out.size(); ++r) {
        double total = 0;
        for (int c = 0; c < votes.cols; ++c)
            total += votes.at<int>(int(r) + 1, c);
        out[r] = classOne < 0 || total == 0 ? 0.0 : votes.at<int>(int(r) + 1, classOne) / total;
    }
    return out;
}

Result<QByteArray> RandomForest::save() const
{
    if (!m_model || !m_model->isTrained())
        return Error::invalidArgument(Text::tr("the random forest is not trained"));
    cv::FileStorage fs(".yml", cv::FileStorage::WRITE | cv::FileStorage::MEMORY);
    m_model->write(fs);
    return QByteArray::fromStdString(fs.releaseAndGetString());
}

Status RandomForest::load(const QByteArray &bytes)
{
    try {
        cv::FileStorage fs(bytes.toStdString(), cv::FileStorage::READ | cv::FileStorage::MEMORY);
        auto model = cv::ml::RTrees::create();
        model->read(fs.root());
        if (!model->isTrained())
            return Error::invalidInput(Text::tr("not a saved random forest"));
        m_model = model;
    } catch (const cv::Exception &e) {
        return Error::invalidInput(Text::tr("not a saved random forest: %1").arg(QString::fromStdString(e.msg)));
    }
    return {};
}

} // namespace rutile::ml
