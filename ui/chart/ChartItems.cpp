#include "ChartItems.h"

#include <algorithm>
#include <cmath>

namespace rutile::ui {

namespace {
constexpr int kPadding = 4; // around the legend block
constexpr int kPartGap = 10; // between the parts of a row
constexpr int kGlyph = 9; // size of the × glyph
constexpr double kArrowWidth = 9;
constexpr double kArrowHeight = 8;
constexpr double kArrowGap = 5; // between the bar and the tip
} // namespace

QString LegendRow::plainText() const
{
    QStringList texts;
    for (const LegendPart &p : parts)
        texts << p.text;
    return texts.join(QStringLiteral("  "));
}

// ---- PaneLegend --------------------------------------------------------------------------------

PaneLegend::PaneLegend(QCustomPlot *plot, QCPAxisRect *rect)
    : QCPAbstractItem(plot)
    , m_rect(rect)
{
    setClipAxisRect(rect);
    setClipToAxisRect(true);
    setSelectable(false);
}

void PaneLegend::setRows(QVector<LegendRow> rows)
{
    m_rows = std::move(rows);
}

void PaneLegend::setColors(const QColor &text, const QColor &background)
{
    m_text = text;
    m_background = background;
}

int PaneLegend::heightPixels() const
{
    if (m_rows.isEmpty())
        return 0;
    const std::vector<RowGeometry> g = geometry();
    return int(std::ceil(g.back().all.bottom())) - m_rect->rect().top() + kPadding;
}

std::vector<PaneLegend::RowGeometry> PaneLegend::geometry() const
{
    // Parts flow left to right and wrap at the pane's right edge (a narrow chart gets the
    // readout on two lines instead of a clipped one).
    std::vector<RowGeometry> out;
    const QFontMetrics fm(m_font);
    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    const QRect r = m_rect->rect();
    const double left = r.left() + kPadding + 2;
    const double right = r.right() - kPadding;
    const double h = fm.height();
    double y = r.top() + kPadding;
    for (const LegendRow &row : m_rows) {
        RowGeometry g;
        double x = left;
        double widest = left;
        for (int i = 0; i < row.parts.size(); ++i) {
            const QFontMetrics &m = (i == 0 && row.emphasised) ? fmBold : fm;
            const double w = m.horizontalAdvance(row.parts[i].text);
            if (i > 0 && x + w > right) {
                x = left + (g.title.width() > 0 ? m.horizontalAdvance(QStringLiteral("  ")) : 0);
                y += h + 2;
            }
            g.parts.emplace_back(x, y);
            x += w + kPartGap;
            if (i == 0) {
                g.title = QRectF(g.parts.back().x(), y, w, h);
                // The × right after the title, so that it stays put while the values change.
                if (row.removable && m_glyphs) {
                    g.remove = QRectF(g.title.right() + 6, y + (h - kGlyph) / 2, kGlyph, kGlyph);
                    x = g.remove.right() + kPartGap;
                }
            }
            widest = std::max(widest, x);
        }
        g.all = QRectF(left - 2, g.parts.empty() ? y : g.parts.front().y(), widest - kPartGap - left + 4,
            y + h - (g.parts.empty() ? y : g.parts.front().y()));
        out.push_back(g);
        y += h + 2;
    }
    return out;
}

PaneLegend::Hit PaneLegend::hitTest(const QPointF &pos) const
{
    const std::vector<RowGeometry> g = geometry();
    for (std::size_t i = 0; i < g.size(); ++i) {
        if (g[i].remove.adjusted(-3, -3, 3, 3).contains(pos))
            return {int(i), Hit::Part::Remove};
        if (g[i].title.contains(pos) && m_rows[int(i)].indicator >= 0)
            return {int(i), Hit::Part::Title};
    }
    return {};
}

void PaneLegend::draw(QCPPainter *painter)
{
    if (m_rows.isEmpty())
        return;
    const std::vector<RowGeometry> g = geometry();
    QRectF block;
    for (const RowGeometry &r : g)
        block = block.united(r.all);
    block.adjust(-2, -2, 4, 2);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_background);
    painter->setAntialiasing(true);
    painter->drawRoundedRect(block, 3, 3);

    QFont bold = m_font;
    bold.setBold(true);
    const QFontMetrics fm(m_font);
    for (int i = 0; i < m_rows.size(); ++i) {
        const LegendRow &row = m_rows[i];
        const RowGeometry &rg = g[std::size_t(i)];
        for (int p = 0; p < row.parts.size(); ++p) {
            const LegendPart &part = row.parts[p];
            painter->setFont((p == 0 && row.emphasised) ? bold : m_font);
            painter->setPen(part.color.isValid() ? part.color : m_text);
            painter->drawText(rg.parts[std::size_t(p)] + QPointF(0, fm.ascent()), part.text);
        }
        if (row.removable && m_glyphs) {
            const QRectF box = g[std::size_t(i)].remove.adjusted(1.5, 1.5, -1.5, -1.5);
            painter->setPen(QPen(m_text, 1.3));
            painter->drawLine(box.topLeft(), box.bottomRight());
            painter->drawLine(box.topRight(), box.bottomLeft());
        }
    }
}

