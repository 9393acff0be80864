#include "Cli.h"

#include "data/Timeframe.h"
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
    const auto timeframe = ctx.timeframeOption();
    if (!timeframe)
        return ctx.fail(timeframe.error());

    const auto symbol = ctx.symbolArgument(args.first());
    if (!symbol)
        return ctx.fail(symbol.error());

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    // Weekly and monthly bars are built from the history up to --to and then cut at --from,
    // so the first bar is the whole period (as the chart and `indicators` show it) and a
    // period that --to cuts ends at --to.
    const bool daily = *timeframe == Timeframe::Daily;
    auto bars = (*workspace)->readBars(*symbol, daily ? *from : QDate(), *to);
    if (!bars)
        return ctx.fail(bars.error());
    if (!daily) {
        const BarSeries resampled = resample(*bars, *timeframe);
        const std::size_t first = from->isValid() ? resampled.lowerBound(toDayNumber(*from)) : 0;
        *bars = resampled.slice(first, resampled.size() - first);
    }
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
            p.addOption(timeframeCommandOption());
        },
        runExport,
        {QStringLiteral("csv")},
    };
}

} // namespace rutile::cli
