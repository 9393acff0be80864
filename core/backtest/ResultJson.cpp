#include "backtest/ResultJson.h"

#include "backtest/ParameterGrid.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace rutile::backtest {

std::span<const GridPointField> gridPointFields()
{
    using P = const GridPointResult &;
    static const GridPointField fields[] = {
        {QLatin1StringView("value"), false, [](P r) { return r.value; }},
        {QLatin1StringView("trades"), true, [](P r) { return double(r.trades.trades); }},
        {QLatin1StringView("sharpe"), false, [](P r) { return r.performance.sharpe; }},
        {QLatin1StringView("sortino"), false, [](P r) { return r.performance.sortino; }},
        {QLatin1StringView("cagr"), false, [](P r) { return r.performance.cagr; }},
        {QLatin1StringView("calmar"), false, [](P r) { return r.performance.calmar; }},
        {QLatin1StringView("total_return"), false, [](P r) { return r.performance.totalReturn; }},
        {QLatin1StringView("annual_vol"), false, [](P r) { return r.performance.annualVolatility; }},
        {QLatin1StringView("max_drawdown"), false, [](P r) { return r.performance.maxDrawdown; }},
        {QLatin1StringView("exposure"), false, [](P r) { return r.performance.exposure; }},
        {QLatin1StringView("win_rate"), false, [](P r) { return r.trades.winRate; }},
        {QLatin1StringView("profit_factor"), false, [](P r) { return r.trades.profitFactor; }},
        {QLatin1StringView("total_commission"), false, [](P r) { return r.trades.totalCommission; }},
        // The deflated Sharpe ratio's inputs, so that merge can recompute it.
        {QLatin1StringView("daily_sharpe"), false, [](P r) { return r.performance.dailySharpe; }},
        {QLatin1StringView("skewness"), false, [](P r) { return r.performance.skewness; }},
        {QLatin1StringView("excess_kurtosis"), false, [](P r) { return r.performance.excessKurtosis; }},
        {QLatin1StringView("observations"), true, [](P r) { return double(r.performance.returns); }},
    };
    return fields;
}

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};

QJsonValue jsonDay(DayNumber day)
{
    return toDate(day).toString(Qt::ISODate);
}

/// The date of curve index `i` of a run, or null for −1.
QJsonValue curveDate(const std::vector<DayNumber> &days, int i)
{
    if (i < 0 || std::size_t(i) >= days.size())
        return QJsonValue::Null;
    return jsonDay(days[std::size_t(i)]);
}

QString warningName(BacktestWarningKind kind)
{
    switch (kind) {
    case BacktestWarningKind::EndOfDataExit: return QStringLiteral("end_of_data_exit");
    case BacktestWarningKind::WorkingOrdersLeft: return QStringLiteral("working_orders_left");
    case BacktestWarningKind::EntrySkipped: return QStringLiteral("entry_skipped");
    case BacktestWarningKind::EquityNotPositive: return QStringLiteral("equity_not_positive");
    case BacktestWarningKind::NoTrades: return QStringLiteral("no_trades");
    case BacktestWarningKind::NoBenchmarkOverlap: return QStringLiteral("no_benchmark_overlap");
    }
    return {};
}

QJsonArray warningsJson(const std::vector<BacktestWarning> &warnings)
{
    QJsonArray a;
    for (const BacktestWarning &w : warnings)
        a.append(QJsonObject{{QStringLiteral("kind"), warningName(w.kind)}, {QStringLiteral("message"), w.message}});
    return a;
}

