// `scan LIST (--expr EXPR | --strategy NAME | --strategy-file FILE) [--param k=v ...] [--from D]
// [--to D] [--threads N] [--shard i/N] [--json OUT] [--csv OUT]` (CLI.md "lists / scan"): an
// expression's last value, or a backtest's metrics, for every symbol of a watchlist, ranked;
// with --column NAME=EXPR and --where COND, an exploration (columns beside it, a filter); with
// --grid (and --objective), each symbol's best point of a parameter grid.
// The work is core's runScan, as in the Scanner window.

#include "Cli.h"
#include "commands/BacktestOptions.h"
#include "commands/ListOptions.h"

#include "backtest/ConfigParams.h"
#include "backtest/ParameterGrid.h"
#include "rules/WorkspaceRules.h"
#include "scan/Scan.h"
#include "scan/ScanOutput.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::ScanCommand)
};

void printTable(Context &ctx, const QJsonObject &document)
{
    const bool backtest = document.contains(QStringLiteral("strategy"));
    QTextStream &out = ctx.out();
    const QJsonArray rows = document.value(QStringLiteral("results")).toArray();
    QStringList names;
    for (const QJsonValue &c : document.value(QStringLiteral("columns")).toArray())
        names << c.toObject().value(QStringLiteral("name")).toString();
    out << QStringLiteral("%1 %2 %3 %4")
               .arg(QStringLiteral("rank"), 5)
               .arg(QStringLiteral("symbol"), -12)
               .arg(QStringLiteral("date"), -10)
               .arg(backtest ? QStringLiteral("sharpe  total_return  max_drawdown  trades") : QStringLiteral("value"))
        << Qt::endl;
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        const auto number = [&r](const char *key) {
            const QJsonValue x = r.value(QLatin1String(key));
            return x.isDouble() ? summaryNumber(x.toDouble()) : QStringLiteral("n/a");
        };
        out << QStringLiteral("%1 %2 %3 ")
                   .arg(r.value(QStringLiteral("rank")).toInteger(), 5)
                   .arg(r.value(QStringLiteral("symbol")).toString(), -12)
                   .arg(r.value(QStringLiteral("date")).toString(), -10);
        if (backtest) {
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(number("sharpe"), 6)
                       .arg(number("total_return"), 13)
                       .arg(number("max_drawdown"), 13)
                       .arg(r.value(QStringLiteral("trades")).toInteger(), 7);
        } else {
            out << number("value");
        }
        const QJsonObject columns = r.value(QStringLiteral("columns")).toObject();
        for (const QString &name : names) {
            const QJsonValue x = columns.value(name);
            out << QStringLiteral("  %1=%2").arg(name, x.isDouble() ? summaryNumber(x.toDouble()) : QStringLiteral("n/a"));
        }
        out << Qt::endl;
    }
    const qsizetype skipped = document.value(QStringLiteral("skipped")).toArray().size();
    const qsizetype filtered = document.value(QStringLiteral("filtered_out")).toArray().size();
    out << Text::tr("%1 evaluated, %2 skipped, %3 filtered out").arg(rows.size()).arg(skipped).arg(filtered) << Qt::endl;
}

