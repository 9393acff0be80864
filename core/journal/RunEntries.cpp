#include "journal/RunEntries.h"

#include "backtest/Backtester.h"
#include "backtest/ConfigParams.h"
#include "backtest/ResultJson.h"
#include "journal/DataFingerprint.h"
#include "journal/PackedPoints.h"
#include "journal/PackedSeries.h"
#include "ml/Classifier.h"
#include "params/ParamJson.h"
#include "util/JsonNumber.h"
#include "util/Sha256.h"

#include "util/AppVersion.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace rutile::journal {

using namespace backtest;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::journal::RunEntries)
};

QJsonValue dayJson(DayNumber day)
{
    return jsonDate(toDate(day));
}

/// The keys of `document` named in `keys` (those present).
QJsonObject pick(const QJsonObject &document, std::initializer_list<const char *> keys)
{
    QJsonObject o;
    for (const char *key : keys) {
        const QString k = QString::fromLatin1(key);
        if (document.contains(k))
            o.insert(k, document.value(k));
    }
    return o;
}

/// CLI.md's backtest keys: the headline of a run.
QJsonObject backtestSummary(const QJsonObject &document)
{
    return pick(document, {"trades", "final_equity", "total_return", "cagr", "sharpe", "sortino", "calmar",
                           "max_drawdown", "win_rate", "profit_factor", "exposure", "total_commission", "beta",
                           "alpha", "first_date", "last_date"});
}

QJsonArray tradeListJson(const std::vector<trading::Trade> &trades, const QStringList &symbols)
{
    QJsonArray list;
    for (const trading::Trade &t : trades)
        list.append(QJsonObject{{QStringLiteral("symbol"), symbols.value(t.leg)},
                                {QStringLiteral("entry_date"), dayJson(t.entryDay)},
                                {QStringLiteral("entry_price"), jsonNumber(t.entryPrice)},
                                {QStringLiteral("exit_date"), dayJson(t.exitDay)},
                                {QStringLiteral("exit_price"), jsonNumber(t.exitPrice)},
                                {QStringLiteral("side"), trading::sideName(t.side)},
                                {QStringLiteral("size"), jsonNumber(t.size)},
                                {QStringLiteral("pnl"), jsonNumber(t.pnl)},
                                {QStringLiteral("commission"), jsonNumber(t.commission)},
                                {QStringLiteral("bars_held"), qint64(t.barsHeld())},
                                {QStringLiteral("exit_reason"), trading::exitReasonName(t.exitReason)}});
    return list;
}

/// The curves of a run, one value per day, packed: date, equity and, when kept, buy-and-hold and
/// benchmark equity. The drawdown is not kept: it is a function of the equity, which
/// resultsJson() applies again.
QCborMap curveCbor(const std::vector<DayNumber> &days, const std::vector<double> &equity,
                   const std::vector<double> &buyAndHold, const std::vector<double> &benchmark)
{
    QCborMap o{{QStringLiteral("date"), packedDays(days)}, {QStringLiteral("equity"), packedNumbers(equity)}};
    if (!buyAndHold.empty())
        o.insert(QStringLiteral("buy_and_hold"), packedNumbers(buyAndHold));
    if (!benchmark.empty())
        o.insert(QStringLiteral("benchmark"), packedNumbers(benchmark));
    return o;
}

/// A packed curve as JSON, its drawdown computed again from its equity (as the engine did).
QJsonObject curveJson(const QCborMap &curve)
{
    QJsonObject o = expandedJson(curve).toObject();
    if (!o.contains(QStringLiteral("drawdown"))) {
        const std::vector<double> equity = unpackedNumbers(curve.value(QStringLiteral("equity")));
        std::vector<double> drawdown(equity.size());
        drawdownCurve(equity, drawdown);
        o.insert(QStringLiteral("drawdown"), numbersJson(drawdown));
    }
    return o;
}

/// `map` as JSON, packed curves (maps under the key "curve") expanded with their drawdown.
QJsonObject resultsJson(const QCborMap &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = it.key().toString();
        if (isPackedPoints(it.value()))
            o.insert(key, pointsJson(it.value().toMap()));
        else if (it.value().isMap())
            o.insert(key, key == QLatin1String("curve") ? curveJson(it.value().toMap()) : resultsJson(it.value().toMap()));
        else
            o.insert(key, expandedJson(it.value()));
    }
    return o;
}

