#pragma once

#include <QString>

#include <optional>

namespace rutile {
class Workspace;
}

namespace rutile::risk {

/// The workspace's default benchmark: the symbol named by the workspace setting
/// kBenchmarkSettingKey ("benchmark"; the sample workspace sets SYN-LARGE) when that symbol
/// is in the workspace; otherwise the first of SPX, GSPC, ^GSPC present (the S&P 500 under
/// its usual tickers); otherwise none.
std::optional<QString> defaultBenchmark(const Workspace &workspace);

} // namespace rutile::risk