/// The curve statistics, flat, with the CLI's key names.
void addPerformance(QJsonObject &o, const PerformanceStats &p, const std::vector<DayNumber> &days)
{
    o.insert(QStringLiteral("initial_equity"), jsonNumber(p.initialEquity));
    o.insert(QStringLiteral("final_equity"), jsonNumber(p.finalEquity));
    o.insert(QStringLiteral("total_return"), jsonNumber(p.totalReturn));
    o.insert(QStringLiteral("cagr"), jsonNumber(p.cagr));
    o.insert(QStringLiteral("years"), jsonNumber(p.years));
    o.insert(QStringLiteral("annual_vol"), jsonNumber(p.annualVolatility));
    o.insert(QStringLiteral("sharpe"), jsonNumber(p.sharpe));
    o.insert(QStringLiteral("sortino"), jsonNumber(p.sortino));
    o.insert(QStringLiteral("calmar"), jsonNumber(p.calmar));
    o.insert(QStringLiteral("max_drawdown"), jsonNumber(p.maxDrawdown));
    o.insert(QStringLiteral("max_drawdown_duration"), p.maxDrawdownDuration);
    o.insert(QStringLiteral("max_drawdown_peak"), curveDate(days, p.maxDrawdownPeak));
    o.insert(QStringLiteral("max_drawdown_trough"), curveDate(days, p.maxDrawdownTrough));
    o.insert(QStringLiteral("max_drawdown_recovery"), curveDate(days, p.maxDrawdownRecovery));
    o.insert(QStringLiteral("longest_drawdown"), p.longestDrawdown);
    o.insert(QStringLiteral("exposure"), jsonNumber(p.exposure));
    o.insert(QStringLiteral("average_gross_exposure"), jsonNumber(p.averageGrossExposure));
    o.insert(QStringLiteral("daily_sharpe"), jsonNumber(p.dailySharpe));
    o.insert(QStringLiteral("skewness"), jsonNumber(p.skewness));
    o.insert(QStringLiteral("excess_kurtosis"), jsonNumber(p.excessKurtosis));
}

void addTrades(QJsonObject &o, const TradeStats &t)
{
    o.insert(QStringLiteral("trades"), t.trades);
    o.insert(QStringLiteral("trade_legs"), t.legs);
    o.insert(QStringLiteral("winners"), t.winners);
    o.insert(QStringLiteral("losers"), t.losers);
    o.insert(QStringLiteral("win_rate"), jsonNumber(t.winRate));
    o.insert(QStringLiteral("profit_factor"), jsonNumber(t.profitFactor));
    o.insert(QStringLiteral("avg_win"), jsonNumber(t.averageWin));
    o.insert(QStringLiteral("avg_loss"), jsonNumber(t.averageLoss));
    o.insert(QStringLiteral("expectancy"), jsonNumber(t.expectancy));
    o.insert(QStringLiteral("net_profit"), jsonNumber(t.netProfit));
    o.insert(QStringLiteral("gross_profit"), jsonNumber(t.grossProfit));
    o.insert(QStringLiteral("gross_loss"), jsonNumber(t.grossLoss));
    o.insert(QStringLiteral("avg_bars_held"), jsonNumber(t.averageBarsHeld));
    o.insert(QStringLiteral("end_of_data_trades"), t.endOfDataTrades);
    o.insert(QStringLiteral("total_commission"), jsonNumber(t.totalCommission));
}

void addBenchmark(QJsonObject &o, const BenchmarkStats &b)
{
    o.insert(QStringLiteral("beta"), jsonNumber(b.beta));
    o.insert(QStringLiteral("alpha"), jsonNumber(b.annualAlpha));
    o.insert(QStringLiteral("alpha_daily"), jsonNumber(b.alpha));
    o.insert(QStringLiteral("correlation"), jsonNumber(b.correlation));
    o.insert(QStringLiteral("benchmark_observations"), qint64(b.count));
}

/// The curve statistics of a held curve (buy-and-hold, the benchmark), or null when it had
/// fewer than 2 values.
QJsonValue heldJson(const PerformanceStats &p, const std::vector<DayNumber> &days)
{
    if (p.bars < 2)
        return QJsonValue::Null;
    QJsonObject o;
    addPerformance(o, p, days);
    return o;
}

