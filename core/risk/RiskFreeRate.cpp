#include "risk/RiskFreeRate.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

#include <cmath>

namespace rutile::risk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::risk::RiskFreeRate)
};
} // namespace

Result<double> meanAnnualRate(const BarSeries &rates, DayNumber from, DayNumber to, const QString &symbol)
{
    double sum = 0;
    std::size_t n = 0;
    for (std::size_t i = rates.lowerBound(from); i < rates.size() && rates.day[i] <= to; ++i) {
        if (std::isfinite(rates.close[i])) {
            sum += rates.close[i];
            ++n;
        }
    }
    if (n == 0)
        return Error::invalidInput(Text::tr("the risk-free series %1 has no value from %2 to %3")
                                       .arg(symbol, toDate(from).toString(Qt::ISODate), toDate(to).toString(Qt::ISODate)));
    const double percent = sum / double(n);
    if (!(percent >= -10 && percent <= 100))
        return Error::invalidInput(Text::tr("the risk-free series %1 averages %2 from %3 to %4: not an annual rate in percent")
                                       .arg(symbol)
                                       .arg(percent)
                                       .arg(toDate(from).toString(Qt::ISODate), toDate(to).toString(Qt::ISODate)));
    return percent / 100.0;
}

Result<double> riskFreeRateFrom(const Workspace &workspace, const QString &symbol, QDate from, QDate to)
{
    const auto rates = workspace.readBars(symbol, from, to);
    if (!rates)
        return rates.error();
    return meanAnnualRate(*rates, from.isValid() ? toDayNumber(from) : std::numeric_limits<DayNumber>::min(),
                          to.isValid() ? toDayNumber(to) : std::numeric_limits<DayNumber>::max(), symbol);
}

} // namespace rutile::risk
