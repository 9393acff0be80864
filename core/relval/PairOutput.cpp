#include "relval/PairOutput.h"

#include "params/ParamJson.h"
#include "report/CsvWriter.h"
#include "util/JsonNumber.h"
#include "util/NumberText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace rutile::relval {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::relval::PairOutput)
};

QString cell(double v)
{
    return std::isfinite(v) ? shortestNumberText(v) : QString();
}

double last(const std::vector<double> &v)
{
    return v.empty() ? std::nan("") : v.back();
}

} // namespace

QString cointegrationVerdict(const EngleGrangerResult &t)
{
    const QString p = QString::number(t.pvalue, 'g', 2);
    if (t.tstat < t.critical1)
        return Text::tr("cointegrated at 1 % (p = %1)").arg(p);
    if (t.tstat < t.critical5)
        return Text::tr("cointegrated at 5 % (p = %1)").arg(p);
    if (t.tstat < t.critical10)
        return Text::tr("weakly cointegrated: at 10 %, not at 5 % (p = %1)").arg(p);
    return Text::tr("not cointegrated at 5 % (p = %1)").arg(p);
}

QJsonObject pairJson(const PairAnalysis &a)
{
    const EngleGrangerResult &t = a.test;
    QJsonObject o{
        {QStringLiteral("y"), a.y},
        {QStringLiteral("x"), a.x},
        {QStringLiteral("n"), qint64(t.n)},
        {QStringLiteral("first_date"), jsonDate(toDate(a.days.front()))},
        {QStringLiteral("last_date"), jsonDate(toDate(a.days.back()))},
        {QStringLiteral("hedge_ratio"), jsonNumber(t.hedgeRatio)},
        {QStringLiteral("intercept"), jsonNumber(t.intercept)},
        {QStringLiteral("eg_tstat"), jsonNumber(t.tstat)},
        {QStringLiteral("eg_pvalue"), jsonNumber(t.pvalue)},
        {QStringLiteral("eg_critical"), QJsonObject{{QStringLiteral("1%"), jsonNumber(t.critical1)},
                                                    {QStringLiteral("5%"), jsonNumber(t.critical5)},
                                                    {QStringLiteral("10%"), jsonNumber(t.critical10)}}},
        {QStringLiteral("adf_lags"), t.adfLags},
        {QStringLiteral("halflife_days"), jsonNumber(a.halfLifeDays)},
        {QStringLiteral("spread_last"), jsonNumber(last(t.residuals))},
        {QStringLiteral("zscore_last"), jsonNumber(last(a.zscore))},
        {QStringLiteral("verdict"), cointegrationVerdict(t)},
        {QStringLiteral("rolling_beta_last"), jsonNumber(last(a.rollingBeta))},
        {QStringLiteral("kalman_beta_last"), jsonNumber(last(a.kalmanBeta))},
        {QStringLiteral("settings"), paramsJson(pairParamSpecs(), pairParamsFromSettings(a.settings))},
    };
    QJsonArray rolling;
    int held = 0;
    for (const RollingCointegration &r : a.rolling) {
        rolling.append(QJsonObject{{QStringLiteral("date"), jsonDate(toDate(r.day))},
                                   {QStringLiteral("eg_tstat"), jsonNumber(r.tstat)},
                                   {QStringLiteral("eg_pvalue"), jsonNumber(r.pvalue)},
                                   {QStringLiteral("hedge_ratio"), jsonNumber(r.hedgeRatio)},
                                   {QStringLiteral("halflife_days"), jsonNumber(r.halfLife)}});
        held += r.pvalue < 0.05;
    }
    o.insert(QStringLiteral("rolling"), rolling);
    // The share of rolling windows cointegrated at 5 %: how often the relationship held.
    o.insert(QStringLiteral("rolling_share_5pct"), a.rolling.empty() ? QJsonValue() : QJsonValue(double(held) / double(a.rolling.size())));
    return o;
}

Status writePairCsv(QIODevice &device, const PairAnalysis &a)
{
    CsvWriter csv(device);
    csv.fields({"date", "log_y", "log_x", "spread", "zscore", "rolling_beta", "kalman_beta"});
    if (Status s = csv.endRecord(); !s)
        return s;
    for (std::size_t i = 0; i < a.days.size(); ++i) {
        csv.field(toDate(a.days[i]).toString(Qt::ISODate))
            .field(cell(a.logY[i]))
            .field(cell(a.logX[i]))
            .field(cell(a.test.residuals[i]))
            .field(cell(a.zscore[i]))
            .field(cell(a.rollingBeta[i]))
            .field(cell(a.kalmanBeta[i]));
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

Status writeRollingCsv(QIODevice &device, const PairAnalysis &a)
{
    CsvWriter csv(device);
    csv.fields({"date", "eg_tstat", "eg_pvalue", "hedge_ratio", "halflife_days"});
    if (Status s = csv.endRecord(); !s)
        return s;
    for (const RollingCointegration &r : a.rolling) {
        csv.field(toDate(r.day).toString(Qt::ISODate))
            .field(cell(r.tstat))
            .field(cell(r.pvalue))
            .field(cell(r.hedgeRatio))
            .field(cell(r.halfLife));
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

} // namespace rutile::relval