QJsonObject deflatedJson(const DeflatedSharpeResult &d)
{
    return QJsonObject{{QStringLiteral("probability"), jsonNumber(d.probability)},
                       {QStringLiteral("expected_max_sharpe"), jsonNumber(d.expectedMaxSharpe)},
                       {QStringLiteral("sharpe"), jsonNumber(d.sharpe)},
                       {QStringLiteral("trials"), d.trials},
                       {QStringLiteral("confidence"), d.confidence},
                       {QStringLiteral("significant"), d.significant}};
}

QJsonObject pointJson(const GridPointResult &r, std::span<const ParamSpec> specs)
{
    QJsonObject o{{QStringLiteral("index"), qint64(r.index)}, {QStringLiteral("params"), paramsJson(specs, r.params)}};
    for (const GridPointField &f : gridPointFields()) {
        const double v = f.value(r);
        o.insert(f.key, f.integer ? QJsonValue(qint64(v)) : jsonNumber(v));
    }
    return o;
}

/// The best point as the document names it, from the point as pointJson() writes it.
QJsonObject bestJson(const QJsonObject &point)
{
    return QJsonObject{{QStringLiteral("params"), point.value(QStringLiteral("params"))},
                       {QStringLiteral("value"), point.value(QStringLiteral("value"))},
                       {QStringLiteral("index"), point.value(QStringLiteral("index"))}};
}

QJsonValue bestJson(const std::optional<std::size_t> &best, const QJsonArray &results)
{
    if (!best)
        return QJsonValue::Null;
    return bestJson(results.at(qsizetype(*best)).toObject());
}

} // namespace

QJsonObject configJson(const BacktestConfig &c)
{
    struct Commission {
        QJsonObject operator()(const PercentCommissionParams &p) const
        {
            return {{QStringLiteral("model"), QStringLiteral("percent")}, {QStringLiteral("rate"), p.rate}};
        }
        QJsonObject operator()(const PerUnitCommissionParams &p) const
        {
            return {{QStringLiteral("model"), QStringLiteral("per_unit")},
                    {QStringLiteral("per_unit"), p.perUnit},
                    {QStringLiteral("minimum"), p.minimum}};
        }
        QJsonObject operator()(const FixedCommissionParams &p) const
        {
            return {{QStringLiteral("model"), QStringLiteral("fixed")}, {QStringLiteral("per_order"), p.perOrder}};
        }
    };
    struct Sizing {
        QJsonObject operator()(const FixedUnitsParams &p) const
        {
            return {{QStringLiteral("model"), QStringLiteral("fixed_units")}, {QStringLiteral("units"), p.units}};
        }
        QJsonObject operator()(const PercentOfEquityParams &p) const
        {
            return {{QStringLiteral("model"), QStringLiteral("percent_of_equity")},
                    {QStringLiteral("fraction"), p.fraction},
                    {QStringLiteral("whole_units"), p.wholeUnits}};
        }
        QJsonObject operator()(const VolatilityTargetParams &p) const
        {
            return {{QStringLiteral("model"), QStringLiteral("volatility_target")},
                    {QStringLiteral("risk_fraction"), p.riskFraction},
                    {QStringLiteral("atr_period"), p.atrPeriod},
                    {QStringLiteral("max_leverage"), p.maxLeverage},
                    {QStringLiteral("whole_units"), p.wholeUnits}};
        }
    };
    return QJsonObject{
        {QStringLiteral("initial_cash"), c.initialCash},
        {QStringLiteral("fill"), c.fill.timing == FillTiming::NextOpen ? QStringLiteral("next_open") : QStringLiteral("next_close")},
        {QStringLiteral("commission"), std::visit(Commission{}, c.commission)},
        {QStringLiteral("slippage_bps"), c.slippage.bps},
        {QStringLiteral("sizing"), std::visit(Sizing{}, c.sizing)},
        {QStringLiteral("stop_loss"), jsonNumber(c.exits.stopLossFraction)},
        {QStringLiteral("take_profit"), jsonNumber(c.exits.takeProfitFraction)},
        {QStringLiteral("trailing_stop"), jsonNumber(c.exits.trailingFraction)},
        {QStringLiteral("trailing_stop_atr"), jsonNumber(c.exits.trailingAtrMultiple)},
        {QStringLiteral("atr_period"), c.exits.atrPeriod},
        {QStringLiteral("risk_free_rate"), c.metrics.riskFreeRate},
        {QStringLiteral("trading_days_per_year"), c.metrics.tradingDaysPerYear},
    };
}

