// Downloads: reading a 10,000-bar Yahoo chart response (the bar: under 5 ms), and
// updating 2,000 cached symbols against a loopback server, without a rate limit (what the
// machinery can do) and at a set rate (where the limit, not Rutile, decides the time).
//
//   build/speed/tests/bench/net/bench_net --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "FakeHttpServer.h"
#include "ProviderFixtures.h"
#include "import/HistoryDownload.h"
#include "net/Provider.h"
#include "storage/Workspace.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace rutile;
using namespace rutile::test;

namespace {

/// `n` weekdays of a random-looking walk ending 2024-12-31, as Yahoo sends them.
std::vector<FixtureRow> history(int n, double start)
{
    std::vector<FixtureRow> rows;
    QDate d(2024, 12, 31);
    std::vector<QDate> days;
    while (int(days.size()) < n) {
        if (d.dayOfWeek() <= 5)
            days.push_back(d);
        d = d.addDays(-1);
    }
    std::reverse(days.begin(), days.end());
    double c = start;
    unsigned s = 12345;
    for (const QDate &day : days) {
        s = s * 1103515245u + 12345u;
        const double r = (double((s >> 8) & 0xffff) / 65535.0 - 0.5) * 0.02;
        const double open = c;
        c = c * (1 + r);
        rows.push_back({day, open, std::max(open, c) * 1.004, std::min(open, c) * 0.996, c, c, 1.0e6 + (s & 0xfff)});
    }
    return rows;
}

void BM_ParseYahoo10kBars(benchmark::State &state)
{
    const QByteArray body = yahooChartBody(QStringLiteral("^RUT"), history(10000, 100),
                                           {{QDate(2020, 3, 20), 0.42, 0, 1}, {QDate(2021, 6, 21), 0, 2, 1}});
    for (auto _ : state) {
        auto parsed = net::parseProviderResponse(net::Provider::Yahoo, body, QStringLiteral("^RUT"));
        if (!parsed || parsed->bars.series.size() != 10000)
            state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(parsed);
    }
    state.counters["bytes"] = double(body.size());
    state.SetBytesProcessed(int64_t(state.iterations()) * body.size());
}
BENCHMARK(BM_ParseYahoo10kBars)->Unit(benchmark::kMillisecond);

/// A workspace of `symbols` downloaded symbols (250 bars each, to 2024-12-24) and a server that
/// answers each update with the overlap and the days to 2024-12-31.
struct UpdateFixture {
    QTemporaryDir dir;
    QString path;
    FakeHttpServer server;
    std::vector<DownloadJob> jobs;

    explicit UpdateFixture(int symbols)
    {
        path = dir.filePath(QStringLiteral("update.rutile"));
        auto ws = Workspace::open(path);
        const std::vector<FixtureRow> rows = history(255, 50);
        for (int i = 0; i < symbols; ++i) {
            const QString symbol = QStringLiteral("S%1").arg(i, 4, 10, QLatin1Char('0'));
            BarSeries cached;
            cached.symbol = symbol;
            for (std::size_t k = 0; k + 5 < rows.size(); ++k)
                cached.append({toDayNumber(rows[k].date), rows[k].open, rows[k].high, rows[k].low, rows[k].close,
                               rows[k].adjClose, rows[k].volume});
            SymbolMetadata meta;
            meta.source = QStringLiteral("yahoo");
            meta.remoteSymbol = symbol;
            if (!(*ws)->storeSeries(cached, meta))
                qFatal("cannot fill the workspace");
            const std::vector<FixtureRow> recent(rows.end() - 15, rows.end());
            server.route("/v8/finance/chart/" + symbol.toLatin1(), {FakeResponse::ok(yahooChartBody(symbol, recent))});
            jobs.push_back(DownloadJob{std::nullopt, symbol});
        }
    }
};

void runUpdate(benchmark::State &state, int symbols, double rate)
{
    UpdateFixture fixture(symbols);
    BatchOptions options;
    options.concurrency = 8;
    options.requestsPerSecond = rate;
    options.burst = 1;
    options.endpoint.baseUrl = fixture.server.baseUrl();
    double seconds = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const auto outcomes = runDownloads(fixture.path, fixture.jobs, options);
        seconds += timer.elapsed() / 1000.0;
        for (const DownloadOutcome &o : outcomes) {
            if (!o.ok()) {
                state.SkipWithError(qPrintable(o.error->toString()));
                return;
            }
        }
    }
    state.counters["symbols"] = symbols;
    state.counters["requests_per_s"] = benchmark::Counter(double(symbols) * state.iterations() / seconds);
}

void BM_Update2000SymbolsNoLimit(benchmark::State &state)
{
    runUpdate(state, 2000, 0);
}
BENCHMARK(BM_Update2000SymbolsNoLimit)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

void BM_Update2000SymbolsAt100PerSecond(benchmark::State &state)
{
    runUpdate(state, 2000, 100);
}
BENCHMARK(BM_Update2000SymbolsAt100PerSecond)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

} // namespace
