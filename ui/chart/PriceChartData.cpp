// PriceChart: the data in view. On every change of the x range (and of the panes' size)
// the chart asks core/chart for the bars and line points of the visible range, aggregated
// per pixel column when there are more bars than columns, fits the value axes to the
// visible bars and refreshes the legends.

#include "PriceChart.h"

#include "ChartItems.h"
#include "DateAxisTicker.h"
#include "PriceChartPrivate.h"
#include "ValueAxisTicker.h"
#include "VolumeAxisTicker.h"
#include "chart/CompareSeries.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <limits>

namespace rutile::ui {

namespace chart_detail {

void styleAxis(QCPAxis *axis, const ChartTheme &theme)
{
    axis->setBasePen(QPen(theme.axisLine));
    axis->setTickPen(QPen(theme.axisLine));
    axis->setSubTickPen(QPen(theme.axisLine));
    axis->setTickLabelColor(theme.axisText);
    axis->setLabelColor(theme.axisText);
    axis->grid()->setPen(QPen(theme.grid, 0, Qt::SolidLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
    axis->grid()->setSubGridVisible(false);
    axis->setSubTicks(false);
    axis->setTickLengthIn(0);
    axis->setTickLengthOut(4);
}

QCPItemText *makeLabel(QCustomPlot *plot, QCPAxisRect *rect, double x, double y, Qt::Alignment alignment)
{
    auto *label = new QCPItemText(plot);
    label->setLayer(QStringLiteral("legend"));
    label->setClipAxisRect(rect);
    label->position->setType(QCPItemPosition::ptAxisRectRatio);
    label->position->setAxisRect(rect);
    label->position->setCoords(x, y);
    label->setPositionAlignment(alignment);
    label->setTextAlignment(Qt::AlignLeft);
    label->setSelectable(false);
    return label;
}

Qt::PenStyle penStyle(chart::LineStyle style)
{
    switch (style) {
    case chart::LineStyle::Solid:
        return Qt::SolidLine;
    case chart::LineStyle::Dash:
        return Qt::DashLine;
    case chart::LineStyle::Dot:
        return Qt::DotLine;
    }
    return Qt::SolidLine;
}

QColor opaqueOver(const QColor &top, const QColor &background)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + background.redF() * (1 - a)),
        float(top.greenF() * a + background.greenF() * (1 - a)), float(top.blueF() * a + background.blueF() * (1 - a)));
}

QString formatPrice(double value)
{
    if (!std::isfinite(value))
        return PriceChart::tr("n/a");
    return QLocale().toString(value, 'f', std::abs(value) < 1 ? 4 : 2);
}

QString formatValue(double value)
{
    if (!std::isfinite(value))
        return PriceChart::tr("n/a");
    if (std::abs(value) >= 1e6)
        return VolumeAxisTicker::formatVolume(value, QLocale());
    return QLocale().toString(value, 'f', std::abs(value) < 1 ? 4 : 2);
}

} // namespace chart_detail

using namespace chart_detail;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QVector<QCPGraphData> graphData(const chart::AggregatedLine &line)
{
    QVector<QCPGraphData> out;
    out.reserve(qsizetype(line.size()));
    for (std::size_t i = 0; i < line.size(); ++i)
        out.append(QCPGraphData(line.key[i], line.value[i]));
    return out;
}

QVector<QCPBarsData> barsData(const chart::AggregatedLine &line)
{
    QVector<QCPBarsData> out;
    out.reserve(qsizetype(line.size()));
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (!std::isnan(line.value[i]))
            out.append(QCPBarsData(line.key[i], line.value[i]));
    }
    return out;
}

/// Union of extremes, ignoring NaN.
void include(double &low, double &high, std::pair<double, double> range, double scale = 1.0)
{
    if (std::isnan(range.first) || !std::isfinite(scale))
        return;
    low = std::min(low, range.first * scale);
    high = std::max(high, range.second * scale);
}

} // namespace

// ---- range --------------------------------------------------------------------------------------

QCPRange PriceChart::visibleRange() const
{
    return m_keyRange;
}

std::pair<std::size_t, std::size_t> PriceChart::visibleBars() const
{
    const auto n = static_cast<qint64>(m_doc.bars().size());
    if (n == 0)
        return {0, 0};
    const qint64 first = std::clamp<qint64>(static_cast<qint64>(std::ceil(m_keyRange.lower)), 0, n);
    const qint64 last = std::clamp<qint64>(static_cast<qint64>(std::floor(m_keyRange.upper)) + 1, 0, n);
    return {std::size_t(first), std::size_t(std::max(first, last))};
}

