// Reports and the journal on the RUT history of ../shared/data (a random walk without it):
//
// - BacktestReportPdf / BacktestReportHtml: the ten years 2014-08 to 2024-08 (about 2,520 bars)
//   of sma_cross(20,50) with 0.05 % commission: the journal entry's report built
//   (core/reporting) and written (ui/report) to memory. Target of the issue: < 1 s each.
// - GridSearch / GridSearchJournaled: sma_cross over fast 5..50 step 5 (or 2..101 step 1) × slow
//   60..200 step 10 (150 or 1,500 points) on the whole history, alone and then with what
//   journaling adds: the best point run again in full, the entry built and appended to a
//   workspace. Target: < 5 % more.
// - JournalParts: those steps one by one (the entry's time includes the data fingerprint's).
// - AppGridRun: the same grids as the app runs them (ui/backtest/BacktestRunner: the bars read
//   from the workspace, the search, the outcome delivered to the GUI thread), the job journaled
//   or not (journal:1/0). Real time is until the results reach the GUI thread (finished());
//   the counter `journaled_ms` is until the entry is committed (journaled()), which the app
//   writes behind the results. Each iteration waits for the entry, so no commit overlaps the
//   next search.
//
// Figures are meaningful from an optimised build only (Release).

#include "BenchBars.h"

#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "backtest/ParameterGrid.h"
#include "backtest/BacktestRunner.h"
#include "journal/DataFingerprint.h"
#include "journal/RunEntries.h"
#include "report/HtmlReportWriter.h"
#include "report/PdfReportWriter.h"
#include "report/ReportChartPlot.h"
#include "reporting/BacktestReport.h"
#include "storage/Workspace.h"
#include "strategy/StrategyRegistry.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace rutile;

namespace {

const strategy::StrategyDescriptor &smaCross()
{
    return *strategy::StrategyRegistry::builtIn().find(QStringLiteral("sma_cross"));
}

trading::MarketData marketData()
{
    static const BarSeries bars = bench::rutHistoryOrWalk();
    return trading::MarketData(bars);
}

/// The last ten years' backtest, journaled as the CLI journals it (the entry, not yet stored).
RunRecord tenYearEntry()
{
    const trading::MarketData data = marketData();
    backtest::RunOptions range;
    range.first = data.size() > 2520 ? data.size() - 2520 : 0;
    backtest::BacktestConfig config;
    config.commission = backtest::PercentCommissionParams{0.0005};
    const ParamValues params{{QStringLiteral("fast"), 20}, {QStringLiteral("slow"), 50}};
    const auto result = backtest::runBacktest(data, smaCross(), params, config, range);
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    journal::StrategyRunInputs inputs;
    inputs.data.symbol = data.leg(0).symbol;
    inputs.strategy = &smaCross();
    inputs.params = result->params;
    inputs.config = config;
    RunRecord entry = journal::backtestEntry(inputs, data, *result);
    entry.id = 1;
    return entry;
}

void BacktestReportPdf(benchmark::State &state)
{
    const RunRecord entry = tenYearEntry();
    qint64 bytes = 0;
    for (auto _ : state) {
        const auto document = reporting::backtestReport(entry);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (Status s = ui::writePdfReport(*document, ui::recordReportCharts(*document), buffer); !s)
            state.SkipWithError(qPrintable(s.error().message));
        bytes = buffer.size();
    }
    state.counters["bars"] = double(entry.results.value(QStringLiteral("bars")).toInteger());
    state.counters["kB"] = double(bytes) / 1024;
}
BENCHMARK(BacktestReportPdf)->Unit(benchmark::kMillisecond)->UseRealTime();

void BacktestReportHtml(benchmark::State &state)
{
    const RunRecord entry = tenYearEntry();
    qint64 bytes = 0;
    for (auto _ : state) {
        const auto document = reporting::backtestReport(entry);
        const auto html = ui::htmlReport(*document, ui::recordReportCharts(*document));
        if (!html)
            state.SkipWithError(qPrintable(html.error().message));
        bytes = html ? html->size() : 0;
    }
    state.counters["kB"] = double(bytes) / 1024;
}
BENCHMARK(BacktestReportHtml)->Unit(benchmark::kMillisecond)->UseRealTime();

/// sma_cross over fast 5..50 step 5 (10 values) or 2..101 (100 values) × slow 60..200 step 10.
backtest::ParameterGrid grid(int fastValues = 10)
{
    backtest::ParameterGrid g;
    g.axes.push_back(fastValues == 10 ? *backtest::GridAxis::range(smaCross().params[0], 5, 50, 5)
                                      : *backtest::GridAxis::range(smaCross().params[0], 2, 1 + fastValues, 1));
    g.axes.push_back(*backtest::GridAxis::range(smaCross().params[1], 60, 200, 10));
    return g;
}

/// The grid search's inputs as the CLI journals them.
journal::StrategyRunInputs gridInputs(const trading::MarketData &data, const backtest::ParameterGrid &g,
                                      const backtest::OptimizerConfig &config)
{
    journal::StrategyRunInputs inputs;
    inputs.data.symbol = data.leg(0).symbol;
    inputs.strategy = &smaCross();
    inputs.grid = g;
    inputs.optimizer = config;
    return inputs;
}

void gridSearch(benchmark::State &state, bool journaled)
{
    const trading::MarketData data = marketData();
    const backtest::ParameterGrid g = grid(int(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.rutile"));
    if (!Workspace::open(path))
        qFatal("cannot create the workspace");
    backtest::OptimizerConfig config;
    config.threads = 2;
    for (auto _ : state) {
        auto result = backtest::optimize(data, smaCross(), g, {}, config, {});
        if (!result)
            state.SkipWithError(qPrintable(result.error().message));
        if (journaled) {
            const auto best = journal::rerunBestPoint(data, smaCross(), *result, {}, {});
            const auto inputs = gridInputs(data, g, config);
            if (!journal::journalRun(path, journal::optimizationEntry(inputs, data, *result, best ? &*best : nullptr)))
                state.SkipWithError("journaling failed");
        }
    }
    state.counters["points"] = double(g.size());
}

/// The parts of journaling one grid search, to see where its time goes.
void JournalParts(benchmark::State &state)
{
    const trading::MarketData data = marketData();
    const backtest::ParameterGrid g = grid(int(state.range(1)));
    backtest::OptimizerConfig config;
    config.threads = 2;
    const auto result = backtest::optimize(data, smaCross(), g, {}, config, {});
    const journal::StrategyRunInputs inputs = gridInputs(data, g, config);
    const auto best = journal::rerunBestPoint(data, smaCross(), *result, {}, {});
    const RunRecord entry = journal::optimizationEntry(inputs, data, *result, &*best);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.rutile"));
    if (!Workspace::open(path))
        qFatal("cannot create the workspace");
    for (auto _ : state) {
        switch (state.range(0)) {
        case 0: benchmark::DoNotOptimize(journal::rerunBestPoint(data, smaCross(), *result, {}, {})); break;
        case 1: benchmark::DoNotOptimize(journal::fingerprint(data)); break;
        case 2: benchmark::DoNotOptimize(journal::optimizationEntry(inputs, data, *result, &*best)); break;
        case 3: benchmark::DoNotOptimize(journal::journalRun(path, entry)); break;
        }
    }
}
BENCHMARK(JournalParts)
    ->ArgNames({"rerun_fingerprint_entry_append", "fast_values"})
    ->ArgsProduct({{0, 1, 2, 3}, {10, 100}})
    ->Unit(benchmark::kMillisecond);

void GridSearch(benchmark::State &state) { gridSearch(state, false); }
void GridSearchJournaled(benchmark::State &state) { gridSearch(state, true); }
BENCHMARK(GridSearch)->ArgName("fast_values")->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3);
BENCHMARK(GridSearchJournaled)->ArgName("fast_values")->Arg(10)->Arg(100)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(3);

/// The bench's bars keep their file's name (none for the random walk); the workspace needs one.
QString benchSymbol()
{
    const QString symbol = marketData().leg(0).symbol;
    return symbol.isEmpty() ? QStringLiteral("BENCH") : symbol;
}

/// A workspace holding the bench's bars, for the jobs that read them as the app does.
const QString &appWorkspace()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("app.rutile"));
        auto ws = Workspace::open(p);
        if (!ws)
            qFatal("%s", qPrintable(ws.error().toString()));
        BarSeries bars = marketData().leg(0);
        bars.symbol = benchSymbol();
        const auto stored = (*ws)->storeSeries(bars, SymbolMetadata{QStringLiteral("bench")});
        if (!stored)
            qFatal("%s", qPrintable(stored.error().toString()));
        return p;
    }();
    return path;
}

