#include "import/SampleWorkspace.h"

#include "data/SampleMarket.h"
#include "index/SampleUniverse.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace rutile {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::SampleWorkspace)
};
} // namespace

namespace {

// The universe's constituents and its watchlist, inside the caller's transaction.
Status writeUniverse(WorkspaceBatch &batch, const BarSeries &market, int universe, const TaskControl &control,
                     const QString &path)
{
    index::SampleUniverseModel model;
    model.constituents = universe;
    QStringList members;
    Status failure;
    index::generateSampleUniverse(market, model, [&](index::SampleConstituent &&c) {
        if (control.cancelled()) {
            failure = Error::cancelled(Text::tr("cancelled; the workspace is unchanged"), path);
            return false;
        }
        StoreOptions options;
        options.actions = &c.actions;
        options.shares = &c.shares;
        SymbolMetadata metadata{c.name, true};
        metadata.sector = c.sector;
        if (const auto stored = batch.storeSeries(c.bars, metadata, options); !stored) {
            failure = stored.error();
            return false;
        }
        members.push_back(c.bars.symbol);
        control.report(double(members.size()) / universe);
        return true;
    });
    if (!failure)
        return failure;
    return batch.setWatchlist(QString::fromLatin1(kSampleUniverseList), members);
}

} // namespace

Status populateSampleWorkspace(Workspace &workspace, int universe, const TaskControl &control)
{
    if (universe < 0)
        return Error::invalidArgument(Text::tr("the universe size must not be negative"));
    const SampleMarket market = generateSampleMarket();
    return workspace.writeBatch([&](WorkspaceBatch &batch) -> Status {
        const auto small = batch.storeSeries(
            market.smallCap,
            {Text::tr("Synthetic small-cap index (GARCH(1,1), Student-t shocks) - not market data"), true});
        if (!small)
            return small.error();
        const auto large = batch.storeSeries(
            market.largeCap,
            {Text::tr("Synthetic large-cap index (GARCH(1,1), Student-t shocks) - not market data"), true});
        if (!large)
            return large.error();
        if (Status s = batch.setSetting(QString::fromLatin1(kBenchmarkSettingKey), market.largeCap.symbol); !s)
            return s;
        return universe == 0 ? Status() : writeUniverse(batch, market.smallCap, universe, control, workspace.path());
    });
}

Status populateSampleUniverse(Workspace &workspace, int universe, const TaskControl &control)
{
    if (universe <= 0)
        return Error::invalidArgument(Text::tr("the universe size must be positive"));
    const SampleMarket market = generateSampleMarket();
    const auto stored = workspace.readBars(market.smallCap.symbol);
    if (!stored || stored->close != market.smallCap.close)
        return Error::invalidInput(Text::tr("the sample universe is generated around the sample's %1, which this "
                                            "workspace does not hold")
                                       .arg(market.smallCap.symbol),
                                   workspace.path());
    return workspace.writeBatch(
        [&](WorkspaceBatch &batch) { return writeUniverse(batch, market.smallCap, universe, control, workspace.path()); });
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
