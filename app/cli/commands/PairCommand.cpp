// `pair Y X [--from D] [--to D] [--json OUT] [--csv OUT] [--rolling-csv OUT]` plus the settings of
// relval::pairParamSpecs() (CLI.md "pair / fairvalue"): the Engle–Granger test of ln Y on ln X on
// their common dates, the half-life of the spread, pairs_spread's z-score, the Kalman hedge
// ratio and the rolling test. The work is core's analysePair, as in the Relative Value window.

#include "Cli.h"
#include "commands/BacktestOptions.h"

#include "relval/PairAnalysis.h"
#include "relval/PairOutput.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::PairCommand)
};

void printSummary(Context &ctx, const QJsonObject &j)
{
    QTextStream &out = ctx.out();
    out << Text::tr("%1 on %2, %3 to %4 (%5 common days): %6")
               .arg(j.value(QStringLiteral("y")).toString(), j.value(QStringLiteral("x")).toString(),
                    j.value(QStringLiteral("first_date")).toString(), j.value(QStringLiteral("last_date")).toString())
               .arg(j.value(QStringLiteral("n")).toInteger())
               .arg(j.value(QStringLiteral("verdict")).toString())
        << Qt::endl;
    const QJsonObject critical = j.value(QStringLiteral("eg_critical")).toObject();
    const auto number = [&j](const char *key) {
        const QJsonValue v = j.value(QLatin1String(key));
        return v.isDouble() ? summaryNumber(v.toDouble()) : QStringLiteral("n/a");
    };
    out << QStringLiteral("  hedge_ratio %1, intercept %2").arg(number("hedge_ratio"), number("intercept")) << Qt::endl;
    out << QStringLiteral("  eg_tstat %1 (%2 lags), critical 1% %3, 5% %4, 10% %5, eg_pvalue %6")
               .arg(number("eg_tstat"))
               .arg(j.value(QStringLiteral("adf_lags")).toInt())
               .arg(summaryNumber(critical.value(QStringLiteral("1%")).toDouble()),
                    summaryNumber(critical.value(QStringLiteral("5%")).toDouble()),
                    summaryNumber(critical.value(QStringLiteral("10%")).toDouble()), number("eg_pvalue"))
        << Qt::endl;
    out << QStringLiteral("  halflife_days %1, spread_last %2, zscore_last %3")
               .arg(number("halflife_days"), number("spread_last"), number("zscore_last"))
        << Qt::endl;
    const QJsonValue share = j.value(QStringLiteral("rolling_share_5pct"));
    if (share.isDouble())
        out << Text::tr("  rolling tests: %1 windows, cointegrated at 5 % in %2 of them")
                   .arg(j.value(QStringLiteral("rolling")).toArray().size())
                   .arg(QString::number(100 * share.toDouble(), 'f', 0) + QLatin1Char('%'))
            << Qt::endl;
}

int runPairCommand(Context &ctx)
{
    const QStringList args = ctx.arguments();
    if (args.size() != 2)
        return ctx.usage(Text::tr("pair takes two symbols, Y and X, found %1 arguments").arg(args.size()));
    const auto y = ctx.symbolArgument(args[0]);
    const auto x = ctx.symbolArgument(args[1]);
    if (!y || !x)
        return ctx.fail((y ? x : y).error());
    if (*y == *x)
        return ctx.usage(Text::tr("pair needs two different symbols, found %1 twice").arg(*y));
    const auto given = readSpecOptions(ctx, relval::pairParamSpecs());
    if (!given)
        return ctx.fail(given.error());
    const auto settings = relval::pairSettingsFromParams(*given);
    if (!settings)
        return ctx.fail(settings.error());
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return ctx.fail((from ? to : from).error());

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto yBars = (*workspace)->readBars(*y);
    if (!yBars)
        return ctx.fail(yBars.error());
    const auto xBars = (*workspace)->readBars(*x);
    if (!xBars)
        return ctx.fail(xBars.error());
    const auto analysis = relval::analysePair(*yBars, *xBars, *from, *to, *settings);
    if (!analysis)
        return ctx.fail(analysis.error());
    const QJsonObject document = relval::pairJson(*analysis);

    bool stdoutTaken = false;
    using Writer = std::function<Status(QIODevice &)>;
    const std::pair<const char *, Writer> csvs[] = {
        {"csv", [&](QIODevice &d) { return relval::writePairCsv(d, *analysis); }},
        {"rolling-csv", [&](QIODevice &d) { return relval::writeRollingCsv(d, *analysis); }},
    };
    for (const auto &[option, write] : csvs) {
        if (Status s = ctx.writeOutputOption(QLatin1String(option), write, stdoutTaken); !s)
            return ctx.fail(s.error());
    }
    if (Status s = ctx.writeJsonOption(document, stdoutTaken); !s)
        return ctx.fail(s.error());
    if (!stdoutTaken)
        printSummary(ctx, document);
    return Success;
}

} // namespace

Command pairCommand()
{
    return Command{
        QStringLiteral("pair"),
        Text::tr("Engle–Granger test of two symbols' log prices, the spread's half-life and z-score, rolling and "
                 "Kalman hedge ratios."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("Y"), Text::tr("The symbol regressed (e.g. RUT)."));
            p.addPositionalArgument(QStringLiteral("X"), Text::tr("The symbol it is regressed on (e.g. SPX)."));
            p.addOptions({
                {QStringLiteral("from"), Text::tr("First date (YYYY-MM-DD)."), Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date (YYYY-MM-DD)."), Text::tr("D")},
                {QStringLiteral("json"), Text::tr("Write the results as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
                {QStringLiteral("csv"),
                 Text::tr("Write the daily series as CSV to OUT: date, log_y, log_x, spread, zscore, rolling_beta, "
                          "kalman_beta."),
                 Text::tr("OUT")},
                {QStringLiteral("rolling-csv"),
                 Text::tr("Write the rolling tests as CSV to OUT: date, eg_tstat, eg_pvalue, hedge_ratio, halflife_days."),
                 Text::tr("OUT")},
            });
            addSpecOptions(p, relval::pairParamSpecs());
        },
        runPairCommand,
        {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("rolling-csv")},
    };
}

} // namespace rutile::cli
