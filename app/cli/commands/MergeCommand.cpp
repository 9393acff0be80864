#include "Cli.h"

#include "backtest/ResultJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonParseError>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::MergeCommand)
};

int runMerge(Context &ctx)
{
    const QStringList files = ctx.arguments();
    if (files.isEmpty())
        return ctx.usage(Text::tr("merge needs the shard files written by 'optimize --shard i/N --json OUT'"));
    std::vector<QJsonObject> shards;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error{ErrorKind::Io, file.errorString(), path, 0, 0});
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return ctx.fail(Error{ErrorKind::InvalidInput,
                                  error.error != QJsonParseError::NoError
                                      ? Text::tr("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                                      : Text::tr("not an optimisation result"),
                                  path, 0, 0});
        shards.push_back(doc.object());
    }
    const auto merged = backtest::mergeOptimizationJson(shards);
    if (!merged)
        return ctx.fail(merged.error());
    if (!merged->value(QStringLiteral("complete")).toBool())
        ctx.warn(Text::tr("not every shard was given (missing: %1); the result covers part of the grid")
                     .arg(QString::fromUtf8(QJsonDocument(merged->value(QStringLiteral("missing_shards")).toArray())
                                                .toJson(QJsonDocument::Compact))));
    return ctx.writeJson(QJsonDocument(*merged),
                         ctx.parser.isSet(QStringLiteral("json")) ? ctx.parser.value(QStringLiteral("json")) : QStringLiteral("-"));
}

} // namespace

Command mergeCommand()
{
    return Command{
        QStringLiteral("merge"),
        Text::tr("Join the JSON results of 'optimize --shard' runs into one."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("FILES"), Text::tr("Shard results (JSON) of one optimisation."),
                                    Text::tr("A.json B.json ..."));
            p.addOption({QStringLiteral("json"), Text::tr("Write the merged JSON to OUT ('-' for stdout, the default)."),
                         Text::tr("OUT")});
        },
        runMerge,
    };
}

} // namespace rutile::cli
