#include "backtest/EquityChart.h"
#include "settings/PlotTheme.h"

#include "chart/PlotMessage.h"
#include "chart/PngOutput.h"

#include "backtest/Metrics.h"
#include "backtest/MoneyAxisTicker.h"

#include <algorithm>
#include <cmath>

namespace rutile::ui {

namespace {

const QColor kStrategyColor(0x1f, 0x5f, 0xbf);
const QColor kBuyAndHoldColor(0x80, 0x80, 0x80);
const QColor kBenchmarkColor(0xe0, 0x7b, 0x00);
const QColor kMarkerColor(0x60, 0x60, 0x60);

// Drawdown of a curve that may start with NaN (a benchmark before its first bar): core's
// drawdownCurve over the finite tail, NaN before it.
std::vector<double> drawdownOf(const std::vector<double> &curve)
{
    std::vector<double> out(curve.size(), std::numeric_limits<double>::quiet_NaN());
    std::size_t first = 0;
    while (first < curve.size() && !std::isfinite(curve[first]))
        ++first;
    if (first < curve.size()) {
        const std::span<const double> tail(curve.data() + first, curve.size() - first);
        backtest::drawdownCurve(tail, std::span<double>(out.data() + first, out.size() - first));
    }
    return out;
}

void setLine(QCPGraph *graph, const std::vector<DayNumber> &days, const std::vector<double> &values, double scale)
{
    QVector<QCPGraphData> data;
    if (values.size() == days.size()) {
        data.reserve(qsizetype(days.size()));
        for (std::size_t i = 0; i < days.size(); ++i)
            data.append(QCPGraphData(EquityChart::keyOf(days[i]), values[i] * scale));
    }
    graph->data()->set(data, true);
    graph->setVisible(!data.isEmpty());
    if (data.isEmpty())
        graph->removeFromLegend();
    else
        graph->addToLegend();
}

} // namespace

EquityChart::EquityChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("equityChart"));
    setMinimumSize(320, 200); // the drawdown pane at its stretch still shows a few ticks
    setAntialiasedElements(QCP::aePlottables | QCP::aeItems);

    m_equityRect = axisRect();
    m_drawdownRect = new QCPAxisRect(this);
    plotLayout()->addElement(1, 0, m_drawdownRect);
    plotLayout()->setRowStretchFactor(0, 2.6);
    plotLayout()->setRowStretchFactor(1, 1.0);
    plotLayout()->setRowSpacing(4);
    auto *margins = new QCPMarginGroup(this);
    m_equityRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_drawdownRect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);

    m_dateTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    m_dateTicker->setDateTimeSpec(Qt::UTC);
    for (QCPAxisRect *rect : {m_equityRect, m_drawdownRect}) {
        rect->setupFullAxesBox(false);
        rect->axis(QCPAxis::atBottom)->setTicker(m_dateTicker);
        rect->axis(QCPAxis::atTop)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(false);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->axis(QCPAxis::atLeft)->grid()->setSubGridVisible(false);
        rect->axis(QCPAxis::atLeft)->setNumberFormat(QStringLiteral("f"));
        rect->axis(QCPAxis::atLeft)->setNumberPrecision(0);
    }
    // One date axis: the upper pane's x labels would repeat the lower pane's.
    m_equityRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_equityRect->axis(QCPAxis::atLeft)->setLabel(tr("Equity"));
    m_equityRect->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<MoneyAxisTicker>::create());
    m_drawdownRect->axis(QCPAxis::atLeft)->setLabel(tr("Drawdown (%)"));
    // Drawdown ticks at readable steps (−2.5, −5, …) written as such, at most four of them.
    m_drawdownRect->axis(QCPAxis::atLeft)->setNumberFormat(QStringLiteral("g"));
    m_drawdownRect->axis(QCPAxis::atLeft)->setNumberPrecision(3);
    m_drawdownRect->axis(QCPAxis::atLeft)->ticker()->setTickCount(4);
    QCPAxis *upperX = m_equityRect->axis(QCPAxis::atBottom);
    QCPAxis *lowerX = m_drawdownRect->axis(QCPAxis::atBottom);
    connect(upperX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), lowerX,
        qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(lowerX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), upperX,
        qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(lowerX, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] { updateDateFormat(); });
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    connect(this, &QCustomPlot::afterLayout, this, &EquityChart::thinMarkerLabels);

    // Drawdowns first so the benchmark's is under the strategy's.
    m_benchmarkDrawdown = addLine(m_drawdownRect, {}, kBenchmarkColor, Qt::DashLine, 1.2);
    m_buyAndHoldDrawdown = addLine(m_drawdownRect, {}, kBuyAndHoldColor, Qt::SolidLine, 1.2);
    m_strategyDrawdown = addLine(m_drawdownRect, {}, kStrategyColor, Qt::SolidLine, 1.4);
    QColor fill = QColor(0xd0, 0x30, 0x30);
    fill.setAlpha(70);
    m_strategyDrawdown->setBrush(fill);
    m_strategyDrawdown->setPen(QPen(QColor(0xb0, 0x20, 0x20), 1.4));

    m_benchmark = addLine(m_equityRect, tr("Benchmark"), kBenchmarkColor, Qt::DashLine, 1.5);
    m_buyAndHold = addLine(m_equityRect, tr("Buy & hold"), kBuyAndHoldColor, Qt::SolidLine, 1.5);
    m_strategy = addLine(m_equityRect, tr("Strategy"), kStrategyColor, Qt::SolidLine, 2.0);

    legend->setVisible(true);
    legend->setFont(font());
    m_equityRect->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    followTheme(this);
    clearCurves();
}

