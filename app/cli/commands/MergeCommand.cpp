#include "Cli.h"

#include "backtest/ParameterGrid.h"
#include "backtest/ResultJson.h"
#include "scan/ScanOutput.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonParseError>

#include <set>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::MergeCommand)
};

// A shard must account for every point of its slice of the grid: each one evaluated (in
// `results`) or counted in `skipped`. Anything else (an empty or truncated list, a list
// from another slice) would make the merge claim a coverage it does not have.
Status checkCoverage(const QJsonObject &shard, const QString &path)
{
    const auto bad = [&path](const QString &message) { return Error::invalidInput(message, path); };
    const QJsonValue results = shard.value(QStringLiteral("results"));
    if (!results.isArray())
        return bad(Text::tr("'results' is not a list of grid points"));
    const QJsonObject slice = shard.value(QStringLiteral("shard")).toObject();
    const QJsonValue gridSize = shard.value(QStringLiteral("grid_size"));
    const backtest::Shard spec{slice.value(QStringLiteral("index")).toInt(-1), slice.value(QStringLiteral("count")).toInt(0)};
    if (!gridSize.isDouble() || gridSize.toInteger(-1) < 1 || !spec.validate())
        return bad(Text::tr("not an optimisation shard: 'grid_size' or 'shard' is missing or invalid"));
    const auto [first, last] = spec.range(std::size_t(gridSize.toInteger()));
    const QJsonArray list = results.toArray();
    if (list.isEmpty() && last > first)
        return bad(Text::tr("'results' is empty, but shard %1/%2 covers grid points %3 to %4")
                       .arg(spec.index)
                       .arg(spec.count)
                       .arg(first)
                       .arg(last - 1));
    std::set<qint64> seen;
    for (const QJsonValue &v : list) {
        const QJsonValue index = v.toObject().value(QStringLiteral("index"));
        const qint64 i = index.toInteger(-1);
        if (!index.isDouble() || i < qint64(first) || i >= qint64(last) || !seen.insert(i).second)
            return bad(Text::tr("'results' holds a point (index %1) outside shard %2/%3 (grid points %4 to %5) or twice")
                           .arg(i)
                           .arg(spec.index)
                           .arg(spec.count)
                           .arg(first)
                           .arg(last - 1));
    }
    const qint64 skipped = shard.value(QStringLiteral("skipped")).toInteger(0);
    if (qint64(seen.size()) + skipped != qint64(last - first))
        return bad(Text::tr("'results' has %1 points and %2 were skipped, but shard %3/%4 covers %5 grid points")
                       .arg(seen.size())
                       .arg(skipped)
                       .arg(spec.index)
                       .arg(spec.count)
                       .arg(last - first));
    return {};
}

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
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return ctx.fail(Error::invalidInput(error.error != QJsonParseError::NoError
                                      ? Text::tr("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                                      : Text::tr("not an optimisation result"), path));
        // Scans check their coverage in their own merge (by list position, not grid index).
        if (!scan::isScanJson(doc.object())) {
            if (Status s = checkCoverage(doc.object(), path); !s)
                return ctx.fail(s.error());
        }
        shards.push_back(doc.object());
    }
    const bool scans = scan::isScanJson(shards.front());
    const auto merged = scans ? scan::mergeScanJson(shards) : backtest::mergeOptimizationJson(shards);
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
