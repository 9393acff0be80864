// `fairvalue --spot S --rate R --dividend-yield Q --days D [--futures F] [--cost-pct C]
// [--dividend AMOUNT@DAYS ...] [--json OUT]` (CLI.md "pair / fairvalue"): the cost-of-carry fair
// value of an index future, its basis and mispricing, the no-arbitrage band of the round trip's
// costs and the signal. The spot may come from a cached symbol (--spot-symbol, its close on
// --date or its last) and the rate from a cached rate series in percent such as FRED's DGS3MO
// (--rate-symbol). With --history, a cached futures series is valued every common day against
// the index (--futures-symbol, --spot-symbol, --csv). The work is core's fairValue and
// fairValueHistory, as in the Relative Value window.

#include "Cli.h"

#include "relval/FairValue.h"
#include "relval/FairValueOutput.h"
#include "storage/Workspace.h"
#include "util/JsonNumber.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace rutile::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::FairValueCommand)
};

Result<double> numberOption(Context &ctx, const QString &name)
{
    bool ok = false;
    const double v = ctx.parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return Error::invalidArgument(Text::tr("--%1: expected a number, found '%2'").arg(name, ctx.parser.value(name)));
    return v;
}

// The close of `symbol` on `date` or the last before it (the last close with a null date).
Result<std::pair<double, QDate>> closeOn(const Workspace &workspace, const QString &symbol, QDate date)
{
    const auto bars = workspace.readBars(symbol, {}, date);
    if (!bars)
        return bars.error();
    if (bars->empty())
        return Error::invalidInput(Text::tr("%1 has no bar on or before %2").arg(symbol, date.toString(Qt::ISODate)));
    return std::make_pair(bars->close.back(), bars->lastDate());
}

// --history: the basis and mispricing of a cached futures series against the index, day by day.
int runHistory(Context &ctx)
{
    for (const char *required : {"spot-symbol", "futures-symbol", "dividend-yield"}) {
        if (!ctx.parser.isSet(QLatin1String(required)))
            return ctx.usage(Text::tr("--history needs --%1").arg(QLatin1String(required)));
    }
    for (const char *single : {"spot", "futures", "days", "dividend", "date"}) {
        if (ctx.parser.isSet(QLatin1String(single)))
            return ctx.usage(Text::tr("--%1 is for one day; --history values every common day").arg(QLatin1String(single)));
    }
    if (ctx.parser.isSet(QStringLiteral("rate")) == ctx.parser.isSet(QStringLiteral("rate-symbol")))
        return ctx.usage(Text::tr("give --rate R (a fraction: 0.05 is 5 %) or --rate-symbol SYM"));
    relval::FairValueHistoryInput input;
    for (const auto &[name, into] : {std::pair{"dividend-yield", &input.dividendYield}, std::pair{"cost-pct", &input.costPct},
                                     std::pair{"rate", &input.rate}}) {
        if (!ctx.parser.isSet(QLatin1String(name)))
            continue;
        const auto v = numberOption(ctx, QLatin1String(name));
        if (!v)
            return ctx.fail(v.error());
        *into = *v;
    }
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return ctx.fail((from ? to : from).error());
    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    const auto read = [&](const char *option) -> Result<BarSeries> {
        const auto symbol = ctx.symbolArgument(ctx.parser.value(QLatin1String(option)));
        if (!symbol)
            return symbol.error();
        return (*workspace)->readBars(*symbol, *from, *to);
    };
    const auto spot = read("spot-symbol");
    const auto futures = read("futures-symbol");
    if (!spot || !futures)
        return ctx.fail((spot ? futures : spot).error());
    std::optional<BarSeries> rates;
    if (ctx.parser.isSet(QStringLiteral("rate-symbol"))) {
        const auto symbol = ctx.symbolArgument(ctx.parser.value(QStringLiteral("rate-symbol")));
        if (!symbol)
            return ctx.fail(symbol.error());
        auto bars = (*workspace)->readBars(*symbol, {}, *to); // earlier values give the first days' rate
        if (!bars)
            return ctx.fail(bars.error());
        rates = std::move(*bars);
    }
    const auto points = relval::fairValueHistory(*spot, *futures, rates ? &*rates : nullptr, input);
    if (!points)
        return ctx.fail(points.error());
    bool stdoutTaken = false;
    if (Status s = ctx.writeOutputOption(QStringLiteral("csv"),
                                         [&](QIODevice &d) { return relval::writeFairValueHistoryCsv(d, *points); }, stdoutTaken);
        !s)
        return ctx.fail(s.error());
    const QJsonObject o = relval::fairValueHistoryJson(*points, spot->symbol, futures->symbol, input);
    if (Status s = ctx.writeJsonOption(o, stdoutTaken); !s)
        return ctx.fail(s.error());
    if (!stdoutTaken) {
        ctx.out() << Text::tr("%1 against %2, %3 to %4 (%5 common days): mean basis %6, mean mispricing %7, outside the "
                              "band on %8 days")
                         .arg(futures->symbol, spot->symbol, o.value(QStringLiteral("first_date")).toString(),
                              o.value(QStringLiteral("last_date")).toString())
                         .arg(points->size())
                         .arg(QString::number(o.value(QStringLiteral("mean_basis")).toDouble(), 'f', 2),
                              QString::number(o.value(QStringLiteral("mean_mispricing")).toDouble(), 'f', 2))
                         .arg(o.value(QStringLiteral("days_outside_band")).toInteger())
                  << Qt::endl;
    }
    return Success;
}