QCPGraph *EquityChart::addLine(
    QCPAxisRect *rect, const QString &name, const QColor &color, Qt::PenStyle style, double width)
{
    QCPGraph *graph = addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setName(name);
    graph->setPen(QPen(color, width, style));
    graph->setAdaptiveSampling(true);
    if (name.isEmpty())
        graph->removeFromLegend();
    return graph;
}

void EquityChart::clearCurves()
{
    m_days.clear();
    for (QCPGraph *g :
        {m_strategy, m_buyAndHold, m_benchmark, m_strategyDrawdown, m_buyAndHoldDrawdown, m_benchmarkDrawdown}) {
        g->data()->clear();
        g->setVisible(false);
    }
    m_strategy->removeFromLegend();
    m_buyAndHold->removeFromLegend();
    m_benchmark->removeFromLegend();
    clearDayMarkers();
    legend->setVisible(false);
    showPlotMessage(*this, tr("The equity and drawdown of a run appear here."));
}

void EquityChart::setCurves(const EquityCurves &c)
{
    clearPlotMessage(*this);
    m_days = c.days;
    m_strategy->setName(c.strategyName.isEmpty() ? tr("Strategy") : c.strategyName);
    m_buyAndHold->setName(c.buyAndHoldName.isEmpty() ? tr("Buy & hold") : c.buyAndHoldName);
    m_benchmark->setName(c.benchmarkName.isEmpty() ? tr("Benchmark") : c.benchmarkName);
    setLine(m_strategy, m_days, c.equity, 1.0);
    setLine(m_buyAndHold, m_days, c.buyAndHold, 1.0);
    setLine(m_benchmark, m_days, c.benchmark, 1.0);
    setLine(m_strategyDrawdown, m_days, c.drawdown, 100.0);
    setLine(m_buyAndHoldDrawdown, m_days, c.buyAndHold.empty() ? c.buyAndHold : drawdownOf(c.buyAndHold), 100.0);
    setLine(m_benchmarkDrawdown, m_days, c.benchmark.empty() ? c.benchmark : drawdownOf(c.benchmark), 100.0);
    m_strategyDrawdown->removeFromLegend();
    m_buyAndHoldDrawdown->removeFromLegend();
    m_benchmarkDrawdown->removeFromLegend();
    legend->setVisible(!m_days.empty());
    fitAll();
    replot();
}

void EquityChart::fitAll()
{
    if (m_days.empty())
        return;
    const double first = keyOf(m_days.front());
    const double last = keyOf(m_days.back());
    const double pad = std::max(86400.0, (last - first) * 0.01);
    m_drawdownRect->axis(QCPAxis::atBottom)->setRange(first - pad, last + pad);

    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    double deepest = 0;
    for (QCPGraph *g : {m_strategy, m_buyAndHold, m_benchmark}) {
        if (!g->visible())
            continue;
        for (const QCPGraphData &d : *g->data()) {
            if (std::isfinite(d.value) && (!m_log || d.value > 0)) {
                low = std::min(low, d.value);
                high = std::max(high, d.value);
            }
        }
    }
    for (QCPGraph *g : {m_strategyDrawdown, m_buyAndHoldDrawdown, m_benchmarkDrawdown}) {
        if (!g->visible())
            continue;
        for (const QCPGraphData &d : *g->data())
            if (std::isfinite(d.value))
                deepest = std::min(deepest, d.value);
    }
    QCPAxis *equityAxis = m_equityRect->axis(QCPAxis::atLeft);
    if (std::isfinite(low) && high > low) {
        if (m_log) {
            equityAxis->setRange(low / 1.05, high * 1.05);
        } else {
            const double margin = (high - low) * 0.06;
            equityAxis->setRange(low - margin, high + margin);
        }
    } else if (std::isfinite(low)) {
        equityAxis->setRange(low * 0.9, low * 1.1 + 1);
    }
    m_drawdownRect->axis(QCPAxis::atLeft)
        ->setRange(deepest < 0 ? deepest * 1.08 : -1.0, std::max(1.0, -deepest * 0.04));
    updateDateFormat();
}

