// PriceChart: state, panes and their plottables, indicators, compare mode, annotations,
// layouts and export. Keeping QCustomPlot fed with the data in view is in
// PriceChartData.cpp; mouse and keyboard handling in PriceChartInteraction.cpp.

#include "PriceChart.h"

#include "ChartItems.h"
#include "DateAxisTicker.h"
#include "DrawingLayer.h"
#include "PriceChartPrivate.h"
#include "ValueAxisTicker.h"
#include "VolumeAxisTicker.h"
#include "chart/LayoutChange.h"
#include "report/IndicatorCsvWriter.h"

#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

using namespace chart_detail;

PriceChart::PriceChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_dateTicker(new DateAxisTicker)
{
    setObjectName(QStringLiteral("priceChart"));
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    // Shaded periods sit between the grid and the bars.
    addLayer(QStringLiteral("shading"), layer(QStringLiteral("main")), QCustomPlot::limBelow);
    connect(this, &QCustomPlot::afterLayout, this, &PriceChart::onAfterLayout);
    m_drawings = new DrawingLayer(this, m_doc.drawings());
    connect(m_drawings, &DrawingLayer::changed, this, &PriceChart::markLayoutChanged);
    rebuildPanes();
    clearSeries();
}

PriceChart::~PriceChart() = default;

// ---- data -------------------------------------------------------------------------------------

const BarSeries &PriceChart::displayedBars() const
{
    return m_doc.displayed();
}

void PriceChart::setSeries(BarSeries series, const SymbolInfo &info)
{
    m_doc.setSeries(std::move(series));
    m_info = info;
    m_crosshairBar.reset();
    m_dateTicker->setDays(m_doc.bars().day);
    rebuildPanes();
    if (m_activePreset)
        showPreset(*m_activePreset);
    else
        showLast(kDefaultVisibleBars);
}

void PriceChart::clearSeries()
{
    m_doc.setSeries(BarSeries());
    m_doc.drawings().clear(); // they belonged to the symbol that was shown
    m_drawings->reset();
    m_info = SymbolInfo();
    m_crosshairBar.reset();
    m_dateTicker->setDays({});
    rebuildPanes();
    {
        QScopedValueRollback guard(m_adjusting, true);
        m_keyRange = QCPRange(0, 1);
        for (auto &p : m_panes) {
            p->keyAxis()->setRange(m_keyRange);
            p->valueAxis()->setRange(0, 1);
        }
    }
    replot();
}

// ---- appearance -------------------------------------------------------------------------------

void PriceChart::setTheme(const ChartTheme &theme)
{
    m_theme = theme;
    applyTheme();
    updateLegends();
    replot();
}

void PriceChart::setChartStyle(chart::ChartStyle style)
{
    if (!m_doc.setStyle(style))
        return;
    rebuildPanes();
    markLayoutChanged();
}

void PriceChart::setTimeframe(Timeframe timeframe)
{
    if (timeframe == m_doc.timeframe())
        return;
    // The view keeps its dates (or its preset): a year of daily bars becomes a year of weeks.
    const auto preset = m_activePreset;
    QDate from, to;
    if (const auto [first, last] = visibleBars(); first < last) {
        from = m_doc.bars().date(first);
        to = m_doc.bars().date(last - 1);
    }
    m_doc.setTimeframe(timeframe);
    m_crosshairBar.reset();
    m_dateTicker->setDays(m_doc.bars().day);
    rebuildPanes();
    if (preset)
        showPreset(*preset);
    else
        showDates(from, to);
    markLayoutChanged();
}

void PriceChart::setLogScale(bool logarithmic)
{
    if (!m_doc.setLogScale(logarithmic))
        return;
    rebuildPanes();
    markLayoutChanged();
}

void PriceChart::setYLocked(bool locked)
{
    if (!m_doc.setLockY(locked))
        return;
    for (auto &p : m_panes)
        p->rect->setRangeDrag(locked ? Qt::Horizontal | Qt::Vertical : Qt::Horizontal);
    if (!locked) {
        fitValueAxes();
        replot();
    }
    markLayoutChanged();
}

void PriceChart::setVolumeVisible(bool visible)
{
    if (!m_doc.setShowVolume(visible))
        return;
    rebuildPanes();
    keepPriceShare();
    markLayoutChanged();
}

void PriceChart::markLayoutChanged()
{
    emit layoutChanged();
}

// ---- indicators -------------------------------------------------------------------------------

