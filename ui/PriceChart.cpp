#include "PriceChart.h"

#include "DateAxisTicker.h"
#include "VolumeAxisTicker.h"

#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::ui {

namespace {

constexpr double kBarWidth = 0.7; // fraction of a bar slot
constexpr double kMinVisibleBars = 10;
constexpr double kEdgeBars = 5; // empty slots allowed beyond the first and last bar
constexpr int kPixelsPerDateLabel = 64;
constexpr int kEdgeLabelRoom = 44; // pixels

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
    return label;
}

} // namespace

PriceChart::PriceChart(QWidget *parent)
    : QCustomPlot(parent)
    , m_dateTicker(new DateAxisTicker)
{
    setObjectName(QStringLiteral("priceChart"));
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);

    m_priceRect = axisRect(0);
    m_volumeRect = new QCPAxisRect(this, true);
    plotLayout()->addElement(1, 0, m_volumeRect);
    plotLayout()->setRowStretchFactors({3.0, 1.0});
    plotLayout()->setRowSpacing(0);

    // Both panes keep the same left and right margins so that their x axes line up.
    auto *margins = new QCPMarginGroup(this);
    for (QCPAxisRect *rect : {m_priceRect, m_volumeRect}) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
        // Room on the left for half of the first date label, which QCustomPlot would
        // otherwise drop for crossing the widget's edge.
        rect->setMinimumMargins(QMargins(kEdgeLabelRoom, 0, 0, 0));
        rect->axis(QCPAxis::atLeft)->setVisible(false);
        rect->axis(QCPAxis::atTop)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(true);
        rect->axis(QCPAxis::atBottom)->setTicker(m_dateTicker);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
        rect->setRangeZoomAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
        rect->setRangeZoomFactor(0.85);
    }
    // The price pane's time axis draws the vertical grid and the separator line; the date
    // labels appear once, under the volume pane.
    m_priceRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_priceRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    m_priceRect->setMargins(QMargins(0, 0, 0, 0));
    m_priceRect->setMinimumMargins(QMargins(kEdgeLabelRoom, 15, 0, 0));
    m_volumeRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_volumeRect->setMargins(QMargins(0, 0, 0, 0));
    m_volumeRect->axis(QCPAxis::atRight)->setTicker(QSharedPointer<QCPAxisTicker>(new VolumeAxisTicker));

    m_candles = new QCPFinancial(timeAxis(), priceAxis());
    m_candles->setName(tr("Price"));
    m_candles->setChartStyle(QCPFinancial::csCandlestick);
    m_candles->setTwoColored(true);
    m_candles->setWidth(kBarWidth);
    m_candles->setAntialiased(false);

    QCPAxis *volumeTime = m_volumeRect->axis(QCPAxis::atBottom);
    m_upVolume = new QCPBars(volumeTime, volumeAxis());
    m_downVolume = new QCPBars(volumeTime, volumeAxis());
    m_upVolume->setName(tr("Volume (up days)"));
    m_downVolume->setName(tr("Volume (down days)"));
    for (QCPBars *bars : {m_upVolume, m_downVolume}) {
        bars->setWidth(kBarWidth);
        bars->setPen(Qt::NoPen);
        bars->setAntialiased(false);
    }

    m_title = makeLabel(this, m_priceRect, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    m_subtitle = makeLabel(this, m_priceRect, 0, 0, Qt::AlignLeft | Qt::AlignTop);
    m_banner = makeLabel(this, m_priceRect, 1, 0, Qt::AlignRight | Qt::AlignTop);
    m_banner->setText(tr("SYNTHETIC DATA - not market data"));
    m_emptyHint = makeLabel(this, m_priceRect, 0.5, 0.5, Qt::AlignCenter);
    m_emptyHint->setText(tr("Select a symbol to show its chart"));

    applyTheme();

    for (QCPAxis *axis : {timeAxis(), volumeTime})
        connect(axis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, &PriceChart::onTimeRangeChanged);

    clearSeries();
}

PriceChart::~PriceChart() = default;

QCPAxis *PriceChart::priceAxis() const
{
    return m_priceRect->axis(QCPAxis::atRight);
}

QCPAxis *PriceChart::volumeAxis() const
{
    return m_volumeRect->axis(QCPAxis::atRight);
}

QCPAxis *PriceChart::timeAxis() const
{
    return m_priceRect->axis(QCPAxis::atBottom);
}

void PriceChart::applyTheme()
{
    setBackground(QBrush(m_theme.background));
    for (QCPAxisRect *rect : {m_priceRect, m_volumeRect}) {
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis, m_theme);
    }
    m_candles->setBrushPositive(m_theme.up);
    m_candles->setBrushNegative(m_theme.down);
    m_candles->setPenPositive(QPen(m_theme.up));
    m_candles->setPenNegative(QPen(m_theme.down));
    m_upVolume->setBrush(m_theme.upVolume());
    m_downVolume->setBrush(m_theme.downVolume());

    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    m_title->setFont(titleFont);
    m_title->setColor(m_theme.titleText);
    m_title->setPadding(QMargins(8, 6, 8, 0));
    m_subtitle->setFont(font());
    m_subtitle->setColor(m_theme.axisText);

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
}

