// `index build NAME` (CLI.md "holdings / index"): an index level series from the constituents of
// a watchlist or a holdings snapshot, with its divisor kept continuous through entries, exits
// and share changes, stored as symbol NAME; the attribution of its return by constituent and
// sector comes with it.

#include "Cli.h"

#include "import/WorkspaceIndex.h"
#include "storage/Workspace.h"
#include "util/JsonNumber.h"
#include "util/RangeCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::IndexCommand)
};

QJsonObject resultJson(const QString &name, const index::IndexOptions &options, const WorkspaceIndex &w)
{
    const index::IndexBuild &b = w.build;
    QJsonObject events;
    for (auto kind : {index::IndexEvent::Kind::Entry, index::IndexEvent::Kind::Exit, index::IndexEvent::Kind::Shares,
                      index::IndexEvent::Kind::Rebalance}) {
        int count = 0;
        for (const index::IndexEvent &e : b.events)
            count += e.kind == kind;
        events.insert(index::eventKindName(kind), count);
    }
    QJsonArray constituents;
    for (const index::ConstituentContribution &c : b.contributions)
        constituents.append(QJsonObject{{"symbol", c.symbol}, {"sector", c.sector}, {"points", c.points},
                                        {"contribution", c.contribution}, {"average_weight", c.averageWeight}});
    QJsonArray sectors;
    for (const index::SectorContribution &s : b.sectors)
        sectors.append(QJsonObject{{"sector", s.sector}, {"constituents", s.constituents}, {"points", s.points},
                                   {"contribution", s.contribution}, {"average_weight", s.averageWeight}});
    return QJsonObject{
        {"name", name},
        {"description", w.description},
        {"weighting", index::weightingName(options.weighting)},
        {"reconstitution", options.reconstitution == index::Reconstitution::AnnualJune ? QStringLiteral("june")
                                                                                       : QStringLiteral("none")},
        {"base", options.base},
        {"constituents", qint64(w.members.size())},
        {"missing", QJsonArray::fromStringList(w.missing)},
        {"bars", qint64(b.levels.size())},
        {"first_date", jsonDate(b.levels.firstDate())},
        {"last_date", jsonDate(b.levels.lastDate())},
        {"last_level", jsonNumber(b.levels.empty() ? std::nan("") : b.levels.close.back())},
        {"members_last", b.members.empty() ? 0 : b.members.back()},
        {"events", events},
        {"attribution", QJsonObject{{"from", jsonDate(toDate(b.attributionFrom))},
                                    {"to", jsonDate(toDate(b.attributionTo))},
                                    {"return", jsonNumber(b.attributionReturn)},
                                    {"constituents", constituents},
                                    {"sectors", sectors}}},
    };
}

void printResult(QTextStream &out, const QString &name, const WorkspaceIndex &w)
{
    const QLocale c = QLocale::c();
    const index::IndexBuild &b = w.build;
    out << Text::tr("Stored %1: %2, %3 to %4, %5 bars, last level %6")
               .arg(name, w.description, b.levels.firstDate().toString(Qt::ISODate),
                    b.levels.lastDate().toString(Qt::ISODate))
               .arg(b.levels.size())
               .arg(c.toString(b.levels.close.back(), 'f', 2))
        << Qt::endl;
    out << Text::tr("%1 divisor adjustments (entries, exits, share changes, rebalances)").arg(b.events.size()) << Qt::endl;
    out << Text::tr("Return %1% from %2 to %3; largest contributions:")
               .arg(c.toString(100 * b.attributionReturn, 'f', 2), toDate(b.attributionFrom).toString(Qt::ISODate),
                    toDate(b.attributionTo).toString(Qt::ISODate))
        << Qt::endl;
    // The five largest and the five smallest (all of them when there are ten or fewer).
    const std::size_t n = b.contributions.size();
    const std::size_t head = n <= 10 ? n : 5;
    const auto row = [&](const index::ConstituentContribution &x) {
        out << QStringLiteral("  %1 %2 ").arg(x.symbol, -10).arg(x.sector.left(24), -24)
            << Text::tr("%1 pp").arg(c.toString(100 * x.contribution, 'f', 2), 8) << Qt::endl;
    };
    for (std::size_t i = 0; i < head; ++i)
        row(b.contributions[i]);
    if (n > 10) {
        out << Text::tr("smallest:") << Qt::endl;
        for (std::size_t i = n - 5; i < n; ++i)
            row(b.contributions[i]);
    }
    out << Text::tr("Sectors:") << Qt::endl;
    for (const index::SectorContribution &s : b.sectors)
        out << QStringLiteral("  %1 %2 ").arg(s.sector.left(28), -28).arg(s.constituents, 5)
            << Text::tr("%1 pp").arg(c.toString(100 * s.contribution, 'f', 2), 8) << Qt::endl;
}