int runScanCommand(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.usage(Text::tr("scan takes one watchlist, found %1 arguments").arg(args.size()));
    const QString list = args.front();
    const bool expression = ctx.parser.isSet(QStringLiteral("expr"));
    const bool strategy = ctx.parser.isSet(QStringLiteral("strategy")) || ctx.parser.isSet(QStringLiteral("strategy-file"));
    if (expression == strategy)
        return ctx.usage(Text::tr("give --expr EXPR, or --strategy NAME or --strategy-file FILE"));

    scan::ScanRequest request;
    if (expression) {
        if (ctx.parser.isSet(QStringLiteral("param")) || ctx.parser.isSet(QStringLiteral("grid")))
            return ctx.usage(Text::tr("--param and --grid set a strategy's parameters; an --expr has none"));
        for (const ParamSpec &spec : backtest::configParamSpecs()) {
            if (!spec.option.isEmpty() && ctx.parser.isSet(spec.option))
                return ctx.usage(Text::tr("--%1 is a setting of a strategy's backtest; an --expr has none").arg(spec.option));
        }
        auto compiled = readExpressionOption(ctx, QStringLiteral("expr"));
        if (!compiled)
            return ctx.fail(compiled.error());
        request.expression = std::move(*compiled);
    } else {
        int code = Success;
        auto choice = readStrategyChoice(ctx, true, code);
        if (!choice)
            return code;
        if (choice->strategy->needsPair())
            return ctx.usage(Text::tr("%1 trades two symbols; a scan backtests one symbol at a time").arg(choice->strategy->name));
        request.strategy = choice->ruleStrategy ? choice->ruleStrategy : rules::builtInStrategy(*choice->strategy);
        request.params = std::move(choice->params);
        // A grid per symbol: each row is the symbol's best point.
        if (ctx.parser.isSet(QStringLiteral("grid"))) {
            auto grid = readGrid(ctx, request.strategy->params, request.params);
            if (!grid)
                return ctx.fail(grid.error());
            request.grid = std::move(*grid);
            auto objective = readObjective(ctx);
            if (!objective)
                return ctx.fail(objective.error());
            request.objective = *objective;
        } else if (ctx.parser.isSet(QStringLiteral("objective"))) {
            return ctx.usage(Text::tr("--objective ranks the points of a --grid; give one"));
        }
        auto config = readConfig(ctx);
        if (!config)
            return ctx.fail(config.error());
        request.config = *config;
    }
    // The exploration: columns beside the ranked value, and a filter.
    for (const QString &text : ctx.parser.values(QStringLiteral("column"))) {
        auto column = scan::parseScanColumn(text);
        if (!column) {
            Error e = column.error();
            e.file = QStringLiteral("--column");
            return ctx.fail(e);
        }
        request.columns.push_back(std::move(*column));
    }
    auto filter = readWhereOption(ctx);
    if (!filter)
        return ctx.fail(filter.error());
    request.filter = std::move(*filter);
    const auto run = readListRunOptions(ctx);
    if (!run)
        return ctx.fail(run.error());
    request.from = run->from;
    request.to = run->to;
    request.threads = run->threads;
    if (ctx.parser.isSet(QStringLiteral("shard"))) {
        auto shard = backtest::parseShard(ctx.parser.value(QStringLiteral("shard")));
        if (!shard) {
            Error e = shard.error();
            if (!e.message.startsWith(QLatin1String("--shard")))
                e.message = QStringLiteral("--shard: ") + e.message;
            return ctx.fail(e);
        }
        request.shard = *shard;
    }

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto symbols = (*workspace)->watchlist(list);
    if (!symbols)
        return ctx.fail(symbols.error());
    request.symbols = std::move(*symbols);
    const auto result = scan::runScan((*workspace)->path(), request);
    if (!result)
        return ctx.fail(result.error());
    const QJsonObject document = scan::scanJson(*result, request, list);

    bool stdoutTaken = false;
    if (Status s = ctx.writeOutputOption(QStringLiteral("csv"), [&](QIODevice &d) { return scan::writeScanCsv(d, document); },
                                         stdoutTaken);
        !s)
        return ctx.fail(s.error());
    if (Status s = ctx.writeJsonOption(document, stdoutTaken); !s)
        return ctx.fail(s.error());
    if (!stdoutTaken)
        printTable(ctx, document);
    return Success;
}

} // namespace

Command scanCommand()
{
    return Command{
        QStringLiteral("scan"),
        Text::tr("Evaluate an expression, or backtest a strategy, on every symbol of a watchlist."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("LIST"), Text::tr("The watchlist to scan (see 'list')."));
            p.addOption({QStringLiteral("expr"),
                         Text::tr("A rule-language expression; each symbol's value on its last bar (a condition as "
                                  "1 or 0), ranked highest first. E.g. \"close > sma(close, 200) and rsi(close, 14) < 30\"."),
                         Text::tr("EXPR")});
            addStrategyOptions(p);
            p.addOptions({
                {QStringLiteral("column"),
                 Text::tr("A column beside the ranked one as NAME=EXPR, its value on the row's last bar (repeatable), "
                          "e.g. rsi=\"rsi(close, 14)\"."),
                 Text::tr("NAME=EXPR")},
                {QStringLiteral("where"),
                 Text::tr("List only the symbols meeting this condition on their last bar; the others are counted as "
                          "filtered_out."),
                 Text::tr("COND")},
                {QStringLiteral("from"),
                 Text::tr("First date read (expression) or traded (backtest; earlier bars warm the indicators up)."),
                 Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date: the expression's value is its value on the last bar up to it."),
                 Text::tr("D")},
                {QStringLiteral("grid"),
                 Text::tr("With a strategy: optimise this parameter range on each symbol alone, as name=start:stop:step, "
                          "name=a,b,c or name=v (repeatable); each row is the symbol's best point."),
                 Text::tr("K=A:B:S")},
                {QStringLiteral("objective"),
                 Text::tr("What the grid maximises and the rows rank by: %1 (default sharpe).")
                     .arg(backtest::objectiveNames().join(QStringLiteral(", "))),
                 Text::tr("NAME")},
                {QStringLiteral("threads"), Text::tr("Reading and evaluating threads (default: one per core)."), Text::tr("N")},
                {QStringLiteral("shard"),
                 Text::tr("Scan the i-th of N slices of the list (0-based), for batch schedulers; 'merge' joins them."),
                 Text::tr("i/N")},
                {QStringLiteral("json"), Text::tr("Write the results as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
                {QStringLiteral("csv"), Text::tr("Write the ranked rows as CSV to OUT ('-' for stdout)."), Text::tr("OUT")},
            });
            addConfigOptions(p);
        },
        runScanCommand,
        {QStringLiteral("json"), QStringLiteral("csv")},
    };
}

} // namespace rutile::cli