chart::ChartIndicator PriceChart::defaultIndicator(const indicators::IndicatorDescriptor &descriptor) const
{
    chart::ChartIndicator ind;
    ind.name = descriptor.name;
    ind.params = defaultValues(descriptor.params);
    // The next palette colours not in use, so that a second moving average differs from the first.
    std::vector<QString> used;
    for (int i = 0; i < m_doc.indicatorCount(); ++i) {
        for (const chart::SeriesStyle &o : m_doc.indicator(i).spec.outputs)
            used.push_back(o.color.toLower());
    }
    std::size_t next = 0;
    const auto take = [&] {
        for (std::size_t tries = 0; tries < m_theme.palette.size(); ++tries, ++next) {
            const QString c = m_theme.paletteColor(next).name();
            if (std::find(used.begin(), used.end(), c) == used.end()) {
                used.push_back(c);
                ++next;
                return c;
            }
        }
        return m_theme.paletteColor(next++).name();
    };
    if (descriptor.name == QLatin1String("bbands")) {
        // One colour for the three lines of the band; the middle line dashed.
        const QString c = take();
        ind.outputs
            = {{c, 1.2, chart::LineStyle::Solid}, {c, 1.0, chart::LineStyle::Dash}, {c, 1.2, chart::LineStyle::Solid}};
        return ind;
    }
    for (const QString &output : descriptor.outputs) {
        chart::SeriesStyle s;
        if (output == QLatin1String("hist"))
            s = {QStringLiteral("#8a94a6"), 1.0, chart::LineStyle::Solid};
        else if (output == QLatin1String("plus_di"))
            s = {m_theme.up.name(), 1.2, chart::LineStyle::Solid};
        else if (output == QLatin1String("minus_di"))
            s = {m_theme.down.name(), 1.2, chart::LineStyle::Solid};
        else
            s = {take(), 1.5, chart::LineStyle::Solid};
        ind.outputs.push_back(s);
    }
    return ind;
}

Result<int> PriceChart::addIndicator(const chart::ChartIndicator &indicator)
{
    chart::ChartIndicator spec = indicator;
    const indicators::IndicatorDescriptor *d = indicators::IndicatorRegistry::builtIn().find(indicator.name);
    if (d && d->pane == indicators::Pane::OwnPane && paneCount() > 1) {
        // A new pane as high as the others below the price on average, so that they stay alike.
        double others = 0;
        for (int i = 1; i < paneCount(); ++i)
            others += paneHeight(i);
        spec.paneHeight = std::clamp(
            others / (paneCount() - 1), chart::ChartLayout::kMinPaneHeight, chart::ChartLayout::kMaxPaneHeight);
    }
    auto added = m_doc.addIndicator(spec);
    if (!added)
        return added.error();
    rebuildPanes();
    keepPriceShare();
    markLayoutChanged();
    return *added;
}

Status PriceChart::setIndicator(int index, const chart::ChartIndicator &indicator)
{
    if (Status s = m_doc.setIndicator(index, indicator); !s)
        return s;
    rebuildPanes();
    markLayoutChanged();
    return {};
}

void PriceChart::removeIndicator(int index)
{
    if (index < 0 || index >= indicatorCount())
        return;
    m_doc.removeIndicator(index);
    rebuildPanes();
    markLayoutChanged();
}

const chart::ChartIndicator &PriceChart::indicator(int index) const
{
    return m_doc.indicator(index).spec;
}

const indicators::IndicatorResult &PriceChart::indicatorResult(int index) const
{
    return m_doc.indicator(index).result;
}

QString PriceChart::indicatorTitle(int index) const
{
    return chart::indicatorTitle(m_doc.indicator(index).spec);
}

std::vector<QCPAbstractPlottable *> PriceChart::indicatorPlottables(int index) const
{
    return m_indicatorPlots.at(std::size_t(index)).plots;
}

BandFillItem *PriceChart::indicatorBand(int index) const
{
    return m_indicatorPlots.at(std::size_t(index)).band;
}

// ---- compare mode -----------------------------------------------------------------------------

Status PriceChart::setCompare(const chart::CompareSettings &settings, std::vector<BarSeries> others)
{
    if (!settings.enabled()) {
        clearCompare();
        return {};
    }
    if (Status s = m_doc.setCompare(settings, std::move(others)); !s)
        return s;
    rebuildPanes();
    keepPriceShare();
    markLayoutChanged();
    return {};
}

void PriceChart::clearCompare()
{
    if (!m_doc.clearCompare())
        return;
    rebuildPanes();
    markLayoutChanged();
}

// ---- panes ------------------------------------------------------------------------------------

ChartPane *PriceChart::findPane(ChartPane::Kind kind) const
{
    for (const auto &p : m_panes) {
        if (p->kind == kind)
            return p.get();
    }
    return nullptr;
}

QCPAxisRect *PriceChart::priceRect() const
{
    return m_panes.front()->rect;
}

QCPAxisRect *PriceChart::volumeRect() const
{
    const ChartPane *p = findPane(ChartPane::Kind::Volume);
    return p ? p->rect : nullptr;
}

QCPAxis *PriceChart::priceAxis() const
{
    return m_panes.front()->valueAxis();
}

QCPAxis *PriceChart::volumeAxis() const
{
    const ChartPane *p = findPane(ChartPane::Kind::Volume);
    return p ? p->valueAxis() : nullptr;
}

QCPAxis *PriceChart::timeAxis() const
{
    return m_panes.front()->keyAxis();
}

QCPAxis *PriceChart::dateAxis() const
{
    return m_panes.back()->keyAxis();
}

int PriceChart::paneAt(const QPoint &pos) const
{
    for (std::size_t i = 0; i < m_panes.size(); ++i) {
        if (m_panes[i]->rect->outerRect().contains(pos))
            return int(i);
    }
    return -1;
}

