#include "Cli.h"
#include "commands/RiskStudy.h"

#include "risk/RiskFreeRate.h"

#include "risk/BenchmarkChoice.h"
#include "risk/RiskAnalysis.h"
#include "risk/RiskJson.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>

namespace rutile::cli {

using namespace risk;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::RiskCommand)
};

QString conventions()
{
    // One paragraph per line, no manual wrapping: QCommandLineParser wraps each line to the
    // terminal's description column.
    return Text::tr(
        "Statistics of the daily returns of Close between --from and --to (one fewer return than bars). "
        "Conventions (also in the README, section Risk):\n"
        "- Returns: log ln(C[t]/C[t-1]) (default) or simple C[t]/C[t-1] - 1, dated at the later bar.\n"
        "- Moments: sample estimators; std divides by n-1; skewness G1 and excess kurtosis G2 as Excel "
        "SKEW/KURT and pandas; annual_mean = mean*T, annual_vol = std*sqrt(T), T = trading_days = 252.\n"
        "- Volatility: std is the long-term (whole range) daily volatility; short_term_vol is the sample "
        "std of the last short_window = 63 returns (daily; annual_short_term_vol = short_term_vol*sqrt(T)).\n"
        "- Quantiles: linear interpolation between order statistics (R type 7, Excel PERCENTILE.INC, numpy "
        "default): h = (n-1)p, Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).\n"
        "- VaR, ES: var_left = p-quantile, var_right = (1-p)-quantile of returns, p = var_level = 0.05; "
        "es_left = mean of returns <= var_left, es_right = mean of returns >= var_right. All are returns: "
        "left values are negative.\n"
        "- EVT: peaks over threshold per tail, on losses -r (left) and gains r (right); threshold u = "
        "type-7 quantile threshold_quantile = 0.9 of that variable, in its own units (a positive loss on the "
        "left); GPD shape xi and scale sigma of the exceedances y - u (y > u) by maximum likelihood, se_xi "
        "and se_sigma from the inverse observed information; stress = u + sigma/xi*((n/Nu*p)^(-xi) - 1) at "
        "p = stress_level = 0.01, reported as a return (stress_left negative). Fewer than 30 exceedances "
        "give a warning on stderr.\n"
        "- Drawdown: max_drawdown = min over t of C[t]/max(C[0..t]) - 1 (a negative number) with the dates "
        "of its peak, trough and recovery (first close back at the peak).\n"
        "- Benchmark: closes aligned on common dates, then returns; beta and alpha = OLS slope and intercept "
        "of the symbol's returns on the benchmark's (alpha daily, annual_alpha = alpha*T); correlation; "
        "r_squared = correlation^2; tracking error; information ratio. Default benchmark: the workspace "
        "setting 'benchmark', else SPX, GSPC or ^GSPC.\n"
        "- JSON: plain numbers in return units (0.012, not 1.2%); undefined values are null.\n"
        "Parameters for --param (name=value):\n%1")
        .arg([] {
            QStringList lines;
            for (const ParamSpec &p : riskParamSpecs())
                lines << QStringLiteral("  %1=%2 (%3)")
                             .arg(p.name)
                             .arg(p.format(p.defaultValue))
                             .arg(p.type == ParamType::Choice
                                     ? p.choices.join(QLatin1Char('|'))
                                     : QStringLiteral("%1 .. %2").arg(p.format(p.minimum), p.format(p.maximum)));
            return lines.join(QLatin1Char('\n'));
        }());
}

QString num(double v, int precision = 6)
{
    return std::isfinite(v) ? QString::number(v, 'f', precision) : QStringLiteral("n/a");
}

QString date(const RiskReport &r, std::optional<std::size_t> index)
{
    return index && *index < r.day.size() ? toDate(r.day[*index]).toString(Qt::ISODate) : QStringLiteral("-");
}

