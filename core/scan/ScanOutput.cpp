#include "scan/ScanOutput.h"

#include "backtest/DeflatedSharpe.h"
#include "backtest/ParameterGrid.h"
#include "backtest/ResultJson.h"
#include "params/ParamJson.h"
#include "report/CsvWriter.h"
#include "util/JsonNumber.h"
#include "util/NumberText.h"
#include "util/Sha256.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <set>

namespace rutile::scan {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::scan::ScanOutput)
};

constexpr auto kKind = "scan";

QJsonObject metricsJson(const ScanRow &row)
{
    const backtest::PerformanceStats &p = row.performance;
    const backtest::TradeStats &t = row.trades;
    const double values[] = {p.totalReturn, p.cagr,      p.sharpe,     p.sortino,       p.maxDrawdown, p.annualVolatility,
                             p.exposure,    double(t.trades), t.winRate, t.profitFactor, p.finalEquity};
    QJsonObject o;
    const QStringList &names = scanMetricNames();
    for (qsizetype i = 0; i < names.size(); ++i)
        o.insert(names[i], names[i] == QLatin1String("trades") ? QJsonValue(t.trades) : jsonNumber(values[i]));
    return o;
}

// The score rows are ranked by: the expression's value, a grid's best objective, or the Sharpe
// ratio of a backtest.
double score(const QJsonObject &row, bool backtest)
{
    if (row.contains(QStringLiteral("objective_value")))
        return numberOrNaN(row.value(QStringLiteral("objective_value")));
    return numberOrNaN(row.value(backtest ? QStringLiteral("sharpe") : QStringLiteral("value")));
}

QJsonArray ranked(std::vector<QJsonObject> rows, bool backtest)
{
    std::sort(rows.begin(), rows.end(), [backtest](const QJsonObject &a, const QJsonObject &b) {
        return ranksBefore(score(a, backtest), a.value(QStringLiteral("position")).toInteger(), score(b, backtest),
                           b.value(QStringLiteral("position")).toInteger());
    });
    QJsonArray out;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].insert(QStringLiteral("rank"), qint64(i + 1));
        out.append(rows[i]);
    }
    return out;
}

bool isBacktest(const QJsonObject &document)
{
    return document.contains(QStringLiteral("strategy"));
}

bool isGrid(const QJsonObject &document)
{
    return !document.value(QStringLiteral("grid")).toArray().isEmpty();
}

/// What a grid row carries for the deflated Sharpe ratio over the whole scan: its trials and its
/// best point's daily Sharpe ratio with the moments of its returns.
QJsonObject dsrInputsJson(const ScanRow &row)
{
    const backtest::PerformanceStats &p = row.performance;
    return QJsonObject{{QStringLiteral("points"), qint64(row.trials.points)},
                       {QStringLiteral("defined"), qint64(row.trials.defined)},
                       {QStringLiteral("sharpe_sum"), jsonNumber(row.trials.sum)},
                       {QStringLiteral("sharpe_sum_of_squares"), jsonNumber(row.trials.sumOfSquares)},
                       {QStringLiteral("daily_sharpe"), jsonNumber(p.dailySharpe)},
                       {QStringLiteral("returns"), p.returns},
                       {QStringLiteral("skewness"), jsonNumber(p.skewness)},
                       {QStringLiteral("excess_kurtosis"), jsonNumber(p.excessKurtosis)}};
}

/// The sums of a row's dsr_inputs; none when it has none (a shard written before they were kept).
std::optional<TrialSharpes> trialsOf(const QJsonObject &row)
{
    const QJsonObject in = row.value(QStringLiteral("dsr_inputs")).toObject();
    const QJsonValue points = in.value(QStringLiteral("points")), defined = in.value(QStringLiteral("defined")),
                     sum = in.value(QStringLiteral("sharpe_sum")), squares = in.value(QStringLiteral("sharpe_sum_of_squares"));
    if (!points.isDouble() || !defined.isDouble() || !sum.isDouble() || !squares.isDouble())
        return std::nullopt;
    return TrialSharpes{std::size_t(points.toInteger()), std::size_t(defined.toInteger()), sum.toDouble(), squares.toDouble()};
}

