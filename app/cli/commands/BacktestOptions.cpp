#include "commands/BacktestOptions.h"

#include "backtest/Optimizer.h"
#include "import/SampleWorkspace.h"
#include "risk/BenchmarkChoice.h"
#include "storage/Workspace.h"
#include "strategy/StrategyRegistry.h"

#include <QCoreApplication>
#include <QThread>

#include <cmath>

namespace rutile::cli {

using namespace backtest;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::BacktestCommand)
};

Error usageError(const QString &message)
{
    return Error{ErrorKind::InvalidArgument, message, {}, 0, 0};
}

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
    return lines.join(QLatin1Char('\n'));
}

/// The value of a numeric option in [minimum, maximum], or nullopt when it is not given.
Result<std::optional<double>> number(Context &ctx, const QString &name, double minimum, double maximum)
{
    if (!ctx.parser.isSet(name))
        return std::optional<double>();
    const QString text = ctx.parser.value(name);
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return usageError(Text::tr("--%1: expected a number, found '%2'").arg(name, text));
    if (v < minimum || v > maximum)
        return usageError(Text::tr("--%1 (%2) out of range [%3, %4]").arg(name, text).arg(minimum).arg(maximum));
    return std::optional<double>(v);
}

/// Reads every model option into `c`.
Status readConfig(Context &ctx, BacktestConfig &c)
{
    // `divisor` 100 turns the CLI's percent units into the fractions of the config.
    const auto get = [&](const char *name, double lo, double hi, double *out, double divisor = 1) -> Status {
        auto v = number(ctx, QLatin1String(name), lo, hi);
        if (!v)
            return v.error();
        if (*v)
            *out = **v / divisor;
        return {};
    };
    if (Status s = get("cash", 1e-9, 1e15, &c.initialCash); !s)
        return s;

    // Sizing: one model.
    const bool units = ctx.parser.isSet(QStringLiteral("size"));
    const bool pct = ctx.parser.isSet(QStringLiteral("size-pct"));
    const bool vol = ctx.parser.isSet(QStringLiteral("size-atr-risk-pct"));
    if (int(units) + int(pct) + int(vol) > 1)
        return usageError(Text::tr("--size, --size-pct and --size-atr-risk-pct are alternatives; give one"));
    const bool whole = ctx.parser.isSet(QStringLiteral("whole-units"));
    if (units) {
        FixedUnitsParams p;
        if (Status s = get("size", 1e-12, 1e12, &p.units); !s)
            return s;
        c.sizing = p;
    } else if (vol) {
        VolatilityTargetParams p;
        p.wholeUnits = whole;
        double period = p.atrPeriod;
        if (Status s = get("size-atr-risk-pct", 1e-6, 100, &p.riskFraction, 100); !s)
            return s;
        if (Status s = get("size-atr-period", 1, 1000, &period); !s)
            return s;
        if (Status s = get("max-leverage", 1e-6, 10, &p.maxLeverage); !s)
            return s;
        p.atrPeriod = int(period);
        c.sizing = p;
    } else {
        PercentOfEquityParams p;
        p.wholeUnits = whole;
        if (Status s = get("size-pct", 1e-6, 1000, &p.fraction, 100); !s)
            return s;
        c.sizing = p;
    }

    // Commission: one model.
    const bool perUnit = ctx.parser.isSet(QStringLiteral("commission-per-unit"));
    const bool fixed = ctx.parser.isSet(QStringLiteral("commission-fixed"));
    const bool percent = ctx.parser.isSet(QStringLiteral("commission-pct"));
    if (int(perUnit) + int(fixed) + int(percent) > 1)
        return usageError(Text::tr("--commission-pct, --commission-per-unit and --commission-fixed are alternatives; give one"));
    if (perUnit) {
        PerUnitCommissionParams p;
        if (Status s = get("commission-per-unit", 0, 1e9, &p.perUnit); !s)
            return s;
        if (Status s = get("commission-min", 0, 1e9, &p.minimum); !s)
            return s;
        c.commission = p;
    } else if (fixed) {
        FixedCommissionParams p;
        if (Status s = get("commission-fixed", 0, 1e9, &p.perOrder); !s)
            return s;
        c.commission = p;
    } else {
        PercentCommissionParams p;
        if (Status s = get("commission-pct", 0, 10, &p.rate, 100); !s)
            return s;
        c.commission = p;
    }
    if (Status s = get("slippage-bps", 0, 1000, &c.slippage.bps); !s)
        return s;

    if (Status s = get("stop-loss-pct", 1e-9, 99, &c.exits.stopLossFraction, 100); !s)
        return s;
    if (Status s = get("take-profit-pct", 1e-9, 10000, &c.exits.takeProfitFraction, 100); !s)
        return s;
    if (Status s = get("trailing-stop-pct", 1e-9, 99, &c.exits.trailingFraction, 100); !s)
        return s;
    if (Status s = get("trailing-stop-atr", 1e-9, 100, &c.exits.trailingAtrMultiple); !s)
        return s;
    double atrPeriod = c.exits.atrPeriod;
    if (Status s = get("atr-period", 1, 1000, &atrPeriod); !s)
        return s;
    c.exits.atrPeriod = int(atrPeriod);

    if (ctx.parser.isSet(QStringLiteral("fill"))) {
        const QString fill = ctx.parser.value(QStringLiteral("fill"));
        if (fill == u"next-open")
            c.fill.timing = FillTiming::NextOpen;
        else if (fill == u"next-close")
            c.fill.timing = FillTiming::NextClose;
        else
            return usageError(Text::tr("--fill: expected next-open or next-close, found '%1'").arg(fill));
    }
    if (Status s = get("risk-free-pct", -10, 100, &c.metrics.riskFreeRate, 100); !s)
        return s;
    double days = c.metrics.tradingDaysPerYear;
    if (Status s = get("days-per-year", 1, 366, &days); !s)
        return s;
    c.metrics.tradingDaysPerYear = int(days);
    return c.validate();
}

} // namespace

