#include "ml/Dataset.h"

#include "indicators/IndicatorRegistry.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::ml {

using namespace rutile::indicators;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ml::Dataset)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// "sma:50", "macd:12,26,9.signal": an indicator's output column.
Result<std::vector<double>> indicatorColumn(const QString &text, const BarSeries &bars)
{
    QString spec = text, output;
    // An output name follows the last '.', unless that '.' is part of a number ("bbands:20,2.5").
    if (const qsizetype dot = text.lastIndexOf(QLatin1Char('.')); dot > 0 && dot + 1 < text.size() && text[dot + 1].isLetter()) {
        spec = text.left(dot);
        output = text.mid(dot + 1);
    }
    const auto parsed = parseIndicatorSpec(spec);
    if (!parsed)
        return parsed.error();
    const auto computed = compute(*parsed, bars);
    if (!computed)
        return computed.error();
    if (output.isEmpty())
        return computed->columns.front().values;
    if (const IndicatorColumn *c = computed->column(output))
        return c->values;
    QStringList outputs;
    for (const IndicatorColumn &c : computed->columns)
        outputs << c.output;
    return Error::invalidArgument(Text::tr("%1 has no output '%2'; expected one of: %3").arg(spec, output, outputs.join(QStringLiteral(", "))));
}

Result<int> count(const QString &text, const QString &feature, int low, int high)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < low || n > high)
        return Error::invalidArgument(Text::tr("feature '%1': expected a whole number in [%2, %3], found '%4'")
                                          .arg(feature)
                                          .arg(low)
                                          .arg(high)
                                          .arg(text));
    return n;
}

} // namespace

const QStringList &defaultFeatures()
{
    static const QStringList features{QStringLiteral("sma:50"), QStringLiteral("sma:200"), QStringLiteral("rsi:14"),
                                      QStringLiteral("macd:12,26,9")};
    return features;
}

Result<std::vector<double>> featureColumn(const QString &text, const BarSeries &bars)
{
    const QString t = text.trimmed();
    const std::size_t n = bars.size();
    if (t.startsWith(QLatin1String("ret:"))) {
        const auto bars_ = count(t.mid(4), t, 1, 1000);
        if (!bars_)
            return bars_.error();
        std::vector<double> out(n, kNaN);
        for (std::size_t i = std::size_t(*bars_); i < n; ++i)
            out[i] = bars.close[i] / bars.close[i - std::size_t(*bars_)] - 1;
        return out;
    }
    if (t.startsWith(QLatin1String("ratio:"))) {
        auto base = indicatorColumn(t.mid(6), bars);
        if (!base)
            return base.error();
        std::vector<double> out(n, kNaN);
        for (std::size_t i = 0; i < n; ++i)
            out[i] = (*base)[i] != 0 ? bars.close[i] / (*base)[i] : kNaN;
        return out;
    }
    if (t.startsWith(QLatin1String("lag:"))) {
        const qsizetype colon = t.indexOf(QLatin1Char(':'), 4);
        if (colon < 0)
            return Error::invalidArgument(Text::tr("feature '%1': expected lag:K:FEATURE").arg(t));
        const auto k = count(t.mid(4, colon - 4), t, 1, 1000);
        if (!k)
            return k.error();
        auto inner = featureColumn(t.mid(colon + 1), bars);
        if (!inner)
            return inner.error();
        std::vector<double> out(n, kNaN);
        for (std::size_t i = std::size_t(*k); i < n; ++i)
            out[i] = (*inner)[i - std::size_t(*k)];
        return out;
    }
    return indicatorColumn(t, bars);
}

const std::vector<FeatureSet> &featureSets()
{
    static const std::vector<FeatureSet> sets = {
        {QStringLiteral("seed"), Text::tr("The seed's four (SMA 50, SMA 200, RSI 14, MACD)"), defaultFeatures()},
        {QStringLiteral("returns"), Text::tr("Returns and ratios (scale-free)"),
         {QStringLiteral("ret:1"), QStringLiteral("ret:5"), QStringLiteral("ret:20"), QStringLiteral("ratio:sma:50"),
          QStringLiteral("ratio:sma:200"), QStringLiteral("rsi:14")}},
    };
    return sets;
}

bool FeatureMatrix::defined(std::size_t t) const
{
    const double *r = row(t);
    return std::all_of(r, r + columns(), [](double v) { return std::isfinite(v); });
}

Result<FeatureMatrix> featureMatrix(const BarSeries &bars, const QStringList &features)
{
    if (features.isEmpty())
        return Error::invalidArgument(Text::tr("at least one feature is needed"));
    std::vector<std::vector<double>> columns;
    for (const QString &f : features) {
        auto column = featureColumn(f, bars);
        if (!column) {
            Error e = column.error();
            if (!e.message.contains(f))
                e.message = Text::tr("feature '%1': %2").arg(f, e.message);
            return e;
        }
        columns.push_back(std::move(*column));
    }
    FeatureMatrix m;
    m.features = features;
    m.x.resize(bars.size() * columns.size());
    for (std::size_t t = 0; t < bars.size(); ++t)
        for (std::size_t j = 0; j < columns.size(); ++j)
            m.x[t * columns.size() + j] = columns[j][t];
    return m;
}

Result<Dataset> buildDataset(const BarSeries &bars, const QStringList &features, int horizon)
{
    if (horizon < 1 || horizon > 250)
        return Error::invalidArgument(Text::tr("the horizon (%1) must lie in [1, 250] bars").arg(horizon));
    const auto matrix = featureMatrix(bars, features);
    if (!matrix)
        return matrix.error();
    Dataset d;
    d.features = features;
    d.horizon = horizon;
    const std::size_t n = bars.size();
    for (std::size_t t = 0; t + std::size_t(horizon) < n; ++t) {
        if (!matrix->defined(t))
            continue;
        d.x.insert(d.x.end(), matrix->row(t), matrix->row(t) + matrix->columns());
        d.y.push_back(directionLabel(bars, t, horizon));
        d.bar.push_back(t);
        d.day.push_back(bars.day[t]);
    }
    if (d.rows() == 0)
        return Error::invalidInput(Text::tr("not enough data: no bar has every feature defined and %1 bars after it").arg(horizon));
    return d;
}

} // namespace rutile::ml
