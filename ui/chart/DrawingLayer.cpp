#include "DrawingLayer.h"

#include "DrawingItem.h"
#include "chart/ChartLayout.h"
#include "PriceChart.h"

#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

namespace {

constexpr double kHitPixels = 5; // a click this close to a stroke selects the drawing

QString defaultColor(chart::DrawingKind kind)
{
    // Saturated colours that read on the light and the dark theme and differ from the
    // candles' green and red.
    switch (kind) {
    case chart::DrawingKind::Fibonacci:
        return QStringLiteral("#f57c00");
    case chart::DrawingKind::Rectangle:
        return QStringLiteral("#8e24aa");
    default:
        return QStringLiteral("#2962ff");
    }
}

} // namespace

DrawingLayer::DrawingLayer(PriceChart *chart, std::vector<chart::Drawing> &drawings)
    : QObject(chart)
    , m_chart(chart)
    , m_drawings(drawings)
    , m_map(std::make_unique<chart::DateKeyMap>(std::span<const DayNumber> {}))
{
}

DrawingLayer::~DrawingLayer() = default;

void DrawingLayer::setDrawings(std::vector<chart::Drawing> drawings)
{
    m_drawings = std::move(drawings);
    reset();
}

void DrawingLayer::reset()
{
    const bool hadSelection = m_selected >= 0;
    m_selected = -1;
    m_pending.reset();
    m_drag.reset();
    rebuildItems();
    if (hadSelection)
        emit selectionChanged();
}

void DrawingLayer::add(const chart::Drawing &drawing)
{
    // Past the limit the layout would not validate, and the symbol's whole layout be refused.
    if (count() >= chart::ChartLayout::kMaxDrawings)
        return;
    m_drawings.push_back(drawing);
    m_selected = count() - 1;
    rebuildItems();
    emit selectionChanged();
    emit changed();
}

void DrawingLayer::replace(int index, const chart::Drawing &drawing)
{
    if (index < 0 || index >= count())
        return;
    m_drawings[std::size_t(index)] = drawing;
    syncItems();
    emit changed();
}

void DrawingLayer::remove(int index)
{
    if (index < 0 || index >= count())
        return;
    m_drawings.erase(m_drawings.begin() + index);
    const bool wasSelected = m_selected == index;
    if (wasSelected)
        m_selected = -1;
    else if (m_selected > index)
        --m_selected;
    m_drag.reset();
    rebuildItems();
    if (wasSelected)
        emit selectionChanged();
    emit changed();
}

void DrawingLayer::setTool(std::optional<chart::DrawingKind> kind)
{
    if (kind == m_tool)
        return;
    m_tool = kind;
    m_pending.reset();
    rebuildItems();
    emit toolChanged();
}

void DrawingLayer::select(int index)
{
    const int before = m_selected;
    m_selected = (index >= 0 && index < count()) ? index : -1;
    syncItems();
    if (m_selected != before)
        emit selectionChanged();
}

void DrawingLayer::forgetItems()
{
    m_items.clear();
    m_pendingItem = nullptr;
}

void DrawingLayer::rebuildItems()
{
    for (DrawingItem *item : m_items)
        m_chart->removeItem(item);
    if (m_pendingItem)
        m_chart->removeItem(m_pendingItem);
    forgetItems();
    m_map = std::make_unique<chart::DateKeyMap>(m_chart->series().day);
    if (m_chart->paneCount() == 0)
        return;
    QCPAxisRect *rect = m_chart->priceRect();
    for (std::size_t i = 0; i < m_drawings.size(); ++i)
        m_items.push_back(new DrawingItem(m_chart, rect, m_map.get()));
    if (m_pending)
        m_pendingItem = new DrawingItem(m_chart, rect, m_map.get());
    syncItems();
}

