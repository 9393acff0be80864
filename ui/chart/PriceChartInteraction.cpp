// PriceChart: mouse, keyboard and context menu. The wheel zoom and the drag pan are
// QCustomPlot's own (iRangeZoom, iRangeDrag); the chart adds the shared x range, the
// crosshair, the pane separators, the legend buttons and the keyboard.

#include "PriceChart.h"

#include "ChartItems.h"
#include "DrawingLayer.h"
#include "PriceChartPrivate.h"

#include <QActionGroup>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QScopedValueRollback>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

using namespace chart_detail;

namespace {
constexpr int kSeparatorGrip = 4; // pixels either side of a separator that grab it
constexpr int kMinPanePixels = 40;
constexpr double kKeyZoom = 1.25; // + and − zoom by this factor
constexpr double kKeyPan = 0.1; // ← and → pan by this fraction of the view
} // namespace

void PriceChart::replotOverlay()
{
    // The crosshair and the legends live on the buffered "overlay" layer: a mouse move
    // redraws only that layer, not the bars.
    if (QCPLayer *overlay = layer(QStringLiteral("overlay")))
        overlay->replot();
}

int PriceChart::separatorAt(const QPoint &pos) const
{
    for (std::size_t i = 0; i + 1 < m_panes.size(); ++i) {
        const QRect upper = m_panes[i]->rect->rect();
        const int y = m_panes[i + 1]->rect->outerRect().top();
        if (std::abs(pos.y() - y) <= kSeparatorGrip && pos.x() >= upper.left() && pos.x() <= upper.right())
            return int(i);
    }
    return -1;
}

void PriceChart::updateCrosshairFromMouse(const QPoint &pos)
{
    const int pane = paneAt(pos);
    if (pane < 0 || m_doc.bars().empty() || !m_panes[std::size_t(pane)]->rect->rect().contains(pos)) {
        if (m_crosshairBar) {
            setCrosshairBar(std::nullopt);
            replotOverlay();
        }
        return;
    }
    m_crosshairPane = pane;
    m_crosshairY = pos.y();
    setCrosshairBar(barOfKey(timeAxis()->pixelToCoord(pos.x())));
    replotOverlay();
}

void PriceChart::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton) {
        const QPoint pos = event->pos();
        // Legend buttons first: a legend row sits right under the separator above its pane.
        for (std::size_t i = 0; i < m_panes.size(); ++i) {
            const PaneLegend::Hit hit = m_panes[i]->legend->hitTest(pos);
            if (hit.part == PaneLegend::Hit::Part::None)
                continue;
            const LegendRow &row = m_panes[i]->legend->rows()[hit.row];
            if (hit.part == PaneLegend::Hit::Part::Title && row.indicator >= 0) {
                emit indicatorEditRequested(row.indicator);
            } else if (hit.part == PaneLegend::Hit::Part::Remove) {
                if (row.indicator >= 0)
                    removeIndicator(row.indicator);
                else
                    removePane(int(i));
            }
            event->accept();
            return;
        }
        const int separator = separatorAt(pos);
        if (separator < 0 && m_drawings->mousePress(event)) {
            event->accept();
            return;
        }
        if (separator >= 0) {
            m_dragSeparator = separator;
            m_dragStartY = pos.y();
            m_dragStartHeights = {double(m_panes[std::size_t(separator)]->rect->outerRect().height()),
                double(m_panes[std::size_t(separator) + 1]->rect->outerRect().height())};
            // From now on stretch factors are pixel heights, so the two panes move exactly.
            QList<double> pixels;
            for (auto &p : m_panes)
                pixels << double(p->rect->outerRect().height());
            for (int i = 0; i < paneCount(); ++i)
                setPaneHeight(i, pixels[i] / 100.0);
            event->accept();
            return;
        }
    }
    QCustomPlot::mousePressEvent(event);
}

void PriceChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->pos();
    if (m_dragSeparator >= 0 && m_dragSeparator + 1 < paneCount()) {
        const double total = m_dragStartHeights.first + m_dragStartHeights.second;
        const double upper = std::clamp(
            m_dragStartHeights.first + (pos.y() - m_dragStartY), double(kMinPanePixels), total - kMinPanePixels);
        setPaneHeight(m_dragSeparator, upper / 100.0);
        setPaneHeight(m_dragSeparator + 1, (total - upper) / 100.0);
        m_fittedSize = QSize();
        replot(rpQueuedReplot);
        return;
    }
    if (m_drawings->mouseMove(event)) {
        updateCrosshairFromMouse(pos);
        return;
    }
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton) {
        bool overButton = false;
        for (const auto &p : m_panes)
            overButton = overButton || p->legend->hitTest(pos).part != PaneLegend::Hit::Part::None;
        const bool overDrawing = !m_drawings->tool() && m_drawings->drawingAt(pos) >= 0;
        setCursor(separatorAt(pos) >= 0 ? Qt::SplitVCursor
                : overButton           ? Qt::PointingHandCursor
                : overDrawing          ? Qt::SizeAllCursor
                                       : Qt::CrossCursor);
    }
    updateCrosshairFromMouse(pos);
}

void PriceChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragSeparator >= 0) {
        m_dragSeparator = -1;
        markLayoutChanged();
        event->accept();
        return;
    }
    if (m_drawings->mouseRelease(event)) {
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

void PriceChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_drawings->tool()) {
        if (const int drawing = m_drawings->drawingAt(event->position()); drawing >= 0) {
            emit m_drawings->editRequested(drawing);
            event->accept();
            return;
        }
    }
    // Fit: every bar in view, and the value axes fitted even when locked.
    QCustomPlot::mouseDoubleClickEvent(event);
    if (event->button() != Qt::LeftButton || separatorAt(event->pos()) >= 0)
        return;
    showAll();
    {
        QScopedValueRollback fit(m_fitEvenWhenLocked, true);
        fitValueAxes();
    }
    replot();
}

void PriceChart::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    if (m_crosshairBar && m_dragSeparator < 0) {
        setCrosshairBar(std::nullopt);
        replotOverlay();
    }
}

void PriceChart::keyPressEvent(QKeyEvent *event)
{
    if (m_drawings->keyPress(event)) {
        event->accept();
        return;
    }
    if (m_doc.bars().empty()) {
        QCustomPlot::keyPressEvent(event);
        return;
    }
    const QCPRange r = m_keyRange;
    const double center = m_crosshairBar ? double(*m_crosshairBar) : r.center();
    const double step = std::max(1.0, std::round(r.size() * kKeyPan));
    const double n = double(m_doc.bars().size());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1 / kKeyZoom, center);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(kKeyZoom, center);
        break;
    case Qt::Key_Left:
        panBy(-step);
        break;
    case Qt::Key_Right:
        panBy(step);
        break;
    case Qt::Key_Home:
        panBy(-0.5 - kEdgeBars - r.lower);
        break;
    case Qt::Key_End:
        panBy(n + 1.5 - r.upper);
        break;
    default:
        QCustomPlot::keyPressEvent(event);
        return;
    }
    // The crosshair marked the bar under the mouse before the view moved; it would now stand
    // on another bar, with a stale readout and date tag. The next mouse move brings it back.
    setCrosshairBar(std::nullopt);
    replotOverlay();
    event->accept();
}

bool PriceChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int marker = tradeMarkerAt(help->pos());
        if (marker >= 0)
            QToolTip::showText(help->globalPos(), tradeMarkerToolTip(marker), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QCustomPlot::event(event);
}

void PriceChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    m_drawings->addContextMenuEntries(menu, event->pos());
    menu.addAction(tr("Add Indicator..."), this, &PriceChart::addIndicatorRequested);
    const int paneIndex = paneAt(event->pos());
    if (paneIndex >= 0) {
        const ChartPane &p = pane(paneIndex);
        for (int i = 0; i < indicatorCount(); ++i) {
            const bool overlay = m_doc.indicator(i).overlay();
            if ((p.kind == ChartPane::Kind::Price && overlay)
                || (p.kind == ChartPane::Kind::Indicator && p.indicator == i)) {
                menu.addAction(
                    tr("Edit %1...").arg(indicatorTitle(i)), this, [this, i] { emit indicatorEditRequested(i); });
                menu.addAction(tr("Remove %1").arg(indicatorTitle(i)), this, [this, i] { removeIndicator(i); });
            }
        }
        if (paneIndex > 0)
            menu.addAction(tr("Remove This Pane"), this, [this, paneIndex] { removePane(paneIndex); });
    }
    menu.addSeparator();
    QMenu *style = menu.addMenu(tr("Style"));
    auto *group = new QActionGroup(style);
    const std::pair<chart::ChartStyle, QString> styles[]
        = {{chart::ChartStyle::Candles, tr("Candlesticks")}, {chart::ChartStyle::Ohlc, tr("OHLC Bars")},
            {chart::ChartStyle::Line, tr("Line (Close)")}, {chart::ChartStyle::HeikinAshi, tr("Heikin-Ashi")}};
    for (const auto &[value, text] : styles) {
        QAction *a = style->addAction(text, this, [this, value = value] { setChartStyle(value); });
        a->setCheckable(true);
        a->setChecked(m_doc.style() == value);
        group->addAction(a);
    }
    QAction *log = menu.addAction(tr("Logarithmic Price Axis"), this, [this](bool on) { setLogScale(on); });
    log->setCheckable(true);
    log->setChecked(m_doc.logScale());
    QAction *lock = menu.addAction(tr("Lock Value Axes"), this, [this](bool on) { setYLocked(on); });
    lock->setCheckable(true);
    lock->setChecked(m_doc.lockY());
    QAction *volume = menu.addAction(tr("Show Volume"), this, [this](bool on) { setVolumeVisible(on); });
    volume->setCheckable(true);
    volume->setChecked(m_doc.showVolume());
    menu.addSeparator();
    menu.addAction(tr("Fit All"), this, [this] { showAll(); });
    menu.exec(event->globalPos());
}

} // namespace rutile::ui
