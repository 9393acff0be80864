#include "Cli.h"

#include "data/Timeframe.h"
#include "indicators/IndicatorRegistry.h"
#include "report/IndicatorCsvWriter.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

namespace rutile::cli {

using namespace indicators;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::IndicatorsCommand)
};

QString registryHelp()
{
    QStringList lines;
    for (const IndicatorDescriptor &d : IndicatorRegistry::builtIn().all()) {
        QStringList params;
        for (const ParamSpec &p : d.params)
            params << QStringLiteral("%1=%2").arg(p.name, p.format(p.defaultValue));
        lines << QStringLiteral("  %1%2  %3").arg(d.name, -8).arg(params.join(QLatin1Char(',')), -28).arg(d.displayName);
    }
    return lines.join(QLatin1Char('\n'));
}

int runIndicators(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.usage(Text::tr("indicators takes exactly one SYMBOL, found %1 arguments").arg(args.size()));
    const QStringList specs = ctx.parser.values(QStringLiteral("ind"));
    if (specs.isEmpty())
        return ctx.usage(Text::tr("indicators needs at least one --ind SPEC, e.g. --ind sma:20"));
    if (!ctx.parser.isSet(QStringLiteral("csv")))
        return ctx.usage(Text::tr("indicators needs --csv OUT"));
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return ctx.fail((from ? to : from).error());

    const auto symbol = ctx.symbolArgument(args.first());
    if (!symbol)
        return ctx.fail(symbol.error());

    std::vector<IndicatorSpec> parsed;
    for (const QString &text : specs) {
        auto spec = parseIndicatorSpec(text);
        if (!spec) {
            Error e = spec.error();
            e.message = QStringLiteral("--ind %1: %2").arg(text, e.message);
            return ctx.fail(e);
        }
        parsed.push_back(std::move(*spec));
    }

    const auto timeframe = ctx.timeframeOption();
    if (!timeframe)
        return ctx.fail(timeframe.error());

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    // Indicators run over the whole cached history so that a value at a date never depends
    // on the chosen range; --from/--to only select the rows written. Weekly and monthly bars
    // are built from the history up to --to, so a period that --to cuts ends there (what a
    // trader saw on that day), as `export` writes it.
    const bool daily = *timeframe == Timeframe::Daily;
    auto bars = (*workspace)->readBars(*symbol, QDate(), daily ? QDate() : *to);
    if (!bars)
        return ctx.fail(bars.error());
    if (!daily)
        *bars = resample(*bars, *timeframe);

    std::vector<IndicatorResult> results;
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        auto result = compute(parsed[i], *bars);
        if (!result) {
            Error e = result.error();
            e.message = QStringLiteral("--ind %1: %2").arg(specs[int(i)], e.message);
            return ctx.fail(e);
        }
        results.push_back(std::move(*result));
    }

    const std::size_t first = from->isValid() ? bars->lowerBound(toDayNumber(*from)) : 0;
    const std::size_t last = to->isValid() ? bars->lowerBound(toDayNumber(*to) + 1) : bars->size();
    if (Status s = writeIndicatorCsv(ctx.parser.value(QStringLiteral("csv")), *bars, results, first, last); !s)
        return ctx.fail(s.error());
    return Success;
}

} // namespace

Command indicatorsCommand()
{
    return Command{
        QStringLiteral("indicators"),
        Text::tr("Compute indicators over a symbol's history and write them as CSV."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("SYMBOL"), Text::tr("The symbol to compute on."));
            p.addOptions({
                {QStringLiteral("ind"),
                 Text::tr("An indicator as name:arg,arg (repeatable); missing arguments take their defaults:\n%1")
                     .arg(registryHelp()),
                 Text::tr("SPEC")},
                {QStringLiteral("from"), Text::tr("First date written (YYYY-MM-DD); warm-up uses earlier bars."),
                 Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date written (YYYY-MM-DD)."), Text::tr("D")},
                {QStringLiteral("csv"), Text::tr("Write the CSV to OUT ('-' for stdout)."), Text::tr("OUT")},
            });
            p.addOption(timeframeCommandOption());
        },
        runIndicators,
        {QStringLiteral("csv")},
    };
}

} // namespace rutile::cli
