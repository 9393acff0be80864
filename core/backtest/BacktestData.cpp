#include "backtest/BacktestData.h"

#include "risk/RiskFreeRate.h"

#include "storage/Workspace.h"

#include <QCoreApplication>

namespace rutile::backtest {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};

} // namespace

Result<BacktestData> loadBacktestData(const Workspace &workspace, const DataSelection &selection)
{
    if (selection.symbol.isEmpty())
        return Error::invalidArgument(Text::tr("no symbol to trade"));
    // Everything up to `to`: the bars before `from` warm the indicators up.
    std::vector<BarSeries> legs;
    for (const QString &symbol : {selection.symbol, selection.pair}) {
        if (symbol.isEmpty())
            continue;
        auto bars = workspace.readBars(symbol, {}, selection.to);
        if (!bars)
            return bars.error();
        legs.push_back(std::move(*bars));
    }
    auto aligned = trading::MarketData::aligned(std::move(legs));
    if (!aligned)
        return aligned.error();
    BacktestData out {std::move(*aligned), {}};
    if (!selection.benchmark.isEmpty()) {
        auto benchmark = workspace.readBars(selection.benchmark, {}, selection.to);
        if (!benchmark)
            return benchmark.error();
        out.data.setBenchmark(std::move(*benchmark));
    }
    const auto range = tradedRange(out.data, selection.from, selection.symbol);
    if (!range)
        return range.error();
    out.range = *range;
    if (!selection.riskFreeSymbol.isEmpty()) {
        const BarSeries &traded = out.data.leg(0);
        const auto rates = workspace.readBars(selection.riskFreeSymbol);
        if (!rates)
            return rates.error();
        const auto rate = risk::meanAnnualRate(*rates, traded.day[out.range.first], traded.day[out.range.last - 1],
                                               selection.riskFreeSymbol);
        if (!rate)
            return rate.error();
        out.riskFreeRate = *rate;
    }
    return out;
}

BacktestConfig BacktestData::apply(BacktestConfig config) const
{
    if (riskFreeRate)
        config.metrics.riskFreeRate = *riskFreeRate;
    return config;
}

Result<RunOptions> tradedRange(const trading::MarketData &data, QDate from, const QString &symbol)
{
    RunOptions range;
    range.first = from.isValid() ? data.leg(0).lowerBound(toDayNumber(from)) : 0;
    range.last = data.size();
    if (range.last < range.first + 2)
        return Error::invalidInput(Text::tr("not enough data: %1 has fewer than 2 bars between the dates given").arg(symbol));
    return range;
}

} // namespace rutile::backtest
