#pragma once

#include "util/Error.h"

#include <QString>

#include <memory>

namespace rutile {

class Workspace;

/// Settings key naming the workspace's default benchmark symbol.
inline constexpr auto kBenchmarkSettingKey = "benchmark";

/// Writes the two synthetic indices of generateSampleMarket() into `workspace`, marked
/// synthetic and named as such, and makes the large-cap series the default benchmark.
Status populateSampleWorkspace(Workspace &workspace);

/// Opens the sample workspace at `path`, generating its data the first time.
Result<std::unique_ptr<Workspace>> openSampleWorkspace(const QString &path);

} // namespace rutile