void PriceChart::setVisibleRange(const QCPRange &range)
{
    m_activePreset.reset();
    setKeyRange(range);
    replot();
}

void PriceChart::showAll()
{
    // The preset first: listeners of visibleRangeChanged (the range buttons) read it.
    m_activePreset = chart::RangePreset::All;
    setKeyRange(QCPRange(-1.0, double(m_doc.bars().size())));
    replot();
}

void PriceChart::showLast(int bars)
{
    const double n = double(m_doc.bars().size());
    const double lower = std::max(-1.0, n - bars - 0.5);
    // A little room on the right of the last bar, as traders expect.
    m_activePreset.reset();
    setKeyRange(QCPRange(lower, n + 1.5));
    replot();
}

void PriceChart::showPreset(chart::RangePreset preset)
{
    if (preset == chart::RangePreset::All) {
        showAll();
        return;
    }
    const double n = double(m_doc.bars().size());
    const double first = double(chart::rangePresetFirstBar(m_doc.bars().day, preset));
    m_activePreset = preset;
    setKeyRange(QCPRange(first - 0.5, n + 1.5));
    replot();
}

void PriceChart::showDates(QDate from, QDate to)
{
    const std::size_t n = m_doc.bars().size();
    const std::size_t first = from.isValid() ? m_doc.bars().lowerBound(toDayNumber(from)) : 0;
    const std::size_t last = to.isValid() ? m_doc.bars().lowerBound(toDayNumber(to) + 1) : n;
    if (first >= last) {
        showLast(kDefaultVisibleBars);
        return;
    }
    m_activePreset.reset();
    setKeyRange(QCPRange(double(first) - 0.5, double(last) - 0.5 + (last == n ? 2.0 : 0.0)));
    replot();
}

bool PriceChart::jumpToDate(QDate date)
{
    const std::size_t bar = m_doc.bars().lowerBound(toDayNumber(date));
    if (!date.isValid() || bar >= m_doc.bars().size())
        return false;
    const double span = m_keyRange.size();
    m_activePreset.reset();
    setKeyRange(QCPRange(double(bar) - span / 2, double(bar) + span / 2));
    setCrosshairBar(bar);
    replot();
    return true;
}

void PriceChart::zoomBy(double factor, double center)
{
    const QCPRange r = m_keyRange;
    m_activePreset.reset();
    setKeyRange(QCPRange(center - (center - r.lower) * factor, center + (r.upper - center) * factor));
    replot();
}

void PriceChart::panBy(double bars)
{
    m_activePreset.reset();
    setKeyRange(QCPRange(m_keyRange.lower + bars, m_keyRange.upper + bars));
    replot();
}

QCPRange PriceChart::clamped(const QCPRange &range) const
{
    const double n = double(m_doc.bars().size());
    if (n == 0)
        return range;
    const double lowerLimit = -0.5 - kEdgeBars;
    const double upperLimit = n - 0.5 + kEdgeBars;
    const double maxSpan = upperLimit - lowerLimit;
    const double span = std::clamp(range.size(), std::min(kMinVisibleBars, maxSpan), maxSpan);
    double lower = range.lower;
    if (span != range.size())
        lower = range.center() - span / 2;
    lower = std::clamp(lower, lowerLimit, upperLimit - span);
    return QCPRange(lower, lower + span);
}

void PriceChart::onKeyRangeChanged(const QCPRange &range)
{
    if (m_adjusting)
        return;
    // The user dragged or zoomed a pane: the others follow, and no preset applies any more.
    m_activePreset.reset();
    setKeyRange(range);
}

void PriceChart::setKeyRange(const QCPRange &range)
{
    QScopedValueRollback guard(m_adjusting, true);
    m_keyRange = m_doc.bars().empty() ? range : clamped(range);
    for (auto &p : m_panes)
        p->keyAxis()->setRange(m_keyRange);
    refreshVisibleData();
    emit visibleRangeChanged(m_keyRange);
}

std::size_t PriceChart::barOfKey(double key) const
{
    const auto n = static_cast<qint64>(m_doc.bars().size());
    return std::size_t(std::clamp<qint64>(std::llround(key), 0, std::max<qint64>(n - 1, 0)));
}