RunRecord entryOf(const QString &kind, const StrategyRunInputs &inputs, const trading::MarketData &data)
{
    RunRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.kind = kind;
    r.symbol = inputs.data.symbol;
    r.strategy = inputs.strategy ? inputs.strategy->name : QString();
    r.appVersion = appVersion();
    r.dataHash = fingerprint(data);
    r.inputs = inputsJson(inputs, kind);
    return r;
}

} // namespace

QJsonObject inputsJson(const StrategyRunInputs &in, const QString &kind)
{
    QJsonObject o{{QStringLiteral("symbol"), in.data.symbol},
                  {QStringLiteral("pair"), in.data.pair},
                  {QStringLiteral("benchmark"), in.data.benchmark},
                  {QStringLiteral("risk_free"), in.data.riskFreeSymbol},
                  {QStringLiteral("from"), jsonDate(in.data.from)},
                  {QStringLiteral("to"), jsonDate(in.data.to)}};
    if (in.strategy) {
        o.insert(QStringLiteral("strategy"), in.strategy->name);
        o.insert(QStringLiteral("params"), paramsJson(in.strategy->params, in.params));
        if (!in.strategy->source.isEmpty()) {
            o.insert(QStringLiteral("strategy_source"), in.strategy->source);
            o.insert(QStringLiteral("strategy_sha256"), Sha256::hex(in.strategy->source.toUtf8()));
        }
    }
    o.insert(QStringLiteral("settings"), paramsJson(configParamSpecs(), paramsFromConfig(in.config)));
    if (kind != kBacktest) {
        o.insert(QStringLiteral("grid"), gridJson(in.grid));
        o.insert(QStringLiteral("objective"), objectiveName(in.optimizer.objective));
        o.insert(QStringLiteral("dsr_confidence"), in.optimizer.dsrConfidence);
    }
    if (kind == kWalkForward)
        o.insert(QStringLiteral("walk_forward"), QJsonObject{{QStringLiteral("in_sample"), in.walkForward.inSampleBars},
                                                             {QStringLiteral("out_of_sample"), in.walkForward.outOfSampleBars},
                                                             {QStringLiteral("anchored"), in.walkForward.anchored}});
    return o;
}

QCborMap backtestDetail(const QJsonObject &document, const BacktestResult &r)
{
    QCborMap o = QCborMap::fromJsonObject(document);
    o.insert(QStringLiteral("trade_list"), QCborArray::fromJsonArray(tradeListJson(r.trades, r.symbols)));
    o.insert(QStringLiteral("curve"), curveCbor(r.days, r.equity, r.buyAndHoldEquity, r.benchmarkEquity));
    return o;
}

QJsonObject resultsJson(const RunRecord &record)
{
    return resultsJson(record.results);
}

RunRecord backtestEntry(const StrategyRunInputs &inputs, const trading::MarketData &data, const BacktestResult &result)
{
    RunRecord r = entryOf(kBacktest, inputs, data);
    const QJsonObject document = backtestJson(result, inputs.strategy->params, inputs.config);
    r.results = backtestDetail(document, result);
    r.summary = backtestSummary(document);
    return r;
}

RunRecord optimizationEntry(const StrategyRunInputs &inputs, const trading::MarketData &data,
                            const OptimizationResult &result, const BacktestResult *best)
{
    RunRecord r = entryOf(kOptimize, inputs, data);
    const std::vector<ParamSpec> &specs = inputs.strategy->params;
    const auto points = packedPoints(result, specs);
    const QJsonObject document = points ? optimizationJsonWithoutPoints(result, specs, inputs.config)
                                        : optimizationJson(result, specs, inputs.config);
    r.results = QCborMap::fromJsonObject(document);
    if (points)
        r.results.insert(QStringLiteral("results"), *points);
    if (best)
        r.results.insert(QStringLiteral("best_run"), backtestDetail(backtestJson(*best, inputs.strategy->params, inputs.config), *best));
    r.summary = pick(document, {"objective", "evaluated", "best", "skipped", "cancelled"});
    if (const QJsonValue dsr = document.value(QStringLiteral("deflated_sharpe")); dsr.isObject())
        r.summary.insert(QStringLiteral("deflated_sharpe"), dsr);
    return r;
}

