// The chart workspace under load: a 1600×900 PriceChart with three overlays (SMA(20), EMA(50),
// Bollinger(20,2)) and two indicator panes (RSI(14), MACD(12,26,9)) over a random walk of
// 10,000 and of 1,000,000 daily bars, the whole history in view (the worst case: every bar
// aggregated into the pane's ~1,500 pixel columns), and a one-year view of the same data.
//
// - Replot: QCustomPlot::replot with an immediate repaint, what every frame costs.
// - PanStep: a pan of 1% of the view (PriceChart::panBy): the chart re-aggregates the visible
//   bars, fits the value axes, updates the legends and replots: what a drag costs per mouse
//   move.
// - ZoomStep: the same for a wheel step (zoom by 0.85 and back).
// - Crosshair: a mouse move over the chart (only the overlay layer is redrawn).
// - Load: setSeries with the indicators recomputed over the whole history.
//
// Targets of the issue: a full replot ≤ 16 ms at 10,000 bars and ≤ 40 ms at 1,000,000.
// Figures are meaningful from an optimised build only (Release).

#include "chart/PriceChart.h"
#include "indicators/IndicatorRegistry.h"

#include <QMouseEvent>

#include <benchmark/benchmark.h>

#include <cmath>
#include <map>
#include <memory>
#include <random>

using namespace rutile;
using namespace rutile::ui;

namespace {

BarSeries randomWalk(std::size_t n)
{
    BarSeries s;
    s.symbol = QStringLiteral("WALK");
    s.reserve(n);
    std::mt19937_64 rng(7);
    std::normal_distribution<double> step(0.0, 0.012);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double close = 1000;
    QDate d(1900, 1, 1);
    DayNumber day = toDayNumber(d);
    int weekday = d.dayOfWeek(); // 1 = Monday
    for (std::size_t i = 0; i < n;) {
        if (weekday <= 5) {
            const double open = close;
            close = open * std::exp(step(rng));
            const double high = std::max(open, close) * (1 + 0.004 * unit(rng));
            const double low = std::min(open, close) * (1 - 0.004 * unit(rng));
            s.append({day, open, high, low, close, close, 1e6 * (1 + unit(rng))});
            ++i;
        }
        ++day;
        weekday = weekday % 7 + 1;
    }
    return s;
}

const BarSeries &series(std::size_t n)
{
    static std::map<std::size_t, BarSeries> cache;
    auto it = cache.find(n);
    if (it == cache.end())
        it = cache.emplace(n, randomWalk(n)).first;
    return it->second;
}

void addIndicators(PriceChart &chart)
{
    const auto &registry = indicators::IndicatorRegistry::builtIn();
    const std::pair<const char16_t *, ParamValues> specs[] = {
        {u"sma", {{QStringLiteral("period"), 20}}},
        {u"ema", {{QStringLiteral("period"), 50}}},
        {u"bbands", {{QStringLiteral("period"), 20}, {QStringLiteral("k"), 2}}},
        {u"rsi", {{QStringLiteral("period"), 14}}},
        {u"macd", {}},
    };
    for (const auto &[name, params] : specs) {
        chart::ChartIndicator ind = chart.defaultIndicator(*registry.find(name));
        for (const auto &[key, value] : params.entries())
            ind.params.set(key, value);
        if (!chart.addIndicator(ind))
            qFatal("cannot add an indicator");
    }
}

/// A shown 1600×900 chart over `bars` bars with the whole history (or the last year) in view.
std::unique_ptr<PriceChart> makeChart(std::size_t bars, bool all)
{
    auto chart = std::make_unique<PriceChart>();
    chart->resize(1600, 900);
    chart->show();
    QCoreApplication::processEvents();
    chart->setSeries(series(bars), SymbolInfo {QStringLiteral("WALK"), QString(), true, qint64(bars), {}, {}});
    addIndicators(*chart);
    if (all)
        chart->showAll();
    else
        chart->showPreset(chart::RangePreset::OneYear);
    chart->replot(QCustomPlot::rpImmediateRefresh);
    QCoreApplication::processEvents();
    return chart;
}

void setCounters(benchmark::State &state, const PriceChart &chart)
{
    state.counters["bars/column"] = chart.barsPerColumn();
    state.counters["visible"] = chart.visibleRange().size();
}

void BM_Replot(benchmark::State &state)
{
    auto chart = makeChart(std::size_t(state.range(0)), state.range(1) != 0);
    for (auto _ : state)
        chart->replot(QCustomPlot::rpImmediateRefresh);
    setCounters(state, *chart);
}

void BM_PanStep(benchmark::State &state)
{
    auto chart = makeChart(std::size_t(state.range(0)), state.range(1) != 0);
    // Keep the view away from the clamped ends so that every step really moves it.
    const double span = chart->visibleRange().size();
    if (state.range(1) != 0)
        chart->zoomBy(0.9, chart->visibleRange().center());
    const double step = std::max(1.0, 0.01 * span);
    double direction = 1;
    int n = 0;
    for (auto _ : state) {
        chart->panBy(direction * step); // re-aggregate, fit, legends, replot into the buffers
        chart->repaint(); // and put them on screen, as the event loop would
        if (++n % 4 == 0)
            direction = -direction;
    }
    setCounters(state, *chart);
}

void BM_ZoomStep(benchmark::State &state)
{
    auto chart = makeChart(std::size_t(state.range(0)), state.range(1) != 0);
    const double center = chart->visibleRange().center();
    bool in = true;
    for (auto _ : state) {
        chart->zoomBy(in ? 0.85 : 1 / 0.85, center); // re-aggregate, fit, legends, replot
        chart->repaint();
        in = !in;
    }
    setCounters(state, *chart);
}

void BM_Crosshair(benchmark::State &state)
{
    auto chart = makeChart(std::size_t(state.range(0)), state.range(1) != 0);
    const QRect r = chart->priceRect()->rect();
    int x = r.left() + 10;
    for (auto _ : state) {
        const QPointF pos(x, r.center().y());
        QMouseEvent move(QEvent::MouseMove, pos, chart->mapToGlobal(pos), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(chart.get(), &move);
        chart->repaint(); // the overlay layer was redrawn into its buffer; put it on screen
        x = x + 7 > r.right() - 10 ? r.left() + 10 : x + 7;
    }
    setCounters(state, *chart);
}

void BM_Load(benchmark::State &state)
{
    auto chart = makeChart(std::size_t(state.range(0)), true);
    const BarSeries &s = series(std::size_t(state.range(0)));
    for (auto _ : state) {
        chart->setSeries(s, SymbolInfo {QStringLiteral("WALK"), QString(), true, qint64(s.size()), {}, {}});
        chart->replot(QCustomPlot::rpImmediateRefresh);
    }
}

void args(benchmark::internal::Benchmark *b)
{
    b->ArgNames({"bars", "all"});
    for (long bars : {10'000L, 1'000'000L}) {
        b->Args({bars, 1});
        b->Args({bars, 0});
    }
    b->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_Replot)->Apply(args);
BENCHMARK(BM_PanStep)->Apply(args);
BENCHMARK(BM_ZoomStep)->Apply(args);
BENCHMARK(BM_Crosshair)->Apply(args);
BENCHMARK(BM_Load)->ArgName("bars")->Arg(10'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

} // namespace
