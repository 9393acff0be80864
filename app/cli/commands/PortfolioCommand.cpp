// `portfolio LIST --rank EXPR [--where COND] [--top N] [--rebalance PERIOD] [--weights W]
// [--vol-window N] [--max-weight-pct P] [--drift-pct P] [--from D] [--to D] [--benchmark SYM |
// --no-benchmark] [--threads N] [--json OUT] [--equity OUT] [--holdings OUT] [--trades OUT]`
// plus the cash, commission, slippage and fill options of `backtest`: a rotational top-N book
// over a watchlist (README "Universe → Portfolio backtests"). The work is core's runPortfolio,
// as in the Scanner's Portfolio tab.

#include "Cli.h"
#include "commands/BacktestOptions.h"
#include "commands/ListOptions.h"

#include "backtest/ResultCsv.h"
#include "scan/Portfolio.h"
#include "scan/PortfolioOutput.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::PortfolioCommand)
};

void printSummary(Context &ctx, const QJsonObject &document, const scan::PortfolioResult &r)
{
    QTextStream &out = ctx.out();
    out << Text::tr("%1: top %2 of %3 by %4, %5 to %6 (%7 rebalances)")
               .arg(document.value(QStringLiteral("list")).toString())
               .arg(document.value(QStringLiteral("settings")).toObject().value(QStringLiteral("top")).toInt())
               .arg(document.value(QStringLiteral("list_size")).toInteger())
               .arg(document.value(QStringLiteral("rank")).toString(),
                    document.value(QStringLiteral("first_date")).toString(),
                    document.value(QStringLiteral("last_date")).toString())
               .arg(r.rebalances.size())
        << Qt::endl;
    QStringList keys{QStringLiteral("final_equity"), QStringLiteral("total_return"), QStringLiteral("cagr"),
                     QStringLiteral("annual_volatility"), QStringLiteral("sharpe"), QStringLiteral("sortino"),
                     QStringLiteral("max_drawdown"), QStringLiteral("exposure"), QStringLiteral("annual_turnover"),
                     QStringLiteral("win_rate"), QStringLiteral("profit_factor"), QStringLiteral("total_commission")};
    if (document.contains(QStringLiteral("beta")))
        keys << QStringLiteral("beta") << QStringLiteral("alpha");
    for (const QString &key : keys) {
        const QJsonValue v = document.value(key);
        out << QStringLiteral("  %1 %2").arg(key, -18).arg(v.isDouble() ? summaryNumber(v.toDouble()) : QStringLiteral("n/a"), 14)
            << Qt::endl;
    }
    out << Text::tr("  trades %1; %2 symbols skipped").arg(r.tradeStats.trades).arg(r.skipped.size()) << Qt::endl;
    QStringList last;
    for (const QJsonValue &h : document.value(QStringLiteral("last_holdings")).toArray())
        last << h.toObject().value(QStringLiteral("symbol")).toString();
    out << Text::tr("  last holdings: %1").arg(last.isEmpty() ? Text::tr("none") : last.join(QStringLiteral(", ")))
        << Qt::endl;
}