int runFairValueCommand(Context &ctx)
{
    if (ctx.parser.isSet(QStringLiteral("history")))
        return runHistory(ctx);
    if (ctx.parser.isSet(QStringLiteral("futures-symbol")) || ctx.parser.isSet(QStringLiteral("csv")))
        return ctx.usage(Text::tr("--futures-symbol and --csv are for --history"));
    if (!ctx.arguments().isEmpty())
        return ctx.usage(Text::tr("fairvalue takes options only, found '%1'").arg(ctx.arguments().front()));
    const bool spotGiven = ctx.parser.isSet(QStringLiteral("spot")), spotSymbol = ctx.parser.isSet(QStringLiteral("spot-symbol"));
    const bool rateGiven = ctx.parser.isSet(QStringLiteral("rate")), rateSymbol = ctx.parser.isSet(QStringLiteral("rate-symbol"));
    if (spotGiven == spotSymbol)
        return ctx.usage(Text::tr("give --spot S or --spot-symbol SYM"));
    if (rateGiven == rateSymbol)
        return ctx.usage(Text::tr("give --rate R (a fraction: 0.05 is 5 %) or --rate-symbol SYM"));
    for (const char *required : {"dividend-yield", "days"}) {
        if (!ctx.parser.isSet(QLatin1String(required)))
            return ctx.usage(Text::tr("--%1 is required").arg(QLatin1String(required)));
    }
    relval::FairValueInput in;
    for (const auto &[name, into] : {std::pair{"dividend-yield", &in.dividendYield}, std::pair{"cost-pct", &in.costPct},
                                     std::pair{"futures", &in.futures}, std::pair{"spot", &in.spot},
                                     std::pair{"rate", &in.rate}}) {
        if (!ctx.parser.isSet(QLatin1String(name)))
            continue;
        const auto v = numberOption(ctx, QLatin1String(name));
        if (!v)
            return ctx.fail(v.error());
        *into = *v;
    }
    bool daysOk = false;
    in.days = ctx.parser.value(QStringLiteral("days")).toInt(&daysOk);
    if (!daysOk)
        return ctx.usage(Text::tr("--days: expected a whole number of days, found '%1'").arg(ctx.parser.value(QStringLiteral("days"))));
    for (const QString &text : ctx.parser.values(QStringLiteral("dividend"))) {
        const QStringList parts = text.split(QLatin1Char('@'));
        bool amountOk = false, dayOk = false;
        const double amount = parts.size() == 2 ? parts[0].toDouble(&amountOk) : 0;
        const int day = parts.size() == 2 ? parts[1].toInt(&dayOk) : 0;
        if (!amountOk || !dayOk)
            return ctx.usage(Text::tr("--dividend: expected AMOUNT@DAYS (index points and days from today), found '%1'").arg(text));
        in.dividends.push_back({amount, day});
    }
    const auto date = ctx.dateOption(QStringLiteral("date"));
    if (!date)
        return ctx.fail(date.error());

    QJsonObject inputs;
    if (spotSymbol || rateSymbol) {
        auto workspace = ctx.openWorkspace();
        if (!workspace)
            return ctx.fail(workspace.error());
        if (spotSymbol) {
            const auto symbol = ctx.symbolArgument(ctx.parser.value(QStringLiteral("spot-symbol")));
            if (!symbol)
                return ctx.fail(symbol.error());
            const auto close = closeOn(**workspace, *symbol, *date);
            if (!close)
                return ctx.fail(close.error());
            in.spot = close->first;
            inputs.insert(QStringLiteral("spot_symbol"), *symbol);
            inputs.insert(QStringLiteral("spot_date"), jsonDate(close->second));
        }
        if (rateSymbol) {
            const auto symbol = ctx.symbolArgument(ctx.parser.value(QStringLiteral("rate-symbol")));
            if (!symbol)
                return ctx.fail(symbol.error());
            const auto close = closeOn(**workspace, *symbol, *date);
            if (!close)
                return ctx.fail(close.error());
            in.rate = close->first / 100; // rate series are quoted in percent
            inputs.insert(QStringLiteral("rate_symbol"), *symbol);
            inputs.insert(QStringLiteral("rate_date"), jsonDate(close->second));
        }
    }
    const auto result = relval::fairValue(in);
    if (!result)
        return ctx.fail(result.error());

    QJsonObject o = relval::fairValueJson(in, *result);
    for (auto it = inputs.begin(); it != inputs.end(); ++it)
        o.insert(it.key(), it.value());
    if (ctx.parser.isSet(QStringLiteral("json")))
        return ctx.writeJson(QJsonDocument(o), ctx.parser.value(QStringLiteral("json")));
    QTextStream &out = ctx.out();
    out << Text::tr("fair value %1 (spot %2, %3 days)").arg(QString::number(result->fairValue, 'f', 2), QString::number(in.spot, 'f', 2)).arg(in.days)
        << Qt::endl;
    out << Text::tr("no-arbitrage band %1 to %2").arg(QString::number(result->bandLow, 'f', 2), QString::number(result->bandHigh, 'f', 2))
        << Qt::endl;
    if (!std::isnan(in.futures))
        out << Text::tr("futures %1: basis %2, mispricing %3, signal %4, profit after costs %5")
                   .arg(QString::number(in.futures, 'f', 2), QString::number(result->basis, 'f', 2),
                        QString::number(result->mispricing, 'f', 2), relval::fairValueSignalName(result->signal),
                        QString::number(result->profitAfterCosts, 'f', 2))
            << Qt::endl;
    return Success;
}

} // namespace