void printReport(QTextStream &out, const RiskReport &r)
{
    const ReturnStatistics &s = r.stats;
    const auto row = [&out](const QString &label, const QString &a, const QString &b = QString()) {
        out << QStringLiteral("  %1 %2 %3")
                   .arg(label, -26)
                   .arg(a, 18)
                   .arg(b, 18)
                   .trimmed()
                   .prepend(QStringLiteral("  "))
            << Qt::endl;
    };
    out << Text::tr("%1: %2 %3 returns, %4 to %5")
               .arg(r.name)
               .arg(s.count)
               .arg(returnTypeName(r.options.returnType), toDate(r.day.front()).toString(Qt::ISODate),
                   toDate(r.day.back()).toString(Qt::ISODate))
        << Qt::endl;
    out << QStringLiteral("  %1 %2 %3").arg(QString(), -26).arg(Text::tr("daily"), 18).arg(Text::tr("annualised"), 18)
        << Qt::endl;
    row(Text::tr("mean"), num(s.mean), num(s.annualMean, 4));
    row(Text::tr("std (long-term vol)"), num(s.stdDev), num(s.annualVolatility, 4));
    row(Text::tr("short-term vol (%1)").arg(s.shortTermCount), num(s.shortTermVolatility),
        num(s.annualShortTermVolatility, 4));
    row(Text::tr("skewness"), num(s.skewness, 4));
    row(Text::tr("excess kurtosis"), num(s.excessKurtosis, 4));
    row(Text::tr("min (%1)").arg(toDate(s.minDay).toString(Qt::ISODate)), num(s.min));
    row(Text::tr("max (%1)").arg(toDate(s.maxDay).toString(Qt::ISODate)), num(s.max));
    out << QStringLiteral("  %1 %2 %3").arg(QString(), -26).arg(Text::tr("left"), 18).arg(Text::tr("right"), 18)
        << Qt::endl;
    const double p = r.options.varLevel;
    row(Text::tr("historical VaR (%1%)").arg(p * 100), num(r.left.historical.var), num(r.right.historical.var));
    row(Text::tr("expected shortfall"), num(r.left.historical.expectedShortfall),
        num(r.right.historical.expectedShortfall));
    row(Text::tr("Gaussian VaR"), num(r.left.gaussianVar), num(r.right.gaussianVar));
    row(Text::tr("Cornish-Fisher VaR"), num(r.left.cornishFisherVar), num(r.right.cornishFisherVar));
    row(Text::tr("EVT threshold u"), num(r.left.pot.threshold), num(r.right.pot.threshold));
    row(Text::tr("exceedances"), QString::number(r.left.pot.exceedanceCount),
        QString::number(r.right.pot.exceedanceCount));
    row(Text::tr("GPD xi (se)"), QStringLiteral("%1 (%2)").arg(num(r.left.pot.fit.xi, 3), num(r.left.pot.fit.seXi, 3)),
        QStringLiteral("%1 (%2)").arg(num(r.right.pot.fit.xi, 3), num(r.right.pot.fit.seXi, 3)));
    row(Text::tr("GPD sigma (se)"),
        QStringLiteral("%1 (%2)").arg(num(r.left.pot.fit.sigma, 5), num(r.left.pot.fit.seSigma, 5)),
        QStringLiteral("%1 (%2)").arg(num(r.right.pot.fit.sigma, 5), num(r.right.pot.fit.seSigma, 5)));
    row(Text::tr("converged"), r.left.pot.fit.converged ? Text::tr("yes") : Text::tr("no"),
        r.right.pot.fit.converged ? Text::tr("yes") : Text::tr("no"));
    row(Text::tr("EVT stress (%1%)").arg(r.options.stressLevel * 100), num(r.left.pot.stressReturn),
        num(r.right.pot.stressReturn));
    const DrawdownReport &d = r.drawdown;
    row(Text::tr("max drawdown"), num(d.maxDrawdown, 4));
    if (d.worst)
        out << Text::tr("    peak %1, trough %2, recovered %3")
                   .arg(date(r, d.worst->peak), date(r, d.worst->trough), date(r, d.worst->recovery))
            << Qt::endl;
    if (d.longest)
        out << Text::tr("  longest drawdown: %1 bars from %2 to %3")
                   .arg(d.longest->lengthBars)
                   .arg(date(r, d.longest->peak),
                       d.longest->recovery
                           ? date(r, d.longest->recovery)
                           : Text::tr("%1 (not recovered)").arg(toDate(r.day.back()).toString(Qt::ISODate)))
            << Qt::endl;
    if (r.benchmark) {
        const BenchmarkStats &b = *r.benchmark;
        out << Text::tr("  against %1 (%2 common returns):").arg(b.symbol).arg(b.count) << Qt::endl;
        row(Text::tr("beta"), num(b.beta, 4));
        row(Text::tr("alpha"), num(b.alpha), num(b.annualAlpha, 4));
        row(Text::tr("correlation"), num(b.correlation, 4));
        row(Text::tr("R squared"), num(b.rSquared, 4));
        row(Text::tr("tracking error"), num(b.trackingError), num(b.annualTrackingError, 4));
        row(Text::tr("information ratio"), QString(), num(b.informationRatio, 4));
    }
}

} // namespace