QJsonObject backtestJson(const BacktestResult &r, std::span<const ParamSpec> specs, const BacktestConfig &config)
{
    QJsonObject o;
    o.insert(QStringLiteral("strategy"), r.strategy);
    o.insert(QStringLiteral("params"), paramsJson(specs, r.params));
    o.insert(QStringLiteral("symbol"), r.symbols.value(0));
    if (r.symbols.size() > 1)
        o.insert(QStringLiteral("pair"), r.symbols.value(1));
    o.insert(QStringLiteral("first_date"), r.days.empty() ? QJsonValue() : jsonDay(r.days.front()));
    o.insert(QStringLiteral("last_date"), r.days.empty() ? QJsonValue() : jsonDay(r.days.back()));
    o.insert(QStringLiteral("bars"), r.performance.bars);
    addPerformance(o, r.performance, r.days);
    addTrades(o, r.tradeStats);
    if (!r.benchmarkSymbol.isEmpty()) {
        o.insert(QStringLiteral("benchmark"), r.benchmarkSymbol);
        addBenchmark(o, r.benchmark);
    }
    QJsonObject bh;
    addPerformance(bh, r.buyAndHold, r.days);
    if (!r.benchmarkSymbol.isEmpty())
        addBenchmark(bh, r.buyAndHoldBenchmark);
    o.insert(QStringLiteral("buy_and_hold"), bh);
    if (!r.benchmarkSymbol.isEmpty())
        o.insert(QStringLiteral("benchmark_performance"), heldJson(r.benchmarkPerformance, r.days));
    o.insert(QStringLiteral("config"), configJson(config));
    o.insert(QStringLiteral("warnings"), warningsJson(r.warnings));
    o.insert(QStringLiteral("elapsed_ms"), r.elapsedMs);
    return o;
}

QJsonArray gridJson(const ParameterGrid &grid)
{
    QJsonArray out;
    for (const GridAxis &a : grid.axes) {
        QJsonArray values;
        for (double v : a.values)
            values.append(v);
        out.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("values"), values}});
    }
    return out;
}

QJsonObject optimizationJsonWithoutPoints(const OptimizationResult &r, std::span<const ParamSpec> specs,
                                          const BacktestConfig &config, const QJsonObject &context)
{
    QJsonObject o = context;
    o.insert(QStringLiteral("strategy"), r.strategy);
    o.insert(QStringLiteral("objective"), objectiveName(r.objective));
    o.insert(QStringLiteral("evaluated"), qint64(r.results.size()));
    o.insert(QStringLiteral("best"), r.best ? QJsonValue(bestJson(pointJson(r.results[*r.best], specs))) : QJsonValue());
    o.insert(QStringLiteral("grid"), gridJson(r.grid));
    o.insert(QStringLiteral("base_params"), paramsJson(specs, r.grid.base));
    o.insert(QStringLiteral("grid_size"), qint64(r.gridSize));
    o.insert(QStringLiteral("shard"), QJsonObject{{QStringLiteral("index"), r.shard.index}, {QStringLiteral("count"), r.shard.count}});
    o.insert(QStringLiteral("skipped"), qint64(r.skipped));
    if (!r.firstSkipReason.isEmpty())
        o.insert(QStringLiteral("first_skip_reason"), r.firstSkipReason);
    o.insert(QStringLiteral("deflated_sharpe"), r.deflatedSharpe.trials > 0 ? QJsonValue(deflatedJson(r.deflatedSharpe))
                                                                            : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("cancelled"), r.cancelled);
    o.insert(QStringLiteral("config"), configJson(config));
    o.insert(QStringLiteral("threads"), r.threads);
    o.insert(QStringLiteral("elapsed_ms"), r.elapsedMs);
    return o;
}