// ---- ChartCrosshair ------------------------------------------------------------------------------

ChartCrosshair::ChartCrosshair(QCustomPlot *plot)
    : QCPAbstractItem(plot)
{
    setClipToAxisRect(false);
    setSelectable(false);
}

void ChartCrosshair::setColors(const QColor &line, const QColor &labelBackground, const QColor &labelText)
{
    m_line = line;
    m_labelBackground = labelBackground;
    m_labelText = labelText;
}

void ChartCrosshair::draw(QCPPainter *painter)
{
    if (!m_state.visible || m_state.panes.isEmpty())
        return;
    painter->setAntialiasing(false);
    QPen pen(m_line, 1, Qt::DashLine);
    pen.setDashPattern({4, 3});
    painter->setPen(pen);
    const int x = int(std::lround(m_state.x));
    for (const QRect &r : m_state.panes)
        painter->drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
    const QFontMetrics fm(m_font);
    painter->setFont(m_font);
    const auto label = [&](const QRectF &box, const QString &text) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_labelBackground);
        painter->drawRect(box);
        painter->setPen(m_labelText);
        painter->drawText(box, Qt::AlignCenter, text);
    };
    if (m_state.hoveredPane >= 0 && m_state.hoveredPane < m_state.panes.size()) {
        const QRect &r = m_state.panes[m_state.hoveredPane];
        const int y = int(std::lround(m_state.y));
        painter->setPen(pen);
        painter->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        if (!m_state.valueLabel.isEmpty()) {
            const double w = fm.horizontalAdvance(m_state.valueLabel) + 8;
            const double h = fm.height() + 2;
            label(QRectF(r.right() + 1, y - h / 2, w, h), m_state.valueLabel);
        }
    }
    if (!m_state.dateLabel.isEmpty()) {
        const QRect &bottom = m_state.panes.last();
        const double w = fm.horizontalAdvance(m_state.dateLabel) + 10;
        const double h = fm.height() + 3;
        double left = x - w / 2;
        left = std::clamp(left, double(bottom.left()) - 30, double(bottom.right()) - w + 30);
        label(QRectF(left, bottom.bottom() + 2, w, h), m_state.dateLabel);
    }
}

// ---- LastValueTag ----------------------------------------------------------------------------------

LastValueTag::LastValueTag(QCustomPlot *plot, QCPAxisRect *rect)
    : QCPAbstractItem(plot)
    , m_rect(rect)
{
    setClipToAxisRect(false);
    setSelectable(false);
}

void LastValueTag::setValue(double value, const QString &text, const QColor &fill, const QColor &textColor)
{
    m_value = value;
    m_text = text;
    m_fill = fill;
    m_textColor = textColor;
}

QRectF LastValueTag::tagRect() const
{
    if (!std::isfinite(m_value))
        return {};
    QCPAxis *axis = m_rect->axis(QCPAxis::atRight);
    const double y = axis->coordToPixel(m_value);
    const QRect r = m_rect->rect();
    if (!std::isfinite(y) || y < r.top() || y > r.bottom())
        return {};
    const QFontMetricsF fm(m_font);
    const double h = fm.height() + 2;
    return QRectF(r.right() + 1, y - h / 2, fm.horizontalAdvance(m_text) + 8, h);
}

void LastValueTag::draw(QCPPainter *painter)
{
    const QRectF tag = tagRect();
    if (tag.isEmpty())
        return;
    const QRect r = m_rect->rect();
    const double y = tag.center().y();
    QPen dotted(m_fill, 1, Qt::DotLine);
    painter->setAntialiasing(false);
    painter->setPen(dotted);
    painter->drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_fill);
    painter->drawRect(tag);
    painter->setFont(m_font);
    painter->setPen(m_textColor);
    painter->drawText(tag, Qt::AlignCenter, m_text);
}

// ---- BandFillItem ----------------------------------------------------------------------------------

BandFillItem::BandFillItem(QCustomPlot *plot, QCPAxisRect *rect)
    : QCPAbstractItem(plot)
    , m_rect(rect)
{
    setClipAxisRect(rect);
    setClipToAxisRect(true);
    setSelectable(false);
}

void BandFillItem::setBand(std::vector<double> keys, std::vector<double> top, std::vector<double> bottom, bool columns)
{
    m_keys = std::move(keys);
    m_top = std::move(top);
    m_bottom = std::move(bottom);
    m_columns = columns;
}