// ---- data in view ---------------------------------------------------------------------------------

void PriceChart::onAfterLayout()
{
    // Called inside every replot and every off-screen render, after the panes got their
    // size and before anything is drawn: a new size means new pixel columns to aggregate
    // for and new heights to fit the legends into.
    if (m_panes.empty() || m_layoutPasses >= 2)
        return;
    const QSize size(priceRect()->width(), height());
    if (size == m_fittedSize)
        return;
    m_fittedSize = size;
    updateTickCounts();
    {
        QScopedValueRollback guard(m_adjusting, true);
        refreshVisibleData();
    }
    // The fitted axes' labels may need other margins: lay out once more before anything is
    // drawn (at most twice, in case the new margins change the width again).
    QScopedValueRollback passes(m_layoutPasses, m_layoutPasses + 1);
    updateLayout();
}

void PriceChart::updateTickCounts()
{
    const int width = m_panes.back()->rect->width() > 0 ? m_panes.back()->rect->width() : this->width() - 80;
    m_dateTicker->setTickCount(std::max(2, width / kPixelsPerDateLabel));
    for (auto &p : m_panes) {
        if (p->ticker) {
            const int h = p->rect->height() - (p->legend ? p->legend->heightPixels() : 0);
            p->ticker->setTickCount(
                std::clamp(h / kPixelsPerValueLabel, 2, p->kind == ChartPane::Kind::Price ? 10 : 4));
        }
    }
}

void PriceChart::resizeEvent(QResizeEvent *event)
{
    m_dateTicker->setTickCount(std::max(2, (event->size().width() - 80) / kPixelsPerDateLabel));
    QCustomPlot::resizeEvent(event);
}

