// `list set NAME SYM...` (or `--all`, every cached symbol), `list from-holdings NAME HOLDINGS`
// and `list show NAME` (CLI.md "lists / scan"): named watchlists in the workspace. A list may
// name symbols that are not cached yet (a fund's stocks before their download); `show` says which.

#include "Cli.h"

#include "data/Symbol.h"
#include "index/HoldingsAnalysis.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::ListCommand)
};

// The symbols of `list` that the workspace does not hold.
QStringList uncached(const Workspace &workspace, const QStringList &list)
{
    QSet<QString> cached;
    for (const SymbolInfo &info : workspace.symbols())
        cached.insert(info.symbol);
    QStringList out;
    for (const QString &s : list) {
        if (!cached.contains(s))
            out.push_back(s);
    }
    return out;
}

/// The list's report (--json, or lines on stdout); for a saved list it is written inside the
/// transaction that saves it, so a report that cannot be written leaves the list as it was.
Status writeListReport(Context &ctx, const Workspace &workspace, const QString &name, const QStringList &symbols,
                       bool saved)
{
    const QStringList missing = uncached(workspace, symbols);
    return ctx.writeReport(
        [&] {
            return QJsonObject{{"name", name},
                               {"count", qint64(symbols.size())},
                               {"symbols", QJsonArray::fromStringList(symbols)},
                               {"not_cached", QJsonArray::fromStringList(missing)}};
        },
        [&](QTextStream &out) {
            // The CLI loads no catalogue, so plurals are spelled out rather than left to %n.
            const QString count = symbols.size() == 1 ? Text::tr("1 symbol") : Text::tr("%1 symbols").arg(symbols.size());
            out << (saved ? Text::tr("Saved watchlist %1: %2") : Text::tr("Watchlist %1: %2")).arg(name, count);
            if (!missing.isEmpty())
                out << Text::tr(", %1 not cached").arg(missing.size());
            out << Qt::endl;
            if (!saved)
                out << symbols.join(QLatin1Char(' ')) << Qt::endl;
        });
}

/// Saves the list and writes its report in one transaction.
int saveList(Context &ctx, Workspace &workspace, const QString &name, const QStringList &symbols)
{
    const Status s = workspace.writeBatch([&](WorkspaceBatch &batch) -> Status {
        if (Status saved = batch.setWatchlist(name, symbols); !saved)
            return saved;
        return writeListReport(ctx, workspace, name, symbols, true);
    });
    return s ? Success : ctx.fail(s.error());
}

// Every cached symbol, in the workspace's order (as the symbol list shows them).
int runSetAll(Context &ctx, const QString &name)
{
    // Nothing to list in a workspace that is not there: not created.
    if (auto existing = Workspace::open(ctx.dbPath, WorkspaceAccess::Read); !existing)
        return ctx.fail(existing.error());
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto cached = (*workspace)->readSymbols();
    if (!cached)
        return ctx.fail(cached.error());
    QStringList symbols;
    for (const SymbolInfo &info : *cached)
        symbols << info.symbol;
    if (symbols.isEmpty())
        return ctx.fail(Error::invalidInput(Text::tr("the workspace holds no symbol to list"), (*workspace)->path()));
    return saveList(ctx, **workspace, name, symbols);
}

int runSet(Context &ctx, const QString &name, const QStringList &given)
{
    if (ctx.parser.isSet(QStringLiteral("all"))) {
        if (!given.isEmpty())
            return ctx.usage(Text::tr("list set takes symbols or --all, not both"));
        return runSetAll(ctx, name);
    }
    if (given.isEmpty())
        return ctx.usage(Text::tr("list set takes the list's name and at least one symbol, or --all"));
    QStringList symbols;
    for (const QString &text : given) {
        const auto symbol = ctx.symbolArgument(text);
        if (!symbol)
            return ctx.fail(symbol.error());
        if (symbols.contains(*symbol))
            ctx.warn(Text::tr("%1 is given twice; the list holds it once").arg(*symbol));
        else
            symbols.push_back(*symbol);
    }
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    return saveList(ctx, **workspace, name, symbols);
}