void BandFillItem::draw(QCPPainter *painter)
{
    const std::size_t n = std::min({m_keys.size(), m_top.size(), m_bottom.size()});
    if (n == 0)
        return;
    const QCPAxis *keyAxis = m_rect->axis(QCPAxis::atBottom);
    const QCPAxis *valueAxis = m_rect->axis(QCPAxis::atRight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_color);
    if (m_columns) {
        painter->setAntialiasing(false);
        // Each column reaches halfway to its neighbours, so that the columns tile the band.
        for (std::size_t i = 0; i < n; ++i) {
            if (std::isnan(m_top[i]) || std::isnan(m_bottom[i]))
                continue;
            const double x = keyAxis->coordToPixel(m_keys[i]);
            const double left = i > 0 ? (x + keyAxis->coordToPixel(m_keys[i - 1])) / 2 : x - 0.5;
            const double right = i + 1 < n ? (x + keyAxis->coordToPixel(m_keys[i + 1])) / 2 : x + 0.5;
            const double y0 = valueAxis->coordToPixel(m_top[i]);
            const double y1 = valueAxis->coordToPixel(m_bottom[i]);
            painter->drawRect(
                QRectF(QPointF(std::floor(left), std::min(y0, y1)), QPointF(std::ceil(right), std::max(y0, y1))));
        }
        return;
    }
    painter->setAntialiasing(true);
    // One polygon per run of finite values: along the top left to right, back along the bottom.
    std::size_t i = 0;
    while (i < n) {
        while (i < n && (std::isnan(m_top[i]) || std::isnan(m_bottom[i])))
            ++i;
        std::size_t end = i;
        while (end < n && !std::isnan(m_top[end]) && !std::isnan(m_bottom[end]))
            ++end;
        if (end - i >= 2) {
            QPolygonF polygon;
            polygon.reserve(qsizetype(2 * (end - i)));
            for (std::size_t j = i; j < end; ++j)
                polygon << QPointF(keyAxis->coordToPixel(m_keys[j]), valueAxis->coordToPixel(m_top[j]));
            for (std::size_t j = end; j-- > i;)
                polygon << QPointF(keyAxis->coordToPixel(m_keys[j]), valueAxis->coordToPixel(m_bottom[j]));
            painter->drawPolygon(polygon);
        }
        i = end;
    }
}

// ---- TradeMarkerItem -------------------------------------------------------------------------------

TradeMarkerItem::TradeMarkerItem(QCustomPlot *plot, QCPAxisRect *rect)
    : QCPAbstractItem(plot)
    , m_rect(rect)
{
    setClipAxisRect(rect);
    setClipToAxisRect(true);
    setSelectable(false);
}

void TradeMarkerItem::setColors(const QColor &buy, const QColor &sell, const QColor &background)
{
    m_buy = buy;
    m_sell = sell;
    m_background = background;
}

QPolygonF TradeMarkerItem::arrow(const Marker &m) const
{
    const QCPAxis *keyAxis = m_rect->axis(QCPAxis::atBottom);
    const QCPAxis *valueAxis = m_rect->axis(QCPAxis::atRight);
    const double x = keyAxis->coordToPixel(m.key);
    const double y = valueAxis->coordToPixel(m.anchor * m_scale);
    const double w = kArrowWidth / 2;
    if (m.buy) { // tip up, below the low
        const double tip = y + kArrowGap;
        return QPolygonF({QPointF(x, tip), QPointF(x + w, tip + kArrowHeight), QPointF(x - w, tip + kArrowHeight)});
    }
    const double tip = y - kArrowGap;
    return QPolygonF({QPointF(x, tip), QPointF(x - w, tip - kArrowHeight), QPointF(x + w, tip - kArrowHeight)});
}

int TradeMarkerItem::markerAt(const QPointF &pos) const
{
    const QCPRange range = m_rect->axis(QCPAxis::atBottom)->range();
    for (std::size_t i = m_markers.size(); i-- > 0;) {
        const Marker &m = m_markers[i];
        if (m.key < range.lower - 1 || m.key > range.upper + 1)
            continue;
        if (arrow(m).boundingRect().adjusted(-2, -2, 2, 2).contains(pos))
            return int(i);
    }
    return -1;
}

void TradeMarkerItem::draw(QCPPainter *painter)
{
    const QCPRange range = m_rect->axis(QCPAxis::atBottom)->range();
    painter->setAntialiasing(true);
    for (const Marker &m : m_markers) {
        if (m.key < range.lower - 1 || m.key > range.upper + 1)
            continue;
        const QColor c = m.buy ? m_buy : m_sell;
        // Entries filled, exits hollow (filled with the background so that they read on candles).
        painter->setPen(QPen(c, 1.5));
        painter->setBrush(m.entry ? QBrush(c) : QBrush(m_background));
        painter->drawPolygon(arrow(m));
    }
}

} // namespace rutile::ui