QJsonObject optimizationJson(const OptimizationResult &r, std::span<const ParamSpec> specs,
                             const BacktestConfig &config, const QJsonObject &context)
{
    QJsonObject o = optimizationJsonWithoutPoints(r, specs, config, context);
    QJsonArray results;
    for (const GridPointResult &p : r.results)
        results.append(pointJson(p, specs));
    o.insert(QStringLiteral("results"), results);
    return o;
}

// A shard must account for every point of its slice of the grid: each one evaluated (in
// `results`) or counted in `skipped`. Anything else (an empty or truncated list, a list
// from another slice) would make the merge claim a coverage it does not have.
Status checkOptimizationShard(const QJsonObject &shard)
{
    const auto bad = [](const QString &message) { return Error::invalidInput(message); };
    const QJsonValue results = shard.value(QStringLiteral("results"));
    if (!results.isArray())
        return bad(Text::tr("'results' is not a list of grid points"));
    const QJsonObject slice = shard.value(QStringLiteral("shard")).toObject();
    const QJsonValue gridSize = shard.value(QStringLiteral("grid_size"));
    const Shard spec{slice.value(QStringLiteral("index")).toInt(-1), slice.value(QStringLiteral("count")).toInt(0)};
    if (!gridSize.isDouble() || gridSize.toInteger(-1) < 1 || !spec.validate())
        return bad(Text::tr("not an optimisation shard: 'grid_size' or 'shard' is missing or invalid"));
    const auto [first, last] = spec.range(std::size_t(gridSize.toInteger()));
    const QJsonArray list = results.toArray();
    if (list.isEmpty() && last > first)
        return bad(Text::tr("'results' is empty, but shard %1/%2 covers grid points %3 to %4")
                       .arg(spec.index)
                       .arg(spec.count)
                       .arg(first)
                       .arg(last - 1));
    std::set<qint64> seen;
    for (const QJsonValue &v : list) {
        const QJsonValue index = v.toObject().value(QStringLiteral("index"));
        const qint64 i = index.toInteger(-1);
        if (!index.isDouble() || i < qint64(first) || i >= qint64(last) || !seen.insert(i).second)
            return bad(Text::tr("'results' holds a point (index %1) outside shard %2/%3 (grid points %4 to %5) or twice")
                           .arg(i)
                           .arg(spec.index)
                           .arg(spec.count)
                           .arg(first)
                           .arg(last - 1));
    }
    const qint64 skipped = shard.value(QStringLiteral("skipped")).toInteger(0);
    if (qint64(seen.size()) + skipped != qint64(last - first))
        return bad(Text::tr("'results' has %1 points and %2 were skipped, but shard %3/%4 covers %5 grid points")
                       .arg(seen.size())
                       .arg(skipped)
                       .arg(spec.index)
                       .arg(spec.count)
                       .arg(last - first));
    return {};
}