Command fairValueCommand()
{
    return Command{
        QStringLiteral("fairvalue"),
        Text::tr("Cost-of-carry fair value of an index future, its mispricing and the arbitrage signal after costs."),
        [](QCommandLineParser &p) {
            p.addOptions({
                {QStringLiteral("spot"), Text::tr("The index level."), Text::tr("S")},
                {QStringLiteral("spot-symbol"), Text::tr("Take the spot from this cached symbol's close (on --date, else its last)."), Text::tr("SYM")},
                {QStringLiteral("rate"), Text::tr("The annual risk-free rate as a fraction (0.05 is 5 %)."), Text::tr("R")},
                {QStringLiteral("rate-symbol"),
                 Text::tr("Take the rate from this cached rate series in percent (e.g. FRED's DGS3MO), on --date or its last."),
                 Text::tr("SYM")},
                {QStringLiteral("dividend-yield"), Text::tr("The annual dividend yield as a fraction (0.015 is 1.5 %)."), Text::tr("Q")},
                {QStringLiteral("days"), Text::tr("Calendar days to expiry."), Text::tr("D")},
                {QStringLiteral("dividend"),
                 Text::tr("A discrete dividend in index points paid in DAYS days (repeatable), as AMOUNT@DAYS."),
                 Text::tr("AMOUNT@DAYS")},
                {QStringLiteral("futures"), Text::tr("The quoted futures price: adds the basis, mispricing and signal."), Text::tr("F")},
                {QStringLiteral("cost-pct"), Text::tr("Round-trip cost of the arbitrage in percent of the spot (default 0)."), Text::tr("C")},
                {QStringLiteral("date"), Text::tr("The day of --spot-symbol and --rate-symbol (default: their last)."), Text::tr("D")},
                {QStringLiteral("json"), Text::tr("Write the results as JSON to OUT ('-' for stdout)."), Text::tr("OUT")},
                {QStringLiteral("history"),
                 Text::tr("History mode: value every common day of --futures-symbol and --spot-symbol, with T to the next "
                          "quarterly expiry (third Friday of March, June, September, December).")},
                {QStringLiteral("futures-symbol"), Text::tr("History mode: the cached futures series (e.g. RTY=F)."), Text::tr("SYM")},
                {QStringLiteral("from"), Text::tr("History mode: first date."), Text::tr("D")},
                {QStringLiteral("to"), Text::tr("History mode: last date."), Text::tr("D")},
                {QStringLiteral("csv"),
                 Text::tr("History mode: write the days as CSV to OUT: date, days_to_expiry, spot, futures, rate, fair_value, "
                          "basis, mispricing, signal."),
                 Text::tr("OUT")},
            });
        },
        runFairValueCommand,
        {QStringLiteral("json"), QStringLiteral("csv")},
    };
}

} // namespace rutile::cli