void DrawingLayer::syncItems()
{
    for (std::size_t i = 0; i < m_items.size() && i < m_drawings.size(); ++i) {
        m_items[i]->setDrawing(m_drawings[i]);
        m_items[i]->setScale(m_scale);
        m_items[i]->setColors(m_labelText, m_labelBackground);
        m_items[i]->setSelectedHandles(int(i) == m_selected);
    }
    if (m_pendingItem && m_pending) {
        m_pendingItem->setDrawing(*m_pending);
        m_pendingItem->setScale(m_scale);
        m_pendingItem->setColors(m_labelText, m_labelBackground);
        m_pendingItem->setSelectedHandles(true);
    }
    m_chart->replot(QCustomPlot::rpQueuedReplot);
}

void DrawingLayer::setScale(double scale)
{
    if (scale == m_scale || !std::isfinite(scale) || scale <= 0)
        return;
    m_scale = scale;
    for (DrawingItem *item : m_items)
        item->setScale(scale);
    if (m_pendingItem)
        m_pendingItem->setScale(scale);
}

void DrawingLayer::setColors(const QColor &labelText, const QColor &labelBackground)
{
    m_labelText = labelText;
    m_labelBackground = labelBackground;
    for (DrawingItem *item : m_items)
        item->setColors(labelText, labelBackground);
}

bool DrawingLayer::inPricePane(const QPointF &pos) const
{
    return m_chart->paneCount() > 0 && !m_chart->series().empty()
        && m_chart->priceRect()->rect().contains(pos.toPoint());
}

chart::DrawingPoint DrawingLayer::pointAt(const QPointF &pos) const
{
    QCPAxis *keyAxis = m_chart->timeAxis();
    QCPAxis *valueAxis = m_chart->priceAxis();
    const double key = keyAxis->pixelToCoord(pos.x());
    const BarSeries &bars = m_chart->displayedBars();
    const double bar = std::round(key);
    double price = valueAxis->pixelToCoord(pos.y()) / m_scale;
    if (m_magnet && bar >= 0 && bar < double(bars.size())) {
        const auto i = std::size_t(bar);
        double bestDistance = std::numeric_limits<double>::infinity();
        for (double candidate : {bars.open[i], bars.high[i], bars.low[i], bars.close[i]}) {
            const double distance = std::abs(valueAxis->coordToPixel(candidate * m_scale) - pos.y());
            if (distance < bestDistance) {
                bestDistance = distance;
                price = candidate;
            }
        }
    }
    return {m_map->dateOfKey(bar), price};
}

int DrawingLayer::drawingAt(const QPointF &pos) const
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (m_items[std::size_t(i)]->distanceTo(pos) <= kHitPixels)
            return i;
    }
    return -1;
}

QPointF DrawingLayer::pixelOf(int index, int point) const
{
    return m_items.at(std::size_t(index))->pixelOf(std::size_t(point));
}

void DrawingLayer::finishPending()
{
    chart::Drawing done = *m_pending;
    m_pending.reset();
    m_tool.reset();
    emit toolChanged();
    if (done.kind == chart::DrawingKind::Text) {
        const std::optional<QString> text = m_textProvider ? m_textProvider() : std::optional<QString>(tr("Note"));
        if (!text || text->trimmed().isEmpty()) {
            rebuildItems();
            return;
        }
        done.text = text->left(chart::Drawing::kMaxTextLength);
    }
    add(done);
}

bool DrawingLayer::mousePress(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    const QPointF pos = event->position();
    if (m_tool) {
        if (!inPricePane(pos))
            return false;
        const chart::DrawingPoint point = pointAt(pos);
        if (m_pending) {
            m_pending->points.back() = point;
            finishPending();
            return true;
        }
        chart::Drawing d;
        d.kind = *m_tool;
        d.style.color = defaultColor(d.kind);
        d.points.assign(std::size_t(chart::drawingPointCount(d.kind)), point);
        m_pending = d;
        if (d.points.size() == 1) {
            finishPending();
        } else {
            rebuildItems(); // shows the drawing in progress
        }
        return true;
    }
    if (m_selected >= 0) {
        const int handle = m_items[std::size_t(m_selected)]->handleAt(pos);
        if (handle >= 0) {
            m_drag = Drag {m_selected, handle, pos, m_drawings[std::size_t(m_selected)], false};
            return true;
        }
    }
    const int hit = inPricePane(pos) ? drawingAt(pos) : -1;
    if (hit >= 0) {
        select(hit);
        m_drag = Drag {hit, -1, pos, m_drawings[std::size_t(hit)], false};
        return true;
    }
    if (m_selected >= 0)
        select(-1);
    return false;
}

