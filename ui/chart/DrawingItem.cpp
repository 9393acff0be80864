#include "DrawingItem.h"

#include "PriceChartPrivate.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rutile::ui {

using chart_detail::penStyle;

namespace {

double distanceToSegment(const QPointF &p, const QLineF &s)
{
    const QPointF d = s.p2() - s.p1();
    const double length2 = d.x() * d.x() + d.y() * d.y();
    double t = 0;
    if (length2 > 0)
        t = std::clamp(((p.x() - s.x1()) * d.x() + (p.y() - s.y1()) * d.y()) / length2, 0.0, 1.0);
    const QPointF nearest = s.p1() + t * d;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

/// The line through `a` and `b` lengthened past `a` (backward) and/or past `b` (forward) far
/// enough to leave `bounds`; the painter's clip cuts it at the pane's edge.
QLineF extended(QPointF a, QPointF b, bool backward, bool forward, const QRectF &bounds)
{
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-9)
        return QLineF(a, b);
    const double reach = 2 * (bounds.width() + bounds.height()) + std::hypot(a.x() - bounds.center().x(), a.y() - bounds.center().y());
    const QPointF unit = d / length;
    return QLineF(backward ? a - unit * reach : a, forward ? b + unit * reach : b);
}

QString percent(double ratio)
{
    return QLocale().toString(100 * ratio, 'f', 1) + QLatin1Char('%');
}

} // namespace

DrawingItem::DrawingItem(QCustomPlot *plot, QCPAxisRect *rect, const chart::DateKeyMap *map)
    : QCPAbstractItem(plot)
    , m_rect(rect)
    , m_map(map)
{
    setClipAxisRect(rect);
    setClipToAxisRect(true);
    setSelectable(false);
}

void DrawingItem::setColors(const QColor &labelText, const QColor &labelBackground)
{
    m_labelText = labelText;
    m_labelBackground = labelBackground;
}

QPointF DrawingItem::pixelOf(std::size_t i) const
{
    const chart::DrawingPoint &p = m_drawing.points.at(i);
    QCPAxis *keyAxis = m_rect->axis(QCPAxis::atBottom);
    QCPAxis *valueAxis = m_rect->axis(QCPAxis::atRight);
    return QPointF(keyAxis->coordToPixel(m_map->keyOfDate(p.date)), valueAxis->coordToPixel(p.price * m_scale));
}

QRectF DrawingItem::noteRect(const QPointF &at) const
{
    const QFontMetricsF metrics(mParentPlot->font());
    const QRectF text = metrics.boundingRect(QRectF(0, 0, 320, 1000), Qt::TextWordWrap, m_drawing.text);
    return QRectF(at, text.size()).adjusted(-4, -2, 4, 2).translated(4, -text.height() - 4);
}

DrawingItem::Shape DrawingItem::shape() const
{
    Shape s;
    const QRectF bounds = m_rect->rect();
    const auto &d = m_drawing;
    switch (d.kind) {
    case chart::DrawingKind::TrendLine:
        s.lines.push_back(extended(pixelOf(0), pixelOf(1), d.extendLeft, d.extendRight, bounds));
        break;
    case chart::DrawingKind::Ray:
        s.lines.push_back(extended(pixelOf(0), pixelOf(1), false, true, bounds));
        break;
    case chart::DrawingKind::HorizontalLine: {
        const double y = pixelOf(0).y();
        s.lines.emplace_back(bounds.left(), y, bounds.right(), y);
        // At the right end, next to the price axis where a trader reads levels.
        const QString text = QLocale().toString(d.points[0].price, 'f', 2);
        const double width = QFontMetricsF(mParentPlot->font()).horizontalAdvance(text);
        s.labels.emplace_back(QPointF(bounds.right() - width - 6, y - 4), text);
        break;
    }
    case chart::DrawingKind::VerticalLine: {
        const double x = pixelOf(0).x();
        s.lines.emplace_back(x, bounds.top(), x, bounds.bottom());
        break;
    }
    case chart::DrawingKind::Rectangle: {
        s.fill = QRectF(pixelOf(0), pixelOf(1)).normalized();
        s.lines = {QLineF(s.fill.topLeft(), s.fill.topRight()), QLineF(s.fill.topRight(), s.fill.bottomRight()),
            QLineF(s.fill.bottomRight(), s.fill.bottomLeft()), QLineF(s.fill.bottomLeft(), s.fill.topLeft())};
        break;
    }
    case chart::DrawingKind::Fibonacci: {
        const QPointF a = pixelOf(0), b = pixelOf(1);
        const double left = std::min(a.x(), b.x()), right = std::max(a.x(), b.x());
        QCPAxis *valueAxis = m_rect->axis(QCPAxis::atRight);
        for (double ratio : chart::fibonacciRatios()) {
            const double price = chart::fibonacciPrice(d.points[0], d.points[1], ratio);
            const double y = valueAxis->coordToPixel(price * m_scale);
            s.lines.emplace_back(left, y, right, y);
            s.labels.emplace_back(QPointF(left + 2, y - 3),
                QStringLiteral("%1  %2").arg(percent(ratio), QLocale().toString(price, 'f', 2)));
        }
        s.lines.emplace_back(a, b); // the move itself, drawn dotted
        break;
    }
    case chart::DrawingKind::Text:
        s.note = noteRect(pixelOf(0));
        break;
    }
    return s;
}

