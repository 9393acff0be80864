#include "import/WorkspaceIndex.h"

#include "data/Symbol.h"
#include "index/HoldingsAnalysis.h"
#include "storage/Workspace.h"

#include "storage/ParallelBarReader.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <utility>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::WorkspaceIndex)
};

QString weightingTitle(index::Weighting w)
{
    switch (w) {
    case index::Weighting::Cap: return Text::tr("Cap-weighted");
    case index::Weighting::Float: return Text::tr("Float-weighted");
    case index::Weighting::Equal: return Text::tr("Equal-weighted");
    }
    return {};
}

// Product of the ratios of the splits after `day`: turns a share count of that day into the
// units of split-adjusted prices.
double splitsAfter(const CorporateActions &actions, QDate day)
{
    double product = 1;
    for (const Split &s : actions.splits) {
        if (s.date > day)
            product *= s.ratio();
    }
    return product;
}

} // namespace

Result<WorkspaceIndex> buildWorkspaceIndex(const Workspace &workspace, const IndexSource &source,
                                           const index::IndexOptions &options, const TaskControl &control)
{
    // The candidates, with fixed units when they come from a fund.
    QStringList symbols;
    std::vector<double> fundUnits;
    QStringList fundSectors;
    QStringList notSymbols;
    QDate asOf;
    if (!source.list.isEmpty()) {
        const auto list = workspace.watchlist(source.list);
        if (!list)
            return list.error();
        symbols = *list;
    } else if (!source.holdings.isEmpty()) {
        const auto snapshot = workspace.readHoldings(source.holdings, source.holdingsAsOf);
        if (!snapshot)
            return snapshot.error();
        asOf = snapshot->asOf;
        // The fund's listed stocks, a stock on two rows (ADRO in IWM's file) as one; tickers
        // that are no symbol can have no history and are reported as missing.
        const index::ListedEquities listed = index::listedEquities(*snapshot);
        for (const index::ListedEquity &e : listed.stocks) {
            if (!(e.quantity > 0))
                continue;
            symbols.push_back(e.symbol);
            fundUnits.push_back(e.quantity);
            fundSectors.push_back(e.sector);
        }
        notSymbols = listed.notSymbols;
        if (symbols.isEmpty())
            return Error::invalidInput(Text::tr("the %1 holdings of %2 hold no listed equity")
                                           .arg(source.holdings, asOf.toString(Qt::ISODate)));
    } else {
        return Error::invalidArgument(Text::tr("name a watchlist or a holdings snapshot to build the index from"));
    }

    const auto cached = workspace.readSymbols();
    if (!cached)
        return cached.error();
    QHash<QString, const SymbolInfo *> bySymbol;
    for (const SymbolInfo &info : *cached)
        bySymbol.insert(info.symbol, &info);

    WorkspaceIndex out;
    std::vector<std::unique_ptr<BarSeries>> bars;
    std::vector<index::Constituent> constituents;
    // The cached candidates, then their bars and units, read on every core.
    std::vector<qsizetype> wanted;
    QStringList wantedSymbols;
    for (qsizetype i = 0; i < symbols.size(); ++i) {
        const auto info = bySymbol.constFind(symbols[i]);
        if (info == bySymbol.constEnd() || (*info)->bars == 0) {
            out.missing.push_back(symbols[i]);
        } else {
            wanted.push_back(i);
            wantedSymbols.push_back(symbols[i]);
        }
    }
    out.missing += notSymbols;
    struct Read {
        BarSeries bars;
        std::vector<index::ShareCount> shares;
    };
    std::vector<Read> reads(wanted.size());
    // Share counts of every symbol in one query.
    QHash<QString, std::vector<index::ShareCount>> allCounts;
    if (fundUnits.empty()) {
        auto counts = workspace.readAllShareCounts();
        if (!counts)
            return counts.error();
        allCounts = std::move(*counts);
    }
    const TaskControl reading = control.part(0.0, 0.7);
    ParallelReadOptions parallel;
    parallel.columns = Workspace::Open | Workspace::Close | Workspace::Volume; // what the engine reads
    const Status read = readBarsInParallel(
        workspace.path(), wantedSymbols, parallel, reading,
        [&](const Workspace &own, qsizetype k, BarSeries &&series) -> Status {
            const qsizetype i = wanted[std::size_t(k)];
            Read &r = reads[std::size_t(k)];
            r.bars = std::move(series);
            if (fundUnits.empty()) {
                r.shares = allCounts.value(std::as_const(symbols)[i]);
                return {};
            }
            const auto actions = own.readCorporateActions(std::as_const(symbols)[i]);
            if (!actions)
                return actions.error();
            r.shares.push_back({toDayNumber(asOf), fundUnits[std::size_t(i)] * splitsAfter(*actions, asOf), 1.0});
            return {};
        });
    if (!read)
        return read.error();
    for (std::size_t k = 0; k < wanted.size(); ++k) {
        const qsizetype i = wanted[k];
        const SymbolInfo *info = bySymbol.value(symbols[i]);
        index::Constituent c;
        c.symbol = symbols[i];
        c.sector = fundUnits.empty() ? info->sector : fundSectors[i];
        c.shares = std::move(reads[k].shares);
        bars.push_back(std::make_unique<BarSeries>(std::move(reads[k].bars)));
        c.bars = bars.back().get();
        constituents.push_back(std::move(c));
        out.members.push_back(symbols[i]);
        out.synthetic = out.synthetic || info->synthetic;
    }
    if (constituents.empty())
        return Error::invalidInput(Text::tr("none of the %1 constituents is a cached symbol").arg(symbols.size()));

    auto build = index::buildIndex(constituents, options, control.part(0.7, 1.0));
    if (!build)
        return build.error();
    out.build = std::move(*build);
    const QString from = source.list.isEmpty()
        ? Text::tr("%1 holdings of %2").arg(source.holdings, asOf.toString(Qt::ISODate))
        : source.list;
    out.description = Text::tr("%1 index of %2 (%3 constituents, base %4)")
                          .arg(weightingTitle(options.weighting), from)
                          .arg(constituents.size())
                          .arg(options.base);
    if (out.synthetic)
        out.description += Text::tr(" - synthetic, not market data");
    return out;
}

