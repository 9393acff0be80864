#include "import/SampleWorkspace.h"

#include "data/SampleMarket.h"
#include "index/SampleUniverse.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QHash>

namespace rutile {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::SampleWorkspace)
};
} // namespace

namespace {

// Stores one constituent inside the caller's transaction.
Status storeConstituent(WorkspaceBatch &batch, const index::SampleConstituent &c)
{
    StoreOptions options;
    options.actions = &c.actions;
    options.shares = &c.shares;
    SymbolMetadata metadata{c.name, true};
    metadata.sector = c.sector;
    const auto stored = batch.storeSeries(c.bars, metadata, options);
    return stored ? Status() : Status(stored.error());
}

// Generates the universe around `market` and hands it to `store` in steps of `step`
// constituents (the last step may be shorter); the symbols go into `members` in order.
Status generateInSteps(const BarSeries &market, int universe, std::size_t step, const TaskControl &control,
                       const QString &path, QStringList &members,
                       const std::function<Status(std::vector<index::SampleConstituent> &)> &store)
{
    index::SampleUniverseModel model;
    model.constituents = universe;
    std::vector<index::SampleConstituent> pending;
    Status failure;
    const auto flush = [&] {
        failure = store(pending);
        pending.clear();
        return failure.ok();
    };
    index::generateSampleUniverse(market, model, [&](index::SampleConstituent &&c) {
        if (control.cancelled()) {
            failure = Error::cancelled({}, path);
            return false;
        }
        members.push_back(c.bars.symbol);
        pending.push_back(std::move(c));
        control.report(double(members.size()) / universe);
        return pending.size() < step || flush();
    });
    if (failure && !pending.empty())
        flush();
    return failure;
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
        if (universe == 0)
            return Status();
        QStringList members;
        const Status written = generateInSteps(market.smallCap, universe, 1, control, workspace.path(), members,
                                               [&](std::vector<index::SampleConstituent> &step) -> Status {
                                                   return storeConstituent(batch, step.front());
                                               });
        if (!written)
            return written;
        return batch.setWatchlist(QString::fromLatin1(kSampleUniverseList), members);
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
    // What an interrupted run committed: kept, not written again.
    QHash<QString, qint64> committed;
    for (const SymbolInfo &info : workspace.symbols())
        committed.insert(info.symbol, info.bars);
    QStringList members;
    const Status written = generateInSteps(
        market.smallCap, universe, kSampleUniverseStep, control, workspace.path(), members,
        [&](std::vector<index::SampleConstituent> &step) {
            return workspace.writeBatch([&](WorkspaceBatch &batch) -> Status {
                for (const index::SampleConstituent &c : step) {
                    if (committed.value(c.bars.symbol, -1) == qint64(c.bars.size()))
                        continue;
                    if (Status s = storeConstituent(batch, c); !s)
                        return s;
                }
                return {};
            });
        });
    if (!written)
        return written;
    return workspace.setWatchlist(QString::fromLatin1(kSampleUniverseList), members);
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
