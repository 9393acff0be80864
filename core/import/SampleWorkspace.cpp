#include "import/SampleWorkspace.h"

#include "data/SampleMarket.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace rutile {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::SampleWorkspace)
};
} // namespace

Status populateSampleWorkspace(Workspace &workspace)
{
    const SampleMarket market = generateSampleMarket();
    const auto small = workspace.storeSeries(
        market.smallCap,
        {Text::tr("Synthetic small-cap index (GARCH(1,1), Student-t shocks) - not market data"), true});
    if (!small)
        return small.error();
    const auto large = workspace.storeSeries(
        market.largeCap,
        {Text::tr("Synthetic large-cap index (GARCH(1,1), Student-t shocks) - not market data"), true});
    if (!large)
        return large.error();
    return workspace.setSetting(QString::fromLatin1(kBenchmarkSettingKey), market.largeCap.symbol);
}

Result<std::unique_ptr<Workspace>> openSampleWorkspace(const QString &path)
{
    auto workspace = Workspace::open(path);
    if (!workspace)
        return workspace.error();
    if ((*workspace)->symbols().empty()) {
        if (Status s = populateSampleWorkspace(**workspace); !s)
            return s.error();
    }
    return std::move(*workspace);
}

} // namespace rutile
