// Scans over a watchlist (core/scan): the expression compiled on its own with diagnostics that
// point into it; values on the last bar worked by hand; skips with their reasons; the same rows
// on one thread and on three; --to; a backtest scan equal to each symbol's own backtest; shards
// whose merge equals the whole scan, and the merges refused; grid scans' deflated Sharpe ratios
// against every point backtested alone, points that never traded counted as trials.

#include "TestSupport.h"
#include "TradingDays.h"
#include "backtest/BacktestData.h"
#include "backtest/Backtester.h"
#include "backtest/DeflatedSharpe.h"
#include "backtest/Optimizer.h"
#include "import/SampleWorkspace.h"
#include "scan/Scan.h"
#include "scan/ScanOutput.h"
#include "storage/Workspace.h"
#include "rules/WorkspaceRules.h"
#include "strategy/StrategyRegistry.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace rutile;
using namespace rutile::scan;

namespace {

ScanExpression expression(const char *text)
{
    auto e = compileScanExpression(QString::fromLatin1(text));
    if (!e)
        qFatal("%s", qPrintable(e.error().toString()));
    return *e;
}

QStringList symbolsOf(const ScanResult &r)
{
    QStringList out;
    for (const ScanRow &row : r.rows)
        out << row.symbol;
    return out;
}

/// The sample variance of `values`, two-pass (the scan pools sums per symbol instead).
double sampleVariance(const std::vector<double> &values)
{
    double mean = 0, variance = 0;
    for (double x : values)
        mean += x / double(values.size());
    for (double x : values)
        variance += (x - mean) * (x - mean) / double(values.size() - 1);
    return variance;
}

/// Checks each row of a grid scan's document against the deflated Sharpe ratio of its symbol's
/// best point (`bestOf`, backtested alone) among `trials` trials whose Sharpe ratios have
/// `variance`, and null for a symbol missing from `bestOf`; returns the rows checked, -1 when
/// one differs.
int checkDeflatedSharpes(const QJsonObject &whole, const std::map<QString, backtest::PerformanceStats> &bestOf,
                         double variance, int trials)
{
    int checked = 0;
    for (const QJsonValue &v : whole.value(QStringLiteral("results")).toArray()) {
        const QJsonObject row = v.toObject();
        const auto best = bestOf.find(row.value(QStringLiteral("symbol")).toString());
        if (best == bestOf.end()) { // no point of the symbol traded: nothing to deflate
            if (!row.value(QStringLiteral("deflated_sharpe")).isNull())
                return -1;
            ++checked;
            continue;
        }
        const backtest::PerformanceStats &p = best->second;
        backtest::DeflatedSharpeInput in;
        in.sharpe = p.dailySharpe;
        in.sharpeVariance = variance;
        in.trials = trials;
        in.observations = p.returns;
        in.skewness = p.skewness;
        in.excessKurtosis = p.excessKurtosis;
        const backtest::DeflatedSharpeResult expected = backtest::deflatedSharpe(in);
        if (!expected.valid)
            return -1;
        const double found = row.value(QStringLiteral("deflated_sharpe")).toDouble(-1);
        if (std::abs(found - expected.probability) > 1e-9 * std::max(1.0, std::abs(expected.probability))) {
            qWarning("%s: deflated Sharpe %.17g, expected %.17g", qPrintable(row.value(QStringLiteral("symbol")).toString()),
                     found, expected.probability);
            return -1;
        }
        ++checked;
    }
    return checked;
}

} // namespace

