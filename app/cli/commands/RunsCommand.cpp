// `runs`: the run journal. `runs` lists the entries, `runs show ID` gives one with its inputs and
// results, `runs purge --before D` removes older entries (the only way an entry goes; logged).

#include "Cli.h"

#include "journal/RunEntries.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::RunsCommand)
};

QString summaryLine(const RunRecord &r)
{
    QStringList parts;
    const QJsonObject &s = r.summary;
    for (auto it = s.begin(); it != s.end(); ++it)
        if (it.value().isDouble())
            parts << QStringLiteral("%1=%2").arg(it.key()).arg(it.value().toDouble(), 0, 'g', 6);
    return parts.join(QLatin1Char(' '));
}

int runList(Context &ctx)
{
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto runs = (*workspace)->runs();
    if (!runs)
        return ctx.fail(runs.error());
    QJsonArray list;
    for (const RunRecord &r : *runs)
        list.append(journal::runJson(r, false));
    bool stdoutTaken = false;
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        const QString target = ctx.parser.value(QStringLiteral("json"));
        if (const int c = ctx.writeJson(QJsonDocument(list), target); c != Success)
            return c;
        stdoutTaken = target == u"-";
    }
    if (!stdoutTaken)
        for (const RunRecord &r : *runs)
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                             .arg(r.id, 5)
                             .arg(r.time.toUTC().toString(Qt::ISODate))
                             .arg(r.kind, -11)
                             .arg(r.symbol, -8)
                             .arg(r.strategy, -16)
                             .arg(summaryLine(r))
                      << Qt::endl;
    return Success;
}

int runShow(Context &ctx, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(Text::tr("runs show: expected a run id (a positive number), found '%1'").arg(idText));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto run = (*workspace)->run(id);
    if (!run)
        return ctx.fail(run.error());
    const QJsonObject document = journal::runJson(*run, true);
    return ctx.writeJson(QJsonDocument(document),
                         ctx.parser.isSet(QStringLiteral("json")) ? ctx.parser.value(QStringLiteral("json")) : QStringLiteral("-"));
}

int runPurge(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("before")))
        return ctx.usage(Text::tr("runs purge needs --before D: the entries older than that date go"));
    const auto before = ctx.dateOption(QStringLiteral("before"));
    if (!before)
        return ctx.fail(before.error());
    // Purging writes: an existing workspace, opened for writing.
    if (auto existing = ctx.openWorkspace(); !existing)
        return ctx.fail(existing.error());
    auto workspace = Workspace::open(ctx.dbPath, WorkspaceAccess::OpenOrCreate);
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto removed = (*workspace)->purgeRuns(QDateTime(*before, QTime(0, 0), Qt::UTC));
    if (!removed)
        return ctx.fail(removed.error());
    ctx.out() << Text::tr("%n run(s) before %1 purged from the journal", nullptr, int(*removed))
                     .arg(before->toString(Qt::ISODate))
              << Qt::endl;
    return Success;
}

int runRuns(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.isEmpty())
        return runList(ctx);
    if (args.front() == u"show") {
        if (args.size() != 2)
            return ctx.usage(Text::tr("runs show takes one run id"));
        return runShow(ctx, args.at(1));
    }
    if (args.front() == u"purge") {
        if (args.size() != 1)
            return ctx.usage(Text::tr("runs purge takes no argument besides --before D"));
        return runPurge(ctx);
    }
    return ctx.usage(Text::tr("runs: expected no action, show ID or purge --before D, found '%1'").arg(args.front()));
}

} // namespace

Command runsCommand()
{
    return Command{
        QStringLiteral("runs"),
        Text::tr("The run journal: list every backtest, optimize, walkforward and ml run; show ID; purge --before D."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("ACTION"), Text::tr("none (list), show or purge."),
                                    Text::tr("[show ID|purge]"));
            p.addOptions({
                {QStringLiteral("before"), Text::tr("purge: remove the entries made before this date (YYYY-MM-DD, UTC)."),
                 Text::tr("D")},
                {QStringLiteral("json"), Text::tr("Write the list, or the run, as JSON to OUT ('-' for stdout)."),
                 Text::tr("OUT")},
            });
        },
        runRuns,
        {QStringLiteral("json")},
    };
}

} // namespace rutile::cli
