#include "reporting/RiskSections.h"

#include "report/ReportFormat.h"

#include <QCoreApplication>

namespace rutile::reporting {

using namespace report;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::reporting::RiskSections)
};

QJsonValue at(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}

} // namespace

ReportTable summaryStatisticsTable(const QJsonObject &r)
{
    ReportTable t;
    t.rows = {
        {Text::tr("Returns"), count(at(r, "count"))},
        {Text::tr("Mean daily return"), percent(at(r, "mean"), 3)},
        {Text::tr("Daily volatility"), percent(at(r, "std"), 3)},
        {Text::tr("Annualised mean"), percent(at(r, "annual_mean"))},
        {Text::tr("Annualised volatility"), percent(at(r, "annual_vol"))},
        {Text::tr("Short-term volatility (annualised)"), percent(at(r, "annual_short_term_vol"))},
        {Text::tr("Skewness"), ratio(at(r, "skewness"), 3)},
        {Text::tr("Excess kurtosis"), ratio(at(r, "excess_kurtosis"), 3)},
        {Text::tr("Worst day"), percent(at(r, "min")) + QStringLiteral(" (") + at(r, "min_date").toString() + QLatin1Char(')')},
        {Text::tr("Best day"), percent(at(r, "max")) + QStringLiteral(" (") + at(r, "max_date").toString() + QLatin1Char(')')},
        {Text::tr("Maximum drawdown"), percent(at(r, "max_drawdown"))},
    };
    return t;
}

ReportTable riskMeasuresTable(const QJsonObject &r)
{
    const double p = at(r, "var_level").toDouble(at(r, "options").toObject().value(QStringLiteral("var_level")).toDouble());
    const double s = at(r, "options").toObject().value(QStringLiteral("stress_level")).toDouble();
    ReportTable t;
    t.header = QStringList{Text::tr("Measure"), Text::tr("Left tail (losses)"), Text::tr("Right tail (gains)")};
    t.rows = {
        {Text::tr("Historical VaR at %1").arg(percent(p, 1)), percent(at(r, "var_left")), percent(at(r, "var_right"))},
        {Text::tr("Expected shortfall at %1").arg(percent(p, 1)), percent(at(r, "es_left")), percent(at(r, "es_right"))},
        {Text::tr("Gaussian VaR"), percent(at(r, "gaussian_var_left")), percent(at(r, "gaussian_var_right"))},
        {Text::tr("Cornish–Fisher VaR"), percent(at(r, "cornish_fisher_var_left")), percent(at(r, "cornish_fisher_var_right"))},
        {Text::tr("EVT stress value at %1").arg(percent(s, 2)), percent(at(r, "stress_left")), percent(at(r, "stress_right"))},
    };
    return t;
}

ReportTable tailsTable(const QJsonObject &r)
{
    const QJsonObject left = at(r, "gpd_left").toObject();
    const QJsonObject right = at(r, "gpd_right").toObject();
    ReportTable t;
    t.header = QStringList{Text::tr("GPD fit"), Text::tr("Left tail"), Text::tr("Right tail")};
    const auto row = [&](const QString &name, const auto &format) {
        t.rows.push_back({name, format(left), format(right)});
    };
    row(Text::tr("Threshold u"), [](const QJsonObject &g) { return percent(g.value(QStringLiteral("threshold"))); });
    row(Text::tr("Shape ξ"), [](const QJsonObject &g) { return ratio(g.value(QStringLiteral("xi")), 3); });
    row(Text::tr("Scale σ"), [](const QJsonObject &g) { return ratio(g.value(QStringLiteral("sigma")), 4); });
    row(Text::tr("Exceedances"), [](const QJsonObject &g) { return count(g.value(QStringLiteral("exceedances"))); });
    row(Text::tr("Fit"), [](const QJsonObject &g) {
        return g.value(QStringLiteral("converged")).toBool() ? Text::tr("converged") : Text::tr("not converged");
    });
    return t;
}

ReportTable benchmarkTable(const QJsonObject &r)
{
    ReportTable t;
    const auto v = [&](const char *key) { return at(r, key); };
    t.rows = {
        {Text::tr("Beta"), ratio(v("beta"), 3)},
        {Text::tr("Alpha (daily)"), percent(v("alpha"), 4)},
        {Text::tr("Alpha (annualised)"), percent(v("annual_alpha"))},
        {Text::tr("Correlation"), ratio(v("correlation"), 3)},
        {Text::tr("R²"), ratio(v("r_squared"), 3)},
        {Text::tr("Tracking error (annualised)"), percent(v("annual_tracking_error"))},
        {Text::tr("Information ratio"), ratio(v("information_ratio"), 3)},
    };
    return t;
}

} // namespace rutile::reporting