void PriceChart::setSeries(BarSeries series, const SymbolInfo &info)
{
    m_series = std::move(series);
    m_info = info;

    const std::size_t n = m_series.size();
    QVector<QCPFinancialData> candles;
    QVector<QCPBarsData> up;
    QVector<QCPBarsData> down;
    candles.reserve(static_cast<qsizetype>(n));
    for (std::size_t i = 0; i < n; ++i) {
        const double key = double(i);
        candles.append(QCPFinancialData(key, m_series.open[i], m_series.high[i], m_series.low[i], m_series.close[i]));
        // Same rule as QCPFinancial's two-coloured candles: close ≥ open is an up bar.
        (m_series.close[i] >= m_series.open[i] ? up : down).append(QCPBarsData(key, m_series.volume[i]));
    }
    m_candles->data()->set(candles, true);
    m_upVolume->data()->set(up, true);
    m_downVolume->data()->set(down, true);
    m_dateTicker->setDays(m_series.day);

    m_title->setText(info.symbol);
    m_title->setVisible(true);
    // The subtitle sits under the title: shift it down by the title's height.
    const QFontMetrics titleMetrics(m_title->font());
    m_subtitle->setPadding(QMargins(8, 6 + titleMetrics.height() + 2, 8, 0));
    m_subtitle->setText(info.name);
    m_subtitle->setVisible(!info.name.isEmpty());
    m_banner->setVisible(info.synthetic);
    m_emptyHint->setVisible(false);

    showLast(kDefaultVisibleBars);
}

void PriceChart::clearSeries()
{
    m_series = BarSeries();
    m_info = SymbolInfo();
    m_candles->data()->clear();
    m_upVolume->data()->clear();
    m_downVolume->data()->clear();
    m_dateTicker->setDays({});
    m_title->setVisible(false);
    m_subtitle->setVisible(false);
    m_banner->setVisible(false);
    m_emptyHint->setVisible(true);
    priceAxis()->setRange(0, 1);
    volumeAxis()->setRange(0, 1);
    {
        QScopedValueRollback guard(m_adjusting, true);
        timeAxis()->setRange(0, 1);
        m_volumeRect->axis(QCPAxis::atBottom)->setRange(0, 1);
    }
    replot();
}

QCPRange PriceChart::visibleRange() const
{
    return timeAxis()->range();
}

void PriceChart::setVisibleRange(const QCPRange &range)
{
    timeAxis()->setRange(range);
    replot();
}

void PriceChart::showAll()
{
    const double n = double(m_series.size());
    setVisibleRange(QCPRange(-1.0, n));
}

void PriceChart::showLast(int bars)
{
    const double n = double(m_series.size());
    const double lower = std::max(-1.0, n - bars - 0.5);
    // A little room on the right of the last bar, as traders expect.
    setVisibleRange(QCPRange(lower, n + 1.5));
    // setRange does not emit when the range is unchanged, so fit explicitly.
    fitValueAxes();
    replot();
}

QCPRange PriceChart::clamped(const QCPRange &range) const
{
    const double n = double(m_series.size());
    if (n == 0)
        return range;
    const double lowerLimit = -0.5 - kEdgeBars;
    const double upperLimit = n - 0.5 + kEdgeBars;
    const double maxSpan = upperLimit - lowerLimit;
    const double span = std::clamp(range.size(), kMinVisibleBars, maxSpan);
    double lower = range.lower;
    if (span != range.size())
        lower = range.center() - span / 2;
    lower = std::clamp(lower, lowerLimit, upperLimit - span);
    return QCPRange(lower, lower + span);
}

void PriceChart::onTimeRangeChanged(const QCPRange &range)
{
    if (m_adjusting)
        return;
    QScopedValueRollback guard(m_adjusting, true);
    const QCPRange r = clamped(range);
    timeAxis()->setRange(r);
    m_volumeRect->axis(QCPAxis::atBottom)->setRange(r);
    fitValueAxes();
}

void PriceChart::fitValueAxes()
{
    const auto n = static_cast<qint64>(m_series.size());
    if (n == 0)
        return;
    const QCPRange r = timeAxis()->range();
    const qint64 first = std::clamp<qint64>(static_cast<qint64>(std::ceil(r.lower - kBarWidth / 2)), 0, n - 1);
    const qint64 last = std::clamp<qint64>(static_cast<qint64>(std::floor(r.upper + kBarWidth / 2)), 0, n - 1);
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    double volume = 0;
    for (qint64 i = first; i <= last; ++i) {
        const auto at = static_cast<std::size_t>(i);
        low = std::min(low, m_series.low[at]);
        high = std::max(high, m_series.high[at]);
        volume = std::max(volume, m_series.volume[at]);
    }
    if (!(low <= high))
        return;
    double span = high - low;
    if (span <= 0)
        span = std::max(std::abs(high) * 0.02, 1e-6);
    // Extra room at the top keeps the title and the banner off the candles.
    priceAxis()->setRange(low - 0.04 * span, high + 0.16 * span);
    volumeAxis()->setRange(0, volume > 0 ? volume * 1.1 : 1.0);
}

void PriceChart::updateTickCount()
{
    m_dateTicker->setTickCount(std::max(2, (width() - 80) / kPixelsPerDateLabel));
}

void PriceChart::resizeEvent(QResizeEvent *event)
{
    updateTickCount();
    QCustomPlot::resizeEvent(event);
}

} // namespace rutile::ui