int runFromHoldings(Context &ctx, const QString &name, const QString &fund)
{
    // The snapshot must exist: a missing workspace is an error here, not created.
    if (auto existing = Workspace::open(ctx.dbPath, WorkspaceAccess::Read); !existing)
        return ctx.fail(existing.error());
    const auto asOf = ctx.dateOption(QStringLiteral("as-of"));
    if (!asOf)
        return ctx.fail(asOf.error());
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto snapshot = (*workspace)->readHoldings(fund, *asOf);
    if (!snapshot)
        return ctx.fail(snapshot.error());
    const auto analysis = index::analyseHoldings(*snapshot);
    if (!analysis)
        return ctx.fail(analysis.error());
    // Largest weight first, as the fund ranks them; unlisted positions ("-") have no symbol.
    QStringList symbols;
    for (const index::WeightedHolding &h : analysis->ranked) {
        const auto symbol = normalizeSymbol(h.ticker);
        if (!symbol) {
            if (h.ticker != QLatin1String("-"))
                ctx.warn(Text::tr("%1 is not a symbol Rutile can hold; left out").arg(h.ticker));
            continue;
        }
        if (!symbols.contains(*symbol))
            symbols.push_back(*symbol);
    }
    if (symbols.isEmpty())
        return ctx.fail(Error::invalidInput(Text::tr("the %1 holdings of %2 hold no listed equity")
                                                .arg(fund, snapshot->asOf.toString(Qt::ISODate))));
    return saveList(ctx, **workspace, name, symbols);
}

int runShow(Context &ctx, const QString &name)
{
    auto workspace = Workspace::open(ctx.dbPath, WorkspaceAccess::Read);
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto symbols = (*workspace)->watchlist(name);
    if (!symbols)
        return ctx.fail(symbols.error());
    const Status s = writeListReport(ctx, **workspace, name, *symbols, false);
    return s ? Success : ctx.fail(s.error());
}

int runList(Context &ctx)
{
    const QStringList args = ctx.arguments();
    const QString action = args.value(0);
    if (ctx.parser.isSet(QStringLiteral("all")) && action != QLatin1String("set"))
        return ctx.usage(Text::tr("--all belongs to 'list set NAME --all'"));
    if (action == QLatin1String("set") && args.size() >= 2)
        return runSet(ctx, args[1], args.mid(2));
    if (action == QLatin1String("from-holdings") && args.size() == 3)
        return runFromHoldings(ctx, args[1], args[2]);
    if (action == QLatin1String("show") && args.size() == 2)
        return runShow(ctx, args[1]);
    return ctx.usage(Text::tr("list takes 'set NAME SYM...', 'from-holdings NAME HOLDINGS' or 'show NAME'"));
}

} // namespace

Command listCommand()
{
    return Command{
        QStringLiteral("list"),
        Text::tr("Watchlists: set NAME SYM... (or --all), from-holdings NAME HOLDINGS (a fund's stocks), show NAME."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("set, from-holdings or show."),
                                    Text::tr("set|from-holdings|show"));
            p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The watchlist's name."), Text::tr("NAME"));
            p.addPositionalArgument(QStringLiteral("ARGS"), Text::tr("set: the symbols; from-holdings: the fund."),
                                    Text::tr("[SYM...|HOLDINGS]"));
            p.addOptions({
                {QStringLiteral("as-of"), Text::tr("from-holdings: the snapshot of this date (default: the latest)."),
                 Text::tr("D")},
                {QStringLiteral("all"), Text::tr("set: every cached symbol, instead of symbols given.")},
                {QStringLiteral("json"), Text::tr("Write the list as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
            });
        },
        runList,
        {QStringLiteral("json")},
        WorkspaceAccess::OpenOrCreate,
    };
}

} // namespace rutile::cli