int runIndex(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 2 || args[0] != QLatin1String("build"))
        return ctx.usage(Text::tr("index takes 'build NAME'"));
    const auto name = ctx.symbolArgument(args[1]);
    if (!name)
        return ctx.fail(name.error());

    IndexSource source;
    source.list = ctx.parser.value(QStringLiteral("constituents"));
    source.holdings = ctx.parser.value(QStringLiteral("holdings"));
    if (source.list.isEmpty() == source.holdings.isEmpty())
        return ctx.usage(Text::tr("give exactly one of --constituents LIST and --holdings NAME"));
    const auto asOf = ctx.dateOption(QStringLiteral("as-of"));
    if (!asOf)
        return ctx.fail(asOf.error());
    source.holdingsAsOf = *asOf;

    index::IndexOptions options;
    if (ctx.parser.isSet(QStringLiteral("weighting"))) {
        const auto w = index::weightingFromName(ctx.parser.value(QStringLiteral("weighting")));
        if (!w)
            return ctx.usage(Text::tr("--weighting takes cap, float or equal"));
        options.weighting = *w;
    }
    // A watchlist stands for an index that is reconstituted every June, a fund's holdings for
    // the portfolio of one date.
    options.reconstitution = source.list.isEmpty() ? index::Reconstitution::None : index::Reconstitution::AnnualJune;
    if (ctx.parser.isSet(QStringLiteral("reconstitution"))) {
        const QString r = ctx.parser.value(QStringLiteral("reconstitution"));
        if (r != QLatin1String("june") && r != QLatin1String("none"))
            return ctx.usage(Text::tr("--reconstitution takes june or none"));
        options.reconstitution = r == QLatin1String("june") ? index::Reconstitution::AnnualJune
                                                             : index::Reconstitution::None;
    }
    if (ctx.parser.isSet(QStringLiteral("base"))) {
        bool ok = false;
        options.base = ctx.parser.value(QStringLiteral("base")).toDouble(&ok);
        if (!ok)
            return ctx.usage(Text::tr("--base takes a number"));
        if (Status s = checkRange(QStringLiteral("--base"), options.base, 0, 1e12, RangeEnds::OpenBelow); !s)
            return ctx.usage(s.error().message);
    }
    for (auto [option, target] : {std::pair{QStringLiteral("from"), &options.from}, std::pair{QStringLiteral("to"), &options.to},
                                  std::pair{QStringLiteral("attribution-from"), &options.attributionFrom},
                                  std::pair{QStringLiteral("attribution-to"), &options.attributionTo}}) {
        const auto d = ctx.dateOption(option);
        if (!d)
            return ctx.fail(d.error());
        *target = *d;
    }

    // The index is written into an existing workspace: a missing one is an error, not created.
    if (auto existing = Workspace::open(ctx.dbPath, WorkspaceAccess::Read); !existing)
        return ctx.fail(existing.error());
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto built = buildWorkspaceIndex(**workspace, source, options);
    if (!built)
        return ctx.fail(built.error());
    if (!built->missing.isEmpty())
        ctx.warn(Text::tr("%1 of the constituents are not cached and were left out (first: %2)")
                     .arg(built->missing.size())
                     .arg(built->missing.first()));
    // The result is written inside the transaction: one it cannot write (a full disk, a closed
    // pipe) leaves the workspace as it was.
    const Status stored = storeWorkspaceIndex(**workspace, *name, source, *built, [&](qint64) {
        return ctx.writeReport([&] { return resultJson(*name, options, *built); },
                               [&](QTextStream &out) { printResult(out, *name, *built); });
    });
    return stored ? Success : ctx.fail(stored.error());
}

} // namespace

Command indexCommand()
{
    return Command{
        QStringLiteral("index"),
        Text::tr("Build an index from the constituents of a watchlist or a holdings snapshot and store it as a symbol (build NAME)."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("build."), Text::tr("build"));
            p.addPositionalArgument(QStringLiteral("NAME"), Text::tr("The symbol to store the index as."), Text::tr("NAME"));
            p.addOptions({
                {QStringLiteral("constituents"), Text::tr("The watchlist whose symbols are the constituents."), Text::tr("LIST")},
                {QStringLiteral("holdings"), Text::tr("The fund whose holdings snapshot gives the constituents and their units."),
                 Text::tr("NAME")},
                {QStringLiteral("as-of"), Text::tr("--holdings: the snapshot of this date (default: the latest)."), Text::tr("D")},
                {QStringLiteral("weighting"), Text::tr("cap, float or equal (default cap)."), Text::tr("W")},
                {QStringLiteral("base"), Text::tr("The level of the first day (default 1000)."), Text::tr("B")},
                {QStringLiteral("reconstitution"),
                 Text::tr("june (annually, the fourth Friday of June: the default for a watchlist) or none (the "
                          "default for holdings)."),
                 Text::tr("R")},
                {QStringLiteral("from"), Text::tr("First day of the index (default: the first constituent bar)."), Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last day of the index (default: the last constituent bar)."), Text::tr("D")},
                {QStringLiteral("attribution-from"), Text::tr("Start of the attribution range (default: the first day)."),
                 Text::tr("D")},
                {QStringLiteral("attribution-to"), Text::tr("End of the attribution range (default: the last day)."),
                 Text::tr("D")},
                {QStringLiteral("json"), Text::tr("Write the result and its attribution as JSON to OUT ('-' for stdout)."),
                 Text::tr("OUT")},
            });
        },
        runIndex,
        {QStringLiteral("json")},
        WorkspaceAccess::OpenOrCreate,
    };
}

} // namespace rutile::cli