std::optional<RiskStudy> readRiskStudy(Context &ctx, int &exitCode)
{
    const auto fail = [&](const Error &e) -> std::optional<RiskStudy> {
        exitCode = ctx.fail(e);
        return std::nullopt;
    };
    const auto usage = [&](const QString &m) -> std::optional<RiskStudy> {
        exitCode = ctx.usage(m);
        return std::nullopt;
    };
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return usage(Text::tr("risk takes exactly one SYMBOL, found %1 arguments").arg(args.size()));
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return fail((from ? to : from).error());
    if (ctx.parser.isSet(QStringLiteral("benchmark")) && ctx.parser.isSet(QStringLiteral("no-benchmark")))
        return usage(Text::tr("--benchmark and --no-benchmark cannot be combined"));

    const auto symbolGiven = ctx.symbolArgument(args.first());
    if (!symbolGiven)
        return fail(symbolGiven.error());
    QString benchmarkSymbol;
    const bool explicitBenchmark = ctx.parser.isSet(QStringLiteral("benchmark"));
    if (explicitBenchmark) {
        const auto given = ctx.symbolArgument(ctx.parser.value(QStringLiteral("benchmark")));
        if (!given)
            return fail(given.error());
        benchmarkSymbol = *given;
    }

    auto params = parseAssignments(riskParamSpecs(), ctx.parser.values(QStringLiteral("param")));
    if (!params) {
        Error e = params.error();
        e.message = QStringLiteral("--param: ") + e.message;
        return fail(e);
    }
    if (ctx.parser.isSet(QStringLiteral("returns"))) {
        const QString type = ctx.parser.value(QStringLiteral("returns"));
        if (type != QLatin1String("log") && type != QLatin1String("simple"))
            return usage(Text::tr("--returns: expected log or simple, found '%1'").arg(type));
        params->set(QStringLiteral("returns"), type == QLatin1String("log") ? 0 : 1);
    }
    auto options = RiskOptions::fromParams(*params);
    if (!options)
        return fail(options.error());
    QString riskFreeSymbol;
    if (ctx.parser.isSet(QStringLiteral("risk-free-symbol"))) {
        const QStringList assigned = ctx.parser.values(QStringLiteral("param"));
        if (std::any_of(assigned.begin(), assigned.end(),
                        [](const QString &a) { return a.section(QLatin1Char('='), 0, 0).trimmed() == QLatin1String("risk_free"); }))
            return usage(Text::tr("--risk-free-symbol and --param risk_free both set the risk-free rate; give one"));
        const auto given = ctx.symbolArgument(ctx.parser.value(QStringLiteral("risk-free-symbol")));
        if (!given)
            return fail(given.error());
        riskFreeSymbol = *given;
    }

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return fail(workspace.error());
    const QString symbol = *symbolGiven;
    const auto bars = (*workspace)->readBars(symbol, *from, *to);
    if (!bars)
        return fail(bars.error());
    if (!riskFreeSymbol.isEmpty()) {
        // The series' mean over the closes analysed (risk::meanAnnualRate).
        const auto rate = riskFreeRateFrom(**workspace, riskFreeSymbol, bars->firstDate(), bars->lastDate());
        if (!rate)
            return fail(rate.error());
        options->riskFreeRate = *rate;
    }

    // The benchmark: --benchmark, else the workspace default (never the symbol itself).
    std::optional<DatedSeries> benchmark;
    if (!explicitBenchmark && !ctx.parser.isSet(QStringLiteral("no-benchmark"))) {
        if (const auto chosen = defaultBenchmark(**workspace); chosen && *chosen != symbol)
            benchmarkSymbol = *chosen;
    }
    if (!benchmarkSymbol.isEmpty()) {
        const auto benchBars = (*workspace)->readBars(benchmarkSymbol, *from, *to);
        if (!benchBars) {
            if (explicitBenchmark)
                return fail(benchBars.error());
            ctx.warn(Text::tr("default benchmark %1: %2").arg(benchmarkSymbol, benchBars.error().message));
        } else {
            benchmark = closeSeries(*benchBars);
        }
    }

    const auto report = analyseRisk(closeSeries(*bars), *options, benchmark ? &*benchmark : nullptr);
    if (!report)
        return fail(report.error());
    if (explicitBenchmark && !report->benchmark)
        return fail(Error::invalidInput(Text::tr("not enough data: %1 and %2 have fewer than 2 common returns").arg(symbol, benchmarkSymbol)));
    for (const RiskWarning &w : report->warnings)
        ctx.warn(w.message);
    return RiskStudy{std::move(*bars), std::move(*report)};
}