void PriceChart::refreshVisibleData()
{
    if (m_panes.empty())
        return;
    const std::size_t n = m_doc.bars().size();
    if (n == 0) {
        updateLegends();
        return;
    }
    const QCPRange r = m_keyRange;
    const double columns = std::max(1, priceRect()->width() > 0 ? priceRect()->width() : width() - 80);
    m_bucket = chart::bucketSize(r.size(), columns);
    const bool dense = columns / r.size() < kDensePixelsPerBar;
    if (dense != m_densePens) {
        m_densePens = dense;
        applyTheme(); // the pens
    }
    const auto k = static_cast<qint64>(m_bucket);
    // One bucket beyond each edge so that lines run on to the border.
    const auto first = std::size_t(std::clamp<qint64>(static_cast<qint64>(std::floor(r.lower)) - k, 0, qint64(n)));
    const auto last = std::size_t(std::clamp<qint64>(static_cast<qint64>(std::ceil(r.upper)) + 1 + k, 0, qint64(n)));
    const auto [visibleFirst, visibleLast] = visibleBars();
    // Aggregated buckets are one or two pixels wide. A fill narrower than a pixel may cover
    // no pixel centre at all, and as buckets drift against the pixel grid whole stretches of
    // bars would vanish; so buckets get whole pixels, wide enough to touch their neighbours.
    const double bucketPixels = columns / r.size() * m_bucket;
    const auto setWidth = [&](auto *plottable, auto absolute, auto plotCoords) {
        if (m_bucket > 1) {
            plottable->setWidthType(absolute);
            plottable->setWidth(std::floor(bucketPixels) + 1);
        } else {
            plottable->setWidthType(plotCoords);
            plottable->setWidth(kBarWidth);
        }
    };

    m_primaryScale = 1.0;
    if (compareMode()) {
        const double f = chart::rebaseFactor(m_doc.bars().close, visibleFirst);
        m_primaryScale = std::isfinite(f) ? f : 1.0;
    }
    const double f = m_primaryScale;

    // Price.
    if (m_closeLine) {
        m_closeLine->data()->set(
            graphData(chart::aggregateLine(m_doc.barIndex().closeIndex(), first, last, m_bucket, f)), true);
    }
    chart::AggregatedBars bars;
    if (m_candles || m_upVolume)
        bars = chart::aggregateBars(m_doc.barIndex(), first, last, m_bucket);
    if (m_candles) {
        QVector<QCPFinancialData> data;
        data.reserve(qsizetype(bars.size()));
        for (std::size_t i = 0; i < bars.size(); ++i)
            data.append(
                QCPFinancialData(bars.key[i], bars.open[i] * f, bars.high[i] * f, bars.low[i] * f, bars.close[i] * f));
        m_candles->data()->set(data, true);
        setWidth(m_candles, QCPFinancial::wtAbsolute, QCPFinancial::wtPlotCoords);
    }
    // Volume, coloured like its bar (close ≥ open is up, as QCPFinancial decides). Zoomed out,
    // a column's bar is the mean volume per day of its bucket: the axis keeps reading daily
    // volume (a sum of k days would read k times too high).
    m_visibleMaxVolume = 0;
    if (m_upVolume) {
        QVector<QCPBarsData> up;
        QVector<QCPBarsData> down;
        for (std::size_t i = 0; i < bars.size(); ++i) {
            (bars.close[i] >= bars.open[i] ? up : down).append(QCPBarsData(bars.key[i], bars.meanVolume[i]));
            if (bars.key[i] >= r.lower && bars.key[i] <= r.upper)
                m_visibleMaxVolume = std::max(m_visibleMaxVolume, bars.meanVolume[i]);
        }
        m_upVolume->data()->set(up, true);
        m_downVolume->data()->set(down, true);
        setWidth(m_upVolume, QCPBars::wtAbsolute, QCPBars::wtPlotCoords);
        setWidth(m_downVolume, QCPBars::wtAbsolute, QCPBars::wtPlotCoords);
    }

    // Indicators: overlays share the price pane's rebasing.
    for (std::size_t k = 0; k < m_indicatorPlots.size(); ++k) {
        const chart::DocumentIndicator &s = m_doc.indicator(int(k));
        const std::vector<QCPAbstractPlottable *> &plots = m_indicatorPlots[k].plots;
        for (std::size_t i = 0; i < plots.size(); ++i) {
            if (!s.valid) {
                if (auto *g = qobject_cast<QCPGraph *>(plots[i]))
                    g->data()->clear();
                else if (auto *b = qobject_cast<QCPBars *>(plots[i]))
                    b->data()->clear();
                continue;
            }
            if (auto *g = qobject_cast<QCPGraph *>(plots[i])) {
                g->data()->set(
                    graphData(chart::aggregateLine(s.extrema[i], first, last, m_bucket, s.overlay() ? f : 1.0)), true);
            } else if (auto *b = qobject_cast<QCPBars *>(plots[i])) {
                b->data()->set(barsData(chart::aggregatePeaks(s.extrema[i], first, last, m_bucket)), true);
                setWidth(b, QCPBars::wtAbsolute, QCPBars::wtPlotCoords);
            }
        }
    }

    // Shaded bands: the upper line's maxima down to the lower line's minima, per column.
    for (std::size_t k = 0; k < m_indicatorPlots.size(); ++k) {
        BandFillItem *band = m_indicatorPlots[k].band;
        const chart::DocumentIndicator &s = m_doc.indicator(int(k));
        if (!band)
            continue;
        if (!s.valid) {
            band->setBand({}, {}, {}, false);
            continue;
        }
        const double scale = s.overlay() ? f : 1.0;
        chart::AggregatedLine top
            = chart::aggregateExtreme(s.extrema.front(), first, last, m_bucket, chart::Extreme::Max, scale);
        chart::AggregatedLine bottom
            = chart::aggregateExtreme(s.extrema.back(), first, last, m_bucket, chart::Extreme::Min, scale);
        band->setBand(std::move(top.key), std::move(top.value), std::move(bottom.value), m_bucket > 1);
    }

    // Compare mode.
    m_compareView.scales.assign(m_compareView.lines.size(), 1.0);
    for (std::size_t i = 0; i < m_compareView.lines.size(); ++i) {
        const double scale = chart::rebaseFactor(m_doc.compare().aligned[i], visibleFirst);
        m_compareView.scales[i] = scale;
        if (std::isfinite(scale))
            m_compareView.lines[i]->data()->set(
                graphData(chart::aggregateLine(m_doc.compare().alignedIndex[i], first, last, m_bucket, scale)), true);
        else
            m_compareView.lines[i]->data()->clear();
    }
    if (m_compareView.ratioLine)
        m_compareView.ratioLine->data()->set(
            graphData(chart::aggregateLine(m_doc.compare().ratioIndex, first, last, m_bucket)), true);
    if (m_compareView.correlationLine)
        m_compareView.correlationLine->data()->set(
            graphData(chart::aggregateLine(m_doc.compare().correlationIndex, first, last, m_bucket)), true);

    updateLevelPositions();
    updateLegends();
    updateLastValueTags();
    fitValueAxes();
    updateCrosshairItem();
    updateLiveMarker();
}

