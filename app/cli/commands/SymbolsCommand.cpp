#include "Cli.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::SymbolsCommand)
};

int runSymbols(Context &ctx)
{
    if (!ctx.arguments().isEmpty())
        return ctx.usage(Text::tr("symbols takes no arguments"));
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const std::vector<SymbolInfo> symbols = (*workspace)->symbols();

    if (ctx.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SymbolInfo &s : symbols) {
            list.append(QJsonObject{{"symbol", s.symbol},
                                    {"bars", s.bars},
                                    {"first_date", jsonDate(s.firstDate)},
                                    {"last_date", jsonDate(s.lastDate)},
                                    {"name", s.name},
                                    {"synthetic", s.synthetic},
                                    {"source", s.source},
                                    {"remote_symbol", s.remoteSymbol},
                                    {"last_update", s.lastUpdate.isValid() ? QJsonValue(s.lastUpdate.toString(Qt::ISODate))
                                                                           : QJsonValue()}});
        }
        return ctx.writeJson(QJsonDocument(list), ctx.parser.value(QStringLiteral("json")));
    }
    for (const SymbolInfo &s : symbols) {
        ctx.out() << QStringLiteral("%1 %2 %3 %4%5")
                         .arg(s.symbol, -12)
                         .arg(s.bars, 8)
                         .arg(s.firstDate.toString(Qt::ISODate), s.lastDate.toString(Qt::ISODate))
                         .arg(s.synthetic ? Text::tr("  (synthetic)") : QString())
                  << Qt::endl;
    }
    return Success;
}

} // namespace

Command symbolsCommand()
{
    return Command{
        QStringLiteral("symbols"),
        Text::tr("List the cached symbols with their bar counts and date ranges."),
        [](QCommandLineParser &p) {
            p.addOption({QStringLiteral("json"), Text::tr("Write the list as JSON to OUT ('-' for stdout)."),
                         Text::tr("OUT")});
        },
        runSymbols,
        {QStringLiteral("json")},
    };
}

} // namespace rutile::cli
