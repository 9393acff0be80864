#include "Cli.h"
#include "commands/BacktestOptions.h"

#include "backtest/Optimizer.h"
#include "backtest/ResultJson.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace rutile::cli {

using namespace backtest;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::OptimizeCommand)
};

void printSummary(Context &ctx, const OptimizationResult &r, std::span<const ParamSpec> specs)
{
    QTextStream &out = ctx.out();
    out << Text::tr("%1: %2 of %3 grid points evaluated (shard %4/%5), %6 skipped, %7 ms on %8 threads")
               .arg(r.strategy)
               .arg(r.results.size())
               .arg(r.gridSize)
               .arg(r.shard.index)
               .arg(r.shard.count)
               .arg(r.skipped)
               .arg(qRound64(r.elapsedMs))
               .arg(r.threads)
        << Qt::endl;
    std::vector<std::size_t> order(r.results.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const double va = r.results[a].value, vb = r.results[b].value;
        if (std::isnan(va) != std::isnan(vb))
            return std::isnan(vb);
        return va > vb;
    });
    out << QStringLiteral("  %1 %2 %3").arg(objectiveName(r.objective), 12).arg(QStringLiteral("trades"), 7).arg(QStringLiteral("params"))
        << Qt::endl;
    for (std::size_t k = 0; k < std::min<std::size_t>(10, order.size()); ++k) {
        const GridPointResult &p = r.results[order[k]];
        QStringList params;
        for (const auto &[name, value] : p.params.entries()) {
            const ParamSpec *spec = findParam(specs, name);
            params << QStringLiteral("%1=%2").arg(name, spec ? spec->format(value) : QString::number(value));
        }
        out << QStringLiteral("  %1 %2 %3").arg(summaryNumber(p.value), 12).arg(p.trades.trades, 7).arg(params.join(QLatin1Char(' ')))
            << Qt::endl;
    }
    if (r.deflatedSharpe.trials > 0) {
        out << Text::tr("  deflated Sharpe ratio of the best point: %1 over %2 trials (%3)")
                   .arg(summaryNumber(r.deflatedSharpe.probability))
                   .arg(r.deflatedSharpe.trials)
                   .arg(r.deflatedSharpe.significant ? Text::tr("significant at %1").arg(r.deflatedSharpe.confidence)
                                                     : Text::tr("NOT significant: the optimum may be luck"))
            << Qt::endl;
    }
}

int runOptimize(Context &ctx)
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
    if (ctx.parser.isSet(QStringLiteral("shard"))) {
        auto shard = parseShard(ctx.parser.value(QStringLiteral("shard")));
        if (!shard)
            return ctx.fail(shard.error());
        oc.shard = *shard;
    }
    const auto result = optimize(setup->data, *setup->strategy, *grid, setup->config, oc, setup->range);
    if (!result)
        return ctx.fail(result.error());
    if (result->deflatedSharpe.valid && !result->deflatedSharpe.significant)
        ctx.warn(Text::tr("the best grid point's deflated Sharpe ratio is %1 after %2 trials (below %3): it may be luck")
                     .arg(summaryNumber(result->deflatedSharpe.probability))
                     .arg(result->deflatedSharpe.trials)
                     .arg(result->deflatedSharpe.confidence));
    bool stdoutTaken = false;
    if (ctx.parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json = optimizationJson(*result, setup->strategy->params, setup->config, setup->context());
        const QString target = ctx.parser.value(QStringLiteral("json"));
        if (const int c = ctx.writeJson(QJsonDocument(json), target); c != Success)
            return c;
        stdoutTaken = target == u"-";
    }
    if (!stdoutTaken)
        printSummary(ctx, *result, setup->strategy->params);
    // The journal keeps every point's summary and the best point in full.
    journal::StrategyRunInputs inputs = setup->journalInputs();
    inputs.grid = *grid;
    inputs.optimizer = oc;
    (void)ctx.journal([&] {
        const auto best = journal::rerunBestPoint(setup->data, *setup->strategy, *result, setup->config, setup->range);
        return journal::optimizationEntry(inputs, setup->data, *result, best ? &*best : nullptr);
    });
    return Success;
}

} // namespace

Command optimizeCommand()
{
    return Command{
        QStringLiteral("optimize"),
        Text::tr("Grid-search a strategy's parameters on all cores; --shard runs one slice for batch schedulers."),
        [](QCommandLineParser &p) {
            addBacktestOptions(p);
            addGridOptions(p);
            p.addOption({QStringLiteral("shard"),
                         Text::tr("Run the i-th of N disjoint, contiguous slices of the grid, i from 0 to N−1 (e.g. a "
                                  "Slurm array index or a Kubernetes completion index); join with 'merge'."),
                         Text::tr("I/N")});
        },
        runOptimize,
        {QStringLiteral("json")},
        WorkspaceAccess::Read,
        true, // journals its run
    };
}

} // namespace rutile::cli