Status PriceChart::setLiveBar(const Bar &formingDaily)
{
    const std::size_t before = m_doc.bars().size();
    if (Status s = m_doc.setLiveBar(formingDaily); !s)
        return s;
    m_dateTicker->setDays(m_doc.bars().day);
    // A new bar at the right edge comes into view when the last bar was in view.
    if (m_doc.bars().size() > before && m_keyRange.upper >= double(before) - 1)
        setKeyRange(QCPRange(m_keyRange.lower + 1, m_keyRange.upper + 1));
    refreshVisibleData();
    replot();
    return {};
}

void PriceChart::clearLiveBar()
{
    if (!m_doc.liveIndex())
        return;
    m_doc.clearLiveBar();
    m_dateTicker->setDays(m_doc.bars().day);
    refreshVisibleData();
    replot();
}

void PriceChart::updateLiveMarker()
{
    if (m_liveMarker)
        removeItem(m_liveMarker.data());
    const auto index = m_doc.liveIndex();
    QCPAbstractPlottable *price = m_candles ? static_cast<QCPAbstractPlottable *>(m_candles) : m_closeLine;
    if (!index || !price)
        return;
    const BarSeries &bars = m_doc.displayed();
    const double f = m_primaryScale;
    auto *frame = new QCPItemRect(this);
    frame->setObjectName(QStringLiteral("liveBarFrame"));
    frame->setClipAxisRect(price->keyAxis()->axisRect());
    frame->setClipToAxisRect(true);
    for (QCPItemPosition *p : {frame->topLeft, frame->bottomRight}) {
        p->setType(QCPItemPosition::ptPlotCoords);
        p->setAxes(price->keyAxis(), price->valueAxis());
    }
    // A little beyond the bar's body, so the dashes never hide it.
    const double pad = 0.004 * (bars.high[*index] - bars.low[*index] + std::abs(bars.close[*index]) * 0.01);
    frame->topLeft->setCoords(double(*index) - 0.5, (bars.high[*index] + pad) * f);
    frame->bottomRight->setCoords(double(*index) + 0.5, (bars.low[*index] - pad) * f);
    QPen pen(m_theme.crosshair, 1.2, Qt::DashLine);
    frame->setPen(pen);
    frame->setBrush(Qt::NoBrush);
    frame->setSelectable(false);
    m_liveMarker = frame;
}

void PriceChart::updateLastValueTags()
{
    // The last bar's close (rebased in compare mode) and each oscillator's last value, in
    // the up colour when it rose from the bar before and the down colour when it fell.
    const auto lastTwo = [](const std::vector<double> &values) -> std::pair<double, double> {
        std::size_t i = values.size();
        while (i > 0 && !std::isfinite(values[i - 1]))
            --i;
        if (i == 0)
            return {kNaN, kNaN};
        return {values[i - 1], i >= 2 ? values[i - 2] : kNaN};
    };
    for (auto &p : m_panes) {
        if (!p->lastTag)
            continue;
        double last = kNaN, before = kNaN;
        QString text;
        if (p->kind == ChartPane::Kind::Price) {
            std::tie(last, before) = lastTwo(m_doc.bars().close);
            last *= m_primaryScale;
            before *= m_primaryScale;
            text = compareMode() ? formatValue(last) : formatPrice(last);
        } else {
            const chart::DocumentIndicator &s = m_doc.indicator(p->indicator);
            if (s.valid && !s.result.columns.empty())
                std::tie(last, before) = lastTwo(s.result.columns.front().values);
            text = formatValue(last);
        }
        const bool down = std::isfinite(before) && last < before;
        const QColor fill = down ? m_theme.down : m_theme.up;
        // White or black text, whichever reads on the fill (relative luminance).
        const double luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
        p->lastTag->setValue(last, text, fill, luminance > 0.55 ? Qt::black : Qt::white);
    }
}