double PriceChart::paneHeight(int index) const
{
    const ChartPane &p = pane(index);
    switch (p.kind) {
    case ChartPane::Kind::Price:
        return m_doc.priceHeight();
    case ChartPane::Kind::Volume:
        return m_doc.volumeHeight();
    case ChartPane::Kind::Indicator:
        return m_doc.indicator(p.indicator).spec.paneHeight;
    case ChartPane::Kind::Ratio:
        return m_doc.compare().settings.ratioHeight;
    case ChartPane::Kind::Correlation:
        return m_doc.compare().settings.correlationHeight;
    }
    return 1.0;
}

void PriceChart::setPaneHeight(int index, double height)
{
    const ChartPane &p = pane(index);
    switch (p.kind) {
    case ChartPane::Kind::Price:
        m_doc.setPriceHeight(height);
        break;
    case ChartPane::Kind::Volume:
        m_doc.setVolumeHeight(height);
        break;
    case ChartPane::Kind::Indicator:
        m_doc.setIndicatorPaneHeight(p.indicator, height);
        break;
    case ChartPane::Kind::Ratio:
        m_doc.setRatioHeight(height);
        break;
    case ChartPane::Kind::Correlation:
        m_doc.setCorrelationHeight(height);
        break;
    }
    updateStretchFactors();
}

void PriceChart::keepPriceShare()
{
    // A new pane takes its room from the other panes, not from the price: by default the price
    // pane keeps at least half of the height (a drag on a separator can still make it smaller).
    double others = 0;
    for (int i = 1; i < paneCount(); ++i)
        others += paneHeight(i);
    const double price = paneHeight(0);
    if (others <= price)
        return;
    const double factor = price / others;
    for (int i = 1; i < paneCount(); ++i)
        setPaneHeight(i, paneHeight(i) * factor);
}

void PriceChart::updateStretchFactors()
{
    QList<double> factors;
    for (int i = 0; i < paneCount(); ++i)
        factors << paneHeight(i);
    plotLayout()->setRowStretchFactors(factors);
}

void PriceChart::removePane(int index)
{
    if (index <= 0 || index >= paneCount())
        return;
    const ChartPane &p = pane(index);
    switch (p.kind) {
    case ChartPane::Kind::Price:
        return;
    case ChartPane::Kind::Volume:
        setVolumeVisible(false);
        return;
    case ChartPane::Kind::Indicator:
        removeIndicator(p.indicator);
        return;
    case ChartPane::Kind::Ratio:
        m_doc.setShowRatio(false);
        break;
    case ChartPane::Kind::Correlation:
        m_doc.setShowCorrelation(false);
        break;
    }
    rebuildPanes();
    markLayoutChanged();
}

