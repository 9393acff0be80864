#include "relval/FairValueOutput.h"

#include "report/CsvWriter.h"
#include "util/JsonNumber.h"
#include "util/NumberText.h"

namespace rutile::relval {

QJsonObject fairValueJson(const FairValueInput &in, const FairValueResult &r)
{
    return QJsonObject{{QStringLiteral("fair_value"), jsonNumber(r.fairValue)},
                       {QStringLiteral("basis"), jsonNumber(r.basis)},
                       {QStringLiteral("mispricing"), jsonNumber(r.mispricing)},
                       {QStringLiteral("band_low"), jsonNumber(r.bandLow)},
                       {QStringLiteral("band_high"), jsonNumber(r.bandHigh)},
                       {QStringLiteral("signal"), fairValueSignalName(r.signal)},
                       {QStringLiteral("profit_after_costs"), jsonNumber(r.profitAfterCosts)},
                       {QStringLiteral("spot"), in.spot},
                       {QStringLiteral("rate"), in.rate},
                       {QStringLiteral("dividend_yield"), in.dividendYield},
                       {QStringLiteral("days"), in.days},
                       {QStringLiteral("dividends_present_value"), r.dividendsPresentValue},
                       {QStringLiteral("futures"), jsonNumber(in.futures)},
                       {QStringLiteral("cost"), in.costPct / 100}};
}

QJsonObject fairValueHistoryJson(std::span<const FairValuePoint> points, const QString &spot, const QString &futures,
                                 const FairValueHistoryInput &input)
{
    double basis = 0, mispricing = 0;
    qint64 outside = 0;
    for (const FairValuePoint &p : points) {
        basis += p.basis;
        mispricing += p.mispricing;
        outside += p.signal != FairValueSignal::None;
    }
    const double n = double(points.size());
    QJsonObject o{{QStringLiteral("spot_symbol"), spot},
                  {QStringLiteral("futures_symbol"), futures},
                  {QStringLiteral("n"), qint64(points.size())},
                  {QStringLiteral("dividend_yield"), input.dividendYield},
                  {QStringLiteral("cost"), input.costPct / 100}};
    if (points.empty())
        return o;
    const FairValuePoint &last = points.back();
    o.insert(QStringLiteral("first_date"), jsonDate(toDate(points.front().day)));
    o.insert(QStringLiteral("last_date"), jsonDate(toDate(last.day)));
    o.insert(QStringLiteral("mean_basis"), jsonNumber(basis / n));
    o.insert(QStringLiteral("mean_mispricing"), jsonNumber(mispricing / n));
    o.insert(QStringLiteral("days_outside_band"), outside);
    o.insert(QStringLiteral("share_outside_band"), jsonNumber(double(outside) / n));
    o.insert(QStringLiteral("last"), QJsonObject{{QStringLiteral("date"), jsonDate(toDate(last.day))},
                                                 {QStringLiteral("days_to_expiry"), last.daysToExpiry},
                                                 {QStringLiteral("spot"), jsonNumber(last.spot)},
                                                 {QStringLiteral("futures"), jsonNumber(last.futures)},
                                                 {QStringLiteral("rate"), jsonNumber(last.rate)},
                                                 {QStringLiteral("fair_value"), jsonNumber(last.fairValue)},
                                                 {QStringLiteral("basis"), jsonNumber(last.basis)},
                                                 {QStringLiteral("mispricing"), jsonNumber(last.mispricing)},
                                                 {QStringLiteral("signal"), fairValueSignalName(last.signal)}});
    return o;
}

Status writeFairValueHistoryCsv(QIODevice &device, std::span<const FairValuePoint> points)
{
    CsvWriter csv(device);
    csv.fields({"date", "days_to_expiry", "spot", "futures", "rate", "fair_value", "basis", "mispricing", "signal"});
    if (Status s = csv.endRecord(); !s)
        return s;
    for (const FairValuePoint &p : points) {
        csv.field(toDate(p.day).toString(Qt::ISODate))
            .field(QString::number(p.daysToExpiry))
            .field(shortestNumberText(p.spot))
            .field(shortestNumberText(p.futures))
            .field(shortestNumberText(p.rate))
            .field(shortestNumberText(p.fairValue))
            .field(shortestNumberText(p.basis))
            .field(shortestNumberText(p.mispricing))
            .field(fairValueSignalName(p.signal));
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

} // namespace rutile::relval
