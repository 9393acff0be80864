#include "risk/RiskJson.h"

#include "util/JsonNumber.h"

#include <QJsonArray>

#include <cmath>

namespace rutile::risk {

namespace {

QJsonValue dateOf(DayNumber day)
{
    return QJsonValue(toDate(day).toString(Qt::ISODate));
}

QJsonValue dateAt(const RiskReport &r, std::optional<std::size_t> index)
{
    return index && *index < r.day.size() ? dateOf(r.day[*index]) : QJsonValue(QJsonValue::Null);
}

QJsonObject gpdJson(const PotResult &pot)
{
    const GpdFit &f = pot.fit;
    return QJsonObject {
        {QStringLiteral("threshold"), jsonNumber(pot.threshold)},
        {QStringLiteral("threshold_quantile"), jsonNumber(pot.thresholdQuantile)},
        {QStringLiteral("xi"), f.fitted ? jsonNumber(f.xi) : QJsonValue()},
        {QStringLiteral("sigma"), f.fitted ? jsonNumber(f.sigma) : QJsonValue()},
        {QStringLiteral("se_xi"), f.fitted ? jsonNumber(f.seXi) : QJsonValue()},
        {QStringLiteral("se_sigma"), f.fitted ? jsonNumber(f.seSigma) : QJsonValue()},
        {QStringLiteral("exceedances"), qint64(pot.exceedanceCount)},
        {QStringLiteral("sample_size"), qint64(pot.sampleSize)},
        {QStringLiteral("converged"), f.converged},
        {QStringLiteral("status"), gpdFitStatusKey(f.status)},
        {QStringLiteral("log_likelihood"), f.fitted ? jsonNumber(f.logLikelihood) : QJsonValue()},
        {QStringLiteral("score"), f.fitted ? jsonNumber(f.score) : QJsonValue()},
        {QStringLiteral("stress_level"), jsonNumber(pot.stressLevel)},
        {QStringLiteral("stress_value"), jsonNumber(pot.stressValue)},
    };
}

} // namespace

QString riskWarningKey(RiskWarningKind kind)
{
    switch (kind) {
    case RiskWarningKind::FewExceedances:
        return QStringLiteral("few_exceedances");
    case RiskWarningKind::GpdNotFitted:
        return QStringLiteral("gpd_not_fitted");
    case RiskWarningKind::GpdNotConverged:
        return QStringLiteral("gpd_not_converged");
    case RiskWarningKind::GpdIrregular:
        return QStringLiteral("gpd_irregular");
    case RiskWarningKind::ShortHistory:
        return QStringLiteral("short_history");
    case RiskWarningKind::BenchmarkShortOverlap:
        return QStringLiteral("benchmark_short_overlap");
    case RiskWarningKind::BenchmarkNoOverlap:
        return QStringLiteral("benchmark_no_overlap");
    }
    return {};
}

QString gpdFitStatusKey(GpdFitStatus status)
{
    switch (status) {
    case GpdFitStatus::Converged:
        return QStringLiteral("converged");
    case GpdFitStatus::TooFewExceedances:
        return QStringLiteral("too_few_exceedances");
    case GpdFitStatus::Degenerate:
        return QStringLiteral("degenerate");
    case GpdFitStatus::ShapeAtBound:
        return QStringLiteral("shape_at_bound");
    case GpdFitStatus::ScoreNotZero:
        return QStringLiteral("score_not_zero");
    case GpdFitStatus::InformationNotPositive:
        return QStringLiteral("information_not_positive");
    }
    return {};
}

QJsonObject riskReportToJson(const RiskReport &r)
{
    const ReturnStatistics &s = r.stats;
    const RiskOptions &o = r.options;
    QJsonObject j;
    j.insert(QStringLiteral("symbol"), r.name);
    j.insert(QStringLiteral("returns"), returnTypeName(o.returnType));
    j.insert(QStringLiteral("first_date"), r.day.empty() ? QJsonValue() : dateOf(r.day.front()));
    j.insert(QStringLiteral("last_date"), r.day.empty() ? QJsonValue() : dateOf(r.day.back()));
    j.insert(QStringLiteral("options"),
        QJsonObject {{QStringLiteral("var_level"), o.varLevel},
            {QStringLiteral("threshold_quantile"), o.thresholdQuantile},
            {QStringLiteral("stress_level"), o.stressLevel}, {QStringLiteral("short_window"), o.shortTermWindow},
            {QStringLiteral("benchmark_window"), o.benchmarkWindow},
            {QStringLiteral("trading_days"), o.tradingDaysPerYear}, {QStringLiteral("risk_free"), o.riskFreeRate}});

    j.insert(QStringLiteral("count"), qint64(s.count));
    j.insert(QStringLiteral("mean"), jsonNumber(s.mean));
    j.insert(QStringLiteral("std"), jsonNumber(s.stdDev));
    j.insert(QStringLiteral("skewness"), jsonNumber(s.skewness));
    j.insert(QStringLiteral("excess_kurtosis"), jsonNumber(s.excessKurtosis));
    j.insert(QStringLiteral("annual_mean"), jsonNumber(s.annualMean));
    j.insert(QStringLiteral("annual_vol"), jsonNumber(s.annualVolatility));
    j.insert(QStringLiteral("min"), jsonNumber(s.min));
    j.insert(QStringLiteral("min_date"), s.count ? dateOf(s.minDay) : QJsonValue());
    j.insert(QStringLiteral("max"), jsonNumber(s.max));
    j.insert(QStringLiteral("max_date"), s.count ? dateOf(s.maxDay) : QJsonValue());
    j.insert(QStringLiteral("long_term_vol"), jsonNumber(s.stdDev));
    j.insert(QStringLiteral("short_term_vol"), jsonNumber(s.shortTermVolatility));
    j.insert(QStringLiteral("annual_short_term_vol"), jsonNumber(s.annualShortTermVolatility));
    j.insert(QStringLiteral("short_term_count"), qint64(s.shortTermCount));

    j.insert(QStringLiteral("var_level"), o.varLevel);
    j.insert(QStringLiteral("var_left"), jsonNumber(r.left.historical.var));
    j.insert(QStringLiteral("var_right"), jsonNumber(r.right.historical.var));
    j.insert(QStringLiteral("es_left"), jsonNumber(r.left.historical.expectedShortfall));
    j.insert(QStringLiteral("es_right"), jsonNumber(r.right.historical.expectedShortfall));
    j.insert(QStringLiteral("gaussian_var_left"), jsonNumber(r.left.gaussianVar));
    j.insert(QStringLiteral("gaussian_var_right"), jsonNumber(r.right.gaussianVar));
    j.insert(QStringLiteral("cornish_fisher_var_left"), jsonNumber(r.left.cornishFisherVar));
    j.insert(QStringLiteral("cornish_fisher_var_right"), jsonNumber(r.right.cornishFisherVar));
    j.insert(QStringLiteral("stress_level"), o.stressLevel);
    j.insert(QStringLiteral("stress_left"), jsonNumber(r.left.pot.stressReturn));
    j.insert(QStringLiteral("stress_right"), jsonNumber(r.right.pot.stressReturn));
    j.insert(QStringLiteral("gpd_left"), gpdJson(r.left.pot));
    j.insert(QStringLiteral("gpd_right"), gpdJson(r.right.pot));

    const DrawdownReport &d = r.drawdown;
    j.insert(QStringLiteral("max_drawdown"), jsonNumber(d.maxDrawdown));
    j.insert(QStringLiteral("max_drawdown_peak"), d.worst ? dateAt(r, d.worst->peak) : QJsonValue());
    j.insert(QStringLiteral("max_drawdown_trough"), d.worst ? dateAt(r, d.worst->trough) : QJsonValue());
    j.insert(QStringLiteral("max_drawdown_recovery"), d.worst ? dateAt(r, d.worst->recovery) : QJsonValue());
    if (d.longest) {
        j.insert(QStringLiteral("longest_drawdown"),
            QJsonObject {{QStringLiteral("peak"), dateAt(r, d.longest->peak)},
                {QStringLiteral("trough"), dateAt(r, d.longest->trough)},
                {QStringLiteral("recovery"), dateAt(r, d.longest->recovery)},
                {QStringLiteral("bars"), qint64(d.longest->lengthBars)},
                {QStringLiteral("depth"), jsonNumber(d.longest->depth)},
                {QStringLiteral("recovered"), d.longest->recovery.has_value()}});
    } else {
        j.insert(QStringLiteral("longest_drawdown"), QJsonValue());
    }

    if (r.benchmark) {
        const BenchmarkStats &b = *r.benchmark;
        j.insert(QStringLiteral("benchmark"), b.symbol);
        j.insert(QStringLiteral("benchmark_count"), qint64(b.count));
        j.insert(QStringLiteral("beta"), jsonNumber(b.beta));
        j.insert(QStringLiteral("alpha"), jsonNumber(b.alpha));
        j.insert(QStringLiteral("annual_alpha"), jsonNumber(b.annualAlpha));
        j.insert(QStringLiteral("correlation"), jsonNumber(b.correlation));
        j.insert(QStringLiteral("r_squared"), jsonNumber(b.rSquared));
        j.insert(QStringLiteral("tracking_error"), jsonNumber(b.trackingError));
        j.insert(QStringLiteral("annual_tracking_error"), jsonNumber(b.annualTrackingError));
        j.insert(QStringLiteral("information_ratio"), jsonNumber(b.informationRatio));
        j.insert(QStringLiteral("rolling_window"), b.window);
    }

    QJsonArray warnings;
    for (const RiskWarning &w : r.warnings) {
        QJsonObject o2 {{QStringLiteral("kind"), riskWarningKey(w.kind)}, {QStringLiteral("message"), w.message}};
        o2.insert(QStringLiteral("tail"),
            w.tail ? QJsonValue(*w.tail == Tail::Left ? QStringLiteral("left") : QStringLiteral("right"))
                   : QJsonValue());
        warnings.append(o2);
    }
    j.insert(QStringLiteral("warnings"), warnings);
    return j;
}

} // namespace rutile::risk