Result<QJsonObject> mergeOptimizationJson(const std::vector<QJsonObject> &shards, const QStringList &files)
{
    if (shards.empty())
        return Error::invalidArgument(Text::tr("merge needs at least one shard file"));
    const auto bad = [&files](std::size_t i, const QString &message) { return shardFault(i, files, message); };
    const QString firstName = firstShardName(files);
    // Keys that must agree: the shards must be slices of one experiment.
    static const char *const kSame[] = {"strategy", "objective", "grid", "grid_size", "base_params", "config",
                                        "symbol",   "pair",      "first_date", "last_date", "benchmark"};
    const QJsonObject &first = shards.front();
    for (const char *key : {"results", "grid_size", "shard", "objective"}) {
        for (std::size_t i = 0; i < shards.size(); ++i) {
            if (!shards[i].contains(QLatin1String(key)))
                return bad(i, Text::tr("not an optimisation result: no '%1'").arg(QLatin1String(key)));
        }
    }
    for (std::size_t i = 0; i < shards.size(); ++i) {
        if (Status s = checkOptimizationShard(shards[i]); !s)
            return bad(i, s.error().message);
    }
    const int count = first.value(QStringLiteral("shard")).toObject().value(QStringLiteral("count")).toInt();
    std::set<int> seen;
    for (std::size_t i = 0; i < shards.size(); ++i) {
        for (const char *key : kSame) {
            if (shards[i].value(QLatin1String(key)) != first.value(QLatin1String(key)))
                return bad(i, Text::tr("differs from %1 in '%2': not the same experiment").arg(firstName, QLatin1String(key)));
        }
        const QJsonObject shard = shards[i].value(QStringLiteral("shard")).toObject();
        if (shard.value(QStringLiteral("count")).toInt() != count)
            return bad(i, Text::tr("belongs to a split into %1 shards, %2 to %3")
                              .arg(shard.value(QStringLiteral("count")).toInt())
                              .arg(firstName)
                              .arg(count));
        seen.insert(shard.value(QStringLiteral("index")).toInt());
    }

    std::map<qint64, QJsonObject> byIndex;
    qint64 skipped = 0;
    double elapsed = 0;
    bool cancelled = false;
    std::set<int> counted;
    for (const QJsonObject &s : shards) {
        const int index = s.value(QStringLiteral("shard")).toObject().value(QStringLiteral("index")).toInt();
        if (counted.insert(index).second) {
            skipped += s.value(QStringLiteral("skipped")).toInteger();
            elapsed += s.value(QStringLiteral("elapsed_ms")).toDouble();
            cancelled = cancelled || s.value(QStringLiteral("cancelled")).toBool();
        }
        for (const QJsonValue &v : s.value(QStringLiteral("results")).toArray()) {
            const QJsonObject r = v.toObject();
            byIndex.emplace(r.value(QStringLiteral("index")).toInteger(), r);
        }
    }

    QJsonArray results;
    std::vector<GridPointResult> points;
    for (const auto &[index, r] : byIndex) {
        results.append(r);
        GridPointResult p;
        p.index = std::size_t(index);
        p.value = numberOrNaN(r.value(QStringLiteral("value")));
        p.performance.dailySharpe = numberOrNaN(r.value(QStringLiteral("daily_sharpe")));
        p.performance.skewness = numberOrNaN(r.value(QStringLiteral("skewness")));
        p.performance.excessKurtosis = numberOrNaN(r.value(QStringLiteral("excess_kurtosis")));
        p.performance.returns = r.value(QStringLiteral("observations")).toInt();
        points.push_back(p);
    }
    const std::optional<std::size_t> best = bestResult(points);
    QJsonArray missing;
    for (int i = 0; i < count; ++i)
        if (!seen.count(i))
            missing.append(i);
    QJsonArray given;
    for (int i : seen)
        given.append(i);

    QJsonObject o = first;
    o.remove(QStringLiteral("shard"));
    o.remove(QStringLiteral("threads"));
    o.remove(QStringLiteral("first_skip_reason"));
    o.insert(QStringLiteral("evaluated"), qint64(points.size()));
    o.insert(QStringLiteral("results"), results);
    o.insert(QStringLiteral("best"), bestJson(best, results));
    o.insert(QStringLiteral("skipped"), skipped);
    o.insert(QStringLiteral("shards"), given);
    o.insert(QStringLiteral("shard_count"), count);
    o.insert(QStringLiteral("missing_shards"), missing);
    o.insert(QStringLiteral("complete"), missing.isEmpty() && !cancelled);
    o.insert(QStringLiteral("cancelled"), cancelled);
    o.insert(QStringLiteral("elapsed_ms"), elapsed);
    const double confidence = [&] {
        for (const QJsonObject &s : shards) {
            const QJsonValue d = s.value(QStringLiteral("deflated_sharpe"));
            if (d.isObject())
                return d.toObject().value(QStringLiteral("confidence")).toDouble(0.95);
        }
        return 0.95;
    }();
    o.insert(QStringLiteral("deflated_sharpe"),
             best ? QJsonValue(deflatedJson(deflatedSharpeOf(points, *best, confidence))) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject walkForwardJson(const WalkForwardResult &r, const trading::MarketData &data,
    std::span<const ParamSpec> specs, const BacktestConfig &config, const QJsonObject &context)
{
    QJsonObject o = context;
    const auto day = [&](std::size_t bar) { return jsonDay(data.days()[bar]); };
    QJsonArray folds;
    for (const WalkForwardFold &f : r.folds) {
        QJsonObject in, out;
        const std::vector<DayNumber> none;
        addPerformance(in, f.inSample, none);
        addPerformance(out, f.outOfSample, none);
        addTrades(out, f.outOfSampleTrades);
        folds.append(QJsonObject{{QStringLiteral("in_sample_first"), day(f.inSampleFirst)},
                                 {QStringLiteral("in_sample_last"), day(f.inSampleLast - 1)},
                                 {QStringLiteral("out_of_sample_first"), day(f.outOfSampleFirst)},
                                 {QStringLiteral("out_of_sample_last"), day(f.outOfSampleLast - 1)},
                                 {QStringLiteral("params"), paramsJson(specs, f.params)},
                                 {QStringLiteral("in_sample_value"), jsonNumber(f.inSampleValue)},
                                 {QStringLiteral("evaluated"), f.evaluated},
                                 {QStringLiteral("efficiency"), jsonNumber(f.efficiency)},
                                 {QStringLiteral("in_sample"), in},
                                 {QStringLiteral("out_of_sample"), out}});
    }
    o.insert(QStringLiteral("strategy"), r.strategy);
    o.insert(QStringLiteral("objective"), objectiveName(r.objective));
    o.insert(QStringLiteral("in_sample_bars"), r.config.inSampleBars);
    o.insert(QStringLiteral("out_of_sample_bars"), r.config.outOfSampleBars);
    o.insert(QStringLiteral("anchored"), r.config.anchored);
    o.insert(QStringLiteral("folds"), folds);
    o.insert(QStringLiteral("first_date"), r.days.empty() ? QJsonValue() : jsonDay(r.days.front()));
    o.insert(QStringLiteral("last_date"), r.days.empty() ? QJsonValue() : jsonDay(r.days.back()));
    o.insert(QStringLiteral("bars"), r.performance.bars);
    addPerformance(o, r.performance, r.days);
    addTrades(o, r.tradeStats);
    o.insert(QStringLiteral("efficiency"), jsonNumber(r.efficiency));
    o.insert(QStringLiteral("buy_and_hold"), heldJson(r.buyAndHold, r.days));
    if (!r.benchmarkSymbol.isEmpty()) {
        o.insert(QStringLiteral("benchmark"), r.benchmarkSymbol);
        o.insert(QStringLiteral("benchmark_performance"), heldJson(r.benchmarkPerformance, r.days));
    }
    o.insert(QStringLiteral("cancelled"), r.cancelled);
    o.insert(QStringLiteral("config"), configJson(config));
    o.insert(QStringLiteral("warnings"), warningsJson(r.warnings));
    o.insert(QStringLiteral("elapsed_ms"), r.elapsedMs);
    return o;
}

} // namespace rutile::backtest
