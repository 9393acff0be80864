#include "Cli.h"

#include "backtest/ResultJson.h"
#include "scan/ScanOutput.h"
#include "util/JsonText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::MergeCommand)
};

int runMerge(Context &ctx)
{
    const QStringList files = ctx.arguments();
    if (files.isEmpty())
        return ctx.usage(Text::tr("merge needs the shard files written by 'optimize --shard i/N --json OUT' or "
                                  "'scan --shard i/N --json OUT'"));
    std::vector<QJsonObject> shards;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error::io(file.errorString(), path));
        const auto doc = parseJsonText(file.readAll(), path);
        if (!doc)
            return ctx.fail(doc.error());
        if (!doc->isObject())
            return ctx.fail(Error::invalidInput(Text::tr("not an optimisation result or a scan (a JSON object)"), path, 1, 1));
        // Scans check their coverage in their own merge (by list position, not grid index).
        // Checked here too, to name the file; the merge checks every shard again.
        if (!scan::isScanJson(doc->object())) {
            if (Status s = backtest::checkOptimizationShard(doc->object()); !s) {
                Error e = s.error();
                e.file = path;
                return ctx.fail(e);
            }
        }
        shards.push_back(doc->object());
    }
    const bool scans = scan::isScanJson(shards.front());
    const auto merged = scans ? scan::mergeScanJson(shards, files) : backtest::mergeOptimizationJson(shards, files);
    if (!merged)
        return ctx.fail(merged.error());
    if (!merged->value(QStringLiteral("complete")).toBool()) {
        const QString missing = QString::fromUtf8(
            QJsonDocument(merged->value(QStringLiteral("missing_shards")).toArray()).toJson(QJsonDocument::Compact));
        ctx.warn(scans ? Text::tr("not every shard was given (missing: %1); the result covers part of the list").arg(missing)
                       : Text::tr("not every shard was given (missing: %1); the result covers part of the grid").arg(missing));
    }
    return ctx.writeJson(QJsonDocument(*merged),
                         ctx.parser.isSet(QStringLiteral("json")) ? ctx.parser.value(QStringLiteral("json")) : QStringLiteral("-"));
}

} // namespace

Command mergeCommand()
{
    return Command{
        QStringLiteral("merge"),
        Text::tr("Join the JSON results of 'optimize --shard' or 'scan --shard' runs into one."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("FILES"), Text::tr("Shard results (JSON) of one optimisation."),
                                    Text::tr("A.json B.json ..."));
            p.addOption({QStringLiteral("json"), Text::tr("Write the merged JSON to OUT ('-' for stdout, the default)."),
                         Text::tr("OUT")});
        },
        runMerge,
        {QStringLiteral("json")},
    };
}

} // namespace rutile::cli