int runPortfolioCommand(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.usage(Text::tr("portfolio takes one watchlist, found %1 arguments").arg(args.size()));
    const QString list = args.front();
    if (!ctx.parser.isSet(QStringLiteral("rank")))
        return ctx.usage(Text::tr("give --rank EXPR, the expression that ranks the symbols (highest held)"));

    scan::PortfolioRequest request;
    auto rank = readExpressionOption(ctx, QStringLiteral("rank"));
    if (!rank)
        return ctx.fail(rank.error());
    request.rank = std::move(*rank);
    auto filter = readWhereOption(ctx);
    if (!filter)
        return ctx.fail(filter.error());
    request.filter = std::move(*filter);
    const auto given = readSpecOptions(ctx, scan::portfolioParamSpecs());
    if (!given)
        return ctx.fail(given.error());
    auto settings = scan::portfolioSettingsFromParams(*given);
    if (!settings)
        return ctx.fail(settings.error());
    request.settings = *settings;
    auto config = readConfig(ctx, scan::portfolioConfigParamNames());
    if (!config)
        return ctx.fail(config.error());
    request.config = *config;
    const auto run = readListRunOptions(ctx);
    if (!run)
        return ctx.fail(run.error());
    request.from = run->from;
    request.to = run->to;
    request.threads = run->threads;

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    auto symbols = (*workspace)->watchlist(list);
    if (!symbols)
        return ctx.fail(symbols.error());
    request.symbols = std::move(*symbols);
    auto benchmark = readBenchmarkChoice(ctx, **workspace, QString());
    if (!benchmark)
        return ctx.fail(benchmark.error());
    request.benchmark = *benchmark;

    const auto result = scan::runPortfolio((*workspace)->path(), request);
    if (!result)
        return ctx.fail(result.error());
    const QJsonObject document = scan::portfolioJson(*result, request, list);

    // The summary goes to stdout unless an output already does.
    bool stdoutTaken = false;
    using Writer = std::function<Status(QIODevice &)>;
    const std::pair<const char *, Writer> csvs[] = {
        {"equity", [&](QIODevice &d) { return scan::writePortfolioEquityCsv(d, *result); }},
        {"holdings", [&](QIODevice &d) { return scan::writePortfolioHoldingsCsv(d, *result); }},
        {"trades", [&](QIODevice &d) { return backtest::writeTradesCsv(d, result->trades, result->symbols); }},
    };
    for (const auto &[option, write] : csvs) {
        if (Status s = ctx.writeOutputOption(QLatin1String(option), write, stdoutTaken); !s)
            return ctx.fail(s.error());
    }
    if (Status s = ctx.writeJsonOption(document, stdoutTaken); !s)
        return ctx.fail(s.error());
    if (!stdoutTaken)
        printSummary(ctx, document, *result);
    return Success;
}

} // namespace

Command portfolioCommand()
{
    return Command{
        QStringLiteral("portfolio"),
        Text::tr("Backtest a top-N book over a watchlist: rank every symbol, hold the best, rebalance on a schedule."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("LIST"), Text::tr("The watchlist to choose from (see 'list')."));
            p.addOptions({
                {QStringLiteral("rank"),
                 Text::tr("A rule-language expression ranking the symbols on each rebalance day, highest first, e.g. "
                          "\"change(close, 126) / ref(close, 126)\"."),
                 Text::tr("EXPR")},
                {QStringLiteral("where"),
                 Text::tr("Only symbols meeting this condition on the rebalance day may be held."), Text::tr("COND")},
                {QStringLiteral("from"), Text::tr("First date traded (earlier bars warm the rank up)."), Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date traded; every holding is sold at its close."), Text::tr("D")},
                {QStringLiteral("benchmark"),
                 Text::tr("Benchmark of beta and alpha (default: the workspace's 'benchmark' setting, else SPX, GSPC or "
                          "^GSPC if cached)."),
                 Text::tr("SYM")},
                {QStringLiteral("no-benchmark"), Text::tr("Do not compare with a benchmark.")},
                {QStringLiteral("threads"), Text::tr("Reading threads (default: one per core)."), Text::tr("N")},
                {QStringLiteral("json"), Text::tr("Write the results as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
                {QStringLiteral("equity"),
                 Text::tr("Write the daily book as CSV to OUT: date, equity, cash, exposure, holdings, drawdown (and "
                          "benchmark)."),
                 Text::tr("OUT")},
                {QStringLiteral("holdings"),
                 Text::tr("Write the holdings after every day with a fill as CSV to OUT: date, symbol, units, close, weight."),
                 Text::tr("OUT")},
                {QStringLiteral("trades"), Text::tr("Write the closed trades as CSV to OUT, with their symbol."), Text::tr("OUT")},
            });
            addSpecOptions(p, scan::portfolioParamSpecs());
            addConfigOptions(p, scan::portfolioConfigParamNames());
        },
        runPortfolioCommand,
        {QStringLiteral("json"), QStringLiteral("equity"), QStringLiteral("holdings"), QStringLiteral("trades")},
    };
}

} // namespace rutile::cli