void PriceChart::fitValueAxes()
{
    if (m_doc.bars().empty())
        return;
    const auto [first, last] = visibleBars();
    if (first >= last)
        return;
    const double inf = std::numeric_limits<double>::infinity();
    for (auto &pane : m_panes) {
        if (m_doc.lockY() && pane->valueRangeSet && !m_fitEvenWhenLocked)
            continue;
        double low = inf;
        double high = -inf;
        switch (pane->kind) {
        case ChartPane::Kind::Price: {
            include(low, high,
                m_doc.style() == chart::ChartStyle::Line ? m_doc.barIndex().closeRange(first, last)
                                                   : m_doc.barIndex().priceRange(first, last),
                m_primaryScale);
            for (int k = 0; k < m_doc.indicatorCount(); ++k) {
                const chart::DocumentIndicator &s = m_doc.indicator(k);
                if (!s.valid || !s.overlay())
                    continue;
                for (const chart::RangeExtrema &e : s.extrema)
                    include(low, high, e.minMax(first, last), m_primaryScale);
            }
            for (std::size_t i = 0; i < m_compareView.lines.size(); ++i)
                include(low, high, m_doc.compare().alignedIndex[i].minMax(first, last), m_compareView.scales[i]);
            // A level was drawn to be seen (a trade's stop or target): keep it in view.
            for (const PriceLevel &level : m_levels)
                include(low, high, {level.price, level.price}, m_primaryScale);
            fitPane(*pane, low, high);
            break;
        }
        case ChartPane::Kind::Volume:
            fitPane(*pane, 0, m_visibleMaxVolume > 0 ? m_visibleMaxVolume : 1.0, true);
            break;
        case ChartPane::Kind::Indicator: {
            const chart::DocumentIndicator &s = m_doc.indicator(pane->indicator);
            if (s.descriptor->valueRange) {
                low = s.descriptor->valueRange->first;
                high = s.descriptor->valueRange->second;
            } else if (s.valid) {
                for (const chart::RangeExtrema &e : s.extrema)
                    include(low, high, e.minMax(first, last));
                for (double g : s.descriptor->guideLevels) {
                    // A guide is worth showing when the values come near it.
                    if (low <= high && g >= low - (high - low) && g <= high + (high - low)) {
                        low = std::min(low, g);
                        high = std::max(high, g);
                    }
                }
            }
            const auto &plots = m_indicatorPlots.at(std::size_t(pane->indicator)).plots;
            const bool bars = std::any_of(
                plots.begin(), plots.end(), [](QCPAbstractPlottable *p) { return qobject_cast<QCPBars *>(p); });
            fitPane(*pane, low, high, bars);
            break;
        }
        case ChartPane::Kind::Ratio:
            include(low, high, m_doc.compare().ratioIndex.minMax(first, last));
            fitPane(*pane, low, high);
            break;
        case ChartPane::Kind::Correlation:
            // The visible values, not the whole [−1, 1]: correlations of index returns sit in a
            // narrow band whose swings are the point of the pane.
            include(low, high, m_doc.compare().correlationIndex.minMax(first, last));
            if (low <= high && low <= 0.1 && high >= -0.1) {
                low = std::min(low, 0.0);
                high = std::max(high, 0.0);
            }
            fitPane(*pane, low, high);
            break;
        }
    }
}