Status storeWorkspaceIndex(Workspace &workspace, const QString &name, const IndexSource &source,
                           const WorkspaceIndex &index, const std::function<Status(qint64 bars)> &beforeCommit)
{
    if (const auto valid = parseSymbol(name); !valid || *valid != name)
        return valid ? Error::invalidArgument(Text::tr("store the index as %1, the symbol's canonical form").arg(*valid))
                     : valid.error();
    if (index.members.contains(name) || index.missing.contains(name))
        return Error::invalidArgument(Text::tr("%1 is one of the index's constituents; choose another name").arg(name));
    if (workspace.symbol(name)) {
        bool builtAsIndex = false;
        for (const ImportRecord &r : workspace.importLog()) {
            if (r.symbol == name) {
                builtAsIndex = r.format == QLatin1String(kIndexImportFormat);
                break;
            }
        }
        if (!builtAsIndex)
            return Error::invalidArgument(
                Text::tr("%1 is a cached symbol that was not built as an index; choose another name").arg(name));
    }
    BarSeries levels = index.build.levels;
    levels.symbol = name;
    ImportRecord provenance;
    provenance.symbol = name;
    provenance.file = source.list.isEmpty() ? Text::tr("holdings %1").arg(source.holdings)
                                            : Text::tr("watchlist %1").arg(source.list);
    provenance.format = QString::fromLatin1(kIndexImportFormat);
    provenance.rowsRead = qint64(levels.size());
    provenance.rowsImported = qint64(levels.size());
    StoreOptions options;
    options.replaceBars = true;
    options.beforeCommit = beforeCommit;
    const auto stored = workspace.storeSeries(levels, {index.description, index.synthetic}, provenance, {}, options);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace rutile
