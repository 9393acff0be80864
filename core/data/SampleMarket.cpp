#include "data/SampleMarket.h"

#include "data/SeededNormals.h"

#include <cmath>
#include <random>

namespace rutile {

namespace {

bool isTradingDay(QDate d)
{
    const int weekday = d.dayOfWeek();
    if (weekday >= 6)
        return false;
    return !((d.month() == 1 && d.day() == 1) || (d.month() == 12 && d.day() == 25));
}

struct IndexState {
    const SampleMarketModel::Index &params;
    double longRunVariance;
    double omega;
    double variance;
    double close;

    explicit IndexState(const SampleMarketModel::Index &p)
        : params(p)
        , longRunVariance(p.annualVolatility * p.annualVolatility / 252.0)
        , omega(longRunVariance * (1.0 - p.alpha - p.beta))
        , variance(longRunVariance)
        , close(p.startPrice)
    {
    }
};

void step(IndexState &s, double shock, SeededNormals &rng, DayNumber day, double years, BarSeries &out)
{
    const double sigma = std::sqrt(s.variance);
    const double drift = s.params.annualDrift / 252.0;
    const double previousClose = s.close;
    s.close = previousClose * std::exp(drift - 0.5 * s.variance + sigma * shock);
    const double open = previousClose * std::exp(0.2 * sigma * rng.next());
    const double high = std::max(open, s.close) * std::exp(0.6 * sigma * std::abs(rng.next()));
    const double low = std::min(open, s.close) * std::exp(-0.6 * sigma * std::abs(rng.next()));
    const double volume = std::round(s.params.baseVolume * std::pow(1.03, years) * (sigma / std::sqrt(s.longRunVariance))
                                     * std::exp(0.25 * rng.next()));
    out.append(Bar{day, open, high, low, s.close, s.close, volume});
    s.variance = s.omega + s.params.alpha * s.variance * shock * shock + s.params.beta * s.variance;
}

} // namespace

SampleMarket generateSampleMarket(const SampleMarketModel &model)
{
    SampleMarket market;
    market.smallCap.symbol = QStringLiteral("SYN-SMALL");
    market.largeCap.symbol = QStringLiteral("SYN-LARGE");
    const auto days = static_cast<std::size_t>(model.firstDate.daysTo(model.lastDate) + 1);
    market.smallCap.reserve(days * 5 / 7 + 1);
    market.largeCap.reserve(days * 5 / 7 + 1);

    SeededNormals rng(model.seed);
    IndexState small(model.smallCap);
    IndexState large(model.largeCap);
    const double rho = model.correlation;
    const double nu = model.degreesOfFreedom;
    for (QDate d = model.firstDate; d <= model.lastDate; d = d.addDays(1)) {
        if (!isTradingDay(d))
            continue;
        const double z1 = rng.next();
        const double z2 = rho * z1 + std::sqrt(1.0 - rho * rho) * rng.next();
        double chiSquare = 0;
        for (int k = 0; k < model.degreesOfFreedom; ++k) {
            const double z = rng.next();
            chiSquare += z * z;
        }
        const double scale = std::sqrt((nu - 2.0) / chiSquare);
        const double years = model.firstDate.daysTo(d) / 365.25;
        const DayNumber day = toDayNumber(d);
        step(small, z1 * scale, rng, day, years, market.smallCap);
        step(large, z2 * scale, rng, day, years, market.largeCap);
    }
    return market;
}

} // namespace rutile