/// Each grid row's deflated Sharpe ratio over all the scan's trials (Bailey & López de Prado,
/// backtest/DeflatedSharpe.h): ranking symbols by their best point selects among every point of
/// every symbol, so each best daily Sharpe ratio is set against the expected best of that many
/// unskilled trials, with the variance of all their Sharpe ratios. The document gets the trials
/// and that expected best. `whole` false (one shard of a scan, a merge missing shards, or rows
/// without their sums) writes nulls: a figure over part of the trials would flatter every row.
void deflateGridRows(std::vector<QJsonObject> &rows, QJsonObject &document, bool whole)
{
    // Summed in list order, so a merge of shards gives the whole scan's figures to the bit.
    std::vector<const QJsonObject *> inOrder;
    for (const QJsonObject &row : rows)
        inOrder.push_back(&row);
    std::sort(inOrder.begin(), inOrder.end(), [](const QJsonObject *a, const QJsonObject *b) {
        return a->value(QStringLiteral("position")).toInteger() < b->value(QStringLiteral("position")).toInteger();
    });
    double points = 0, defined = 0, sum = 0, squares = 0;
    for (const QJsonObject *row : inOrder) {
        const std::optional<TrialSharpes> t = trialsOf(*row);
        whole = whole && t.has_value();
        if (t) {
            points += double(t->points);
            defined += double(t->defined);
            sum += t->sum;
            squares += t->sumOfSquares;
        }
    }
    if (!whole) {
        for (QJsonObject &row : rows)
            row.insert(QStringLiteral("deflated_sharpe"), QJsonValue());
        document.insert(QStringLiteral("trials"), QJsonValue());
        document.insert(QStringLiteral("expected_max_sharpe"), QJsonValue());
        return;
    }
    const double variance = defined > 1 ? std::max(0.0, (squares - sum * sum / defined) / (defined - 1)) : 0;
    const int trials = int(std::min(points, double(std::numeric_limits<int>::max())));
    for (QJsonObject &row : rows) {
        const QJsonObject in = row.value(QStringLiteral("dsr_inputs")).toObject();
        backtest::DeflatedSharpeInput input;
        input.sharpe = numberOrNaN(in.value(QStringLiteral("daily_sharpe")));
        input.sharpeVariance = variance;
        input.trials = trials;
        input.observations = in.value(QStringLiteral("returns")).toInt();
        input.skewness = numberOrNaN(in.value(QStringLiteral("skewness")));
        input.excessKurtosis = numberOrNaN(in.value(QStringLiteral("excess_kurtosis")));
        const backtest::DeflatedSharpeResult dsr = backtest::deflatedSharpe(input);
        row.insert(QStringLiteral("deflated_sharpe"), dsr.valid ? jsonNumber(dsr.probability) : QJsonValue());
    }
    document.insert(QStringLiteral("trials"), qint64(points));
    document.insert(QStringLiteral("expected_max_sharpe"), jsonNumber(backtest::expectedMaxSharpe(variance, trials)));
}

} // namespace

const QStringList &scanMetricNames()
{
    static const QStringList names{
        QStringLiteral("total_return"), QStringLiteral("cagr"),         QStringLiteral("sharpe"),
        QStringLiteral("sortino"),      QStringLiteral("max_drawdown"), QStringLiteral("annual_vol"),
        QStringLiteral("exposure"),     QStringLiteral("trades"),       QStringLiteral("win_rate"),
        QStringLiteral("profit_factor"), QStringLiteral("final_equity")};
    return names;
}

bool isScanJson(const QJsonObject &document)
{
    return document.value(QStringLiteral("kind")).toString() == QLatin1String(kKind);
}

