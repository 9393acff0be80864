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

// The universe as a fund holding every constituent would list it on the last day: each at
// its float-adjusted market value (last close × shares × float factor), weights in percent of
// the whole. What the Index Lab's holdings and a build from holdings show on the sample.
index::HoldingsSnapshot sampleFund(std::vector<index::Holding> holdings, DayNumber lastDay)
{
    double total = 0;
    for (const index::Holding &h : holdings)
        total += h.marketValue;
    for (std::size_t i = 0; i < holdings.size(); ++i) {
        holdings[i].weightPercent = total > 0 ? 100 * holdings[i].marketValue / total : 0;
        holdings[i].line = qint64(i) + 2; // as under a header on line 1
    }
    index::HoldingsSnapshot fund;
    fund.fund = Text::tr("Synthetic small-cap fund - not market data");
    fund.asOf = toDate(lastDay);
    fund.holdings = std::move(holdings);
    return fund;
}

index::Holding holdingOf(const index::SampleConstituent &c)
{
    index::Holding h;
    h.ticker = c.bars.symbol;
    h.name = c.name;
    h.sector = c.sector;
    h.assetClass = QStringLiteral("Equity");
    h.price = c.bars.empty() ? 0 : c.bars.close.back();
    const index::ShareCount last = c.shares.empty() ? index::ShareCount{} : c.shares.back();
    h.quantity = last.shares * last.floatFactor;
    h.marketValue = h.price * h.quantity;
    h.notionalValue = h.marketValue;
    h.exchange = QStringLiteral("SYNTHETIC");
    h.currency = QStringLiteral("USD");
    return h;
}

// Generates the universe around `market` and hands it to `store` in steps of `step`
// constituents (the last step may be shorter); the symbols go into `members` in order, and
// the holding in the sample fund of each constituent listed on the last day into `holdings`.
Status generateInSteps(const BarSeries &market, int universe, std::size_t step, const TaskControl &control,
                       const QString &path, QStringList &members, std::vector<index::Holding> &holdings,
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
        // The fund of the last day holds the stocks still listed then: not the delisted ones.
        if (!c.bars.empty() && c.bars.day.back() == market.day.back())
            holdings.push_back(holdingOf(c));
        pending.push_back(std::move(c));
        control.report(double(members.size()) / universe);
        return pending.size() < step || flush();
    });
    if (failure && !pending.empty())
        flush();
    return failure;
}

// The universe's watchlist and its fund, in one transaction: a sample with its list (complete,
// for the app) has its fund.
Status listUniverse(WorkspaceBatch &batch, const QStringList &members, std::vector<index::Holding> holdings,
                    DayNumber lastDay)
{
    if (Status s = batch.setWatchlist(QString::fromLatin1(kSampleUniverseList), members); !s)
        return s;
    const auto fund = batch.storeHoldings(QString::fromLatin1(kSampleFundName), sampleFund(std::move(holdings), lastDay),
                                          QString::fromLatin1(kSampleFundFile));
    return fund ? Status() : Status(fund.error());
}

} // namespace

Status populateSampleWorkspace(Workspace &workspace, int universe, const TaskControl &control,
                               const std::function<Status(const SampleWritten &)> &beforeCommit)
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
        SampleWritten done{2, qint64(market.smallCap.size() + market.largeCap.size())};
        if (universe > 0) {
            QStringList members;
            std::vector<index::Holding> holdings;
            const Status written = generateInSteps(market.smallCap, universe, 1, control, workspace.path(), members,
                                                   holdings, [&](std::vector<index::SampleConstituent> &step) -> Status {
                                                       ++done.symbols;
                                                       done.bars += qint64(step.front().bars.size());
                                                       return storeConstituent(batch, step.front());
                                                   });
            if (!written)
                return written;
            if (Status s = listUniverse(batch, members, std::move(holdings), market.smallCap.day.back()); !s)
                return s;
        }
        return beforeCommit ? beforeCommit(done) : Status();
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
    std::vector<index::Holding> holdings;
    const Status written = generateInSteps(
        market.smallCap, universe, kSampleUniverseStep, control, workspace.path(), members, holdings,
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
    return workspace.writeBatch([&](WorkspaceBatch &batch) -> Status {
        return listUniverse(batch, members, std::move(holdings), market.smallCap.day.back());
    });
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
