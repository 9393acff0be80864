// Foundation throughput: parsing a 1,000,000-row Yahoo CSV, importing it end to end into
// an empty cache (file read, parse, validation, one SQLite transaction, commit), and
// reading 10,000 bars of one symbol back. Items are rows, so Google Benchmark prints rows/s.

#include "data/CsvLayout.h"
#include "data/HistoryParser.h"
#include "import/HistoryImporter.h"
#include "storage/Workspace.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <cmath>
#include <random>

using namespace rutile;

namespace {

// A Yahoo "classic" download: six decimals, a random walk, one row per calendar day.
QByteArray yahooCsv(int rows)
{
    QByteArray csv = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    csv.reserve(qsizetype(rows) * 80);
    std::mt19937_64 rng(42);
    std::normal_distribution<double> step(0.0, 0.01);
    double close = 1000.0;
    QDate day(1900, 1, 1);
    char line[160];
    for (int i = 0; i < rows; ++i, day = day.addDays(1)) {
        const double open = close;
        close = open * std::exp(step(rng));
        const double high = std::max(open, close) * 1.004;
        const double low = std::min(open, close) * 0.996;
        const int n = std::snprintf(line, sizeof line, "%04d-%02d-%02d,%.6f,%.6f,%.6f,%.6f,%.6f,%lld\n", day.year(),
                                    day.month(), day.day(), open, high, low, close, close,
                                    static_cast<long long>(1000000 + i));
        csv.append(line, n);
    }
    return csv;
}

const QByteArray &millionRows()
{
    static const QByteArray csv = yahooCsv(1'000'000);
    return csv;
}

void BM_ParseYahooCsv(benchmark::State &state)
{
    const QByteArray &csv = millionRows();
    const CsvLayout layout = *detectLayout(csv, CsvFormat::Auto);
    for (auto _ : state) {
        auto parsed = parseHistory(csv, layout);
        benchmark::DoNotOptimize(parsed.value().series.close.data());
    }
    state.SetItemsProcessed(state.iterations() * 1'000'000);
    state.SetBytesProcessed(state.iterations() * csv.size());
}
BENCHMARK(BM_ParseYahooCsv)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ImportIntoEmptyCache(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString csvPath = dir.filePath(QStringLiteral("BENCH.csv"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly))
            state.SkipWithError("cannot write the CSV");
        file.write(millionRows());
    }
    int round = 0;
    for (auto _ : state) {
        const QString dbPath = dir.filePath(QStringLiteral("cache-%1.rutile").arg(round++));
        auto ws = Workspace::open(dbPath);
        ImportRequest request;
        request.filePath = csvPath;
        const auto report = importHistory(**ws, request);
        if (!report || report->rowsImported != 1'000'000)
            state.SkipWithError("import failed");
        state.PauseTiming();
        ws->reset();
        QFile::remove(dbPath);
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * 1'000'000);
}
BENCHMARK(BM_ImportIntoEmptyCache)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void BM_Read10000Bars(benchmark::State &state)
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("read.rutile")));
    // Three symbols, so the read has to pick its rows out of a shared table.
    const QByteArray csv = yahooCsv(10'000);
    const CsvLayout layout = *detectLayout(csv, CsvFormat::Auto);
    for (const char *symbol : {"AAA", "RUT", "ZZZ"}) {
        auto parsed = parseHistory(csv, layout);
        parsed->series.symbol = QString::fromLatin1(symbol);
        (void)(*ws)->storeSeries(parsed->series, {});
    }
    for (auto _ : state) {
        auto bars = (*ws)->readBars(QStringLiteral("RUT"));
        if (!bars || bars->size() != 10'000)
            state.SkipWithError("read failed");
        benchmark::DoNotOptimize(bars->close.data());
    }
    state.SetItemsProcessed(state.iterations() * 10'000);
}
BENCHMARK(BM_Read10000Bars)->Unit(benchmark::kMicrosecond);

} // namespace