QJsonObject scanJson(const ScanResult &result, const ScanRequest &request, const QString &list)
{
    // The list's members by fingerprint: shards of a list edited between their runs do not merge.
    const QByteArray members = request.symbols.join(QLatin1Char('\n')).toUtf8();
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kKind)},
                  {QStringLiteral("list"), list},
                  {QStringLiteral("list_size"), qint64(result.listSize)},
                  {QStringLiteral("list_sha256"), Sha256::hex(members)},
                  {QStringLiteral("scan_day"), jsonDate(result.scanDay)},
                  {QStringLiteral("from"), jsonDate(request.from)},
                  {QStringLiteral("to"), jsonDate(request.to)},
                  {QStringLiteral("shard"), QJsonObject{{QStringLiteral("index"), request.shard.index},
                                                         {QStringLiteral("count"), request.shard.count},
                                                         {QStringLiteral("first"), qint64(result.first)},
                                                         {QStringLiteral("last"), qint64(result.last)}}}};
    const bool backtest = request.strategy != nullptr;
    if (backtest) {
        o.insert(QStringLiteral("strategy"), request.strategy->name);
        o.insert(QStringLiteral("params"), paramsJson(request.strategy->params, request.params));
        o.insert(QStringLiteral("config"), backtest::configJson(request.config));
        if (!request.grid.axes.empty()) {
            o.insert(QStringLiteral("grid"), backtest::gridJson(request.grid));
            o.insert(QStringLiteral("objective"), backtest::objectiveName(request.objective));
        }
    } else if (request.expression) {
        o.insert(QStringLiteral("expression"), request.expression->text);
        o.insert(QStringLiteral("condition"), request.expression->condition);
    }
    QJsonArray columns;
    for (const ScanColumn &c : request.columns)
        columns.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("expression"), c.expression.text}});
    o.insert(QStringLiteral("columns"), columns);
    o.insert(QStringLiteral("filter"), request.filter ? QJsonValue(request.filter->text) : QJsonValue());
    std::vector<QJsonObject> rows;
    for (const ScanRow &r : result.rows) {
        QJsonObject row = backtest ? metricsJson(r) : QJsonObject{{QStringLiteral("value"), jsonNumber(r.value)}};
        row.insert(QStringLiteral("symbol"), r.symbol);
        row.insert(QStringLiteral("position"), qint64(r.position));
        row.insert(QStringLiteral("date"), jsonDate(r.date));
        if (r.gridPoints > 0) {
            row.insert(QStringLiteral("objective_value"), jsonNumber(r.value));
            row.insert(QStringLiteral("params"), paramsJson(request.strategy->params, r.params));
            row.insert(QStringLiteral("grid_points"), qint64(r.gridPoints));
            row.insert(QStringLiteral("dsr_inputs"), dsrInputsJson(r));
        }
        if (!request.columns.empty()) {
            QJsonObject values;
            for (std::size_t i = 0; i < request.columns.size() && i < r.columns.size(); ++i)
                values.insert(request.columns[i].name, jsonNumber(r.columns[i]));
            row.insert(QStringLiteral("columns"), values);
        }
        rows.push_back(row);
    }
    QJsonArray skipped;
    for (const ScanSkip &s : result.skipped) {
        skipped.append(QJsonObject{{QStringLiteral("symbol"), s.symbol},
                                   {QStringLiteral("position"), qint64(s.position)},
                                   {QStringLiteral("reason"), s.reason}});
    }
    QJsonArray filteredOut;
    for (const ScanFiltered &f : result.filteredOut)
        filteredOut.append(QJsonObject{{QStringLiteral("symbol"), f.symbol}, {QStringLiteral("position"), qint64(f.position)}});
    if (!request.grid.axes.empty())
        deflateGridRows(rows, o, request.shard.count == 1); // a shard's: by merge, over every shard
    o.insert(QStringLiteral("evaluated"), qint64(rows.size()));
    o.insert(QStringLiteral("results"), ranked(std::move(rows), backtest));
    o.insert(QStringLiteral("skipped"), skipped);
    o.insert(QStringLiteral("filtered_out"), filteredOut);
    return o;
}

