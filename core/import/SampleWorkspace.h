#pragma once

#include "util/Error.h"
#include "util/TaskControl.h"

#include <QString>

#include <cstddef>
#include <functional>
#include <memory>

namespace rutile {

class Workspace;

/// Settings key naming the workspace's default benchmark symbol.
inline constexpr auto kBenchmarkSettingKey = "benchmark";

/// Name of the watchlist that holds the synthetic constituent universe.
inline constexpr auto kSampleUniverseList = "SAMPLE-UNIVERSE";
/// Name of the holdings snapshot of a synthetic fund that holds the whole universe at its
/// float-adjusted market values on the sample's last day, and the "file" it names.
inline constexpr auto kSampleFundName = "SAMPLE-FUND";
inline constexpr auto kSampleFundFile = "generated sample";
/// Size of the universe `rutile-cli sample` writes by default.
inline constexpr int kDefaultSampleUniverse = 2000;

/// Writes the two synthetic indices of generateSampleMarket() into `workspace`, marked
/// synthetic and named as such, makes the large-cap series the default benchmark and, when
/// `universe` > 0, adds that many synthetic constituents (index/SampleUniverse.h) with their
/// sectors, share counts and splits, listed in the watchlist SAMPLE-UNIVERSE and held by the
/// fund SAMPLE-FUND (a holdings snapshot of the last day). One transaction:
/// on an error or a cancellation the workspace is left as it was. `beforeCommit`, when given,
/// runs inside that transaction with what was written (the CLI's report: one it cannot write
/// leaves the workspace as it was too).
struct SampleWritten {
    qint64 symbols = 0;
    qint64 bars = 0;
};
Status populateSampleWorkspace(Workspace &workspace, int universe = 0, const TaskControl &control = {},
                               const std::function<Status(const SampleWritten &)> &beforeCommit = {});

/// Constituents per transaction of populateSampleUniverse(): some 50 ms of
/// writing, between which the universe's generation leaves the workspace to other writers.
inline constexpr std::size_t kSampleUniverseStep = 10;

/// Adds only the synthetic universe (its watchlist and fund) to a workspace that holds the sample
/// indices, leaving them and the settings alone: what the GUI does in the background when the
/// sample opens, and the Index Lab's Generate. Refuses a workspace without SYN-SMALL.
/// Written in steps of kSampleUniverseStep constituents, each its own transaction, so that
/// another writer (the main window saving a chart layout, an import) waits one step, not the
/// quarter minute of the whole; the watchlist and the fund come last, so the universe is listed
/// only when it is complete. A step an earlier run committed (cancelled, or the app killed) is not written
/// again: the next run resumes there.
Status populateSampleUniverse(Workspace &workspace, int universe, const TaskControl &control = {});

/// Opens the sample workspace at `path`, generating its data the first time.
Result<std::unique_ptr<Workspace>> openSampleWorkspace(const QString &path);

} // namespace rutile
