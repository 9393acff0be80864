#include "risk/BenchmarkChoice.h"

#include "import/SampleWorkspace.h"
#include "storage/Workspace.h"

namespace rutile::risk {

std::optional<QString> defaultBenchmark(const Workspace &workspace)
{
    if (const auto setting = workspace.setting(QString::fromLatin1(kBenchmarkSettingKey))) {
        const QString symbol = setting->trimmed();
        if (!symbol.isEmpty() && workspace.symbol(symbol))
            return symbol;
    }
    for (const char *candidate : {"SPX", "GSPC", "^GSPC"}) {
        const QString symbol = QString::fromLatin1(candidate);
        if (workspace.symbol(symbol))
            return symbol;
    }
    return std::nullopt;
}

} // namespace rutile::risk