void EquityChart::resizeEvent(QResizeEvent *event)
{
    updateDateFormat();
    QCustomPlot::resizeEvent(event);
}

void EquityChart::updateDateFormat()
{
    // About one date label per 110 pixels: "Jan 2016" needs some 60, plus air between.
    m_dateTicker->setTickCount(std::clamp(width() / 110, 2, 10));
    const double days = m_drawdownRect->axis(QCPAxis::atBottom)->range().size() / 86400.0;
    if (days > 3 * 365)
        m_dateTicker->setDateTimeFormat(QStringLiteral("yyyy"));
    else if (days > 150)
        m_dateTicker->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    else
        m_dateTicker->setDateTimeFormat(QStringLiteral("d MMM yyyy"));
}

void EquityChart::setLogScale(bool logarithmic)
{
    m_log = logarithmic;
    QCPAxis *axis = m_equityRect->axis(QCPAxis::atLeft);
    if (logarithmic) {
        axis->setScaleType(QCPAxis::stLogarithmic);
        axis->setTicker(QSharedPointer<MoneyAxisTickerLog>::create());
    } else {
        axis->setScaleType(QCPAxis::stLinear);
        axis->setTicker(QSharedPointer<MoneyAxisTicker>::create());
    }
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
    fitAll();
    replot();
}

void EquityChart::addDayMarker(DayNumber day, const QString &label)
{
    const double key = keyOf(day);
    QPen pen(kMarkerColor, 1, Qt::DashLine);
    for (QCPAxisRect *rect : {m_equityRect, m_drawdownRect}) {
        auto *line = new QCPItemStraightLine(this);
        line->setClipAxisRect(rect);
        for (QCPItemPosition *p : {line->point1, line->point2}) {
            p->setAxisRect(rect);
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
            p->setTypeX(QCPItemPosition::ptPlotCoords);
            p->setTypeY(QCPItemPosition::ptAxisRectRatio); // vertical whatever the value scale
        }
        line->point1->setCoords(key, 0);
        line->point2->setCoords(key, 1);
        line->setPen(pen);
        m_markers.push_back(line);
    }
    if (!label.isEmpty()) {
        auto *text = new QCPItemText(this);
        text->setClipAxisRect(m_equityRect);
        text->position->setAxisRect(m_equityRect);
        text->position->setAxes(m_equityRect->axis(QCPAxis::atBottom), m_equityRect->axis(QCPAxis::atLeft));
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(key, 1.0);
        text->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
        text->setPadding(QMargins(3, 0, 0, 2));
        text->setText(label);
        text->setColor(kMarkerColor);
        // The label stands on the plot's own colour over the grid's lines, and under the curves
        // (the grid's layer): readable where the curve runs elsewhere, never hiding it.
        QColor backdrop = palette().color(QPalette::Base);
        backdrop.setAlpha(215);
        text->setBrush(backdrop);
        text->setLayer(QStringLiteral("grid"));
        m_markers.push_back(text);
        m_markerLabels.push_back(text);
    }
}

void EquityChart::clearDayMarkers()
{
    for (QCPAbstractItem *item : m_markers)
        removeItem(item);
    m_markers.clear();
    m_markerLabels.clear();
}

void EquityChart::thinMarkerLabels()
{
    // Thirty-odd folds on a laptop-wide chart put "F10" over "F11": keep each label only when
    // it starts clear of the last one kept, so the first fold and an even spread stay labelled.
    constexpr double kGap = 4;
    double keptRight = -std::numeric_limits<double>::infinity();
    const QCPRange range = m_equityRect->axis(QCPAxis::atBottom)->range();
    for (QCPItemText *label : m_markerLabels) {
        const double key = label->position->key();
        const bool inside = key >= range.lower && key <= range.upper;
        const double left = label->topLeft->pixelPosition().x();
        const double right = label->topRight->pixelPosition().x();
        const bool keep = inside && left >= keptRight + kGap;
        label->setVisible(keep);
        if (keep)
            keptRight = right;
    }
}

void EquityChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    fitAll();
    replot();
    QCustomPlot::mouseDoubleClickEvent(event);
}

bool EquityChart::exportPng(const QString &path)
{
    // Through writePng: a regular file atomically, never a device or folder replaced.
    return writePng(path, toPixmap(std::max(width(), 800), std::max(height(), 500)).toImage()).ok();
}

} // namespace rutile::ui