class TestScan : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_small; // A rises 1..10, B falls 10..1 (days 100-109), D has two bars, E and F end early; C is not cached

    // The documents of `request` run as shards 0/n ... (n-1)/n of the list "L".
    std::vector<QJsonObject> shardDocuments(ScanRequest request, int n) const
    {
        std::vector<QJsonObject> out;
        for (int i = 0; i < n; ++i) {
            request.shard = {i, n};
            out.push_back(scanJson(runScan(m_small, request).value(), request, QStringLiteral("L")));
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_small = m_dir.filePath(QStringLiteral("small.rutile"));
        auto ws = Workspace::open(m_small);
        QVERIFY(ws);
        QVERIFY((*ws)->storeSeries(test::flatBars(QStringLiteral("A"), 100, {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}), {}).ok());
        QVERIFY((*ws)->storeSeries(test::flatBars(QStringLiteral("B"), 100, {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}), {}).ok());
        QVERIFY((*ws)->storeSeries(test::flatBars(QStringLiteral("D"), 108, {5, 6}), {}).ok());
        QVERIFY((*ws)->storeSeries(test::flatBars(QStringLiteral("E"), 99, {3, 4, 5}), {}).ok()); // ends on day 101
        QVERIFY((*ws)->storeSeries(test::flatBars(QStringLiteral("F"), 100, {1, 2, 3, 4, 5, 6, 7, 8}), {}).ok()); // day 107
    }

    void expressionsCompileOnTheirOwn()
    {
        const ScanExpression ratio = expression("close / ref(close, 1)");
        QVERIFY(!ratio.condition);
        QVERIFY(expression("close > sma(close, 3)").condition);

        // The column is the user's: "smaa" starts at column 9 of what was typed.
        std::vector<rules::Diagnostic> diagnostics;
        const auto typo = compileScanExpression(QStringLiteral("close > smaa(close, 3)"), &diagnostics);
        QVERIFY(!typo);
        QCOMPARE(typo.error().kind, ErrorKind::InvalidArgument);
        QCOMPARE(typo.error().line, 1);
        QCOMPARE(typo.error().column, 9);
        QVERIFY(!diagnostics.empty());
        QCOMPARE(diagnostics.front().column, 9);

        QVERIFY(!compileScanExpression(QStringLiteral("  ")));
        QVERIFY(!compileScanExpression(QStringLiteral("close\nbuy when close > 1")));
        QVERIFY(!compileScanExpression(QStringLiteral("close > 1 buy when close > 2")));
    }

    // close / ref(close, 1) on the last bar: D's two bars give 6/5, A 10/9, B 1/2; C is not
    // cached.
    void valuesOnTheLastBarRankedWithSkips()
    {
        ScanRequest request;
        request.symbols = {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("D")};
        request.expression = expression("close / ref(close, 1)");
        const auto r = runScan(m_small, request);
        QVERIFY(r);
        QCOMPARE(symbolsOf(*r), (QStringList{QStringLiteral("D"), QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(r->rows[0].value, 6.0 / 5.0);
        QCOMPARE(r->rows[1].value, 10.0 / 9.0);
        QCOMPARE(r->rows[1].position, 2);
        QCOMPARE(r->rows[1].date, toDate(109));
        QCOMPARE(r->rows[2].value, 0.5);
        QCOMPARE(r->skipped.size(), std::size_t(1));
        QCOMPARE(r->skipped[0].symbol, QStringLiteral("C"));
        QCOMPARE(r->skipped[0].position, 1);
        QVERIFY(r->skipped[0].reason.contains(QStringLiteral("not in the workspace")));

        // A 3-bar average is undefined on D's two bars: skipped with the reason, not fatal.
        request.expression = expression("close > sma(close, 3)");
        const auto c = runScan(m_small, request);
        QVERIFY(c);
        QCOMPARE(symbolsOf(*c), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
        QCOMPARE(c->rows[0].value, 1.0); // 10 > 9
        QCOMPARE(c->rows[1].value, 0.0); // 1 < 2
        QCOMPARE(c->skipped.size(), std::size_t(2));
        QCOMPARE(c->skipped[1].symbol, QStringLiteral("D"));
        QVERIFY2(c->skipped[1].reason.contains(QStringLiteral("not enough data")), qPrintable(c->skipped[1].reason));

        // The scan's day is the day most histories end on (ties: the later), 109 here. E ends
        // on day 101, 8 days before: an old value is not ranked beside today's. F ends on day
        // 107, within kStaleDays (7): read on its last bar (8/7). Up to day 102, E is read too.
        request.symbols = {QStringLiteral("A"), QStringLiteral("E"), QStringLiteral("F")};
        request.expression = expression("close / ref(close, 1)");
        const auto stale = runScan(m_small, request);
        QVERIFY(stale);
        QCOMPARE(stale->scanDay, toDate(109));
        QCOMPARE(symbolsOf(*stale), (QStringList{QStringLiteral("F"), QStringLiteral("A")}));
        QCOMPARE(stale->rows[0].value, 8.0 / 7.0);
        QCOMPARE(stale->rows[0].date, toDate(107));
        QCOMPARE(stale->skipped.size(), std::size_t(1));
        QCOMPARE(stale->skipped[0].symbol, QStringLiteral("E"));
        QVERIFY2(stale->skipped[0].reason.contains(QStringLiteral("ends on 1970-04-12, more than 7 days")),
                 qPrintable(stale->skipped[0].reason));
        request.to = toDate(102);
        const auto then = runScan(m_small, request);
        QVERIFY(then);
        QCOMPARE(then->scanDay, toDate(102)); // A and F reach it; E's 101 is one of three
        QCOMPARE(symbolsOf(*then), (QStringList{QStringLiteral("A"), QStringLiteral("F"), QStringLiteral("E")}));
        QCOMPARE(then->rows[0].value, 3.0 / 2.0);
        QCOMPARE(then->rows[1].value, 3.0 / 2.0); // a tie: list order
        QCOMPARE(then->rows[2].value, 5.0 / 4.0);
        request.to = {};
        request.symbols = {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("D")};

        // --to: the value on the last bar up to it (day 104: A 5/4, B 6/7).
        request.expression = expression("close / ref(close, 1)");
        request.to = toDate(104);
        const auto earlier = runScan(m_small, request);
        QVERIFY(earlier);
        QCOMPARE(earlier->rows[0].value, 5.0 / 4.0);
        QCOMPARE(earlier->rows[0].date, toDate(104));
        QCOMPARE(earlier->rows[1].value, 6.0 / 7.0);
        QCOMPARE(earlier->skipped.size(), std::size_t(2)); // C, and D has no bar by then
    }

    // On the sample universe: one thread and three give the same rows; each backtest row is
    // the symbol's own backtest (loadBacktestData + runBacktest, the `backtest` command's path).
    void backtestsOnTheSampleUniverse()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.rutile"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws && populateSampleWorkspace(**ws, 12).ok());
        }
        auto ws = Workspace::open(path, WorkspaceAccess::Read);
        const QStringList list = *(*ws)->watchlist(QString::fromLatin1(kSampleUniverseList));
        QCOMPARE(list.size(), 12);

        ScanRequest request;
        request.symbols = list;
        request.expression = expression("(close - sma(close, 200)) / sma(close, 200)");
        request.threads = 1;
        const auto one = runScan(path, request);
        request.threads = 3;
        const auto three = runScan(path, request);
        QVERIFY(one && three);
        QCOMPARE(one->rows.size() + one->skipped.size(), std::size_t(12));
        QVERIFY(one->rows.size() >= 6);
        QCOMPARE(symbolsOf(*one), symbolsOf(*three));
        for (std::size_t i = 0; i < one->rows.size(); ++i) {
            QCOMPARE(one->rows[i].value, three->rows[i].value);
            if (i > 0)
                QVERIFY(one->rows[i - 1].value >= one->rows[i].value);
        }

        const strategy::StrategyDescriptor *sma = strategy::StrategyRegistry::builtIn().find(u"sma_cross");
        QVERIFY(sma);
        ScanRequest bt;
        bt.symbols = list;
        bt.strategy = rules::builtInStrategy(*sma);
        bt.params = *strategy::resolveParams(*sma, {});
        bt.from = QDate(2010, 1, 4);
        const auto scanned = runScan(path, bt);
        QVERIFY(scanned);
        QVERIFY(scanned->rows.size() >= 6);
        for (const ScanRow &row : scanned->rows) {
            const auto data = backtest::loadBacktestData(**ws, {row.symbol, {}, {}, bt.from, {}});
            QVERIFY(data);
            const auto alone = backtest::runBacktest(data->data, *sma, bt.params, bt.config, data->range);
            QVERIFY(alone);
            QCOMPARE(row.trades.trades, alone->tradeStats.trades);
            QCOMPARE(row.performance.finalEquity, alone->performance.finalEquity);
            QCOMPARE(row.performance.totalReturn, alone->performance.totalReturn);
        }
    }

    // A cancel while a symbol's ml_signal strategy trains stops it there (after
    // backtestsOnTheSampleUniverse wrote the sample): the scan is cancelled, the symbol is neither
    // a row nor a skip. The control says stop as soon as the scan has started its only symbol,
    // which, checked only between symbols, would have cancelled nothing (all symbols were read).
    void aCancelReachesInsideASymbolsTraining()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.rutile"));
        const strategy::StrategyDescriptor *ml = strategy::StrategyRegistry::builtIn().find(u"ml_signal");
        QVERIFY(ml);
        ScanRequest request;
        request.symbols = {QStringLiteral("SYN-SMALL")};
        request.strategy = rules::builtInStrategy(*ml);
        request.params = *strategy::resolveParams(*ml, {});
        request.threads = 1;
        bool started = false;
        TaskControl control;
        control.onProgress = [&](double) { started = true; };
        control.isCancellationRequested = [&] { return started; };
        const auto scanned = runScan(path, request, control);
        QVERIFY(started);
        QVERIFY(!scanned);
        QCOMPARE(scanned.error().kind, ErrorKind::Cancelled);
    }

    // A grid per symbol (after backtestsOnTheSampleUniverse wrote the sample): each row is the
    // best of the four points by CAGR, each point backtested here alone; rows rank by it; two
    // shards merge into the whole; the CSV puts the objective and the parameters first.
    void gridPerSymbolAndItsMerge()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.rutile"));
        auto ws = Workspace::open(path, WorkspaceAccess::Read);
        QVERIFY(ws);
        const strategy::StrategyDescriptor *sma = strategy::StrategyRegistry::builtIn().find(u"sma_cross");
        ScanRequest request;
        request.symbols = *(*ws)->watchlist(QString::fromLatin1(kSampleUniverseList));
        request.strategy = rules::builtInStrategy(*sma);
        request.params = *strategy::resolveParams(*sma, {});
        request.grid.base = request.params;
        request.grid.axes = {backtest::parseGridAxis(sma->params, u"fast=10,20").value(),
                             backtest::parseGridAxis(sma->params, u"slow=50,100").value()};
        request.objective = backtest::Objective::Cagr;
        const auto scanned = runScan(path, request);
        QVERIFY2(scanned, scanned ? "" : qPrintable(scanned.error().message));
        QVERIFY(scanned->rows.size() >= 6);
        std::vector<double> allSharpes; // every point's daily Sharpe ratio, of every symbol
        std::map<QString, backtest::PerformanceStats> bestOf;
        for (std::size_t i = 0; i < scanned->rows.size(); ++i) {
            const ScanRow &row = scanned->rows[i];
            const auto data = backtest::loadBacktestData(**ws, {row.symbol, {}, {}, {}, {}});
            QVERIFY(data);
            double best = -1e300, fast = 0, slow = 0;
            for (double f : {10, 20}) {
                for (double sl : {50, 100}) {
                    const ParamValues p{{QStringLiteral("fast"), f}, {QStringLiteral("slow"), sl}};
                    const auto alone = backtest::runBacktest(data->data, *sma, *strategy::resolveParams(*sma, p), {}, data->range);
                    QVERIFY(alone);
                    if (std::isfinite(alone->performance.dailySharpe))
                        allSharpes.push_back(alone->performance.dailySharpe);
                    if (alone->performance.cagr > best) {
                        best = alone->performance.cagr;
                        fast = f;
                        slow = sl;
                        bestOf[row.symbol] = alone->performance;
                    }
                }
            }
            QCOMPARE(row.value, best);
            QCOMPARE(row.performance.cagr, best);
            QCOMPARE(row.params.value(u"fast"), fast);
            QCOMPARE(row.params.value(u"slow"), slow);
            QCOMPARE(row.gridPoints, std::size_t(4));
            if (i > 0)
                QVERIFY(scanned->rows[i - 1].value >= row.value);
        }
        const QJsonObject whole = scanJson(*scanned, request, QStringLiteral("U"));
        QCOMPARE(whole.value(QStringLiteral("objective")).toString(), QStringLiteral("cagr"));

        // Each row's deflated Sharpe ratio counts every point of every symbol as a trial: picking
        // the top rows selects among all of them. Here from the points backtested above, the
        // variance two-pass over all of them (the scan pools sums per symbol).
        const int trials = int(4 * scanned->rows.size());
        QCOMPARE(whole.value(QStringLiteral("trials")).toInteger(), qint64(trials));
        QVERIFY(allSharpes.size() > 2);
        const double variance = sampleVariance(allSharpes);
        RUTILE_COMPARE_REL(whole.value(QStringLiteral("expected_max_sharpe")).toDouble(),
                           backtest::expectedMaxSharpe(variance, trials), 1e-9);
        QCOMPARE(checkDeflatedSharpes(whole, bestOf, variance, trials), int(scanned->rows.size()));
        const auto between = [](const QJsonValue &v) { // not saturated: a wrong input would show
            const double p = v.toObject().value(QStringLiteral("deflated_sharpe")).toDouble();
            return p > 1e-6 && p < 1 - 1e-6;
        };
        const QJsonArray wholeRows = whole.value(QStringLiteral("results")).toArray();
        QVERIFY(std::any_of(wholeRows.begin(), wholeRows.end(), between));

        // One symbol alone: the scan's figure is optimize's own deflated Sharpe ratio.
        {
            ScanRequest one = request;
            one.symbols = {scanned->rows.front().symbol};
            const QJsonObject alone = scanJson(runScan(path, one).value(), one, QStringLiteral("U1"));
            const auto data = backtest::loadBacktestData(**ws, {one.symbols.front(), {}, {}, {}, {}});
            QVERIFY(data);
            backtest::OptimizerConfig optimizer;
            optimizer.objective = backtest::Objective::Cagr;
            optimizer.threads = 1;
            const auto grid = backtest::optimize(data->data, *sma, request.grid, {}, optimizer, data->range);
            QVERIFY(grid && grid->deflatedSharpe.valid);
            QCOMPARE(alone.value(QStringLiteral("trials")).toInteger(), qint64(4));
            RUTILE_COMPARE_REL(alone.value(QStringLiteral("results")).toArray().at(0).toObject().value(
                                   QStringLiteral("deflated_sharpe")).toDouble(),
                               grid->deflatedSharpe.probability, 1e-9);
        }
        std::vector<QJsonObject> shards;
        for (int i = 0; i < 2; ++i) {
            request.shard = {i, 2};
            shards.push_back(scanJson(runScan(path, request).value(), request, QStringLiteral("U")));
        }
        // A shard's figures would count its own trials only: null there, computed by the merge.
        for (const QJsonObject &shard : shards) {
            QVERIFY(shard.value(QStringLiteral("trials")).isNull());
            for (const QJsonValue &v : shard.value(QStringLiteral("results")).toArray()) {
                QVERIFY(v.toObject().value(QStringLiteral("deflated_sharpe")).isNull());
                QVERIFY(v.toObject().value(QStringLiteral("dsr_inputs")).isObject());
            }
        }
        // Null too while a shard is missing, or a shard's rows lack their sums (an older rutile-cli).
        const QJsonObject partial = mergeScanJson({shards.front()}).value();
        QCOMPARE(partial.value(QStringLiteral("complete")).toBool(), false);
        QVERIFY(partial.value(QStringLiteral("trials")).isNull());
        QVERIFY(partial.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("deflated_sharpe")).isNull());
        {
            QJsonObject old = shards.back();
            QJsonArray rows = old.value(QStringLiteral("results")).toArray();
            QVERIFY(!rows.isEmpty());
            QJsonObject row = rows.at(0).toObject();
            row.remove(QStringLiteral("dsr_inputs"));
            rows.replace(0, row);
            old.insert(QStringLiteral("results"), rows);
            const QJsonObject mixed = mergeScanJson({shards.front(), old}).value();
            QCOMPARE(mixed.value(QStringLiteral("complete")).toBool(), true);
            QVERIFY(mixed.value(QStringLiteral("trials")).isNull());
            for (const QJsonValue &v : mixed.value(QStringLiteral("results")).toArray())
                QVERIFY(v.toObject().value(QStringLiteral("deflated_sharpe")).isNull());
        }
        auto merged = mergeScanJson(shards);
        QVERIFY(merged);
        merged->remove(QStringLiteral("complete"));
        merged->remove(QStringLiteral("missing_shards"));
        QJsonObject expected = whole;
        expected.remove(QStringLiteral("shard"));
        QCOMPARE(*merged, expected);

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(writeScanCsv(csv, whole).ok());
        const QList<QByteArray> lines = csv.data().split('\n');
        QVERIFY(lines[0].startsWith("rank,symbol,date,objective_value,fast,slow,total_return,"));
        QVERIFY(lines[0].endsWith(",final_equity,deflated_sharpe")); // after the metrics
        const ScanRow &top = scanned->rows.front();
        QVERIFY(lines[1].startsWith(QStringLiteral("1,%1,").arg(top.symbol).toUtf8()));
        QVERIFY(lines[1].contains(QStringLiteral(",%1,%2,").arg(top.params.value(u"fast")).arg(top.params.value(u"slow")).toUtf8()));

        // A grid needs a strategy.
        ScanRequest bad;
        bad.symbols = request.symbols;
        bad.expression = expression("close");
        bad.grid = request.grid;
        QCOMPARE(runScan(path, bad).error().kind, ErrorKind::InvalidArgument);
    }

    // A grid point that never trades has no Sharpe ratio (its returns are all zero): it is
    // still a trial the ranking chose among, but adds nothing to the variance of the trials'
    // Sharpe ratios. rsi_revert with lower=1: RSI(14) of the sample's stocks never falls below 1.
    void gridPointsThatNeverTradeAreTrialsWithoutASharpe()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.rutile"));
        auto ws = Workspace::open(path, WorkspaceAccess::Read);
        QVERIFY(ws);
        const strategy::StrategyDescriptor *rsi = strategy::StrategyRegistry::builtIn().find(u"rsi_revert");
        QVERIFY(rsi);
        ScanRequest request;
        request.symbols = *(*ws)->watchlist(QString::fromLatin1(kSampleUniverseList));
        request.strategy = rules::builtInStrategy(*rsi);
        request.params = *strategy::resolveParams(*rsi, {});
        request.grid.base = request.params;
        request.grid.axes = {backtest::parseGridAxis(rsi->params, u"lower=1,30").value()};
        const auto scanned = runScan(path, request);
        QVERIFY2(scanned, scanned ? "" : qPrintable(scanned.error().message));
        QVERIFY(scanned->rows.size() >= 6);
        std::vector<double> sharpes; // of the points that traded, every symbol's
        int neverTraded = 0;
        std::map<QString, backtest::PerformanceStats> bestOf;
        for (const ScanRow &row : scanned->rows) {
            const auto data = backtest::loadBacktestData(**ws, {row.symbol, {}, {}, {}, {}});
            QVERIFY(data);
            for (double lower : {1, 30}) {
                const ParamValues p{{QStringLiteral("lower"), lower}};
                const auto alone = backtest::runBacktest(data->data, *rsi, *strategy::resolveParams(*rsi, p), {}, data->range);
                QVERIFY(alone);
                if (!std::isfinite(alone->performance.dailySharpe)) {
                    QCOMPARE(alone->tradeStats.trades, 0);
                    ++neverTraded;
                    continue;
                }
                sharpes.push_back(alone->performance.dailySharpe);
                if (!bestOf.contains(row.symbol) || alone->performance.sharpe > bestOf[row.symbol].sharpe)
                    bestOf[row.symbol] = alone->performance;
            }
            QCOMPARE(row.trials.points, std::size_t(2));
        }
        QVERIFY(neverTraded > 0);
        QVERIFY(sharpes.size() > 2);
        const QJsonObject whole = scanJson(*scanned, request, QStringLiteral("U"));
        const int trials = int(2 * scanned->rows.size());
        QCOMPARE(whole.value(QStringLiteral("trials")).toInteger(), qint64(trials));
        const double variance = sampleVariance(sharpes);
        RUTILE_COMPARE_REL(whole.value(QStringLiteral("expected_max_sharpe")).toDouble(),
                           backtest::expectedMaxSharpe(variance, trials), 1e-9);
        QCOMPARE(checkDeflatedSharpes(whole, bestOf, variance, trials), int(scanned->rows.size()));
    }

    // Three shards merged give the document of the whole scan (ranks, rows, skips) exactly.
    void shardsMergeIntoTheWholeScan()
    {
        ScanRequest request;
        request.symbols = {QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("D"),
                           QStringLiteral("A")};
        request.expression = expression("close - ref(close, 2)");
        const QJsonObject whole = scanJson(*runScan(m_small, request), request, QStringLiteral("L"));
        std::vector<QJsonObject> shards = shardDocuments(request, 3);
        std::reverse(shards.begin(), shards.end()); // any order
        const auto merged = mergeScanJson(shards);
        QVERIFY(merged);
        QCOMPARE(merged->value(QStringLiteral("complete")).toBool(), true);
        QJsonObject expected = whole;
        expected.remove(QStringLiteral("shard"));
        QJsonObject got = *merged;
        got.remove(QStringLiteral("complete"));
        got.remove(QStringLiteral("missing_shards"));
        QCOMPARE(got, expected);
        QCOMPARE(whole.value(QStringLiteral("results")).toArray().size(), 3); // B, A twice; D has 2 bars
        QCOMPARE(whole.value(QStringLiteral("results")).toArray()[0].toObject().value(QStringLiteral("value")).toDouble(), 2.0);

        // Two of three: merged, but not complete.
        const auto part = mergeScanJson({shards[0], shards[1]});
        QVERIFY(part);
        QCOMPARE(part->value(QStringLiteral("complete")).toBool(), false);
        QCOMPARE(part->value(QStringLiteral("missing_shards")).toArray(), QJsonArray{0});

        // Refused: a shard of another scan, a shard that lost a row.
        QJsonObject other = shards[1];
        other.insert(QStringLiteral("expression"), QStringLiteral("close"));
        QVERIFY(!mergeScanJson({shards[0], other}));
        // A list edited between the shards' runs (same name and size, other members).
        ScanRequest edited = request;
        edited.symbols[4] = QStringLiteral("B");
        edited.shard = {1, 3};
        const auto changed = mergeScanJson({shards[0], scanJson(*runScan(m_small, edited), edited, QStringLiteral("L"))});
        QVERIFY(!changed);
        QVERIFY(changed.error().message.contains(QStringLiteral("list_sha256")));
        QJsonObject lossy = shards[1]; // shard 1/3: positions 1 and 2 (C skipped, A)
        lossy.insert(QStringLiteral("skipped"), QJsonArray{});
        const auto refused = mergeScanJson({shards[0], lossy, shards[2]});
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("accounts for 1 of the 2")));
    }

    // An exploration: columns beside the ranked value, and a filter. On the last bars (day 109):
    // A closes 10 after 9 (SMA(3) 9), B 1 after 2 (filtered out: not rising), D 6 after 5 (two
    // bars: SMA(3) undefined, a blank cell, not a skip).
    void explorationColumnsAndFilter()
    {
        ScanRequest request;
        request.symbols = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("D")};
        request.expression = expression("close");
        request.columns.push_back(*parseScanColumn(QStringLiteral("prev = ref(close, 1)")));
        request.columns.push_back(*parseScanColumn(QStringLiteral("sma3=sma(close, 3)")));
        request.filter = expression("close > ref(close, 1)");
        const auto r = runScan(m_small, request);
        QVERIFY(r);
        QCOMPARE(symbolsOf(*r), (QStringList{QStringLiteral("A"), QStringLiteral("D")}));
        QCOMPARE(r->rows[0].columns, (std::vector<double>{9, 9}));
        QCOMPARE(r->rows[1].columns[0], 5.0);
        QVERIFY(std::isnan(r->rows[1].columns[1]));
        QCOMPARE(r->filteredOut.size(), std::size_t(1));
        QCOMPARE(r->filteredOut[0].symbol, QStringLiteral("B"));
        QVERIFY(r->skipped.empty());

        const QJsonObject document = scanJson(*r, request, QStringLiteral("L"));
        QCOMPARE(document.value(QStringLiteral("filter")).toString(), QStringLiteral("close > ref(close, 1)"));
        QCOMPARE(document.value(QStringLiteral("columns")).toArray().size(), 2);
        const QJsonObject d = document.value(QStringLiteral("results")).toArray()[1].toObject();
        QVERIFY(d.value(QStringLiteral("columns")).toObject().value(QStringLiteral("sma3")).isNull());
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeScanCsv(buffer, document).ok());
        QCOMPARE(buffer.data(), QByteArray("rank,symbol,date,value,prev,sma3\n"
                                           "1,A,1970-04-20,10,9,9\n"
                                           "2,D,1970-04-20,6,5,\n"));

        // Shards account for the filtered symbols too, and merge into the whole.
        auto merged = mergeScanJson(shardDocuments(request, 2));
        QVERIFY(merged);
        merged->remove(QStringLiteral("complete"));
        merged->remove(QStringLiteral("missing_shards"));
        QJsonObject whole = document;
        whole.remove(QStringLiteral("shard"));
        QCOMPARE(*merged, whole);

        // Refusals: a name that is no name, a column's error at its place in the text, two
        // columns of one name, a filter that is a number.
        QVERIFY(!parseScanColumn(QStringLiteral("1x=close")));
        QVERIFY(!parseScanColumn(QStringLiteral("close")));
        const auto typo = parseScanColumn(QStringLiteral("x = smaa(close, 3)"));
        QVERIFY(!typo);
        QCOMPARE(typo.error().column, 5);
        request.shard = {};
        request.columns.push_back(*parseScanColumn(QStringLiteral("prev=close")));
        QVERIFY(!runScan(m_small, request));
        request.columns.pop_back();
        request.filter = expression("close");
        QCOMPARE(runScan(m_small, request).error().kind, ErrorKind::InvalidArgument);
    }

    void csvOfTheRankedRows()
    {
        ScanRequest request;
        request.symbols = {QStringLiteral("B"), QStringLiteral("A")};
        request.expression = expression("close / 4");
        const QJsonObject document = scanJson(*runScan(m_small, request), request, QStringLiteral("L"));
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writeScanCsv(buffer, document).ok());
        QCOMPARE(buffer.data(), QByteArray("rank,symbol,date,value\n"
                                           "1,A,1970-04-20,2.5\n"
                                           "2,B,1970-04-20,0.25\n"));
    }
};

QTEST_GUILESS_MAIN(TestScan)
#include "tst_scan.moc"