double DrawingItem::distanceTo(const QPointF &pos) const
{
    if (m_drawing.points.empty())
        return std::numeric_limits<double>::infinity();
    const Shape s = shape();
    if (!s.note.isNull())
        return s.note.contains(pos) ? 0.0 : std::numeric_limits<double>::infinity();
    double best = std::numeric_limits<double>::infinity();
    for (const QLineF &line : s.lines)
        best = std::min(best, distanceToSegment(pos, line));
    return best;
}

int DrawingItem::handleAt(const QPointF &pos) const
{
    for (std::size_t i = 0; i < m_drawing.points.size(); ++i) {
        const QPointF p = pixelOf(i);
        if (std::abs(p.x() - pos.x()) <= kHandleRadius + 1 && std::abs(p.y() - pos.y()) <= kHandleRadius + 1)
            return int(i);
    }
    return -1;
}

void DrawingItem::draw(QCPPainter *painter)
{
    if (m_drawing.points.empty() || m_map->empty())
        return;
    const QColor color(m_drawing.style.color);
    QPen pen(color, m_drawing.style.width, penStyle(m_drawing.style.line));
    pen.setCosmetic(true);
    painter->setAntialiasing(true);
    const Shape s = shape();
    if (!s.fill.isNull()) {
        QColor fill = color;
        fill.setAlpha(40);
        painter->fillRect(s.fill, fill);
    }
    painter->setPen(pen);
    const bool fib = m_drawing.kind == chart::DrawingKind::Fibonacci;
    for (std::size_t i = 0; i < s.lines.size(); ++i) {
        if (fib && i + 1 == s.lines.size()) {
            QPen dotted = pen;
            dotted.setStyle(Qt::DotLine);
            dotted.setWidthF(1);
            painter->setPen(dotted);
        }
        painter->drawLine(s.lines[i]);
    }
    const QFontMetricsF metrics(mParentPlot->font());
    painter->setFont(mParentPlot->font());
    for (const auto &[at, text] : s.labels) {
        // On a translucent plate, so that a label over candles stays readable.
        const QRectF box(at.x() - 2, at.y() - metrics.ascent() - 1, metrics.horizontalAdvance(text) + 4, metrics.height() + 1);
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_labelBackground);
        painter->drawRect(box);
        painter->setPen(color);
        painter->drawText(at, text);
    }
    if (!s.note.isNull()) {
        painter->setPen(QPen(color, 1));
        painter->setBrush(m_labelBackground);
        painter->drawRoundedRect(s.note, 3, 3);
        painter->setPen(color);
        painter->drawText(s.note.adjusted(4, 2, -4, -2), Qt::TextWordWrap, m_drawing.text);
    }
    if (m_showHandles) {
        painter->setPen(QPen(color, 1.5));
        painter->setBrush(m_labelBackground);
        for (std::size_t i = 0; i < m_drawing.points.size(); ++i)
            painter->drawEllipse(pixelOf(i), kHandleRadius, kHandleRadius);
    }
}

} // namespace rutile::ui