RunRecord walkForwardEntry(const StrategyRunInputs &inputs, const trading::MarketData &data, const WalkForwardResult &result)
{
    RunRecord r = entryOf(kWalkForward, inputs, data);
    const QJsonObject document = walkForwardJson(result, data, inputs.strategy->params, inputs.config);
    r.results = QCborMap::fromJsonObject(document);
    r.results.insert(QStringLiteral("curve"),
                     curveCbor(result.days, result.equity, result.buyAndHoldEquity, result.benchmarkEquity));
    QStringList symbols{inputs.data.symbol};
    if (!inputs.data.pair.isEmpty())
        symbols << inputs.data.pair;
    r.results.insert(QStringLiteral("trade_list"), QCborArray::fromJsonArray(tradeListJson(result.trades, symbols)));
    r.summary = pick(document, {"objective", "total_return", "cagr", "sharpe", "max_drawdown", "trades", "efficiency",
                                "first_date", "last_date", "cancelled"});
    r.summary.insert(QStringLiteral("folds"), document.value(QStringLiteral("folds")).toArray().size());
    return r;
}

RunRecord mlEntry(const ml::EvaluationRequest &request, const BarSeries &bars, QDate from, QDate to,
                  const QJsonObject &document)
{
    RunRecord r;
    r.time = QDateTime::currentDateTimeUtc();
    r.kind = kMl;
    r.symbol = bars.symbol;
    r.strategy = ml::modelName(request.model);
    r.appVersion = appVersion();
    r.dataHash = fingerprint(bars);
    r.inputs = pick(document, {"symbol", "model", "params", "eval", "horizon", "features"});
    r.inputs.insert(QStringLiteral("from"), jsonDate(from));
    r.inputs.insert(QStringLiteral("to"), jsonDate(to));
    r.inputs.insert(QStringLiteral("test_fraction"), request.testFraction);
    r.inputs.insert(QStringLiteral("seed"), qint64(request.seed));
    r.inputs.insert(QStringLiteral("folds"), request.folds);
    r.inputs.insert(QStringLiteral("embargo"), request.embargo);
    r.inputs.insert(QStringLiteral("walk_forward"),
                    QJsonObject{{QStringLiteral("initial_train"), qint64(request.walkForward.initialTrain)},
                                {QStringLiteral("refit_every"), qint64(request.walkForward.refitEvery)},
                                {QStringLiteral("expanding"), request.walkForward.expanding}});
    r.results = QCborMap::fromJsonObject(document);
    r.summary = pick(document, {"rows", "test_rows", "accuracy", "baseline_accuracy", "edge_vs_baseline", "auc",
                                "p_value", "test_first_date", "test_last_date"});
    return r;
}

std::optional<BacktestResult> rerunBestPoint(const trading::MarketData &data, const strategy::StrategyDescriptor &strategy,
                                             const OptimizationResult &result, const BacktestConfig &config,
                                             const RunOptions &range)
{
    const GridPointResult *best = result.bestPoint();
    if (!best)
        return std::nullopt;
    auto run = runBacktest(data, strategy, best->params, config, range);
    if (!run)
        return std::nullopt;
    return std::move(*run);
}

QJsonObject runJson(const RunRecord &r, bool full)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("time"), r.time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("symbol"), r.symbol},
                  {QStringLiteral("strategy"), r.strategy},
                  {QStringLiteral("params"), r.inputs.value(QStringLiteral("params"))},
                  {QStringLiteral("data_hash"), r.dataHash},
                  {QStringLiteral("app_version"), r.appVersion},
                  {QStringLiteral("summary"), r.summary}};
    if (full) {
        o.insert(QStringLiteral("inputs"), r.inputs);
        o.insert(QStringLiteral("results"), resultsJson(r.results));
    }
    return o;
}

Result<std::unique_ptr<Workspace>> openJournal(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error::notFound(Text::tr("no workspace here"), path);
    return Workspace::open(path, WorkspaceAccess::OpenOrCreate);
}

Result<qint64> journalRun(const QString &path, const RunRecord &record, const std::function<Status(qint64 id)> &beforeCommit)
{
    auto workspace = openJournal(path);
    if (!workspace)
        return workspace.error();
    return (*workspace)->appendRun(record, beforeCommit);
}

} // namespace rutile::journal