ChartPane *PriceChart::addPane(ChartPane::Kind kind, int indicator)
{
    auto pane = std::make_unique<ChartPane>();
    pane->kind = kind;
    pane->indicator = indicator;
    pane->rect = new QCPAxisRect(this, true);
    const int row = static_cast<int>(m_panes.size());
    plotLayout()->addElement(row, 0, pane->rect);
    QCPAxisRect *rect = pane->rect;
    rect->axis(QCPAxis::atLeft)->setVisible(false);
    rect->axis(QCPAxis::atTop)->setVisible(false);
    QCPAxis *value = rect->axis(QCPAxis::atRight);
    value->setVisible(true);
    value->setTickLabels(true);
    QCPAxis *key = rect->axis(QCPAxis::atBottom);
    key->setTicker(m_dateTicker);
    key->setTickLabels(false);
    key->setTicks(false);
    rect->setRangeDrag(m_doc.lockY() ? Qt::Horizontal | Qt::Vertical : Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    rect->setRangeDragAxes(key, value);
    rect->setRangeZoomAxes(key, value);
    rect->setRangeZoomFactor(0.85);
    rect->setAutoMargins(QCP::msLeft | QCP::msRight);
    rect->setMargins(QMargins(0, 0, 0, 0));
    rect->setMinimumMargins(QMargins(kEdgeLabelRoom, 0, valueAxisRoom(), 0));

    if (kind == ChartPane::Kind::Volume)
        pane->ticker.reset(new VolumeAxisTicker);
    else
        pane->ticker.reset(new ValueAxisTicker);
    pane->ticker->setTickCount(kind == ChartPane::Kind::Price ? 6 : 3);
    pane->ticker->setAxis(value);
    value->setTicker(pane->ticker);
    if (kind == ChartPane::Kind::Price && m_doc.logScale()) {
        value->setScaleType(QCPAxis::stLogarithmic);
        pane->ticker->setLogarithmic(true);
    }
    connect(key, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &PriceChart::onKeyRangeChanged);
    pane->legend = new PaneLegend(this, rect);
    pane->legend->setLayer(QStringLiteral("overlay"));
    m_panes.push_back(std::move(pane));
    return m_panes.back().get();
}

void PriceChart::rebuildPanes()
{
    QScopedValueRollback guard(m_adjusting, true);
    // Pane indexes of a drag or the crosshair refer to the old panes (an undo can rebuild them
    // in the middle of a separator drag).
    m_dragSeparator = -1;
    m_crosshairPane = -1;
    // Tear down and build again: structural changes (an indicator added, volume hidden,
    // compare mode) are rare and cheap next to a replot, and this keeps one code path.
    clearPlottables();
    clearItems();
    // clearItems deleted every item: forget them before anything new is allocated (a stale
    // pointer could name a new item at the same address).
    m_drawings->forgetItems();
    m_levelItems.clear();
    m_periodItems.clear();
    m_markerItem = nullptr;
    m_markerIndex.clear();
    m_crosshair = nullptr;
    m_banner = nullptr;
    m_emptyHint = nullptr;
    m_indicatorPlots.assign(std::size_t(m_doc.indicatorCount()), IndicatorPlots());
    m_compareView.lines.clear();
    m_compareView.ratioLine = nullptr;
    m_compareView.correlationLine = nullptr;
    m_panes.clear();
    plotLayout()->clear();
    plotLayout()->setRowSpacing(0);
    delete m_marginGroup;
    m_marginGroup = new QCPMarginGroup(this);
    m_candles = nullptr;
    m_closeLine = nullptr;
    m_upVolume = nullptr;
    m_downVolume = nullptr;

    ChartPane *price = addPane(ChartPane::Kind::Price, -1);
    if (m_doc.style() == chart::ChartStyle::Line) {
        m_closeLine = new QCPGraph(price->keyAxis(), price->valueAxis());
        m_closeLine->setName(tr("Close"));
        m_closeLine->setAdaptiveSampling(false);
        m_closeLine->setAntialiased(true);
    } else {
        m_candles = new QCPFinancial(price->keyAxis(), price->valueAxis());
        m_candles->setName(tr("Price"));
        m_candles->setChartStyle(
            m_doc.style() == chart::ChartStyle::Ohlc ? QCPFinancial::csOhlc : QCPFinancial::csCandlestick);
        m_candles->setTwoColored(true);
        m_candles->setWidth(kBarWidth);
        m_candles->setAntialiased(false);
    }
    if (m_doc.showVolume() && m_doc.hasVolume()) {
        ChartPane *volume = addPane(ChartPane::Kind::Volume, -1);
        m_upVolume = new QCPBars(volume->keyAxis(), volume->valueAxis());
        m_downVolume = new QCPBars(volume->keyAxis(), volume->valueAxis());
        m_upVolume->setName(tr("Volume (up days)"));
        m_downVolume->setName(tr("Volume (down days)"));
        for (QCPBars *bars : {m_upVolume, m_downVolume}) {
            bars->setWidth(kBarWidth);
            bars->setPen(Qt::NoPen);
            bars->setAntialiased(false);
        }
    }
    for (int i = 0; i < m_doc.indicatorCount(); ++i) {
        ChartPane *target = price;
        if (!m_doc.indicator(i).overlay())
            target = addPane(ChartPane::Kind::Indicator, i);
        createIndicatorPlottables(i, *target);
    }
    if (compareMode()) {
        for (int i = 0; i < m_doc.compare().names.size(); ++i) {
            auto *line = new QCPGraph(price->keyAxis(), price->valueAxis());
            line->setName(m_doc.compare().names[i]);
            line->setAdaptiveSampling(false);
            line->setAntialiased(true);
            m_compareView.lines.push_back(line);
        }
        if (m_doc.compare().settings.showRatio) {
            ChartPane *p = addPane(ChartPane::Kind::Ratio, -1);
            m_compareView.ratioLine = new QCPGraph(p->keyAxis(), p->valueAxis());
            m_compareView.ratioLine->setAdaptiveSampling(false);
            m_compareView.ratioLine->setAntialiased(true);
        }
        if (m_doc.compare().settings.showCorrelation) {
            ChartPane *p = addPane(ChartPane::Kind::Correlation, -1);
            m_compareView.correlationLine = new QCPGraph(p->keyAxis(), p->valueAxis());
            m_compareView.correlationLine->setAdaptiveSampling(false);
            m_compareView.correlationLine->setAntialiased(true);
        }
    }
    for (int i = 0; i < plottableCount(); ++i)
        plottable(i)->setSelectable(QCP::stNone);

    // Margins: the first pane has room at the top, the last one for the date labels; the
    // bottom axis of every pane but the last is the separator line to the pane below.
    for (std::size_t i = 0; i < m_panes.size(); ++i) {
        QCPAxisRect *rect = m_panes[i]->rect;
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
        QCP::MarginSides sides = QCP::msLeft | QCP::msRight;
        QMargins minimum(kEdgeLabelRoom, 0, valueAxisRoom(), 0);
        if (i == 0) {
            sides |= QCP::msTop;
            minimum.setTop(6);
        }
        if (i + 1 == m_panes.size()) {
            sides |= QCP::msBottom;
            rect->axis(QCPAxis::atBottom)->setTickLabels(true);
            rect->axis(QCPAxis::atBottom)->setTicks(true);
        }
        rect->setAutoMargins(sides);
        rect->setMinimumMargins(minimum);
    }
    updateStretchFactors();

    // Items: guides, the banner and the hint, annotations, the crosshair.
    for (auto &p : m_panes) {
        if (p->kind == ChartPane::Kind::Indicator) {
            for (double level : m_doc.indicator(p->indicator).descriptor->guideLevels)
                addGuide(*p, level);
        } else if (p->kind == ChartPane::Kind::Correlation) {
            addGuide(*p, 0);
        } else if (p->kind == ChartPane::Kind::Price && compareMode()) {
            addGuide(*p, 100);
        }
    }
    // Bottom left: the legend owns the top (its readout line can run the whole width) and the
    // newest bars sit at the right, so this corner hides the least.
    m_banner = makeLabel(this, price->rect, 0, 1, Qt::AlignLeft | Qt::AlignBottom);
    m_banner->setText(tr("SYNTHETIC DATA - not market data"));
    m_banner->setVisible(m_info.synthetic && !m_doc.bars().empty());
    m_emptyHint = makeLabel(this, price->rect, 0.5, 0.5, Qt::AlignCenter);
    m_emptyHint->setText(tr("Select a symbol to show its chart"));
    m_emptyHint->setVisible(m_doc.bars().empty());
    rebuildAnnotations();
    m_drawings->rebuildItems();
    for (auto &p : m_panes) {
        if (p->kind == ChartPane::Kind::Price || p->kind == ChartPane::Kind::Indicator) {
            p->lastTag = new LastValueTag(this, p->rect);
            p->lastTag->setLayer(QStringLiteral("legend")); // above the axis labels
        }
    }
    m_crosshair = new ChartCrosshair(this);
    m_crosshair->setLayer(QStringLiteral("overlay"));

    applyTheme();
    for (auto &p : m_panes)
        p->keyAxis()->setRange(m_keyRange);
    m_fittedSize = QSize();
    refreshVisibleData();
    replot();
}

void PriceChart::addGuide(ChartPane &pane, double level)
{
    auto *line = new QCPItemStraightLine(this);
    line->setClipAxisRect(pane.rect);
    line->point1->setAxes(pane.keyAxis(), pane.valueAxis());
    line->point2->setAxes(pane.keyAxis(), pane.valueAxis());
    line->point1->setCoords(0, level);
    line->point2->setCoords(1, level);
    line->setSelectable(false);
    line->setLayer(QStringLiteral("grid"));
    line->setProperty(kGuideProperty, true);
    pane.guides.push_back(line);
}

void PriceChart::createIndicatorPlottables(int index, ChartPane &pane)
{
    const chart::DocumentIndicator &ind = m_doc.indicator(index);
    IndicatorPlots &state = m_indicatorPlots[std::size_t(index)];
    state.plots.clear();
    for (const QString &output : ind.descriptor->outputs) {
        QCPAbstractPlottable *plot = nullptr;
        if (output == QLatin1String("hist")) {
            auto *bars = new QCPBars(pane.keyAxis(), pane.valueAxis());
            bars->setWidth(kBarWidth);
            bars->setAntialiased(false);
            plot = bars;
        } else {
            auto *graph = new QCPGraph(pane.keyAxis(), pane.valueAxis());
            graph->setAdaptiveSampling(false);
            graph->setAntialiased(true);
            plot = graph;
        }
        plot->setName(output);
        state.plots.push_back(plot);
    }
    // Bollinger Bands: the band between the upper and the lower line is shaded, under the bars.
    state.band = nullptr;
    if (ind.descriptor->name == QLatin1String("bbands") && state.plots.size() == 3) {
        state.band = new BandFillItem(this, pane.rect);
        state.band->setLayer(QStringLiteral("shading"));
    }
    styleIndicator(index);
}

void PriceChart::styleIndicator(int index)
{
    const chart::ChartIndicator &spec = m_doc.indicator(index).spec;
    const IndicatorPlots &state = m_indicatorPlots[std::size_t(index)];
    for (std::size_t i = 0; i < state.plots.size(); ++i) {
        const chart::SeriesStyle &s = spec.outputs[i];
        const QColor color(s.color);
        const QPen pen = linePen(color, s.width, penStyle(s.line));
        if (auto *bars = qobject_cast<QCPBars *>(state.plots[i])) {
            QColor fill = color;
            fill.setAlpha(170);
            bars->setPen(Qt::NoPen);
            bars->setBrush(opaqueOver(fill, m_theme.background));
            continue;
        }
        static_cast<QCPGraph *>(state.plots[i])->setPen(pen);
    }
    if (state.band) {
        QColor fill(spec.outputs.front().color);
        fill.setAlpha(m_theme.bandAlpha);
        state.band->setColor(opaqueOver(fill, m_theme.background));
    }
}

void PriceChart::applyTheme()
{
    setBackground(QBrush(m_theme.background));
    m_drawings->setColors(m_theme.legendText, m_theme.legendBackground);
    for (auto &p : m_panes) {
        for (QCPAxis *axis : p->rect->axes())
            styleAxis(axis, m_theme);
        // The bottom axis line of every pane but the last separates it from the next.
        p->keyAxis()->setBasePen(QPen(m_theme.separator));
        for (QCPAbstractItem *guide : p->guides) {
            auto *line = static_cast<QCPItemStraightLine *>(guide);
            line->setPen(QPen(m_theme.guide, 1, Qt::DashLine));
        }
        QFont legendFont = font();
        p->legend->setFont(legendFont);
        p->legend->setColors(m_theme.legendText, m_theme.legendBackground);
        p->legend->setGlyphsVisible(m_showGlyphs);
    }
    if (m_candles) {
        m_candles->setBrushPositive(m_theme.up);
        m_candles->setBrushNegative(m_theme.down);
        m_candles->setPenPositive(QPen(m_theme.up));
        m_candles->setPenNegative(QPen(m_theme.down));
    }
    if (m_closeLine)
        m_closeLine->setPen(linePen(m_theme.priceLine, 1.6));
    if (m_upVolume) {
        m_upVolume->setBrush(opaqueOver(m_theme.upVolume(), m_theme.background));
        m_downVolume->setBrush(opaqueOver(m_theme.downVolume(), m_theme.background));
    }
    for (int i = 0; i < m_doc.indicatorCount() && std::size_t(i) < m_indicatorPlots.size(); ++i)
        styleIndicator(i);
    for (std::size_t i = 0; i < m_compareView.lines.size(); ++i)
        m_compareView.lines[i]->setPen(linePen(compareColor(i), 1.6));
    if (m_compareView.ratioLine)
        m_compareView.ratioLine->setPen(linePen(m_theme.priceLine, 1.4));
    if (m_compareView.correlationLine)
        m_compareView.correlationLine->setPen(linePen(m_theme.paletteColor(2), 1.4));

    QFont bannerFont = font();
    bannerFont.setBold(true);
    m_banner->setFont(bannerFont);
    m_banner->setColor(m_theme.bannerText);
    m_banner->setBrush(QBrush(m_theme.bannerBackground));
    m_banner->setPen(Qt::NoPen);
    m_banner->setPadding(QMargins(8, 4, 8, 4));

    QFont hintFont = font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    m_emptyHint->setFont(hintFont);
    m_emptyHint->setColor(m_theme.emptyText);

    m_crosshair->setColors(m_theme.crosshair, m_theme.crosshairLabelBackground, m_theme.crosshairLabelText);
    m_crosshair->setFont(font());
    for (auto &p : m_panes) {
        if (p->lastTag)
            p->lastTag->setFont(font());
    }
    if (m_markerItem)
        m_markerItem->setColors(m_theme.up, m_theme.down, m_theme.background);
    for (QCPAbstractItem *item : m_levelItems) {
        if (auto *line = qobject_cast<QCPItemStraightLine *>(item)) {
            const PriceLevel &level = m_levels[std::size_t(line->property(kLevelProperty).toInt())];
            line->setPen(QPen(level.color.isValid() ? level.color : m_theme.guide, 1.2, level.style));
        } else if (auto *text = qobject_cast<QCPItemText *>(item)) {
            const PriceLevel &level = m_levels[std::size_t(text->property(kLevelProperty).toInt())];
            text->setColor(level.color.isValid() ? level.color : m_theme.axisText);
            text->setFont(font());
        }
    }
    for (QCPAbstractItem *item : m_periodItems) {
        if (auto *rect = qobject_cast<QCPItemRect *>(item)) {
            const ShadedPeriod &period = m_periods[std::size_t(rect->property(kPeriodProperty).toInt())];
            QColor fill = period.color;
            if (!fill.isValid()) {
                fill = m_theme.guide;
                fill.setAlpha(40);
            }
            rect->setBrush(fill);
            rect->setPen(Qt::NoPen);
        } else if (auto *text = qobject_cast<QCPItemText *>(item)) {
            text->setColor(m_theme.axisText);
            text->setFont(font());
        }
    }
}

QPen PriceChart::linePen(const QColor &color, double width, Qt::PenStyle style) const
{
    // Dense lines (bars closer than a few pixels, aggregated columns) are drawn one pixel
    // wide: Qt strokes wider pens through its general path stroker, which costs about 0.1 ms
    // per hundred points of a zigzagging line (300 ms for the three lines of a Bollinger
    // band over 10,000 bars), while one-pixel pens take the raster engine's fast path. At
    // one or two pixels per bar the difference does not show.
    if (m_densePens) {
        QPen pen(color, 1.0, style);
        pen.setCosmetic(true);
        return pen;
    }
    QPen pen(color, width, style);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

int PriceChart::valueAxisRoom() const
{
    // Room for labels up to "00,000.00" beside the value axes: ordinary changes of the labels
    // (zooming from 99.5 to 1,250) then leave the panes' width, and the bar under the mouse,
    // where they are.
    return QFontMetrics(font()).horizontalAdvance(QStringLiteral("00,000.00")) + 12;
}

QColor PriceChart::compareColor(std::size_t i) const
{
    // The palette's colours that are far from every pen already in the price pane (candles,
    // the close line, the overlays) and from the earlier compare lines, in palette order; a
    // compare line the same orange as SMA(200) would be read as the average.
    const auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 90;
    };
    std::vector<QColor> taken {m_theme.up, m_theme.down, m_theme.priceLine};
    for (int k = 0; k < m_doc.indicatorCount(); ++k) {
        if (m_doc.indicator(k).overlay()) {
            for (const chart::SeriesStyle &out : m_doc.indicator(k).spec.outputs)
                taken.emplace_back(out.color);
        }
    }
    std::size_t found = 0;
    for (const QColor &c : m_theme.palette) {
        if (std::any_of(taken.begin(), taken.end(), [&](const QColor &t) { return near(c, t); }))
            continue;
        if (found == i)
            return c;
        taken.push_back(c);
        ++found;
    }
    return m_theme.paletteColor(i + 1); // more lines than free colours: repeat the palette
}

// ---- annotations --------------------------------------------------------------------------------

void PriceChart::setTradeMarkers(std::vector<TradeMarker> markers)
{
    m_markers = std::move(markers);
    rebuildAnnotations();
    applyTheme();
    replot();
}

void PriceChart::addTradeMarker(const TradeMarker &marker)
{
    m_markers.push_back(marker);
    rebuildAnnotations();
    applyTheme();
    replot();
}

void PriceChart::addLevel(const PriceLevel &level)
{
    m_levels.push_back(level);
    rebuildAnnotations();
    applyTheme();
    refreshVisibleData();
    replot();
}

void PriceChart::addShadedPeriod(const ShadedPeriod &period)
{
    m_periods.push_back(period);
    rebuildAnnotations();
    applyTheme();
    replot();
}

void PriceChart::clearAnnotations()
{
    m_markers.clear();
    m_levels.clear();
    m_periods.clear();
    rebuildAnnotations();
    replot();
}

int PriceChart::tradeMarkerAt(const QPoint &pos) const
{
    if (!m_markerItem)
        return -1;
    const int item = m_markerItem->markerAt(pos);
    return item < 0 ? -1 : m_markerIndex[std::size_t(item)];
}

QString PriceChart::tradeMarkerToolTip(int index) const
{
    const TradeMarker &m = m_markers.at(std::size_t(index));
    if (!m.tooltip.isEmpty())
        return m.tooltip;
    const QString what = m.side == TradeMarker::Side::Long
        ? (m.action == TradeMarker::Action::Entry ? tr("Buy (long entry)") : tr("Sell (long exit)"))
        : (m.action == TradeMarker::Action::Entry ? tr("Sell short (short entry)") : tr("Buy to cover (short exit)"));
    return tr("%1 at %2 on %3").arg(what, formatPrice(m.price), m.date.toString(Qt::ISODate));
}

void PriceChart::rebuildAnnotations()
{
    for (QCPAbstractItem *item : m_levelItems)
        removeItem(item);
    for (QCPAbstractItem *item : m_periodItems)
        removeItem(item);
    m_levelItems.clear();
    m_periodItems.clear();
    if (m_markerItem) {
        removeItem(m_markerItem);
        m_markerItem = nullptr;
    }
    m_markerIndex.clear();
    if (m_panes.empty())
        return;
    ChartPane &price = *m_panes.front();
    const BarSeries &bars = displayedBars();
    const std::size_t n = bars.size();

    if (!m_markers.empty()) {
        m_markerItem = new TradeMarkerItem(this, price.rect);
        std::vector<TradeMarkerItem::Marker> drawn;
        for (std::size_t i = 0; i < m_markers.size(); ++i) {
            const TradeMarker &m = m_markers[i];
            const std::size_t bar = m_doc.bars().lowerBound(toDayNumber(m.date));
            if (!m.date.isValid() || bar >= n)
                continue;
            drawn.push_back({double(bar), m.isBuy() ? bars.low[bar] : bars.high[bar], m.isBuy(),
                m.action == TradeMarker::Action::Entry});
            m_markerIndex.push_back(int(i));
        }
        m_markerItem->setMarkers(std::move(drawn));
        m_markerItem->setScale(m_primaryScale);
    }

    for (std::size_t i = 0; i < m_levels.size(); ++i) {
        const PriceLevel &level = m_levels[i];
        auto *line = new QCPItemStraightLine(this);
        line->setClipAxisRect(price.rect);
        line->point1->setAxes(price.keyAxis(), price.valueAxis());
        line->point2->setAxes(price.keyAxis(), price.valueAxis());
        line->setSelectable(false);
        line->setProperty(kLevelProperty, int(i));
        m_levelItems.push_back(line);
        if (!level.label.isEmpty()) {
            auto *text = new QCPItemText(this);
            text->setClipAxisRect(price.rect);
            text->position->setAxisRect(price.rect);
            text->position->setAxes(price.keyAxis(), price.valueAxis());
            text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
            text->position->setTypeY(QCPItemPosition::ptPlotCoords);
            text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
            text->setPadding(QMargins(0, 0, 6, 1));
            text->setText(level.label);
            text->setSelectable(false);
            text->setProperty(kLevelProperty, int(i));
            m_levelItems.push_back(text);
        }
    }
    updateLevelPositions();

    for (std::size_t i = 0; i < m_periods.size(); ++i) {
        const ShadedPeriod &period = m_periods[i];
        if (n == 0 || !period.from.isValid() || !period.to.isValid())
            continue;
        const double from = double(m_doc.bars().lowerBound(toDayNumber(period.from))) - 0.5;
        const double to = double(m_doc.bars().lowerBound(toDayNumber(period.to) + 1)) - 0.5;
        if (to <= from)
            continue;
        for (auto &pane : m_panes) {
            auto *rect = new QCPItemRect(this);
            rect->setLayer(QStringLiteral("shading"));
            rect->setClipAxisRect(pane->rect);
            for (QCPItemPosition *pos : {rect->topLeft, rect->bottomRight}) {
                pos->setAxisRect(pane->rect);
                pos->setAxes(pane->keyAxis(), pane->valueAxis());
                pos->setTypeX(QCPItemPosition::ptPlotCoords);
                pos->setTypeY(QCPItemPosition::ptAxisRectRatio);
            }
            rect->topLeft->setCoords(from, 0);
            rect->bottomRight->setCoords(to, 1);
            rect->setSelectable(false);
            rect->setProperty(kPeriodProperty, int(i));
            m_periodItems.push_back(rect);
        }
        if (!period.label.isEmpty()) {
            auto *text = new QCPItemText(this);
            text->setLayer(QStringLiteral("shading"));
            text->setClipAxisRect(price.rect);
            text->position->setAxisRect(price.rect);
            text->position->setAxes(price.keyAxis(), price.valueAxis());
            text->position->setTypeX(QCPItemPosition::ptPlotCoords);
            text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
            text->position->setCoords((from + to) / 2, 1);
            text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            text->setPadding(QMargins(2, 0, 2, 3));
            text->setText(period.label);
            text->setSelectable(false);
            m_periodItems.push_back(text);
        }
    }
}

void PriceChart::updateLevelPositions()
{
    for (QCPAbstractItem *item : m_levelItems) {
        const double price = m_levels[std::size_t(item->property(kLevelProperty).toInt())].price * m_primaryScale;
        if (auto *line = qobject_cast<QCPItemStraightLine *>(item)) {
            line->point1->setCoords(0, price);
            line->point2->setCoords(1, price);
        } else if (auto *text = qobject_cast<QCPItemText *>(item)) {
            text->position->setCoords(1, price);
        }
    }
    if (m_markerItem)
        m_markerItem->setScale(m_primaryScale);
    m_drawings->setScale(m_primaryScale);
}

// ---- layout -------------------------------------------------------------------------------------

chart::ChartLayout PriceChart::layout() const
{
    chart::ChartLayout l = m_doc.layout();
    l.rangePreset = m_activePreset;
    if (!l.rangePreset && !m_doc.bars().empty()) {
        const auto [first, last] = visibleBars();
        if (first < last) {
            l.from = m_doc.bars().date(first);
            l.to = m_doc.bars().date(last - 1);
        }
    }
    return l;
}

Status PriceChart::applyLayout(const chart::ChartLayout &layout)
{
    if (Status s = layout.validate(); !s)
        return s;
    const Status applied = m_doc.applyLayout(layout);
    m_crosshairBar.reset();
    m_dateTicker->setDays(m_doc.bars().day);
    m_drawings->reset(); // the document's drawings: no selection, new items
    rebuildPanes();
    if (layout.rangePreset)
        showPreset(*layout.rangePreset);
    else
        showDates(layout.from, layout.to);
    return applied;
}

// ---- export -------------------------------------------------------------------------------------

void PriceChart::setInteractiveGlyphsVisible(bool visible)
{
    m_showGlyphs = visible;
    for (auto &p : m_panes)
        p->legend->setGlyphsVisible(visible);
}

QString PriceChart::exportTitle() const
{
    if (m_doc.bars().empty())
        return {};
    QStringList parts {m_info.symbol.isEmpty() ? m_doc.bars().symbol : m_info.symbol};
    if (!m_info.name.isEmpty())
        parts << m_info.name;
    const QString timeframes[] = {tr("Daily"), tr("Weekly"), tr("Monthly")};
    parts << timeframes[int(m_doc.timeframe())];
    if (const auto [first, last] = visibleBars(); first < last)
        parts << tr("%1 to %2").arg(m_doc.bars().date(first).toString(Qt::ISODate), m_doc.bars().date(last - 1).toString(Qt::ISODate));
    if (compareMode())
        parts << tr("compared with %1").arg(m_doc.compare().names.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("  \u00b7  "));
}

QImage PriceChart::renderImage(QSize size, double scale, const QString &title)
{
    const bool glyphs = m_showGlyphs;
    const auto crosshair = m_crosshairBar;
    setInteractiveGlyphsVisible(false);
    setCrosshairBar(std::nullopt);
    // A title row above the panes for the picture only: a PNG on its own says what it shows.
    QCPTextElement *heading = nullptr;
    if (!title.isEmpty()) {
        plotLayout()->insertRow(0);
        QFont font = this->font();
        font.setBold(true);
        heading = new QCPTextElement(this, title, font);
        heading->setTextColor(m_theme.titleText);
        heading->setMargins(QMargins(8, 6, 8, 2));
        plotLayout()->addElement(0, 0, heading);
        plotLayout()->setRowStretchFactor(0, 0.001);
    }
    // Laying the panes out at the new size re-aggregates the bars for its pixel columns and
    // fits the value axes (onAfterLayout) before anything is drawn.
    m_fittedSize = QSize();
    QImage image = toPixmap(size.width(), size.height(), scale).toImage();
    if (heading) {
        plotLayout()->remove(heading);
        plotLayout()->simplify();
        updateStretchFactors();
    }
    setInteractiveGlyphsVisible(glyphs);
    setCrosshairBar(crosshair);
    m_fittedSize = QSize();
    replot(rpQueuedReplot);
    return image;
}

Status PriceChart::writeVisibleCsv(const QString &path) const
{
    std::vector<indicators::IndicatorResult> results;
    for (int i = 0; i < m_doc.indicatorCount(); ++i) {
        if (m_doc.indicator(i).valid)
            results.push_back(m_doc.indicator(i).result);
    }
    const auto [first, last] = visibleBars();
    return writeIndicatorCsv(path, m_doc.bars(), results, first, last);
}

} // namespace rutile::ui
