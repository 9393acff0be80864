#include "relval/FairValue.h"

#include <QCoreApplication>

#include <cmath>

namespace rutile::relval {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::relval::FairValue)
};

Status inRange(const QString &name, double value, double low, double high)
{
    if (!(value >= low && value <= high))
        return Error::invalidArgument(Text::tr("%1 (%2) out of range [%3, %4]")
                                          .arg(name)
                                          .arg(value)
                                          .arg(low)
                                          .arg(high));
    return {};
}

} // namespace

QString fairValueSignalName(FairValueSignal signal)
{
    switch (signal) {
    case FairValueSignal::BuyFutures: return QStringLiteral("buy_futures");
    case FairValueSignal::SellFutures: return QStringLiteral("sell_futures");
    case FairValueSignal::None: break;
    }
    return QStringLiteral("none");
}

Result<FairValueResult> fairValue(const FairValueInput &in)
{
    if (!(in.spot > 0) || !std::isfinite(in.spot))
        return Error::invalidArgument(Text::tr("the spot (%1) must be a positive number").arg(in.spot));
    for (Status s : {inRange(Text::tr("rate"), in.rate, -0.1, 1), inRange(Text::tr("dividend yield"), in.dividendYield, 0, 1),
                     inRange(Text::tr("days"), in.days, 0, 3650), inRange(Text::tr("cost (%)"), in.costPct, 0, 10)}) {
        if (!s)
            return s.error();
    }
    if (!std::isnan(in.futures) && !(in.futures > 0 && std::isfinite(in.futures)))
        return Error::invalidArgument(Text::tr("the futures price (%1) must be a positive number").arg(in.futures));
    FairValueResult out;
    for (const Dividend &d : in.dividends) {
        if (!(d.amount >= 0) || d.days < 0 || d.days > in.days)
            return Error::invalidArgument(Text::tr("a dividend of %1 in %2 days: the amount must be ≥ 0 and the day "
                                                   "within the %3 days to expiry")
                                              .arg(d.amount)
                                              .arg(d.days)
                                              .arg(in.days));
        out.dividendsPresentValue += d.amount * std::exp(-in.rate * d.days / 365.0);
    }
    if (out.dividendsPresentValue >= in.spot)
        return Error::invalidArgument(Text::tr("the dividends (%1 today) are worth the index or more").arg(out.dividendsPresentValue));
    const double t = in.days / 365.0;
    out.fairValue = (in.spot - out.dividendsPresentValue) * std::exp((in.rate - in.dividendYield) * t);
    const double cost = in.costPct / 100 * in.spot;
    out.bandLow = out.fairValue - cost;
    out.bandHigh = out.fairValue + cost;
    if (!std::isnan(in.futures)) {
        out.basis = in.futures - in.spot;
        out.mispricing = in.futures - out.fairValue;
        out.profitAfterCosts = std::abs(out.mispricing) - cost;
        if (in.futures > out.bandHigh)
            out.signal = FairValueSignal::SellFutures;
        else if (in.futures < out.bandLow)
            out.signal = FairValueSignal::BuyFutures;
    }
    return out;
}

int daysToQuarterlyExpiry(QDate day)
{
    for (int k = 0; k < 2; ++k) {
        // The quarter month of this quarter, then of the next one.
        const int month = ((day.month() - 1) / 3) * 3 + 3 + 3 * k;
        const QDate first(day.year() + (month - 1) / 12, (month - 1) % 12 + 1, 1);
        const QDate thirdFriday = first.addDays((5 - first.dayOfWeek() + 7) % 7 + 14);
        if (thirdFriday >= day)
            return int(day.daysTo(thirdFriday));
    }
    return 0; // unreachable: the next quarter's expiry is always ahead
}

Result<std::vector<FairValuePoint>> fairValueHistory(const BarSeries &spot, const BarSeries &futures,
                                                     const BarSeries *rates, const FairValueHistoryInput &input)
{
    std::vector<FairValuePoint> out;
    std::size_t r = 0;
    double rate = input.rate;
    for (std::size_t i = 0, j = 0; i < spot.size() && j < futures.size();) {
        if (spot.day[i] < futures.day[j]) {
            ++i;
            continue;
        }
        if (futures.day[j] < spot.day[i]) {
            ++j;
            continue;
        }
        const DayNumber day = spot.day[i];
        if (rates) {
            while (r < rates->size() && rates->day[r] <= day) {
                if (std::isfinite(rates->close[r]))
                    rate = rates->close[r] / 100;
                ++r;
            }
        }
        FairValueInput in;
        in.spot = spot.close[i];
        in.futures = futures.close[j];
        in.rate = rate;
        in.dividendYield = input.dividendYield;
        in.costPct = input.costPct;
        in.days = daysToQuarterlyExpiry(toDate(day));
        const auto value = fairValue(in);
        if (!value) {
            Error e = value.error();
            e.message = Text::tr("%1: %2").arg(toDate(day).toString(Qt::ISODate), e.message);
            return e;
        }
        out.push_back({day, in.days, in.spot, in.futures, rate, value->fairValue, value->basis, value->mispricing, value->signal});
        ++i;
        ++j;
    }
    if (out.empty())
        return Error::invalidInput(Text::tr("%1 and %2 have no common day").arg(spot.symbol, futures.symbol));
    return out;
}

} // namespace rutile::relval
