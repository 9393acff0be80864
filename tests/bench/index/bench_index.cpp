// The index lab's speed bars (issue "Index lab"): importing the real IWM holdings export
// (under 50 ms) and building a 2,000-constituent index over the sample's 38 years (under 2 s
// on 2 cores), the engine alone on bars in memory and the whole call on a workspace (reading
// every constituent's bars, share counts and building). Peak resident memory is reported as a
// counter (Linux: getrusage's ru_maxrss, kilobytes), after the inputs are in memory.
//
//   build/speed/tests/bench/index/bench_index --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

#include "data/SampleMarket.h"
#include "import/HoldingsFile.h"
#include "import/SampleWorkspace.h"
#include "import/WorkspaceIndex.h"
#include "index/IndexEngine.h"
#include "index/SampleUniverse.h"
#include "storage/Workspace.h"

#include "PeakMemory.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace rutile;
using rutile::bench::peakResidentMegabytes;

namespace {

constexpr int kConstituents = 2000;

const std::vector<index::SampleConstituent> &universe()
{
    static const std::vector<index::SampleConstituent> all = [] {
        std::vector<index::SampleConstituent> out;
        index::SampleUniverseModel model;
        model.constituents = kConstituents;
        index::generateSampleUniverse(generateSampleMarket().smallCap, model, [&](index::SampleConstituent &&c) {
            out.push_back(std::move(c));
            return true;
        });
        return out;
    }();
    return all;
}

void BM_ImportIwmHoldings(benchmark::State &state)
{
    const QString file = QStringLiteral(RUTILE_SHARED_DATA_DIR "/IWM_holdings_2026-04-10.csv");
    if (!QFileInfo::exists(file)) {
        state.SkipWithError("../shared/data/IWM_holdings_2026-04-10.csv is missing");
        return;
    }
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("iwm.rutile")));
    for (auto _ : state) {
        auto read = readHoldingsFile(file);
        if (!read || !(*ws)->storeHoldings(read->name, read->snapshot, read->path)) {
            state.SkipWithError("import failed");
            return;
        }
        benchmark::DoNotOptimize(read);
    }
}
BENCHMARK(BM_ImportIwmHoldings)->Unit(benchmark::kMillisecond);

// The engine alone: 2,000 constituents' bars already in memory.
void BM_BuildIndexEngine(benchmark::State &state)
{
    const auto &all = universe();
    std::vector<index::Constituent> cs;
    std::size_t bars = 0;
    for (const index::SampleConstituent &c : all) {
        cs.push_back(index::Constituent{c.bars.symbol, c.sector, &c.bars, c.shares, {}});
        bars += c.bars.size();
    }
    index::IndexOptions options;
    options.weighting = index::Weighting(state.range(0));
    options.reconstitution = index::Reconstitution::AnnualJune;
    for (auto _ : state) {
        auto built = index::buildIndex(cs, options, TaskControl{});
        if (!built) {
            state.SkipWithError("build failed");
            return;
        }
        benchmark::DoNotOptimize(built);
    }
    state.counters["constituent_bars"] = double(bars);
    state.counters["peak_rss_MB"] = peakResidentMegabytes();
}
BENCHMARK(BM_BuildIndexEngine)->Arg(int(index::Weighting::Cap))->Arg(int(index::Weighting::Equal))->Unit(benchmark::kMillisecond);

// The whole call behind `rutile-cli index build --constituents SAMPLE-UNIVERSE`: read every
// constituent from the workspace, build, store the levels.
void BM_BuildIndexFromWorkspace(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.rutile"));
    {
        QElapsedTimer timer;
        timer.start();
        auto ws = Workspace::open(path);
        if (!ws || !populateSampleWorkspace(**ws, kConstituents)) {
            state.SkipWithError("cannot write the sample universe");
            return;
        }
        state.counters["sample_write_s"] = timer.elapsed() / 1000.0;
        state.counters["workspace_MB"] = QFileInfo(path).size() / 1048576.0;
    }
    auto ws = Workspace::open(path);
    IndexSource source;
    source.list = QString::fromLatin1(kSampleUniverseList);
    index::IndexOptions options;
    options.reconstitution = index::Reconstitution::AnnualJune;
    for (auto _ : state) {
        auto built = buildWorkspaceIndex(**ws, source, options);
        if (!built || !storeWorkspaceIndex(**ws, QStringLiteral("SYN-IDX"), source, *built)) {
            state.SkipWithError("build failed");
            return;
        }
        benchmark::DoNotOptimize(built);
    }
    state.counters["peak_rss_MB"] = peakResidentMegabytes();
}
BENCHMARK(BM_BuildIndexFromWorkspace)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
