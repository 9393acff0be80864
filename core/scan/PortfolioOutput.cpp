#include "scan/PortfolioOutput.h"

#include "backtest/ResultJson.h"
#include "params/ParamJson.h"
#include "report/CsvWriter.h"
#include "risk/RiskJson.h"
#include "util/JsonNumber.h"
#include "util/NumberText.h"

#include <QJsonArray>

#include <cmath>

namespace rutile::scan {

namespace {

QString symbolAt(const PortfolioResult &result, qsizetype position)
{
    return position >= 0 && position < result.symbols.size() ? result.symbols[position] : QString();
}

QString numberCell(double value)
{
    return std::isfinite(value) ? shortestNumberText(value) : QString();
}

} // namespace

QJsonObject portfolioJson(const PortfolioResult &result, const PortfolioRequest &request, const QString &list)
{
    const backtest::PerformanceStats &p = result.performance;
    const backtest::TradeStats &t = result.tradeStats;
    QJsonObject o{
        {QStringLiteral("kind"), QStringLiteral("portfolio")},
        {QStringLiteral("list"), list},
        {QStringLiteral("list_size"), qint64(request.symbols.size())},
        {QStringLiteral("rank"), request.rank.text},
        {QStringLiteral("filter"), request.filter ? QJsonValue(request.filter->text) : QJsonValue()},
        {QStringLiteral("settings"),
         paramsJson(portfolioParamSpecs(), portfolioParamsFromSettings(request.settings))},
        {QStringLiteral("config"), backtest::configJson(request.config)},
        {QStringLiteral("first_date"), result.days.empty() ? QJsonValue() : jsonDate(toDate(result.days.front()))},
        {QStringLiteral("last_date"), result.days.empty() ? QJsonValue() : jsonDate(toDate(result.days.back()))},
        {QStringLiteral("trades"), t.trades},
        {QStringLiteral("final_equity"), jsonNumber(p.finalEquity)},
        {QStringLiteral("total_return"), jsonNumber(p.totalReturn)},
        {QStringLiteral("cagr"), jsonNumber(p.cagr)},
        {QStringLiteral("sharpe"), jsonNumber(p.sharpe)},
        {QStringLiteral("sortino"), jsonNumber(p.sortino)},
        {QStringLiteral("calmar"), jsonNumber(p.calmar)},
        {QStringLiteral("max_drawdown"), jsonNumber(p.maxDrawdown)},
        {QStringLiteral("annual_volatility"), jsonNumber(p.annualVolatility)},
        {QStringLiteral("win_rate"), jsonNumber(t.winRate)},
        {QStringLiteral("profit_factor"), jsonNumber(t.profitFactor)},
        {QStringLiteral("exposure"), jsonNumber(p.averageGrossExposure)},
        {QStringLiteral("total_commission"), jsonNumber(t.totalCommission)},
        {QStringLiteral("annual_turnover"), jsonNumber(result.annualTurnover)},
        {QStringLiteral("average_bars_held"), jsonNumber(t.averageBarsHeld)},
    };
    if (!result.benchmarkSymbol.isEmpty()) {
        o.insert(QStringLiteral("benchmark"), result.benchmarkSymbol);
        o.insert(QStringLiteral("beta"), jsonNumber(result.benchmark.beta));
        o.insert(QStringLiteral("alpha"), jsonNumber(result.benchmark.annualAlpha));
        const backtest::PerformanceStats &b = result.benchmarkHeld;
        o.insert(QStringLiteral("benchmark_held"),
                 QJsonObject{{QStringLiteral("final_equity"), jsonNumber(b.finalEquity)},
                             {QStringLiteral("total_return"), jsonNumber(b.totalReturn)},
                             {QStringLiteral("cagr"), jsonNumber(b.cagr)},
                             {QStringLiteral("annual_volatility"), jsonNumber(b.annualVolatility)},
                             {QStringLiteral("sharpe"), jsonNumber(b.sharpe)},
                             {QStringLiteral("max_drawdown"), jsonNumber(b.maxDrawdown)}});
    }
    QJsonArray rebalances;
    for (const PortfolioRebalance &r : result.rebalances) {
        QJsonArray targets;
        for (const PortfolioTarget &target : r.targets)
            targets.append(QJsonObject{{QStringLiteral("symbol"), symbolAt(result, target.position)},
                                       {QStringLiteral("score"), jsonNumber(target.score)},
                                       {QStringLiteral("weight"), jsonNumber(target.weight)},
                                       {QStringLiteral("units"), jsonNumber(target.units)}});
        rebalances.append(QJsonObject{{QStringLiteral("date"), jsonDate(toDate(r.day))},
                                      {QStringLiteral("candidates"), r.candidates},
                                      {QStringLiteral("targets"), targets}});
    }
    o.insert(QStringLiteral("rebalances"), rebalances);
    // The book before the run's last day, which sells everything.
    QJsonArray holdings;
    for (auto it = result.snapshots.rbegin(); it != result.snapshots.rend(); ++it) {
        if (it->day == result.days.back())
            continue;
        for (const PortfolioHolding &h : it->holdings)
            holdings.append(QJsonObject{{QStringLiteral("symbol"), symbolAt(result, h.position)},
                                        {QStringLiteral("units"), jsonNumber(h.units)},
                                        {QStringLiteral("weight"), jsonNumber(h.weight)}});
        break;
    }
    o.insert(QStringLiteral("last_holdings"), holdings);
    QJsonArray skipped;
    for (const ScanSkip &s : result.skipped)
        skipped.append(QJsonObject{{QStringLiteral("symbol"), s.symbol}, {QStringLiteral("reason"), s.reason}});
    o.insert(QStringLiteral("skipped"), skipped);
    if (result.risk)
        o.insert(QStringLiteral("risk"), risk::riskReportToJson(*result.risk));
    return o;
}

Status writePortfolioHoldingsCsv(QIODevice &device, const PortfolioResult &result)
{
    CsvWriter csv(device);
    csv.fields({"date", "symbol", "units", "close", "weight"});
    if (Status s = csv.endRecord(); !s)
        return s;
    for (const PortfolioSnapshot &snapshot : result.snapshots) {
        const QString date = toDate(snapshot.day).toString(Qt::ISODate);
        for (const PortfolioHolding &h : snapshot.holdings) {
            csv.field(date).field(symbolAt(result, h.position)).field(numberCell(h.units)).field(numberCell(h.close))
                .field(numberCell(h.weight));
            if (Status s = csv.endRecord(); !s)
                return s;
        }
    }
    return csv.finish();
}

Status writePortfolioEquityCsv(QIODevice &device, const PortfolioResult &result)
{
    std::vector<double> drawdown(result.equity.size());
    backtest::drawdownCurve(result.equity, drawdown);
    const bool benchmark = !result.benchmarkEquity.empty();
    CsvWriter csv(device);
    csv.fields({"date", "equity", "cash", "exposure", "holdings", "drawdown"});
    if (benchmark)
        csv.field(QByteArrayView("benchmark"));
    if (Status s = csv.endRecord(); !s)
        return s;
    for (std::size_t i = 0; i < result.days.size(); ++i) {
        csv.field(toDate(result.days[i]).toString(Qt::ISODate))
            .field(numberCell(result.equity[i]))
            .field(numberCell(result.cash[i]))
            .field(numberCell(result.exposure[i]))
            .field(QString::number(result.holdingCount[i]))
            .field(numberCell(drawdown[i]));
        if (benchmark)
            csv.field(numberCell(result.benchmarkEquity[i]));
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

} // namespace rutile::scan
