#include "Cli.h"
#include "commands/BacktestOptions.h"

#include "backtest/Backtester.h"
#include "backtest/ResultCsv.h"
#include "backtest/ResultJson.h"

#include <QCoreApplication>

namespace rutile::cli {

using namespace backtest;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::BacktestCommand)
};

void printSummary(Context &ctx, const BacktestResult &r, std::span<const ParamSpec> specs)
{
    const PerformanceStats &p = r.performance;
    const PerformanceStats &b = r.buyAndHold;
    QTextStream &out = ctx.out();
    out << QStringLiteral("%1(%2) on %3, %4 to %5 (%6 bars)")
               .arg(r.strategy, formatPositional(specs, r.params), r.symbols.join(QLatin1Char('/')),
                    toDate(r.days.front()).toString(Qt::ISODate), toDate(r.days.back()).toString(Qt::ISODate))
               .arg(p.bars)
        << Qt::endl;
    const auto row = [&](const QString &name, double strategy, double hold) {
        out << QStringLiteral("  %1 %2 %3").arg(name, -18).arg(summaryNumber(strategy), 14).arg(summaryNumber(hold), 14)
            << Qt::endl;
    };
    out << QStringLiteral("  %1 %2 %3").arg(QString(), -18).arg(Text::tr("strategy"), 14).arg(Text::tr("buy & hold"), 14)
        << Qt::endl;
    row(QStringLiteral("final_equity"), p.finalEquity, b.finalEquity);
    row(QStringLiteral("total_return"), p.totalReturn, b.totalReturn);
    row(QStringLiteral("cagr"), p.cagr, b.cagr);
    row(QStringLiteral("annual_vol"), p.annualVolatility, b.annualVolatility);
    row(QStringLiteral("sharpe"), p.sharpe, b.sharpe);
    row(QStringLiteral("sortino"), p.sortino, b.sortino);
    row(QStringLiteral("calmar"), p.calmar, b.calmar);
    row(QStringLiteral("max_drawdown"), p.maxDrawdown, b.maxDrawdown);
    row(QStringLiteral("exposure"), p.exposure, b.exposure);
    if (!r.benchmarkSymbol.isEmpty()) {
        row(QStringLiteral("beta ") + r.benchmarkSymbol, r.benchmark.beta, r.buyAndHoldBenchmark.beta);
        row(QStringLiteral("alpha ") + r.benchmarkSymbol, r.benchmark.annualAlpha, r.buyAndHoldBenchmark.annualAlpha);
    }
    const TradeStats &t = r.tradeStats;
    out << QStringLiteral("  trades %1, win_rate %2, profit_factor %3, expectancy %4, total_commission %5")
               .arg(t.trades)
               .arg(summaryNumber(t.winRate), summaryNumber(t.profitFactor), summaryNumber(t.expectancy, 2),
                    summaryNumber(t.totalCommission, 2))
        << Qt::endl;
}

int runBacktestCommand(Context &ctx)
{
    int code = Success;
    std::optional<BacktestSetup> setup = readBacktestSetup(ctx, true, code);
    if (!setup)
        return code;
    Backtester backtester;
    const Result<BacktestResult> result =
        backtester.run(setup->data, *setup->strategy, setup->params, setup->config, setup->range);
    if (!result)
        return ctx.fail(result.error());
    warnBacktest(ctx, *result);

    // The summary goes to stdout unless an output already does.
    bool stdoutTaken = false;
    if (ctx.parser.isSet(QStringLiteral("trades"))) {
        const QString target = ctx.parser.value(QStringLiteral("trades"));
        const QStringList symbols = ctx.parser.isSet(QStringLiteral("trades-symbol")) ? result->symbols : QStringList();
        ctx.out().flush();
        if (Status s = writeTradesCsv(target, result->trades, symbols); !s)
            return ctx.fail(s.error());
        stdoutTaken = stdoutTaken || target == u"-";
    }
    if (ctx.parser.isSet(QStringLiteral("equity"))) {
        const QString target = ctx.parser.value(QStringLiteral("equity"));
        ctx.out().flush();
        if (Status s = writeEquityCsv(target, result->days, result->equity, result->drawdown, result->benchmarkEquity); !s)
            return ctx.fail(s.error());
        stdoutTaken = stdoutTaken || target == u"-";
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        const QString target = ctx.parser.value(QStringLiteral("json"));
        if (const int code = ctx.writeJson(QJsonDocument(backtestJson(*result, setup->strategy->params, setup->config)), target);
            code != Success)
            return code;
        stdoutTaken = stdoutTaken || target == u"-";
    }
    if (!stdoutTaken)
        printSummary(ctx, *result, setup->strategy->params);
    (void)ctx.journal([&] { return setup->backtestEntry(*result); });
    return Success;
}

} // namespace

Command backtestCommand()
{
    return Command{
        QStringLiteral("backtest"),
        Text::tr("Backtest a strategy on a symbol's history."),
        [](QCommandLineParser &p) {
            addBacktestOptions(p);
            p.addOptions({
                {QStringLiteral("trades"),
                 Text::tr("Write the trade list as CSV to OUT ('-' for stdout): entry_date, entry_price, exit_date, "
                          "exit_price, side, size, pnl, commission, exit_reason."),
                 Text::tr("OUT")},
                {QStringLiteral("trades-symbol"), Text::tr("Add a symbol column to the trade list (pairs).")},
                {QStringLiteral("equity"),
                 Text::tr("Write the equity curve as CSV to OUT: date, equity, drawdown (and benchmark)."), Text::tr("OUT")},
            });
        },
        runBacktestCommand,
        {QStringLiteral("json"), QStringLiteral("trades"), QStringLiteral("equity")},
        WorkspaceAccess::Read,
        true, // journals its run
    };
}

} // namespace rutile::cli
