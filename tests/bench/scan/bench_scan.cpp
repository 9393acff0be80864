// The universe issue's speed bars for scans, on the sample's 2,000-stock universe (about 9,800
// bars each, written once per process): a scan of a three-indicator expression (under 2 s on 2
// cores), an sma_cross backtest of every symbol (under 3 s) and an 80-point sma_cross grid
// optimised on every symbol (under 120 s), each the whole core call of
// `rutile-cli scan` (reading every symbol's bars from SQLite included); and a top-20
// monthly-rebalanced portfolio backtest over the list (under 2 s), the whole core call of
// `rutile-cli portfolio`. Peak resident memory is a counter.
//
//   build/speed/tests/bench/scan/bench_scan

#include "import/SampleWorkspace.h"
#include "scan/Portfolio.h"
#include "scan/Scan.h"
#include "storage/Workspace.h"
#include "rules/WorkspaceRules.h"
#include "strategy/StrategyRegistry.h"

#include "PeakMemory.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace rutile;
using rutile::bench::peakResidentMegabytes;

namespace {

constexpr int kUniverse = 2000;

// The sample workspace with its universe, written once for every benchmark of the process.
struct Universe {
    QTemporaryDir dir;
    QString path;
    QStringList list;
    double writeSeconds = 0;
    bool ok = false;

    Universe()
    {
        path = dir.filePath(QStringLiteral("sample.rutile"));
        QElapsedTimer timer;
        timer.start();
        auto ws = Workspace::open(path);
        ok = ws && populateSampleWorkspace(**ws, kUniverse).ok();
        writeSeconds = timer.elapsed() / 1000.0;
        if (ok)
            list = (*ws)->watchlist(QString::fromLatin1(kSampleUniverseList)).value();
    }
};

const Universe &universe()
{
    static const Universe u;
    return u;
}

// Runs `request` over the universe for every iteration; the last run's counts and the memory
// as counters.
void runScans(benchmark::State &state, scan::ScanRequest request)
{
    const Universe &u = universe();
    if (!u.ok) {
        state.SkipWithError("cannot write the sample universe");
        return;
    }
    request.symbols = u.list;
    Result<scan::ScanResult> last = Error::cancelled();
    for (auto _ : state) {
        last = scan::runScan(u.path, request);
        if (!last) {
            state.SkipWithError("scan failed");
            return;
        }
    }
    state.counters["evaluated"] = double(last->rows.size());
    state.counters["skipped"] = double(last->skipped.size());
    state.counters["peak_rss_MB"] = peakResidentMegabytes();
    state.counters["sample_write_s"] = u.writeSeconds;
}

void BM_ScanThreeIndicatorExpression(benchmark::State &state)
{
    scan::ScanRequest request;
    request.expression =
        scan::compileScanExpression(QStringLiteral("close > sma(close, 200) and rsi(close, 14) < 30 and close > ema(close, 50)"))
            .value();
    runScans(state, std::move(request));
}
BENCHMARK(BM_ScanThreeIndicatorExpression)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ScanSmaCrossBacktests(benchmark::State &state)
{
    const strategy::StrategyDescriptor *sma = strategy::StrategyRegistry::builtIn().find(u"sma_cross");
    scan::ScanRequest request;
    request.strategy = rules::builtInStrategy(*sma);
    request.params = strategy::resolveParams(*sma, {}).value();
    runScans(state, std::move(request));
}
BENCHMARK(BM_ScanSmaCrossBacktests)->Unit(benchmark::kMillisecond)->Iterations(3);

// An 80-point sma_cross grid (fast 5..50 by 5, slow 60..200 by 20) optimised on every symbol
// alone (under 120 s): `scan --strategy sma_cross --grid ... --grid ...`.
void BM_ScanSmaCrossGridPerSymbol(benchmark::State &state)
{
    const strategy::StrategyDescriptor *sma = strategy::StrategyRegistry::builtIn().find(u"sma_cross");
    scan::ScanRequest request;
    request.strategy = rules::builtInStrategy(*sma);
    request.params = strategy::resolveParams(*sma, {}).value();
    request.grid.base = request.params;
    request.grid.axes = {backtest::GridAxis::range(*findParam(sma->params, u"fast"), 5, 50, 5).value(),
                         backtest::GridAxis::range(*findParam(sma->params, u"slow"), 60, 200, 20).value()};
    state.counters["grid_points"] = double(request.grid.size());
    runScans(state, std::move(request));
}
BENCHMARK(BM_ScanSmaCrossGridPerSymbol)->Unit(benchmark::kMillisecond)->Iterations(1);

// 126-day momentum among the stocks above their 200-day average, the best 20 held in equal
// weights, rebalanced monthly, 0.05 % commission and 5 bps slippage; SYN-LARGE as benchmark.
void BM_PortfolioTopTwentyMonthly(benchmark::State &state)
{
    const Universe &u = universe();
    if (!u.ok) {
        state.SkipWithError("cannot write the sample universe");
        return;
    }
    scan::PortfolioRequest request;
    request.symbols = u.list;
    request.rank = scan::compileScanExpression(QStringLiteral("change(close, 126) / ref(close, 126)")).value();
    request.filter = scan::compileScanExpression(QStringLiteral("close > sma(close, 200)")).value();
    request.settings.top = 20;
    request.config.commission = backtest::PercentCommissionParams{0.0005};
    request.config.slippage.bps = 5;
    request.benchmark = QStringLiteral("SYN-LARGE");
    Result<scan::PortfolioResult> last = Error::cancelled();
    for (auto _ : state) {
        last = scan::runPortfolio(u.path, request);
        if (!last) {
            state.SkipWithError("portfolio failed");
            return;
        }
    }
    state.counters["rebalances"] = double(last->rebalances.size());
    state.counters["trades"] = double(last->tradeStats.trades);
    state.counters["days"] = double(last->days.size());
    state.counters["peak_rss_MB"] = peakResidentMegabytes();
}
BENCHMARK(BM_PortfolioTopTwentyMonthly)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