void AppGridRun(benchmark::State &state)
{
    ui::BacktestJob job;
    job.kind = ui::BacktestJob::Kind::Optimization;
    job.workspacePath = appWorkspace();
    job.strategy = QStringLiteral("sma_cross");
    job.data.symbol = benchSymbol();
    job.grid = grid(int(state.range(1)));
    job.grid.base = defaultValues(smaCross().params);
    job.optimizer.threads = 2;
    job.journal = state.range(0) != 0;
    ui::BacktestRunner runner;
    QEventLoop loop;
    QElapsedTimer timer;
    double journaledMs = 0;
    QObject::connect(&runner, &ui::BacktestRunner::finished, &loop, [&](const ui::BacktestOutcomePtr &outcome) {
        state.SetIterationTime(timer.nsecsElapsed() / 1e9);
        if (!outcome->ok())
            state.SkipWithError(qPrintable(outcome->error.message));
        if (!outcome->isJournaled())
            loop.quit();
    });
    QObject::connect(&runner, &ui::BacktestRunner::journaled, &loop, [&](const ui::BacktestOutcomePtr &outcome) {
        journaledMs += timer.nsecsElapsed() / 1e6;
        if (!outcome->entry || outcome->entry->id <= 0)
            state.SkipWithError("journaling failed");
        loop.quit();
    });
    for (auto _ : state) {
        timer.start();
        if (!runner.start(job))
            state.SkipWithError("the runner was busy");
        loop.exec();
    }
    state.counters["points"] = double(job.grid.size());
    if (job.journal)
        state.counters["journaled_ms"] = benchmark::Counter(journaledMs, benchmark::Counter::kAvgIterations);
}
BENCHMARK(AppGridRun)
    ->ArgNames({"journal", "fast_values"})
    ->ArgsProduct({{0, 1}, {10, 100}})
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->MinTime(3);

} // namespace
