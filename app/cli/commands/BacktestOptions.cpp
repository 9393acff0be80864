#include "commands/BacktestOptions.h"
#include "commands/RuleFile.h"

#include "backtest/BacktestData.h"
#include "backtest/ConfigParams.h"
#include "backtest/Optimizer.h"
#include "import/SampleWorkspace.h"
#include "risk/BenchmarkChoice.h"
#include "rules/RuleStrategy.h"
#include "rules/WorkspaceRules.h"
#include "storage/Workspace.h"
#include "strategy/StrategyRegistry.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <cmath>

namespace rutile::cli {

using namespace backtest;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::BacktestCommand)
};


QString strategyHelp()
{
    QStringList lines;
    for (const strategy::StrategyDescriptor &d : strategy::StrategyRegistry::builtIn().all()) {
        QStringList params;
        for (const ParamSpec &p : d.params)
            params << QStringLiteral("%1=%2").arg(p.name, p.format(p.defaultValue));
        lines << QStringLiteral("  %1%2%3")
                     .arg(d.name, -18)
                     .arg(params.join(QLatin1Char(',')), -30)
                     .arg(d.needsPair() ? Text::tr("(needs --pair)") : QString());
    }
    lines << Text::tr("  or a rule strategy saved in the workspace by the strategy editor");
    return lines.join(QLatin1Char('\n'));
}

/// The help of the option of a config setting, generated from its ParamSpec: what it is, its
/// unit, range and default, and the model it picks. tst_cli_backtest reads these back.
QString configOptionHelp(const ParamSpec &spec)
{
    QString text = spec.label;
    if (!spec.description.isEmpty())
        text += QStringLiteral(". ") + spec.description;
    switch (spec.type) {
    case ParamType::Bool:
        text += Text::tr(" (a switch; default %1)").arg(spec.defaultValue != 0 ? Text::tr("on") : Text::tr("off"));
        break;
    case ParamType::Choice:
        text += Text::tr(". One of %1 (default %2)")
                    .arg(spec.choices.join(QStringLiteral(", ")), spec.format(spec.defaultValue));
        break;
    case ParamType::Int:
    case ParamType::Double:
        text += Text::tr(". Range [%1, %2]%3 (default %4)")
                    .arg(spec.format(spec.minimum), spec.format(spec.maximum),
                         spec.unit == ParamUnit::Percent ? Text::tr(" in percent (0.1 = 0.1%)") : QString(),
                         spec.format(spec.defaultValue));
        break;
    }
    for (const ModelSelector &m : configModelSelectors()) {
        if (m.param != spec.name)
            continue;
        if (const ParamSpec *model = findParam(configParamSpecs(), m.modelParam))
            text += Text::tr("; picks --%1 %2").arg(model->option, model->format(m.model));
    }
    return text + QLatin1Char('.');
}

QString configValueName(const ParamSpec &spec)
{
    if (spec.type == ParamType::Choice)
        return Text::tr("NAME");
    if (spec.unit == ParamUnit::Percent)
        return Text::tr("P");
    return spec.type == ParamType::Int ? Text::tr("N") : Text::tr("X");
}

} // namespace

journal::StrategyRunInputs BacktestSetup::journalInputs() const
{
    journal::StrategyRunInputs in;
    in.data = selection;
    in.strategy = strategy;
    in.params = params;
    in.config = config;
    return in;
}

RunRecord BacktestSetup::backtestEntry(const backtest::BacktestResult &result) const
{
    journal::StrategyRunInputs inputs = journalInputs();
    inputs.params = result.params;
    return journal::backtestEntry(inputs, data, result);
}

void warnBacktest(Context &ctx, const backtest::BacktestResult &result)
{
    for (const backtest::BacktestWarning &w : result.warnings)
        if (w.kind != backtest::BacktestWarningKind::EndOfDataExit)
            ctx.warn(w.message);
}

QJsonObject BacktestSetup::context() const
{
    QJsonObject o{{QStringLiteral("symbol"), selection.symbol}};
    if (!selection.pair.isEmpty())
        o.insert(QStringLiteral("pair"), selection.pair);
    const std::size_t first = std::min(range.first, data.size());
    const std::size_t last = std::min(range.last, data.size());
    if (last > first) {
        o.insert(QStringLiteral("first_date"), jsonDate(toDate(data.days()[first])));
        o.insert(QStringLiteral("last_date"), jsonDate(toDate(data.days()[last - 1])));
    }
    if (!selection.benchmark.isEmpty())
        o.insert(QStringLiteral("benchmark"), selection.benchmark);
    return o;
}

void addStrategyOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("strategy"), Text::tr("The strategy (this or --strategy-file is required):\n%1").arg(strategyHelp()),
         Text::tr("NAME")},
        {QStringLiteral("strategy-file"), Text::tr("A rule file to run instead of a built-in strategy (check it with "
                                                   "check-strategy); --param and --grid name its parameters."),
         Text::tr("FILE")},
        {QStringLiteral("param"), Text::tr("A strategy parameter as name=value (repeatable); the others take their defaults."),
         Text::tr("K=V")},
    });
}

void addSpecOptions(QCommandLineParser &p, std::span<const ParamSpec> specs, const QStringList &only)
{
    for (const ParamSpec &spec : specs) {
        if (spec.option.isEmpty() || (!only.isEmpty() && !only.contains(spec.name)))
            continue;
        if (spec.type == ParamType::Bool)
            p.addOption({spec.option, configOptionHelp(spec)});
        else
            p.addOption({spec.option, configOptionHelp(spec), configValueName(spec)});
    }
}

void addConfigOptions(QCommandLineParser &p, const QStringList &only)
{
    // The account and the broker's models: one option per ParamSpec of configParamSpecs().
    addSpecOptions(p, configParamSpecs(), only);
}

void addBacktestOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("SYMBOL"), Text::tr("The symbol to trade (leg 0)."));
    addStrategyOptions(p);
    p.addOptions({
        {QStringLiteral("pair"), Text::tr("The second symbol of a two-symbol strategy (pairs_spread: the hedge)."), Text::tr("SYM")},
        {QStringLiteral("from"), Text::tr("First date traded (YYYY-MM-DD); earlier bars warm the indicators up."), Text::tr("D")},
        {QStringLiteral("to"), Text::tr("Last date traded (YYYY-MM-DD)."), Text::tr("D")},
        {QStringLiteral("benchmark"),
         Text::tr("Benchmark of beta and alpha (default: the workspace's 'benchmark' setting, else SPX, GSPC or ^GSPC "
                  "if cached; never the traded symbol)."),
         Text::tr("SYM")},
        {QStringLiteral("no-benchmark"), Text::tr("Do not compare with a benchmark.")},
        {QStringLiteral("risk-free-symbol"),
         Text::tr("Take the risk-free rate from the cached rate series SYM (percent per year, e.g. FRED's DGS3MO): "
                  "its mean over the bars traded. Replaces --risk-free-pct."),
         Text::tr("SYM")},
        {QStringLiteral("json"), Text::tr("Write the results as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
    });
    addConfigOptions(p);
}

void addGridOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("grid"),
         Text::tr("A parameter range as name=start:stop:step (stop inclusive), name=a,b,c or name=v (repeatable)."),
         Text::tr("K=A:B:S")},
        {QStringLiteral("objective"),
         Text::tr("What to maximise: %1 (default sharpe).").arg(objectiveNames().join(QStringLiteral(", "))), Text::tr("NAME")},
        {QStringLiteral("threads"), Text::tr("Worker threads (default: one per core)."), Text::tr("N")},
    });
}

