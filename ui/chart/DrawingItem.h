#pragma once

// One drawing on the price pane, painted by QCustomPlot with the bars (so it is in every
// PNG export) and hit-tested by the drawing layer. Points are dates and prices; the item
// turns them into pixels at paint time through the chart's DateKeyMap and axes, so zoom,
// the log axis, compare mode's rebasing and a new timeframe need no update here.

#include "chart/Drawing.h"

#include <QColor>
#include <QLineF>
#include <QRectF>

#include <qcustomplot.h>

#include <vector>

namespace rutile::ui {

class DrawingItem : public QCPAbstractItem {
public:
    /// `map` and the axes of `rect` must outlive the item (the chart rebuilds its items when
    /// either changes).
    DrawingItem(QCustomPlot *plot, QCPAxisRect *rect, const chart::DateKeyMap *map);

    void setDrawing(const chart::Drawing &drawing) { m_drawing = drawing; }
    const chart::Drawing &drawing() const { return m_drawing; }
    /// Compare mode's rebasing factor of the price axis (1 otherwise).
    void setScale(double scale) { m_scale = scale; }
    void setSelectedHandles(bool selected) { m_showHandles = selected; }
    /// Text of labels and the background of text notes and level labels.
    void setColors(const QColor &labelText, const QColor &labelBackground);

    /// Pixel position of point `i` of the drawing.
    QPointF pixelOf(std::size_t i) const;
    /// Distance in pixels from `pos` to the drawing's nearest stroke (0 inside a text note).
    double distanceTo(const QPointF &pos) const;
    /// The point whose handle contains `pos`, or -1.
    int handleAt(const QPointF &pos) const;

    static constexpr double kHandleRadius = 5;

    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override;

private:
    /// What the drawing looks like in pixels: the strokes, the rectangle fill, the labels.
    struct Shape {
        std::vector<QLineF> lines;
        QRectF fill; ///< rectangles (empty otherwise)
        std::vector<std::pair<QPointF, QString>> labels; ///< bottom-left of each label
        QRectF note; ///< the text note's box
    };
    Shape shape() const;
    QRectF noteRect(const QPointF &at) const;

    QCPAxisRect *m_rect;
    const chart::DateKeyMap *m_map;
    chart::Drawing m_drawing;
    double m_scale = 1.0;
    bool m_showHandles = false;
    QColor m_labelText = Qt::black;
    QColor m_labelBackground = QColor(255, 255, 255, 220);
};

} // namespace rutile::ui