bool DrawingLayer::mouseMove(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_pending) {
        if (inPricePane(pos)) {
            m_pending->points.back() = pointAt(pos);
            syncItems();
        }
        return false; // the crosshair follows too
    }
    if (!m_drag)
        return false;
    Drag &drag = *m_drag;
    if (!drag.moved && std::hypot(pos.x() - drag.start.x(), pos.y() - drag.start.y()) < 3)
        return true;
    drag.moved = true;
    chart::Drawing moved = drag.original;
    if (drag.handle >= 0) {
        moved.points[std::size_t(drag.handle)] = pointAt(pos);
    } else {
        // The whole drawing by whole bars and by the pixels moved (a log axis keeps ratios).
        QCPAxis *keyAxis = m_chart->timeAxis();
        QCPAxis *valueAxis = m_chart->priceAxis();
        const double bars = std::round(keyAxis->pixelToCoord(pos.x()) - keyAxis->pixelToCoord(drag.start.x()));
        const double dy = pos.y() - drag.start.y();
        for (chart::DrawingPoint &p : moved.points) {
            p.date = m_map->dateOfKey(std::round(m_map->keyOfDate(p.date)) + bars);
            p.price = valueAxis->pixelToCoord(valueAxis->coordToPixel(p.price * m_scale) + dy) / m_scale;
        }
    }
    if (moved.validate()) {
        m_drawings[std::size_t(drag.index)] = moved;
        syncItems();
    }
    return true;
}

bool DrawingLayer::mouseRelease(QMouseEvent *event)
{
    if (!m_drag || event->button() != Qt::LeftButton)
        return false;
    const bool moved = m_drag->moved && m_drawings[std::size_t(m_drag->index)] != m_drag->original;
    m_drag.reset();
    if (moved)
        emit changed();
    return true;
}

bool DrawingLayer::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && (m_tool || m_pending || m_selected >= 0)) {
        if (m_tool || m_pending) {
            m_pending.reset();
            m_tool.reset();
            rebuildItems();
            emit toolChanged();
        } else {
            select(-1);
        }
        return true;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_selected >= 0) {
        remove(m_selected);
        return true;
    }
    return false;
}

bool DrawingLayer::addContextMenuEntries(QMenu &menu, const QPointF &pos)
{
    const int hit = inPricePane(pos) ? drawingAt(pos) : -1;
    if (hit < 0)
        return false;
    select(hit);
    const chart::Drawing &d = m_drawings[std::size_t(hit)];
    menu.addAction(tr("Edit Drawing..."), this, [this, hit] { emit editRequested(hit); });
    if (d.kind == chart::DrawingKind::TrendLine) {
        QAction *left = menu.addAction(tr("Extend Left"), this, [this, hit](bool on) {
            chart::Drawing changed = m_drawings[std::size_t(hit)];
            changed.extendLeft = on;
            replace(hit, changed);
        });
        left->setCheckable(true);
        left->setChecked(d.extendLeft);
        QAction *right = menu.addAction(tr("Extend Right"), this, [this, hit](bool on) {
            chart::Drawing changed = m_drawings[std::size_t(hit)];
            changed.extendRight = on;
            replace(hit, changed);
        });
        right->setCheckable(true);
        right->setChecked(d.extendRight);
    }
    QAction *remove = menu.addAction(tr("Delete Drawing"), this, [this, hit] { this->remove(hit); });
    remove->setShortcut(QKeySequence::Delete);
    menu.addSeparator();
    return true;
}

} // namespace rutile::ui
