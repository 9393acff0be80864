#include "relval/FairValue.h"

#include <QCoreApplication>

#include <cmath>

namespace rutile::relval {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::relval::FairValue)
};

Status inRange(const char *name, double value, double low, double high)
{
    if (!(value >= low && value <= high))
        return Error::invalidArgument(Text::tr("%1 (%2) out of range [%3, %4]")
                                          .arg(QLatin1String(name))
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
    for (Status s : {inRange("rate", in.rate, -0.1, 1), inRange("dividend yield", in.dividendYield, 0, 1),
                     inRange("days", in.days, 0, 3650), inRange("cost pct", in.costPct, 0, 10)}) {
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

} // namespace rutile::relval
