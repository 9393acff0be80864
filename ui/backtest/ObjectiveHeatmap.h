#pragma once

#include "backtest/Optimizer.h"

#include <qcustomplot.h>

#include <optional>

namespace rutile::ui {

/// The objective of a grid search over two of its parameters as a heatmap (QCPColorMap):
/// cell (x, y) holds core's objectiveSurface() value there (the best over the grid's other
/// parameters), grey where no point was evaluated (skipped or not reached before a cancel).
/// A colour scale names the objective, the axes name the parameters and tick their grid
/// values, and the best point's cell is outlined (bestMarkerColor()). Hovering a cell shows
/// its values.
class ObjectiveHeatmap : public QCustomPlot {
    Q_OBJECT
public:
    explicit ObjectiveHeatmap(QWidget *parent = nullptr);

    /// Draws `surface` with axis titles `xLabel`, `yLabel` and the scale titled `valueLabel`;
    /// `best` is the best point's cell (x, y), outlined when given. Tick labels come from
    /// `xSpec`/`ySpec` formatting the grid values.
    void setSurface(const backtest::ObjectiveSurface &surface, const ParamSpec &xSpec, const ParamSpec &ySpec,
        const QString &valueLabel, std::optional<std::pair<std::size_t, std::size_t>> best);
    /// Removes the map and shows `message` instead (fewer than two parameters on the grid…),
    /// wrapped into lines that fit the plot's width.
    void showMessage(const QString &message);
    /// The text item that shows the message.
    QCPItemText *messageItem() const { return m_message; }

    const backtest::ObjectiveSurface &surface() const { return m_surface; }
    QCPColorMap *colorMap() const { return m_map; }
    QCPColorScale *colorScale() const { return m_scale; }
    /// The outline of the best cell, or nullptr.
    QCPItemRect *bestMarker() const { return m_best; }
    /// The widget pixel of the centre of cell (x, y).
    QPointF cellCenter(std::size_t x, std::size_t y) const;
    static QColor bestMarkerColor() { return QColor(0xff, 0x1a, 0x1a); }

    bool exportPng(const QString &path);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;

private slots:
    /// Breaks the message into lines as wide as the plot allows (after each layout).
    void wrapMessage();
    /// Labels every k-th grid value on each axis, k as small as lets the labels stand apart at
    /// the plot's size (after each layout; a narrow plot of many values labels fewer).
    void thinTickLabels();

private:
    QCPColorMap *m_map = nullptr;
    QCPColorScale *m_scale = nullptr;
    QCPItemRect *m_best = nullptr;
    QCPItemText *m_message = nullptr;
    QString m_messageText; ///< unwrapped
    backtest::ObjectiveSurface m_surface;
    ParamSpec m_xSpec;
    ParamSpec m_ySpec;
    QString m_valueLabel;
    std::size_t m_xLabelEvery = 0; ///< the tickers' current thinning (0: none set)
    std::size_t m_yLabelEvery = 0;
};

} // namespace rutile::ui
