#include "ml/WalkForwardSignal.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::ml {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ml::WalkForwardSignal)
};

} // namespace

Result<SignalColumn> walkForwardSignal(const BarSeries &bars, const SignalModelSpec &spec, const TaskControl &control)
{
    if (spec.horizon < 1 || spec.horizon > 250)
        return Error::invalidArgument(Text::tr("the horizon (%1) must lie in [1, 250] bars").arg(spec.horizon));
    if (spec.minTrain < 2)
        return Error::invalidArgument(Text::tr("at least 2 training rows are needed, not %1").arg(spec.minTrain));
    if (spec.refitEvery < 1)
        return Error::invalidArgument(Text::tr("the refit interval must be at least 1 bar"));
    if (spec.window != 0 && spec.window < spec.minTrain)
        return Error::invalidArgument(Text::tr("the rolling window (%1 rows) must hold the %2 rows of the first model")
                                          .arg(spec.window)
                                          .arg(spec.minTrain));
    if (const auto probe = makeClassifier(spec.model, spec.modelParams); !probe)
        return probe.error();
    const auto matrix = featureMatrix(bars, spec.features);
    if (!matrix)
        return matrix.error();
    const FeatureMatrix &m = *matrix;
    const std::size_t n = bars.size();
    const std::size_t h = std::size_t(spec.horizon);

    // Rows with every feature defined, in bar order; the label of row s is known from bar s + h.
    std::vector<std::size_t> rows;
    for (std::size_t t = 0; t < n; ++t)
        if (m.defined(t))
            rows.push_back(t);
    // r₀: the close at which the minTrain-th row's label becomes known.
    if (rows.size() < spec.minTrain || rows[spec.minTrain - 1] + h >= n) {
        const auto labelled = std::count_if(rows.begin(), rows.end(), [&](std::size_t s) { return s + h < n; });
        return Error::invalidInput(Text::tr("not enough data: %1 labelled rows are needed before the first model, "
                                            "the series has %2")
                                       .arg(spec.minTrain)
                                       .arg(labelled));
    }
    SignalColumn out;
    out.probability.assign(n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t r = rows[spec.minTrain - 1] + h; r < n; r += spec.refitEvery)
        out.refitBars.push_back(r);

    std::size_t known = 0; // rows[0, known) are labelled at the current refit bar
    for (std::size_t i = 0; i < out.refitBars.size(); ++i) {
        if (control.cancelled())
            return Error::cancelled();
        const std::size_t r = out.refitBars[i];
        while (known < rows.size() && rows[known] + h <= r)
            ++known;
        const std::size_t first = spec.window == 0 || known <= spec.window ? 0 : known - spec.window;
        std::vector<double> x;
        std::vector<int> y;
        x.reserve((known - first) * m.columns());
        for (std::size_t k = first; k < known; ++k) {
            x.insert(x.end(), m.row(rows[k]), m.row(rows[k]) + m.columns());
            y.push_back(directionLabel(bars, rows[k], spec.horizon));
        }
        auto model = makeClassifier(spec.model, spec.modelParams).value();
        model->setThreads(spec.threads);
        if (Status st = model->train(x, m.columns(), y); !st)
            return st.error();
        out.trainRows.push_back(known - first);
        // The bars this model answers for: r up to the next refit, those with every feature.
        const std::size_t end = i + 1 < out.refitBars.size() ? out.refitBars[i + 1] : n;
        std::vector<std::size_t> predictBars;
        std::vector<double> xp;
        for (std::size_t t = r; t < end; ++t) {
            if (!m.defined(t))
                continue;
            predictBars.push_back(t);
            xp.insert(xp.end(), m.row(t), m.row(t) + m.columns());
        }
        if (!predictBars.empty()) {
            const auto p = model->predict(xp, m.columns());
            if (!p)
                return p.error();
            for (std::size_t k = 0; k < predictBars.size(); ++k)
                out.probability[predictBars[k]] = (*p)[k];
        }
        control.report(double(i + 1) / double(out.refitBars.size()));
    }
    return out;
}

} // namespace rutile::ml
