#include "Cli.h"
#include "commands/BacktestOptions.h"

#include "backtest/ResultCsv.h"
#include "backtest/ResultJson.h"
#include "backtest/WalkForward.h"

#include <QCoreApplication>

namespace rutile::cli {

using namespace backtest;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::WalkForwardCommand)
};

Result<int> bars(Context &ctx, const QString &name, int fallback)
{
    if (!ctx.parser.isSet(name))
        return fallback;
    bool ok = false;
    const int n = ctx.parser.value(name).toInt(&ok);
    if (!ok)
        return Error::invalidArgument(Text::tr("--%1: expected a number of bars, found '%2'").arg(name, ctx.parser.value(name)));
    return n;
}

int runWalkForward(Context &ctx)
{
    int code = Success;
    std::optional<BacktestSetup> setup = readBacktestSetup(ctx, false, code);
    if (!setup)
        return code;
    auto grid = readGrid(ctx, *setup);
    if (!grid)
        return ctx.fail(grid.error());
    const auto optimizerConfig = readOptimizerConfig(ctx);
    if (!optimizerConfig)
        return ctx.fail(optimizerConfig.error());
    OptimizerConfig oc = *optimizerConfig;
    WalkForwardConfig wf;
    auto is = bars(ctx, QStringLiteral("in-sample"), wf.inSampleBars);
    auto oos = bars(ctx, QStringLiteral("out-of-sample"), wf.outOfSampleBars);
    if (!is || !oos)
        return ctx.fail((is ? oos : is).error());
    wf.inSampleBars = *is;
    wf.outOfSampleBars = *oos;
    wf.anchored = ctx.parser.isSet(QStringLiteral("anchored"));

    const auto result = walkForward(setup->data, *setup->strategy, *grid, setup->config, oc, wf, setup->range);
    if (!result)
        return ctx.fail(result.error());
    for (const BacktestWarning &w : result->warnings)
        ctx.warn(w.message);

    bool stdoutTaken = false;
    if (ctx.parser.isSet(QStringLiteral("trades"))) {
        const QString target = ctx.parser.value(QStringLiteral("trades"));
        if (Status s = writeTradesCsv(target, result->trades); !s)
            return ctx.fail(s.error());
        stdoutTaken = stdoutTaken || target == u"-";
    }
    if (ctx.parser.isSet(QStringLiteral("equity"))) {
        const QString target = ctx.parser.value(QStringLiteral("equity"));
        if (Status s = writeEquityCsv(target, result->days, result->equity, result->drawdown, result->benchmarkEquity); !s)
            return ctx.fail(s.error());
        stdoutTaken = stdoutTaken || target == u"-";
    }
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        const QString target = ctx.parser.value(QStringLiteral("json"));
        const QJsonObject json = walkForwardJson(*result, setup->data, setup->strategy->params, setup->config, setup->context());
        if (const int c = ctx.writeJson(QJsonDocument(json), target); c != Success)
            return c;
        stdoutTaken = stdoutTaken || target == u"-";
    }
    if (!stdoutTaken) {
        QTextStream &out = ctx.out();
        for (const WalkForwardFold &f : result->folds) {
            out << QStringLiteral("%1..%2  %3  in %4  out %5")
                       .arg(toDate(setup->data.days()[f.outOfSampleFirst]).toString(Qt::ISODate),
                            toDate(setup->data.days()[f.outOfSampleLast - 1]).toString(Qt::ISODate),
                            formatPositional(setup->strategy->params, f.params), summaryNumber(f.inSampleValue),
                            summaryNumber(objectiveValue(result->objective, f.outOfSample)))
                << Qt::endl;
        }
        out << Text::tr("out of sample: cagr %1, sharpe %2, max_drawdown %3, trades %4; walk-forward efficiency %5")
                   .arg(summaryNumber(result->performance.cagr), summaryNumber(result->performance.sharpe),
                        summaryNumber(result->performance.maxDrawdown))
                   .arg(result->tradeStats.trades)
                   .arg(summaryNumber(result->efficiency, 3))
            << Qt::endl;
    }
    journal::StrategyRunInputs inputs = setup->journalInputs();
    inputs.grid = *grid;
    inputs.optimizer = oc;
    inputs.walkForward = wf;
    (void)ctx.journal([&] { return journal::walkForwardEntry(inputs, setup->data, *result); });
    return Success;
}

} // namespace

Command walkForwardCommand()
{
    return Command{
        QStringLiteral("walkforward"),
        Text::tr("Walk-forward analysis: optimise in-sample, trade the next window out-of-sample, repeat."),
        [](QCommandLineParser &p) {
            addBacktestOptions(p);
            addGridOptions(p);
            p.addOptions({
                {QStringLiteral("in-sample"), Text::tr("Bars in each in-sample window (default 756, about 3 years)."), Text::tr("N")},
                {QStringLiteral("out-of-sample"), Text::tr("Bars in each out-of-sample window (default 252)."), Text::tr("N")},
                {QStringLiteral("anchored"), Text::tr("Grow the in-sample window from the start instead of rolling it.")},
                {QStringLiteral("trades"), Text::tr("Write the out-of-sample trades as CSV to OUT."), Text::tr("OUT")},
                {QStringLiteral("equity"), Text::tr("Write the stitched out-of-sample equity curve as CSV to OUT."), Text::tr("OUT")},
            });
        },
        runWalkForward,
        {QStringLiteral("json"), QStringLiteral("trades"), QStringLiteral("equity")},
        WorkspaceAccess::Read,
        true, // journals its run
    };
}

} // namespace rutile::cli