std::optional<StrategyChoice> readStrategyChoice(Context &ctx, bool resolveParams, int &exitCode)
{
    const auto fail = [&](const Error &e) {
        exitCode = ctx.fail(e);
        return std::nullopt;
    };
    StrategyChoice choice;
    const bool fromFile = ctx.parser.isSet(QStringLiteral("strategy-file"));
    if (fromFile && ctx.parser.isSet(QStringLiteral("strategy"))) {
        exitCode = ctx.usage(Text::tr("give --strategy or --strategy-file, not both"));
        return std::nullopt;
    }
    if (!fromFile && !ctx.parser.isSet(QStringLiteral("strategy"))) {
        exitCode = ctx.usage(Text::tr("--strategy NAME or --strategy-file FILE is required; the strategies: %1")
                                 .arg(strategy::StrategyRegistry::builtIn().names().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (fromFile) {
        const QString path = ctx.parser.value(QStringLiteral("strategy-file"));
        const auto program = readRuleFile(ctx, path, exitCode);
        if (!program)
            return std::nullopt;
        // Named after the file, as the examples are after the built-ins they restate.
        choice.ruleStrategy = std::make_shared<const strategy::StrategyDescriptor>(
            rules::ruleStrategyDescriptor(program, QFileInfo(path).completeBaseName()));
        choice.strategy = choice.ruleStrategy.get();
    } else {
        // A built-in, else a rule strategy saved in the workspace (the editor's "Save to
        // Workspace"): the lookup the GUI's jobs make too.
        const QString name = ctx.parser.value(QStringLiteral("strategy"));
        const strategy::StrategyDescriptor *builtIn = strategy::StrategyRegistry::builtIn().find(name);
        if (builtIn) {
            choice.strategy = builtIn;
        } else {
            // Without a workspace to read, the name is still reported as unknown (with the
            // built-ins) rather than as a workspace error.
            auto workspace = ctx.openWorkspace();
            auto found = rules::findStrategy(workspace ? workspace->get() : nullptr, name);
            if (!found)
                return fail(found.error());
            choice.ruleStrategy = *found;
            choice.strategy = choice.ruleStrategy.get();
        }
    }
    auto params = parseAssignments(choice.strategy->params, ctx.parser.values(QStringLiteral("param")));
    if (!params) {
        Error e = params.error();
        e.message = QStringLiteral("--param: ") + e.message;
        return fail(e);
    }
    if (resolveParams) {
        params = strategy::resolveParams(*choice.strategy, *params);
        if (!params)
            return fail(params.error());
        choice.params = *params;
    } else {
        // Only the values given; the grid decides the rest.
        for (const QString &a : ctx.parser.values(QStringLiteral("param"))) {
            const QString name = a.left(a.indexOf(QLatin1Char('='))).trimmed();
            choice.params.set(name, params->value(name));
        }
    }
    return choice;
}

std::optional<BacktestSetup> readBacktestSetup(Context &ctx, bool resolveParams, int &exitCode)
{
    const auto fail = [&](const Error &e) {
        exitCode = ctx.fail(e);
        return std::nullopt;
    };
    const QStringList args = ctx.arguments();
    if (args.size() != 1) {
        exitCode = ctx.usage(Text::tr("expected exactly one SYMBOL, found %1 arguments").arg(args.size()));
        return std::nullopt;
    }
    BacktestSetup setup;
    auto symbol = ctx.symbolArgument(args.first());
    if (!symbol)
        return fail(symbol.error());
    setup.selection.symbol = *symbol;
    auto choice = readStrategyChoice(ctx, resolveParams, exitCode);
    if (!choice)
        return std::nullopt;
    setup.strategy = choice->strategy;
    setup.ruleStrategy = std::move(choice->ruleStrategy);
    setup.params = std::move(choice->params);
    if (setup.strategy->needsPair() && !ctx.parser.isSet(QStringLiteral("pair"))) {
        exitCode = ctx.usage(Text::tr("%1 trades two symbols: give the second with --pair SYM").arg(setup.strategy->name));
        return std::nullopt;
    }
    if (!setup.strategy->needsPair() && ctx.parser.isSet(QStringLiteral("pair"))) {
        exitCode = ctx.usage(Text::tr("%1 trades one symbol; --pair does not apply").arg(setup.strategy->name));
        return std::nullopt;
    }
    auto config = readConfig(ctx);
    if (!config)
        return fail(config.error());
    setup.config = *config;
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return fail((from ? to : from).error());

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return fail(workspace.error());
    if (setup.strategy->needsPair()) {
        auto pairSymbol = ctx.symbolArgument(ctx.parser.value(QStringLiteral("pair")));
        if (!pairSymbol)
            return fail(pairSymbol.error());
        setup.selection.pair = *pairSymbol;
    }
    auto benchmark = readBenchmarkChoice(ctx, **workspace, setup.selection.symbol);
    if (!benchmark)
        return fail(benchmark.error());
    setup.selection.benchmark = *benchmark;

    QString riskFreeSymbol;
    if (ctx.parser.isSet(QStringLiteral("risk-free-symbol"))) {
        if (ctx.parser.isSet(QStringLiteral("risk-free-pct")))
            return fail(Error::invalidArgument(Text::tr("--risk-free-symbol and --risk-free-pct both set the risk-free rate; give one")));
        auto given = ctx.symbolArgument(ctx.parser.value(QStringLiteral("risk-free-symbol")));
        if (!given)
            return fail(given.error());
        riskFreeSymbol = *given;
    }

    // The same steps as the GUI's strategy panel: core's data selection.
    setup.selection.from = *from;
    setup.selection.to = *to;
    setup.selection.riskFreeSymbol = riskFreeSymbol;
    auto loaded = loadBacktestData(**workspace, setup.selection);
    if (!loaded)
        return fail(loaded.error());
    setup.config = loaded->apply(setup.config);
    setup.data = std::move(loaded->data);
    setup.range = loaded->range;
    return setup;
}

/// Every option of `specs` given, each checked against its ParamSpec with the option named in
/// the message: "--cash (0) out of range [1, 1e+15]".
Result<ParamValues> readSpecOptions(Context &ctx, std::span<const ParamSpec> specs, const QStringList &only)
{
    ParamValues given;
    for (const ParamSpec &spec : specs) {
        if (spec.option.isEmpty() || (!only.isEmpty() && !only.contains(spec.name)) || !ctx.parser.isSet(spec.option))
            continue;
        double value = 1; // a switch
        if (spec.type != ParamType::Bool) {
            ParamSpec named = spec;
            named.name = QStringLiteral("--") + spec.option;
            const Result<double> parsed = named.parse(ctx.parser.value(spec.option));
            if (!parsed)
                return parsed.error();
            value = *parsed;
        }
        given.set(spec.name, value);
    }
    return given;
}

/// Every config option given, each checked against its ParamSpec whatever the model (so
/// `--max-leverage -1` fails even without `--size-atr-risk-pct`), then the models they pick,
/// then the whole configuration.
Result<BacktestConfig> readConfig(Context &ctx, const QStringList &only)
{
    const Result<ParamValues> given = readSpecOptions(ctx, configParamSpecs(), only);
    if (!given)
        return given.error();
    const Result<ParamValues> values = withImpliedModels(*given);
    if (!values)
        return values.error();
    return configFromParams(*values);
}

Result<QString> readBenchmarkChoice(Context &ctx, const Workspace &workspace, const QString &traded)
{
    if (ctx.parser.isSet(QStringLiteral("no-benchmark")))
        return QString();
    if (ctx.parser.isSet(QStringLiteral("benchmark")))
        return ctx.symbolArgument(ctx.parser.value(QStringLiteral("benchmark")));
    // The same default as the risk dashboard and `risk`: the workspace's setting, else the
    // S&P 500 under its usual tickers; never the traded symbol itself.
    const QString setting = workspace.setting(QString::fromLatin1(kBenchmarkSettingKey)).value_or(QString()).trimmed();
    if (!setting.isEmpty() && !workspace.symbol(setting))
        ctx.warn(Text::tr("the workspace's benchmark %1 is not in the cache").arg(setting));
    if (const auto fallback = risk::defaultBenchmark(workspace); fallback && *fallback != traded)
        return *fallback;
    return QString();
}

Result<ParameterGrid> readGrid(Context &ctx, const BacktestSetup &setup)
{
    return readGrid(ctx, setup.strategy->params, setup.params);
}

Result<ParameterGrid> readGrid(Context &ctx, std::span<const ParamSpec> specs, const ParamValues &base)
{
    ParameterGrid grid;
    grid.base = base;
    const QStringList axes = ctx.parser.values(QStringLiteral("grid"));
    if (axes.isEmpty())
        return Error::invalidArgument(Text::tr("at least one --grid name=start:stop:step is required"));
    for (const QString &text : axes) {
        auto axis = parseGridAxis(specs, text);
        if (!axis) {
            Error e = axis.error();
            e.message = QStringLiteral("--grid %1: %2").arg(text, e.message);
            return e;
        }
        grid.axes.push_back(std::move(*axis));
    }
    if (Status s = validate(grid, specs); !s)
        return s.error();
    return grid;
}

Result<Objective> readObjective(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("objective")))
        return Objective::Sharpe;
    const QString name = ctx.parser.value(QStringLiteral("objective"));
    if (auto o = objectiveFromName(name))
        return *o;
    return Error::invalidArgument(Text::tr("--objective: expected one of %1, found '%2'")
                          .arg(objectiveNames().join(QStringLiteral(", ")), name));
}

Result<int> readThreads(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("threads")))
        return 0;
    bool ok = false;
    const int n = ctx.parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || n < 1 || n > 1024)
        return Error::invalidArgument(Text::tr("--threads: expected a number in [1, 1024], found '%1'")
                              .arg(ctx.parser.value(QStringLiteral("threads"))));
    return n;
}

Result<backtest::OptimizerConfig> readOptimizerConfig(Context &ctx)
{
    backtest::OptimizerConfig config;
    const auto objective = readObjective(ctx);
    if (!objective)
        return objective.error();
    config.objective = *objective;
    const auto threads = readThreads(ctx);
    if (!threads)
        return threads.error();
    config.threads = *threads;
    return config;
}

QString summaryNumber(double value, int precision)
{
    return std::isfinite(value) ? QString::number(value, 'f', precision) : QStringLiteral("n/a");
}

} // namespace rutile::cli
