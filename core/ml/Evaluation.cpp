#include "ml/Evaluation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace rutile::ml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ml::Evaluation)
};

std::vector<double> rowsOf(const Dataset &d, const std::vector<std::size_t> &rows)
{
    std::vector<double> out;
    out.reserve(rows.size() * d.columns());
    for (std::size_t r : rows)
        out.insert(out.end(), d.x.begin() + std::ptrdiff_t(r * d.columns()), d.x.begin() + std::ptrdiff_t((r + 1) * d.columns()));
    return out;
}

double accuracyOf(const std::vector<double> &p, const std::vector<int> &y)
{
    std::size_t right = 0;
    for (std::size_t i = 0; i < p.size(); ++i)
        right += (p[i] >= 0.5) == (y[i] == 1);
    return p.empty() ? std::nan("") : double(right) / double(p.size());
}

Result<std::vector<Split>> splitsFor(const Dataset &d, const EvaluationRequest &r)
{
    std::vector<Split> splits;
    switch (r.method) {
    case EvaluationMethod::Shuffled:
        splits.push_back(shuffledSplit(d.rows(), r.testFraction, r.seed));
        break;
    case EvaluationMethod::Chronological:
        splits.push_back(chronologicalSplit(d.rows(), r.testFraction));
        break;
    case EvaluationMethod::Purged:
        splits = purgedKFold(d, r.folds, r.embargo < 0 ? d.horizon : r.embargo);
        break;
    case EvaluationMethod::WalkForward:
        splits = walkForwardSplits(d, r.walkForward);
        break;
    }
    std::erase_if(splits, [](const Split &s) { return s.train.empty() || s.test.empty(); });
    if (splits.empty())
        return Error::invalidInput(Text::tr("not enough data: %1 rows leave no training and test rows for the %2 "
                                            "evaluation")
                                       .arg(d.rows())
                                       .arg(evaluationName(r.method)));
    return splits;
}

} // namespace

QString evaluationName(EvaluationMethod method)
{
    switch (method) {
    case EvaluationMethod::Shuffled: return QStringLiteral("shuffled");
    case EvaluationMethod::Chronological: return QStringLiteral("chronological");
    case EvaluationMethod::Purged: return QStringLiteral("purged");
    case EvaluationMethod::WalkForward: return QStringLiteral("walkforward");
    }
    return {};
}

std::optional<EvaluationMethod> evaluationFromName(QStringView name)
{
    for (EvaluationMethod m : {EvaluationMethod::Shuffled, EvaluationMethod::Chronological, EvaluationMethod::Purged,
                               EvaluationMethod::WalkForward}) {
        if (name == evaluationName(m))
            return m;
    }
    return std::nullopt;
}

bool beatsBaseline(const ClassifierMetrics &m)
{
    return m.pValue < 0.05;
}

QString baselineVerdict(const ClassifierMetrics &m)
{
    const QString side = m.baseRate >= 0.5 ? Text::tr("up") : Text::tr("down");
    return (beatsBaseline(m) ? Text::tr("beats always-%1 (accuracy %2 against %3, p = %4)")
                             : Text::tr("does not beat always-%1 (accuracy %2 against %3, p = %4)"))
        .arg(side)
        .arg(m.accuracy, 0, 'f', 3)
        .arg(m.baselineAccuracy, 0, 'f', 3)
        .arg(m.pValue, 0, 'g', 2);
}

Result<Evaluation> evaluate(const BarSeries &bars, const EvaluationRequest &r, const TaskControl &control)
{
    if (!(r.testFraction > 0 && r.testFraction < 1))
        return Error::invalidArgument(Text::tr("the test fraction (%1) must lie in (0, 1)").arg(r.testFraction));
    if (r.folds < 2 || r.folds > 50)
        return Error::invalidArgument(Text::tr("folds (%1) out of range [2, 50]").arg(r.folds));
    if (const auto probe = makeClassifier(r.model, r.modelParams); !probe) // the parameters' message, before any work
        return probe.error();
    const auto data = buildDataset(bars, r.features, r.horizon);
    if (!data)
        return data.error();
    const Dataset &d = *data;
    const auto splits = splitsFor(d, r);
    if (!splits)
        return splits.error();

    Evaluation out;
    out.rows = d.rows();
    std::map<std::size_t, double> predicted; // dataset row → probability
    std::vector<double> lost(d.columns(), 0.0); // accuracy lost per feature, weighted by test rows
    std::size_t trainRows = 0;
    const std::size_t steps = splits->size() * (1 + d.columns());
    std::size_t step = 0;
    for (const Split &s : *splits) {
        if (control.cancelled())
            return Error::cancelled();
        auto model = makeClassifier(r.model, r.modelParams).value();
        model->setThreads(r.threads);
        std::vector<int> yTrain, yTest;
        for (std::size_t i : s.train)
            yTrain.push_back(d.y[i]);
        for (std::size_t i : s.test)
            yTest.push_back(d.y[i]);
        if (Status st = model->train(rowsOf(d, s.train), d.columns(), yTrain); !st)
            return st.error();
        std::vector<double> xTest = rowsOf(d, s.test);
        const auto p = model->predict(xTest, d.columns());
        if (!p)
            return p.error();
        control.report(double(++step) / double(steps));
        for (std::size_t k = 0; k < s.test.size(); ++k)
            predicted[s.test[k]] = (*p)[k];
        const double accuracy = accuracyOf(*p, yTest);
        out.folds.push_back({d.day[s.test.front()], d.day[s.test.back()], s.train.size(), s.test.size(), accuracy});
        trainRows += s.train.size();
        // Permutation importance: each column shuffled among this split's test rows.
        const std::vector<std::size_t> order = seededPermutation(s.test.size(), r.seed + 7919 * out.folds.size());
        for (std::size_t j = 0; j < d.columns(); ++j) {
            std::vector<double> shuffled = xTest;
            for (std::size_t k = 0; k < s.test.size(); ++k)
                shuffled[k * d.columns() + j] = xTest[order[k] * d.columns() + j];
            const auto q = model->predict(shuffled, d.columns());
            if (!q)
                return q.error();
            lost[j] += (accuracy - accuracyOf(*q, yTest)) * double(s.test.size());
            control.report(double(++step) / double(steps));
        }
    }
    std::vector<int> labels;
    for (const auto &[row, probability] : predicted) {
        out.testRowIndex.push_back(row);
        out.testProbability.push_back(probability);
        out.testDay.push_back(d.day[row]);
        labels.push_back(d.y[row]);
    }
    out.testLabel = labels;
    out.testRows = labels.size();
    out.trainRows = trainRows / splits->size();
    out.testFirstDay = d.day[out.testRowIndex.front()];
    out.testLastDay = d.day[out.testRowIndex.back()];
    out.metrics = classifierMetrics(labels, out.testProbability);
    std::size_t testedTotal = 0;
    for (const EvaluationFold &f : out.folds)
        testedTotal += f.testRows;
    for (std::size_t j = 0; j < d.columns(); ++j)
        out.importance.emplace_back(d.features[qsizetype(j)], lost[j] / double(testedTotal));

    if (r.method == EvaluationMethod::Shuffled)
        out.warnings << Text::tr("the shuffled split leaks the future: rows of neighbouring days share their features and, "
                                 "with a horizon of %1, their outcomes, so its score is optimistic; compare purged or "
                                 "walkforward")
                            .arg(r.horizon);
    if (!beatsBaseline(out.metrics))
        out.warnings << baselineVerdict(out.metrics);
    control.report(1);
    return out;
}

} // namespace rutile::ml
