#pragma once

// The price pane's drawings and the mouse and keyboard work of drawing them: a tool draws a
// new one (two clicks for lines, rectangles and retracements, one for the others), a click
// selects, a drag moves a handle or the whole drawing, Delete removes, Escape cancels, and
// the context menu edits. The magnet snaps a point to the open, high, low or close of the bar
// under the mouse. Drawings live in the chart layout (PriceChart::layout), so they are saved
// per symbol and undone like any other chart edit.

#include "chart/Drawing.h"

#include <QColor>
#include <QObject>
#include <QPointF>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QContextMenuEvent;
class QKeyEvent;
class QMenu;
class QMouseEvent;

namespace rutile::ui {

class DrawingItem;
class PriceChart;

class DrawingLayer : public QObject {
    Q_OBJECT
public:
    /// Works on `drawings`, the chart document's (which outlives the layer).
    DrawingLayer(PriceChart *chart, std::vector<chart::Drawing> &drawings);
    ~DrawingLayer() override;

    const std::vector<chart::Drawing> &drawings() const { return m_drawings; }
    /// Replaces every drawing; the selection and a drawing in progress end.
    void setDrawings(std::vector<chart::Drawing> drawings);
    /// The document's drawings were replaced (a layout applied): the selection and a drawing in
    /// progress end, the items are made again.
    void reset();
    int count() const { return int(m_drawings.size()); }
    /// Adds one and selects it; emits changed().
    void add(const chart::Drawing &drawing);
    /// Replaces drawing `index`; emits changed().
    void replace(int index, const chart::Drawing &drawing);
    /// Removes drawing `index`; emits changed().
    void remove(int index);

    /// The tool that draws the next drawing, or none (select and move).
    std::optional<chart::DrawingKind> tool() const { return m_tool; }
    void setTool(std::optional<chart::DrawingKind> kind);
    bool magnet() const { return m_magnet; }
    void setMagnet(bool on) { m_magnet = on; }
    /// The selected drawing, or -1.
    int selected() const { return m_selected; }
    void select(int index);
    /// True while the first point of a two-point drawing is placed and the second is not.
    bool drawingInProgress() const { return m_pending.has_value(); }

    /// Where a click at `pos` (widget pixels) anchors a point: the date of the bar under it
    /// and the price there, or with the magnet the nearest of that bar's open, high, low and
    /// close.
    chart::DrawingPoint pointAt(const QPointF &pos) const;
    /// The drawing under `pos` (within a few pixels of a stroke), top-most first, or -1.
    int drawingAt(const QPointF &pos) const;
    /// Pixel position of point `point` of drawing `index` (for tests and tool tips).
    QPointF pixelOf(int index, int point) const;

    /// The chart deleted every item (its panes are being rebuilt): drop the pointers.
    void forgetItems();
    /// The chart's panes were rebuilt or its series changed: new items on the new price pane.
    void rebuildItems();
    /// Asks for a new text note's text; nullopt cancels the note. Without one, notes say "Note".
    void setTextProvider(std::function<std::optional<QString>()> provider) { m_textProvider = std::move(provider); }
    /// Compare mode's rebasing factor changed.
    void setScale(double scale);
    void setColors(const QColor &labelText, const QColor &labelBackground);

    // Input from PriceChart; each returns true when it used the event.
    bool mousePress(QMouseEvent *event);
    bool mouseMove(QMouseEvent *event);
    bool mouseRelease(QMouseEvent *event);
    bool keyPress(QKeyEvent *event);
    /// Adds the selected drawing's entries (edit, extend, delete) to the chart's context menu
    /// when `pos` is on a drawing; true when it did.
    bool addContextMenuEntries(QMenu &menu, const QPointF &pos);

signals:
    /// A drawing was added, moved, edited or removed by the user.
    void changed();
    /// The user asked to edit drawing `index` (a double-click, the context menu, a new text note).
    void editRequested(int index);
    /// The tool was used or cancelled (tool() is none again).
    void toolChanged();
    /// Another drawing (or none) is selected.
    void selectionChanged();

private:
    void finishPending();
    void syncItems();
    bool inPricePane(const QPointF &pos) const;

    PriceChart *m_chart;
    std::vector<chart::Drawing> &m_drawings; ///< the document's
    std::vector<DrawingItem *> m_items; ///< owned by the chart (QCustomPlot items)
    std::unique_ptr<chart::DateKeyMap> m_map;
    std::optional<chart::DrawingKind> m_tool;
    std::optional<chart::Drawing> m_pending;
    DrawingItem *m_pendingItem = nullptr;
    bool m_magnet = false;
    int m_selected = -1;
    double m_scale = 1.0;
    std::function<std::optional<QString>()> m_textProvider;
    QColor m_labelText = Qt::black;
    QColor m_labelBackground = Qt::white;

    struct Drag {
        int index = -1;
        int handle = -1; ///< the point dragged, or -1 for the whole drawing
        QPointF start;
        chart::Drawing original;
        bool moved = false;
    };
    std::optional<Drag> m_drag;
};

} // namespace rutile::ui