void PriceChart::fitPane(ChartPane &pane, double low, double high, bool includeZero)
{
    if (!(low <= high))
        return; // nothing finite in view: keep the range
    if (includeZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    QCPAxis *axis = pane.valueAxis();
    const bool log = axis->scaleType() == QCPAxis::stLogarithmic;
    if (log && low <= 0)
        return;
    // Work in the axis' own space (log10 for a logarithmic axis) so that the padding is
    // the same number of pixels either way.
    const auto to = [log](double v) { return log ? std::log10(v) : v; };
    const auto from = [log](double v) { return log ? std::pow(10.0, v) : v; };
    double lo = to(low);
    double hi = to(high);
    if (hi - lo <= 0) {
        const double pad = log ? 0.01 : std::max(std::abs(hi) * 0.02, 1e-9);
        lo -= pad;
        hi += pad;
    }
    // The legend rows sit at the top: keep the data below them. Bars drawn from zero start
    // at the bottom edge.
    const double h = pane.rect->height();
    const double legend = pane.legend->heightPixels() > 0 ? pane.legend->heightPixels() + 4.0 : 0.0;
    const double bottom = includeZero && low >= 0 ? 0.0 : std::max(4.0, 0.05 * h);
    const double top = std::max(legend, 0.06 * h);
    double lower = lo;
    double upper = hi;
    if (h > top + bottom + 20) {
        const double unitsPerPixel = (hi - lo) / (h - top - bottom);
        upper = hi + top * unitsPerPixel;
        lower = lo - bottom * unitsPerPixel;
    } else {
        upper = hi + 0.15 * (hi - lo);
        lower = includeZero && low >= 0 ? lo : lo - 0.05 * (hi - lo);
    }
    axis->setRange(from(lower), from(upper));
    pane.valueRangeSet = true;
}

// ---- legends and crosshair --------------------------------------------------------------------------

std::optional<std::size_t> PriceChart::readoutBar() const
{
    if (m_doc.bars().empty())
        return std::nullopt;
    if (m_crosshairBar)
        return m_crosshairBar;
    const auto [first, last] = visibleBars();
    if (first >= last)
        return m_doc.bars().size() - 1;
    return last - 1;
}

void PriceChart::setCrosshairBar(std::optional<std::size_t> bar)
{
    if (bar && *bar >= m_doc.bars().size())
        bar.reset();
    m_crosshairBar = bar;
    if (!bar)
        m_crosshairPane = -1;
    updateLegends();
    updateCrosshairItem();
    emit crosshairMoved();
}

void PriceChart::updateCrosshairItem()
{
    if (!m_crosshair)
        return;
    ChartCrosshair::State state;
    state.visible = m_crosshairBar.has_value() && !m_doc.bars().empty();
    if (state.visible) {
        const std::size_t bar = *m_crosshairBar;
        state.x = timeAxis()->coordToPixel(double(bar));
        for (const auto &p : m_panes)
            state.panes << p->rect->rect();
        state.hoveredPane = m_crosshairPane;
        state.y = m_crosshairY;
        if (m_crosshairPane >= 0 && m_crosshairPane < paneCount()) {
            const ChartPane &p = pane(m_crosshairPane);
            const double value = p.valueAxis()->pixelToCoord(m_crosshairY);
            state.valueLabel = p.kind == ChartPane::Kind::Volume ? VolumeAxisTicker::formatVolume(value, QLocale())
                                                                 : formatValue(value);
        }
        const QDate date = m_doc.bars().date(bar);
        state.dateLabel
            = QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + date.toString(Qt::ISODate);
    }
    m_crosshair->setState(state);
}

void PriceChart::updateLegends()
{
    if (m_panes.empty())
        return;
    const std::optional<std::size_t> bar = readoutBar();
    const QColor muted = m_theme.axisText;
    const auto valueAt
        = [&](const std::vector<double> &values) { return bar && *bar < values.size() ? values[*bar] : kNaN; };
    for (auto &pane : m_panes) {
        QVector<LegendRow> rows;
        switch (pane->kind) {
        case ChartPane::Kind::Price: {
            if (m_doc.bars().empty())
                break; // the empty-chart hint speaks instead
            LegendRow head;
            head.emphasised = true;
            head.parts << LegendPart {m_info.symbol.isEmpty() ? m_doc.bars().symbol : m_info.symbol, m_theme.titleText};
            if (!m_info.name.isEmpty())
                head.parts << LegendPart {m_info.name, muted};
            if (bar) {
                const std::size_t b = *bar;
                const QColor c = m_doc.bars().close[b] >= m_doc.bars().open[b] ? m_theme.up : m_theme.down;
                head.parts << LegendPart {m_doc.bars().date(b).toString(Qt::ISODate), m_theme.legendText};
                head.parts << LegendPart {tr("O %1").arg(formatPrice(m_doc.bars().open[b])), c};
                head.parts << LegendPart {tr("H %1").arg(formatPrice(m_doc.bars().high[b])), c};
                head.parts << LegendPart {tr("L %1").arg(formatPrice(m_doc.bars().low[b])), c};
                head.parts << LegendPart {tr("C %1").arg(formatPrice(m_doc.bars().close[b])), c};
                if (b > 0 && m_doc.bars().close[b - 1] != 0) {
                    const double change = 100.0 * (m_doc.bars().close[b] / m_doc.bars().close[b - 1] - 1);
                    head.parts << LegendPart {(change >= 0 ? QStringLiteral("+") : QString())
                            + QLocale().toString(change, 'f', 2) + QLatin1Char('%'),
                        change >= 0 ? m_theme.up : m_theme.down};
                }
                head.parts << LegendPart {
                    tr("Vol %1").arg(VolumeAxisTicker::formatVolume(m_doc.bars().volume[b], QLocale())),
                    m_theme.legendText};
                if (compareMode())
                    head.parts << LegendPart {
                        tr("rebased %1").arg(formatValue(m_doc.bars().close[b] * m_primaryScale)), m_theme.legendText};
            }
            rows << head;
            for (std::size_t i = 0; i < m_compareView.lines.size() && i < m_compareView.scales.size(); ++i) {
                LegendRow row;
                row.parts << LegendPart {m_doc.compare().names[int(i)], compareColor(i)};
                const double v = valueAt(m_doc.compare().aligned[i]);
                row.parts << LegendPart {formatValue(v * m_compareView.scales[i]), compareColor(i)};
                row.parts << LegendPart {formatPrice(v), muted};
                rows << row;
            }
            break;
        }
        case ChartPane::Kind::Volume:
            break; // the price row reads out the volume; this pane keeps its full height for bars
        case ChartPane::Kind::Indicator:
        case ChartPane::Kind::Ratio:
        case ChartPane::Kind::Correlation:
            break;
        }
        // Indicator rows: overlays in the price pane, the others in their own pane.
        for (std::size_t i = 0; i < std::size_t(m_doc.indicatorCount()); ++i) {
            const chart::DocumentIndicator &s = m_doc.indicator(int(i));
            const bool overlay = s.overlay();
            if ((overlay && pane->kind != ChartPane::Kind::Price)
                || (!overlay && (pane->kind != ChartPane::Kind::Indicator || pane->indicator != int(i))))
                continue;
            LegendRow row;
            row.indicator = int(i);
            row.removable = true;
            row.parts << LegendPart {indicatorTitle(int(i)), QColor(s.spec.outputs.front().color)};
            if (!s.valid) {
                row.parts << LegendPart {tr("(not enough bars)"), muted};
            } else {
                const bool named = s.descriptor->isMultiOutput();
                for (std::size_t o = 0; o < s.result.columns.size(); ++o) {
                    // Overlays are drawn rebased with the price in compare mode; they read so too.
                    const double v = valueAt(s.result.columns[o].values) * (overlay ? m_primaryScale : 1.0);
                    const QString text = overlay && !compareMode() ? formatPrice(v) : formatValue(v);
                    row.parts << LegendPart {
                        named ? s.descriptor->outputLabel(qsizetype(o)) + QLatin1Char(' ') + text : text,
                        QColor(s.spec.outputs[o].color)};
                }
            }
            rows << row;
        }
        if (pane->kind == ChartPane::Kind::Ratio && !m_doc.compare().names.isEmpty()) {
            LegendRow row;
            row.removable = true;
            row.parts << LegendPart {tr("%1 / %2").arg(m_info.symbol, m_doc.compare().names.front()), m_theme.priceLine};
            const double v = valueAt(m_doc.compare().ratio);
            row.parts << LegendPart {std::isfinite(v) ? QLocale().toString(v, 'g', 5) : tr("n/a"), m_theme.priceLine};
            rows << row;
        }
        if (pane->kind == ChartPane::Kind::Correlation && !m_doc.compare().names.isEmpty()) {
            LegendRow row;
            row.removable = true;
            row.parts << LegendPart {tr("Correlation of daily returns %1 / %2 (%3)")
                                         .arg(m_info.symbol, m_doc.compare().names.front())
                                         .arg(m_doc.compare().settings.correlationWindow),
                m_theme.paletteColor(2)};
            const double v = valueAt(m_doc.compare().correlation);
            row.parts << LegendPart {
                std::isfinite(v) ? QLocale().toString(v, 'f', 3) : tr("n/a"), m_theme.paletteColor(2)};
            rows << row;
        }
        pane->legend->setRows(std::move(rows));
    }
}

QString PriceChart::legendText(int paneIndex) const
{
    QStringList lines;
    for (const LegendRow &row : pane(paneIndex).legend->rows())
        lines << row.plainText();
    return lines.join(QLatin1Char('\n'));
}

QString PriceChart::readoutText() const
{
    QStringList panes;
    for (int i = 0; i < paneCount(); ++i) {
        const QString text = legendText(i);
        if (!text.isEmpty())
            panes << text;
    }
    return panes.join(QLatin1Char('\n'));
}

} // namespace rutile::ui
