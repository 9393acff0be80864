#include "Cli.h"

#include "report/BarCsvWriter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::ExportCommand)
};

int runExport(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.usage(Text::tr("export takes exactly one SYMBOL, found %1 arguments").arg(args.size()));
    if (!ctx.parser.isSet(QStringLiteral("csv")))
        return ctx.usage(Text::tr("export needs --csv OUT"));
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return ctx.fail((from ? to : from).error());

    const auto symbol = ctx.symbolArgument(args.first());
    if (!symbol)
        return ctx.fail(symbol.error());

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto bars = (*workspace)->readBars(*symbol, *from, *to);
    if (!bars)
        return ctx.fail(bars.error());
    if (Status s = writeBarsCsv(ctx.parser.value(QStringLiteral("csv")), *bars); !s)
        return ctx.fail(s.error());
    return Success;
}

} // namespace

Command exportCommand()
{
    return Command{
        QStringLiteral("export"),
        Text::tr("Write a symbol's cached bars as Date,Open,High,Low,Close,Adj Close,Volume CSV."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("SYMBOL"), Text::tr("The symbol to export."));
            p.addOptions({
                {QStringLiteral("from"), Text::tr("First date (YYYY-MM-DD)."), Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date (YYYY-MM-DD)."), Text::tr("D")},
                {QStringLiteral("csv"), Text::tr("Write the CSV to OUT ('-' for stdout)."), Text::tr("OUT")},
            });
        },
        runExport,
        {QStringLiteral("csv")},
    };
}

} // namespace rutile::cli
