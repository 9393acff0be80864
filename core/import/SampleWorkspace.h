#pragma once

#include "util/Error.h"
#include "util/TaskControl.h"

#include <QString>

#include <memory>

namespace rutile {

class Workspace;

/// Settings key naming the workspace's default benchmark symbol.
inline constexpr auto kBenchmarkSettingKey = "benchmark";

/// Name of the watchlist that holds the synthetic constituent universe.
inline constexpr auto kSampleUniverseList = "SAMPLE-UNIVERSE";
/// Size of the universe `rutile-cli sample` writes by default.
inline constexpr int kDefaultSampleUniverse = 2000;

/// Writes the two synthetic indices of generateSampleMarket() into `workspace`, marked
/// synthetic and named as such, makes the large-cap series the default benchmark and, when
/// `universe` > 0, adds that many synthetic constituents (index/SampleUniverse.h) with their
/// sectors, share counts and splits, listed in the watchlist SAMPLE-UNIVERSE. One transaction:
/// on an error or a cancellation the workspace is left as it was.
Status populateSampleWorkspace(Workspace &workspace, int universe = 0, const TaskControl &control = {});

/// Adds only the synthetic universe (and its watchlist) to a workspace that holds the sample
/// indices, leaving them and the settings alone: what the Index Lab's Generate does. Refuses a
/// workspace without SYN-SMALL. One transaction, like populateSampleWorkspace().
Status populateSampleUniverse(Workspace &workspace, int universe, const TaskControl &control = {});

/// Opens the sample workspace at `path`, generating its data the first time.
Result<std::unique_ptr<Workspace>> openSampleWorkspace(const QString &path);

} // namespace rutile