namespace {

int runRisk(Context &ctx)
{
    int code = Success;
    const std::optional<RiskStudy> study = readRiskStudy(ctx, code);
    if (!study)
        return code;
    if (ctx.parser.isSet(QStringLiteral("json")))
        return ctx.writeJson(QJsonDocument(riskReportToJson(study->report)), ctx.parser.value(QStringLiteral("json")));
    printReport(ctx.out(), study->report);
    return Success;
}

} // namespace

Command riskCommand()
{
    return Command {
        QStringLiteral("risk"),
        Text::tr("Return and tail-risk statistics (VaR, ES, EVT stress, drawdowns, beta) of a symbol."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("SYMBOL"), conventions());
            p.addOptions({
                {QStringLiteral("from"), Text::tr("First date (YYYY-MM-DD) of the closes used."), Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date (YYYY-MM-DD) of the closes used."), Text::tr("D")},
                {QStringLiteral("returns"), Text::tr("log (default) or simple daily returns."), Text::tr("TYPE")},
                {QStringLiteral("benchmark"),
                    Text::tr("Benchmark symbol for beta, alpha, correlation (default: the workspace's benchmark)."),
                    Text::tr("SYM")},
                {QStringLiteral("risk-free-symbol"),
                    Text::tr("Take the risk-free rate from the cached rate series SYM (percent per year, e.g. FRED's "
                             "DGS3MO): its mean over the closes analysed."),
                    Text::tr("SYM")},
                {QStringLiteral("no-benchmark"), Text::tr("Do not compare with the workspace's default benchmark.")},
                {QStringLiteral("param"),
                    Text::tr("A risk parameter as name=value (repeatable), e.g. var_level=0.01; see above."),
                    Text::tr("K=V")},
                {QStringLiteral("json"),
                    Text::tr("Write the statistics as JSON to OUT ('-' for stdout); without it a table is printed."),
                    Text::tr("OUT")},
            });
        },
        runRisk,
        {QStringLiteral("json")},
    };
}

} // namespace rutile::cli