Result<QJsonObject> mergeScanJson(const std::vector<QJsonObject> &shards, const QStringList &files)
{
    if (shards.empty())
        return Error::invalidArgument(Text::tr("merge needs at least one shard file"));
    // The same scan of the same data: a workspace updated between the shards' runs moves the
    // scan's day (expressions); the list's members by fingerprint.
    static const char *const kSame[] = {"list",      "list_size", "list_sha256", "scan_day", "from",
                                        "to",        "expression", "condition", "strategy",  "params",
                                        "config",    "columns",    "filter",   "grid",      "objective"};
    const QJsonObject &first = shards.front();
    const int count = first.value(QStringLiteral("shard")).toObject().value(QStringLiteral("count")).toInt();
    const qint64 listSize = first.value(QStringLiteral("list_size")).toInteger(-1);
    std::set<int> given;
    std::map<qint64, QJsonObject> rowsAt; // by list position
    std::map<qint64, QJsonObject> skippedAt;
    std::map<qint64, QJsonObject> filteredAt;
    for (std::size_t i = 0; i < shards.size(); ++i) {
        const QJsonObject &s = shards[i];
        const auto bad = [i, &files](const QString &message) { return backtest::shardFault(i, files, message); };
        if (!isScanJson(s))
            return bad(Text::tr("not a scan result"));
        for (const char *key : kSame) {
            if (s.value(QLatin1String(key)) != first.value(QLatin1String(key)))
                return bad(Text::tr("differs from %1 in '%2': not the same scan")
                               .arg(backtest::firstShardName(files), QLatin1String(key)));
        }
        const QJsonObject shard = s.value(QStringLiteral("shard")).toObject();
        const backtest::Shard spec{shard.value(QStringLiteral("index")).toInt(-1), shard.value(QStringLiteral("count")).toInt(0)};
        if (!spec.validate() || spec.count != count || listSize < 0)
            return bad(Text::tr("its 'shard' is missing, invalid, or from a split into another number of shards"));
        if (!given.insert(spec.index).second)
            continue; // the same shard twice: once is enough
        // Every position of the slice, once, in the results or the skipped.
        const auto slice = spec.range(std::size_t(listSize));
        const std::size_t lo = slice.first, hi = slice.second; // not a structured binding: clang 14 cannot capture one
        std::set<qint64> covered;
        const auto cover = [&](const QJsonObject &entry, std::map<qint64, QJsonObject> &into) {
            const qint64 p = entry.value(QStringLiteral("position")).toInteger(-1);
            if (p < qint64(lo) || p >= qint64(hi) || !covered.insert(p).second)
                return false;
            into.emplace(p, entry);
            return true;
        };
        for (const QJsonValue &v : s.value(QStringLiteral("results")).toArray()) {
            if (!cover(v.toObject(), rowsAt))
                return bad(Text::tr("a result outside its positions %1 to %2, or twice").arg(lo).arg(qint64(hi) - 1));
        }
        for (const QJsonValue &v : s.value(QStringLiteral("skipped")).toArray()) {
            if (!cover(v.toObject(), skippedAt))
                return bad(Text::tr("a skipped symbol outside its positions %1 to %2, or twice").arg(lo).arg(qint64(hi) - 1));
        }
        for (const QJsonValue &v : s.value(QStringLiteral("filtered_out")).toArray()) {
            if (!cover(v.toObject(), filteredAt))
                return bad(Text::tr("a filtered symbol outside its positions %1 to %2, or twice").arg(lo).arg(qint64(hi) - 1));
        }
        if (qint64(covered.size()) != qint64(hi - lo))
            return bad(Text::tr("it accounts for %1 of the %2 symbols of its slice").arg(covered.size()).arg(hi - lo));
    }
    std::vector<QJsonObject> rows;
    for (auto &[position, row] : rowsAt) {
        row.remove(QStringLiteral("rank"));
        rows.push_back(row);
    }
    QJsonArray skipped;
    for (const auto &[position, entry] : skippedAt)
        skipped.append(entry);
    QJsonArray filteredOut;
    for (const auto &[position, entry] : filteredAt)
        filteredOut.append(entry);
    QJsonArray missing;
    for (int i = 0; i < count; ++i) {
        if (!given.count(i))
            missing.append(i);
    }
    QJsonObject o = first;
    o.remove(QStringLiteral("shard"));
    if (isGrid(first))
        deflateGridRows(rows, o, missing.isEmpty()); // over every shard's trials
    o.insert(QStringLiteral("evaluated"), qint64(rows.size()));
    o.insert(QStringLiteral("results"), ranked(std::move(rows), isBacktest(first)));
    o.insert(QStringLiteral("skipped"), skipped);
    o.insert(QStringLiteral("filtered_out"), filteredOut);
    o.insert(QStringLiteral("complete"), missing.isEmpty());
    o.insert(QStringLiteral("missing_shards"), missing);
    return o;
}

Status writeScanCsv(QIODevice &device, const QJsonObject &document)
{
    const bool backtest = isBacktest(document);
    QStringList columns{QStringLiteral("rank"), QStringLiteral("symbol"), QStringLiteral("date")};
    // A grid's rows: the best objective and the parameters giving it, before the metrics.
    QStringList gridParams;
    for (const QJsonValue &axis : document.value(QStringLiteral("grid")).toArray())
        gridParams << axis.toObject().value(QStringLiteral("name")).toString();
    if (!gridParams.isEmpty())
        columns << QStringLiteral("objective_value");
    const qsizetype paramsAt = columns.size();
    columns += backtest ? scanMetricNames() : QStringList{QStringLiteral("value")};
    if (!gridParams.isEmpty())
        columns << QStringLiteral("deflated_sharpe"); // after the metrics: the columns before keep their places
    QStringList extra; // the exploration's columns, after the ranked ones
    for (const QJsonValue &c : document.value(QStringLiteral("columns")).toArray())
        extra << c.toObject().value(QStringLiteral("name")).toString();
    CsvWriter csv(device);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i == paramsAt) {
            for (const QString &p : gridParams)
                csv.field(p);
        }
        csv.field(columns[i]);
    }
    for (const QString &c : extra)
        csv.field(c);
    if (Status s = csv.endRecord(); !s)
        return s;
    const auto cell = [&csv](const QJsonValue &value) {
        if (value.isDouble())
            csv.field(shortestNumberText(value.toDouble()));
        else if (value.isBool()) // a switch among a grid's parameters
            csv.field(QByteArrayView(value.toBool() ? "true" : "false"));
        else
            csv.field(value.toString()); // text, or empty for null (undefined)
    };
    for (const QJsonValue &v : document.value(QStringLiteral("results")).toArray()) {
        const QJsonObject row = v.toObject();
        const QJsonObject params = row.value(QStringLiteral("params")).toObject();
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i == paramsAt) {
                for (const QString &p : gridParams)
                    cell(params.value(p));
            }
            cell(row.value(columns[i]));
        }
        const QJsonObject values = row.value(QStringLiteral("columns")).toObject();
        for (const QString &c : extra)
            cell(values.value(c));
        if (Status s = csv.endRecord(); !s)
            return s;
    }
    return csv.finish();
}

} // namespace rutile::scan
