// rutile-cli chart: the GUI's chart, rendered headless to PNG with the same widget
// (Rutile::Ui's PriceChart), so that a picture from a batch job looks like the screen.

#include "Cli.h"
#include "util/RangeCheck.h"

#include "chart/ChartLayout.h"
#include "chart/ChartTheme.h"
#include "chart/PngOutput.h"
#include "chart/PriceChart.h"
#include "indicators/IndicatorRegistry.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCoreApplication>

namespace rutile::cli {

using namespace indicators;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::cli::ChartCommand)
};

constexpr int kMinSide = 200;
constexpr int kMaxSide = 10000;

Result<int> intOption(const Context &ctx, const QString &name, int fallback, int minimum, int maximum)
{
    if (!ctx.parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = ctx.parser.value(name).toInt(&ok);
    if (!ok)
        return Error::invalidArgument(outOfRangeMessage(QStringLiteral("--") + name, ctx.parser.value(name), minimum, maximum));
    if (Status s = checkRange(QStringLiteral("--") + name, value, minimum, maximum); !s)
        return s.error();
    return value;
}

int runChart(Context &ctx)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return ctx.fail(
            Error::internal(Text::tr("chart needs a QApplication (see ChartApplication.h)")));
    const QStringList args = ctx.arguments();
    if (args.size() != 1)
        return ctx.usage(Text::tr("chart takes exactly one SYMBOL, found %1 arguments").arg(args.size()));
    if (!ctx.parser.isSet(QStringLiteral("png")))
        return ctx.usage(Text::tr("chart needs --png OUT"));
    const auto symbolGiven = ctx.symbolArgument(args.first());
    if (!symbolGiven)
        return ctx.fail(symbolGiven.error());
    const QString symbol = *symbolGiven;

    const auto width = intOption(ctx, QStringLiteral("width"), 1600, kMinSide, kMaxSide);
    const auto height = intOption(ctx, QStringLiteral("height"), 900, kMinSide, kMaxSide);
    const auto window = intOption(ctx, QStringLiteral("window"), 60, 2, kMaxPeriod);
    for (const auto *r : {&width, &height, &window}) {
        if (!*r)
            return ctx.fail(r->error());
    }
    double scale = 1.0;
    if (ctx.parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        scale = ctx.parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !checkRange(QStringLiteral("--scale"), scale, 0.25, 4))
            return ctx.usage(outOfRangeMessage(QStringLiteral("--scale"), ctx.parser.value(QStringLiteral("scale")), 0.25, 4));
    }
    const auto theme = ui::ChartTheme::byName(ctx.parser.value(QStringLiteral("theme")));
    if (!theme)
        return ctx.usage(
            Text::tr("--theme must be light or dark, found '%1'").arg(ctx.parser.value(QStringLiteral("theme"))));
    std::optional<chart::ChartStyle> style;
    if (ctx.parser.isSet(QStringLiteral("style"))) {
        style = chart::chartStyleFromName(ctx.parser.value(QStringLiteral("style")));
        if (!style)
            return ctx.usage(Text::tr("--style must be candles, ohlc, line or heikin_ashi, found '%1'")
                                 .arg(ctx.parser.value(QStringLiteral("style"))));
    }
    const auto from = ctx.dateOption(QStringLiteral("from"));
    const auto to = ctx.dateOption(QStringLiteral("to"));
    if (!from || !to)
        return ctx.fail((from ? to : from).error());
    const auto timeframe = ctx.timeframeOption();
    if (!timeframe)
        return ctx.fail(timeframe.error());

    std::vector<IndicatorSpec> specs;
    const QStringList specTexts = ctx.parser.values(QStringLiteral("ind"));
    for (const QString &text : specTexts) {
        auto spec = parseIndicatorSpec(text);
        if (!spec) {
            Error e = spec.error();
            e.message = QStringLiteral("--ind %1: %2").arg(text, e.message);
            return ctx.fail(e);
        }
        specs.push_back(std::move(*spec));
    }

    auto workspace = ctx.openWorkspace();
    if (!workspace)
        return ctx.fail(workspace.error());
    // Indicators run over the whole history (as in the GUI and `indicators`): the range
    // only chooses what is in view.
    auto bars = (*workspace)->readBars(symbol);
    if (!bars)
        return ctx.fail(bars.error());
    if (bars->empty())
        return ctx.fail(Error::invalidInput(Text::tr("%1 has no bars").arg(symbol)));
    SymbolInfo info = (*workspace)->symbol(symbol).value_or(SymbolInfo {});
    info.symbol = symbol;

    chart::ChartLayout layout;
    if (ctx.parser.isSet(QStringLiteral("saved-layout"))) {
        if (const auto saved = (*workspace)->setting(chart::layoutSettingKey(symbol))) {
            auto parsed = chart::ChartLayout::fromJsonText(saved->toUtf8());
            if (!parsed)
                return ctx.fail(parsed.error());
            layout = *parsed;
        } else {
            ctx.warn(Text::tr("%1 has no saved chart layout; using the default one").arg(symbol));
        }
    }
    if (style)
        layout.style = *style;
    if (ctx.parser.isSet(QStringLiteral("timeframe")))
        layout.timeframe = *timeframe;
    if (ctx.parser.isSet(QStringLiteral("log")))
        layout.logScale = true;
    if (ctx.parser.isSet(QStringLiteral("no-volume")))
        layout.showVolume = false;
    if (from->isValid() || to->isValid()) {
        layout.rangePreset.reset();
        layout.from = *from;
        layout.to = *to;
        // Only --to: the year before it, like the default view.
        if (!from->isValid())
            layout.from = to->addYears(-1);
        // A range without a bar would show another one (the chart falls back to its default
        // view) under a title naming that one: the dates asked for are refused instead.
        if (bars->between(layout.from, layout.to).empty())
            return ctx.fail(Error::invalidInput(
                Text::tr("%1 has no bars from %2 to %3 (its bars run from %4 to %5)")
                    .arg(symbol, (layout.from.isValid() ? layout.from : bars->firstDate()).toString(Qt::ISODate),
                         (layout.to.isValid() ? layout.to : bars->lastDate()).toString(Qt::ISODate),
                         bars->firstDate().toString(Qt::ISODate), bars->lastDate().toString(Qt::ISODate))));
    }
    QStringList compareSymbols = layout.compare.symbols;
    for (const QString &s : ctx.parser.values(QStringLiteral("compare"))) {
        const auto compared = ctx.symbolArgument(s);
        if (!compared)
            return ctx.fail(compared.error());
        compareSymbols << *compared;
    }
    compareSymbols.removeDuplicates();
    std::vector<BarSeries> compareSeries;
    for (const QString &s : compareSymbols) {
        auto other = (*workspace)->readBars(s);
        if (!other)
            return ctx.fail(other.error());
        compareSeries.push_back(std::move(*other));
    }
    layout.compare.symbols = compareSymbols;
    if (ctx.parser.isSet(QStringLiteral("window")))
        layout.compare.correlationWindow = *window;

    ui::PriceChart chart;
    chart.resize(*width, *height);
    chart.setTheme(*theme);
    chart.setSeries(std::move(*bars), info);
    if (Status s = chart.applyLayout(layout); !s)
        ctx.warn(s.error().message);
    for (std::size_t i = 0; i < specs.size(); ++i) {
        chart::ChartIndicator ind = chart.defaultIndicator(*specs[i].descriptor);
        ind.params = specs[i].params;
        auto added = chart.addIndicator(ind);
        if (!added) {
            Error e = added.error();
            e.message = QStringLiteral("--ind %1: %2").arg(specTexts[int(i)], e.message);
            if (e.kind == ErrorKind::InvalidArgument)
                e.kind = ErrorKind::InvalidInput; // valid parameters, too few bars: a data error
            return ctx.fail(e);
        }
    }
    if (layout.compare.enabled()) {
        if (Status s = chart.setCompare(layout.compare, std::move(compareSeries)); !s)
            return ctx.fail(s.error());
    }
    // Adding indicators and panes keeps the range; apply it again for the final panes.
    if (layout.rangePreset)
        chart.showPreset(*layout.rangePreset);
    else
        chart.showDates(layout.from, layout.to);

    const QImage image = chart.renderImage(QSize(*width, *height), scale, chart.exportTitle());
    const Status written = ui::writePng(ctx.parser.value(QStringLiteral("png")), image);
    return written ? Success : ctx.fail(written.error());
}

} // namespace