QJsonObject BacktestSetup::context() const
{
    QJsonObject o{{QStringLiteral("symbol"), symbol}};
    if (!pair.isEmpty())
        o.insert(QStringLiteral("pair"), pair);
    const std::size_t first = std::min(range.first, data.size());
    const std::size_t last = std::min(range.last, data.size());
    if (last > first) {
        o.insert(QStringLiteral("first_date"), jsonDate(toDate(data.days()[first])));
        o.insert(QStringLiteral("last_date"), jsonDate(toDate(data.days()[last - 1])));
    }
    if (!benchmark.isEmpty())
        o.insert(QStringLiteral("benchmark"), benchmark);
    return o;
}

void addBacktestOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("SYMBOL"), Text::tr("The symbol to trade (leg 0)."));
    p.addOptions({
        {QStringLiteral("strategy"), Text::tr("The strategy (required):\n%1").arg(strategyHelp()), Text::tr("NAME")},
        {QStringLiteral("param"), Text::tr("A strategy parameter as name=value (repeatable); the others take their defaults."),
         Text::tr("K=V")},
        {QStringLiteral("pair"), Text::tr("The second symbol of a two-symbol strategy (pairs_spread: the hedge)."), Text::tr("SYM")},
        {QStringLiteral("from"), Text::tr("First date traded (YYYY-MM-DD); earlier bars warm the indicators up."), Text::tr("D")},
        {QStringLiteral("to"), Text::tr("Last date traded (YYYY-MM-DD)."), Text::tr("D")},
        {QStringLiteral("cash"), Text::tr("Starting cash (default 100000)."), Text::tr("X")},
        {QStringLiteral("size"), Text::tr("Fixed units per entry."), Text::tr("N")},
        {QStringLiteral("size-pct"), Text::tr("Percent of equity per entry, at the fill (default 100)."), Text::tr("P")},
        {QStringLiteral("size-atr-risk-pct"),
         Text::tr("Volatility target: risk P percent of equity per one ATR move (units = P% · equity / ATR)."), Text::tr("P")},
        {QStringLiteral("size-atr-period"), Text::tr("ATR period of --size-atr-risk-pct (default 14)."), Text::tr("N")},
        {QStringLiteral("max-leverage"), Text::tr("Cap of --size-atr-risk-pct: notional ≤ X · equity (default 1)."), Text::tr("X")},
        {QStringLiteral("whole-units"), Text::tr("Round percent and volatility sizes down to whole units.")},
        {QStringLiteral("commission-pct"), Text::tr("Commission in percent of notional per fill (0.1 = 0.1%; default 0)."), Text::tr("P")},
        {QStringLiteral("commission-per-unit"), Text::tr("Commission per unit traded, instead of a percent."), Text::tr("X")},
        {QStringLiteral("commission-min"), Text::tr("Minimum commission per order with --commission-per-unit (default 0)."), Text::tr("X")},
        {QStringLiteral("commission-fixed"), Text::tr("A fixed commission per order, instead of a percent."), Text::tr("X")},
        {QStringLiteral("slippage-bps"), Text::tr("Slippage in basis points against the trader on market and stop fills (default 0)."),
         Text::tr("B")},
        {QStringLiteral("stop-loss-pct"), Text::tr("Stop-loss P percent from the entry price."), Text::tr("P")},
        {QStringLiteral("take-profit-pct"), Text::tr("Take-profit P percent from the entry price."), Text::tr("P")},
        {QStringLiteral("trailing-stop-pct"), Text::tr("Trailing stop P percent from the best price since entry."), Text::tr("P")},
        {QStringLiteral("trailing-stop-atr"), Text::tr("Trailing stop M ATRs from the best price since entry."), Text::tr("M")},
        {QStringLiteral("atr-period"), Text::tr("ATR period of --trailing-stop-atr (default 14)."), Text::tr("N")},
        {QStringLiteral("fill"), Text::tr("When market orders fill: next-open (default) or next-close."), Text::tr("WHEN")},
        {QStringLiteral("risk-free-pct"), Text::tr("Annual risk-free rate in percent for Sharpe, Sortino and alpha (default 0)."),
         Text::tr("P")},
        {QStringLiteral("days-per-year"), Text::tr("Trading days per year for annualising (default 252)."), Text::tr("N")},
        {QStringLiteral("benchmark"),
         Text::tr("Benchmark of beta and alpha (default: the workspace's 'benchmark' setting, else SPX, GSPC or ^GSPC "
                  "if cached; never the traded symbol)."),
         Text::tr("SYM")},
        {QStringLiteral("no-benchmark"), Text::tr("Do not compare with a benchmark.")},
        {QStringLiteral("json"), Text::tr("Write the results as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
    });
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
    if (!ctx.parser.isSet(QStringLiteral("strategy"))) {
        exitCode = ctx.usage(Text::tr("--strategy NAME is required; one of: %1")
                                 .arg(strategy::StrategyRegistry::builtIn().names().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    BacktestSetup setup;
    auto symbol = ctx.symbolArgument(args.first());
    if (!symbol)
        return fail(symbol.error());
    setup.symbol = *symbol;
    auto found = strategy::findStrategy(ctx.parser.value(QStringLiteral("strategy")));
    if (!found)
        return fail(found.error());
    setup.strategy = *found;
    auto params = parseAssignments(setup.strategy->params, ctx.parser.values(QStringLiteral("param")));
    if (!params) {
        Error e = params.error();
        e.message = QStringLiteral("--param: ") + e.message;
        return fail(e);
    }
    if (resolveParams) {
        params = strategy::resolveParams(*setup.strategy, *params);
        if (!params)
            return fail(params.error());
        setup.params = *params;
    } else {
        // Only the values given; the grid decides the rest.
        for (const QString &a : ctx.parser.values(QStringLiteral("param"))) {
            const QString name = a.left(a.indexOf(QLatin1Char('='))).trimmed();
            setup.params.set(name, params->value(name));
        }
    }
    if (setup.strategy->needsPair() && !ctx.parser.isSet(QStringLiteral("pair"))) {
        exitCode = ctx.usage(Text::tr("%1 trades two symbols: give the second with --pair SYM").arg(setup.strategy->name));
        return std::nullopt;
    }
    if (!setup.strategy->needsPair() && ctx.parser.isSet(QStringLiteral("pair"))) {
        exitCode = ctx.usage(Text::tr("%1 trades one symbol; --pair does not apply").arg(setup.strategy->name));
        return std::nullopt;
    }
    if (Status s = readConfig(ctx, setup.config); !s)
        return fail(s.error());
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return fail((from ? to : from).error());

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return fail(workspace.error());
    // Everything up to --to: bars before --from warm the indicators up.
    std::vector<BarSeries> legs;
    auto bars = (*workspace)->readBars(setup.symbol, {}, *to);
    if (!bars)
        return fail(bars.error());
    legs.push_back(std::move(*bars));
    if (setup.strategy->needsPair()) {
        setup.pair = ctx.parser.value(QStringLiteral("pair")).toUpper();
        auto pair = (*workspace)->readBars(setup.pair, {}, *to);
        if (!pair)
            return fail(pair.error());
        legs.push_back(std::move(*pair));
    }
    auto data = MarketData::aligned(std::move(legs));
    if (!data)
        return fail(data.error());
    setup.data = std::move(*data);

    if (!ctx.parser.isSet(QStringLiteral("no-benchmark"))) {
        QString benchmark = ctx.parser.value(QStringLiteral("benchmark")).toUpper();
        const bool explicitBenchmark = !benchmark.isEmpty();
        if (!explicitBenchmark) {
            // The same default as the risk dashboard and `risk`: the workspace's setting, else
            // the S&P 500 under its usual tickers; never the traded symbol itself.
            const QString setting =
                (*workspace)->setting(QString::fromLatin1(kBenchmarkSettingKey)).value_or(QString()).trimmed();
            if (!setting.isEmpty() && !(*workspace)->symbol(setting))
                ctx.warn(Text::tr("the workspace's benchmark %1 is not in the cache").arg(setting));
            if (const auto fallback = risk::defaultBenchmark(**workspace); fallback && *fallback != setup.symbol)
                benchmark = *fallback;
        }
        if (!benchmark.isEmpty()) {
            auto b = (*workspace)->readBars(benchmark, {}, *to);
            if (!b)
                return fail(b.error());
            setup.benchmark = benchmark;
            setup.data.setBenchmark(std::move(*b));
        }
    }

    setup.range.first = from->isValid() ? setup.data.leg(0).lowerBound(toDayNumber(*from)) : 0;
    setup.range.last = setup.data.size();
    if (setup.range.last < setup.range.first + 2)
        return fail(Error{ErrorKind::InvalidInput,
                          Text::tr("not enough data: %1 has fewer than 2 bars between the dates given").arg(setup.symbol),
                          {}, 0, 0});
    return setup;
}

Result<ParameterGrid> readGrid(Context &ctx, const BacktestSetup &setup)
{
    ParameterGrid grid;
    grid.base = setup.params;
    const QStringList specs = ctx.parser.values(QStringLiteral("grid"));
    if (specs.isEmpty())
        return usageError(Text::tr("at least one --grid name=start:stop:step is required"));
    for (const QString &text : specs) {
        auto axis = parseGridAxis(setup.strategy->params, text);
        if (!axis) {
            Error e = axis.error();
            e.message = QStringLiteral("--grid %1: %2").arg(text, e.message);
            return e;
        }
        grid.axes.push_back(std::move(*axis));
    }
    if (Status s = validate(grid, setup.strategy->params); !s)
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
    return usageError(Text::tr("--objective: expected one of %1, found '%2'")
                          .arg(objectiveNames().join(QStringLiteral(", ")), name));
}

Result<int> readThreads(Context &ctx)
{
    if (!ctx.parser.isSet(QStringLiteral("threads")))
        return 0;
    bool ok = false;
    const int n = ctx.parser.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || n < 1 || n > 1024)
        return usageError(Text::tr("--threads: expected a number in [1, 1024], found '%1'")
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
