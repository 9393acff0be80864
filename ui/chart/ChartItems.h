#pragma once

// Custom-drawn QCustomPlot items of the chart: the legend of a pane (which doubles as the
// crosshair readout), the crosshair across every pane, and the trade markers. They take no
// part in QCustomPlot's selection (selectTest is −1), so mouse events go to the panes.

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QVector>

#include <qcustomplot.h>

#include <limits>
#include <vector>

namespace rutile::ui {

/// A piece of a legend row in its own colour.
struct LegendPart {
    QString text;
    QColor color;
};

/// One legend row: a title (the series and its parameters) and values, each in its colour.
struct LegendRow {
    QVector<LegendPart> parts; ///< parts[0] is the title
    int indicator = -1; ///< clicking the title edits this indicator (−1: not editable)
    bool removable = false; ///< draws a × that removes the indicator or the pane
    bool emphasised = false; ///< bold title (the symbol row)

    QString plainText() const;
};

/// The rows at the top left of a pane, on a translucent background.
class PaneLegend : public QCPAbstractItem {
public:
    PaneLegend(QCustomPlot *plot, QCPAxisRect *rect);

    void setRows(QVector<LegendRow> rows);
    const QVector<LegendRow> &rows() const { return m_rows; }
    void setColors(const QColor &text, const QColor &background);
    void setFont(const QFont &font) { m_font = font; }
    void setGlyphsVisible(bool visible) { m_glyphs = visible; }

    /// Height of the rows in pixels (0 when there are none).
    int heightPixels() const;

    struct Hit {
        enum class Part { None, Title, Remove };
        int row = -1;
        Part part = Part::None;
    };
    /// What lies under `pos` (widget pixels).
    Hit hitTest(const QPointF &pos) const;

    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override;

private:
    struct RowGeometry {
        std::vector<QPointF> parts; ///< top-left of each part (a long row wraps)
        QRectF title;
        QRectF remove;
        QRectF all;
    };
    std::vector<RowGeometry> geometry() const;

    QCPAxisRect *m_rect;
    QVector<LegendRow> m_rows;
    QColor m_text;
    QColor m_background;
    QFont m_font;
    bool m_glyphs = true;
};

/// The crosshair: a vertical line through every pane at the bar under the mouse, a
/// horizontal line in the pane under the mouse, the value there on that pane's axis and the
/// date under the bottom pane.
class ChartCrosshair : public QCPAbstractItem {
public:
    explicit ChartCrosshair(QCustomPlot *plot);

    struct State {
        bool visible = false;
        double x = 0; ///< pixel column of the bar
        QVector<QRect> panes; ///< axis-rect rectangles, top to bottom
        int hoveredPane = -1; ///< pane with the horizontal line, −1 for none
        double y = 0; ///< pixel row of the horizontal line
        QString valueLabel; ///< value at y on the hovered pane's axis
        QString dateLabel; ///< under the bottom pane
    };
    void setState(State state) { m_state = std::move(state); }
    const State &state() const { return m_state; }
    void setColors(const QColor &line, const QColor &labelBackground, const QColor &labelText);
    void setFont(const QFont &font) { m_font = font; }

    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override;

private:
    State m_state;
    QColor m_line;
    QColor m_labelBackground;
    QColor m_labelText;
    QFont m_font;
};

/// The last value of a pane on its value axis: a filled tag with the number, in the colour of
/// the last bar's direction, and a dotted line across the pane at that level (the trader's
/// "where is it now" at a glance). Drawn beside the axis, so not clipped to the pane.
class LastValueTag : public QCPAbstractItem {
public:
    LastValueTag(QCustomPlot *plot, QCPAxisRect *rect);
    /// `value` in axis coordinates (NaN hides the tag).
    void setValue(double value, const QString &text, const QColor &fill, const QColor &textColor);
    double value() const { return m_value; }
    const QString &text() const { return m_text; }
    const QColor &fill() const { return m_fill; }
    void setFont(const QFont &font) { m_font = font; }
    /// The tag's rectangle in widget pixels (empty while hidden or out of view).
    QRectF tagRect() const;

    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override;

private:
    QCPAxisRect *m_rect;
    double m_value = std::numeric_limits<double>::quiet_NaN();
    QString m_text;
    QColor m_fill;
    QColor m_textColor;
    QFont m_font;
};

/// A shaded band between two lines (Bollinger Bands), drawn under the bars.
///
/// Qt's raster engine fills a polygon in time proportional to the edges crossing each scan
/// line; the outline of an aggregated band zigzags once per pixel column, which makes a
/// single polygon cost over 100 ms. So when columns hold aggregated buckets the band is
/// filled column by column (one rectangle from the lower minimum to the upper maximum,
/// which at one or two pixels per column is the same picture), and as one smooth polygon
/// otherwise.
class BandFillItem : public QCPAbstractItem {
public:
    BandFillItem(QCustomPlot *plot, QCPAxisRect *rect);

    /// Points in ascending key order; NaN values leave a gap. `columns` chooses the drawing.
    void setBand(std::vector<double> keys, std::vector<double> top, std::vector<double> bottom, bool columns);
    void setColor(const QColor &color) { m_color = color; }
    QColor color() const { return m_color; }

    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override;

private:
    QCPAxisRect *m_rect;
    std::vector<double> m_keys, m_top, m_bottom;
    bool m_columns = false;
    QColor m_color;
};

/// Trade entry and exit arrows on the price pane.
class TradeMarkerItem : public QCPAbstractItem {
public:
    struct Marker {
        double key = 0; ///< bar index
        double anchor = 0; ///< the bar's low (buys) or high (sells), unscaled
        bool buy = true;
        bool entry = true;
    };

    TradeMarkerItem(QCustomPlot *plot, QCPAxisRect *rect);
    void setMarkers(std::vector<Marker> markers) { m_markers = std::move(markers); }
    void setColors(const QColor &buy, const QColor &sell, const QColor &background);
    /// Compare mode's rebasing factor of the price axis.
    void setScale(double scale) { m_scale = scale; }

    /// Index of the marker whose arrow contains `pos` (widget pixels), or −1.
    int markerAt(const QPointF &pos) const;

    double selectTest(const QPointF &, bool, QVariant * = nullptr) const override { return -1; }

protected:
    void draw(QCPPainter *painter) override;

private:
    QPolygonF arrow(const Marker &m) const;

    QCPAxisRect *m_rect;
    std::vector<Marker> m_markers;
    QColor m_buy;
    QColor m_sell;
    QColor m_background;
    double m_scale = 1.0;
};

} // namespace rutile::ui