Command chartCommand()
{
    return Command {
        QStringLiteral("chart"),
        Text::tr("Render a symbol's chart (as the GUI shows it) to PNG, headless."),
        [](QCommandLineParser &p) {
            p.addPositionalArgument(QStringLiteral("SYMBOL"), Text::tr("The symbol to chart."));
            p.addOptions({
                {QStringLiteral("from"),
                    Text::tr("First date in view (YYYY-MM-DD). Without --from and --to the view is the last year."),
                    Text::tr("D")},
                {QStringLiteral("to"), Text::tr("Last date in view (YYYY-MM-DD); alone: the year before it."),
                    Text::tr("D")},
                {QStringLiteral("ind"),
                    Text::tr("An indicator as name:arg,arg (repeatable), as for 'indicators': overlays (sma, ema, "
                             "bbands...) on the price, the others (rsi, macd...) in a pane each."),
                    Text::tr("SPEC")},
                {QStringLiteral("style"), Text::tr("candles (default), ohlc, line or heikin_ashi."), Text::tr("STYLE")},
                {QStringLiteral("width"),
                    Text::tr("Image width in pixels, %1 to %2 (default 1600).").arg(kMinSide).arg(kMaxSide),
                    Text::tr("W")},
                {QStringLiteral("height"),
                    Text::tr("Image height in pixels, %1 to %2 (default 900).").arg(kMinSide).arg(kMaxSide),
                    Text::tr("H")},
                {QStringLiteral("scale"),
                    Text::tr("Pixel scale factor, 0.25 to 4 (default 1; 2 for a high-DPI image "
                             "of twice the width and height)."),
                    Text::tr("F")},
                {QStringLiteral("theme"), Text::tr("light (default) or dark."), Text::tr("THEME"),
                    QStringLiteral("light")},
                {QStringLiteral("log"), Text::tr("Logarithmic price axis.")},
                {QStringLiteral("no-volume"), Text::tr("Leave out the volume pane.")},
                {QStringLiteral("compare"),
                    Text::tr(
                        "Compare mode: overlay SYM rebased to 100 at the first bar in view (repeatable); the first "
                        "one also gets a ratio pane and a rolling-correlation pane."),
                    Text::tr("SYM")},
                {QStringLiteral("window"), Text::tr("Correlation window in daily returns (default 60)."),
                    Text::tr("N")},
                {QStringLiteral("saved-layout"),
                    Text::tr("Start from the layout the GUI saved for SYMBOL in the workspace (style, indicators, "
                             "panes, range); the other options change it.")},
                {QStringLiteral("png"), Text::tr("Write the PNG to OUT ('-' for stdout)."), Text::tr("OUT")},
            });
            p.addOption(timeframeCommandOption());
        },
        runChart,
        {QStringLiteral("png")},
    };
}

} // namespace rutile::cli
