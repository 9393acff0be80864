#include "backtest/ObjectiveHeatmap.h"
#include "settings/PlotTheme.h"

#include "backtest/BacktestFormat.h"

#include <QToolTip>

#include <cmath>

namespace rutile::ui {

namespace {

// Tick labels at every `every`-th grid value.
QSharedPointer<QCPAxisTickerText> valueTicker(const std::vector<double> &values, const ParamSpec &spec, std::size_t every)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t i = 0; i < values.size(); i += every)
        ticker->addTick(double(i), spec.format(values[i]));
    return ticker;
}

// The smallest k such that labels of `extent` pixels (with a gap) at every k-th of `n` cells
// spread over `length` pixels do not touch.
std::size_t labelsEvery(std::size_t n, int length, int extent)
{
    if (n == 0 || length <= 0)
        return 1;
    const double cell = double(length) / double(n);
    return std::max<std::size_t>(1, std::size_t(std::ceil(double(extent) / cell)));
}

// `text` broken at spaces into lines of at most `width` pixels (a word longer than that gets
// a line of its own): QCPItemText draws one line per "\n" and clips at the plot's edges.
QString wrapped(const QString &text, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines.join(QLatin1Char('\n'));
}

// A perceptually ordered gradient (close to matplotlib's viridis): dark is low, yellow is high.
QCPColorGradient objectiveGradient()
{
    QCPColorGradient g;
    g.clearColorStops();
    g.setColorStopAt(0.00, QColor(0x44, 0x01, 0x54));
    g.setColorStopAt(0.25, QColor(0x3b, 0x52, 0x8b));
    g.setColorStopAt(0.50, QColor(0x21, 0x91, 0x8c));
    g.setColorStopAt(0.75, QColor(0x5e, 0xc9, 0x62));
    g.setColorStopAt(1.00, QColor(0xfd, 0xe7, 0x25));
    g.setColorInterpolation(QCPColorGradient::ciRGB);
    g.setNanHandling(QCPColorGradient::nhNanColor);
    g.setNanColor(QColor(0xdd, 0xdd, 0xdd));
    return g;
}

} // namespace

ObjectiveHeatmap::ObjectiveHeatmap(QWidget *parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("objectiveHeatmap"));
    setMinimumSize(320, 260);
    axisRect()->setupFullAxesBox(false);
    xAxis2->setVisible(false);
    yAxis2->setVisible(false);
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->grid()->setVisible(false);
        // Ticks outside: inside they would draw over the cells.
        axis->setTickLengthIn(0);
        axis->setTickLengthOut(4);
        axis->setSubTicks(false);
    }

    m_map = new QCPColorMap(xAxis, yAxis);
    m_map->setInterpolate(false);
    m_map->setTightBoundary(false);
    m_scale = new QCPColorScale(this);
    m_scale->setType(QCPAxis::atRight);
    m_scale->setBarWidth(14);
    plotLayout()->addElement(0, 1, m_scale);
    m_map->setColorScale(m_scale);
    m_map->setGradient(objectiveGradient());
    auto *margins = new QCPMarginGroup(this);
    axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    m_scale->setMarginGroup(QCP::msBottom | QCP::msTop, margins);
    followTheme(this);

    m_best = new QCPItemRect(this);
    m_best->setPen(QPen(bestMarkerColor(), 3));
    m_best->setBrush(Qt::NoBrush);
    m_best->setClipToAxisRect(true);

    m_message = new QCPItemText(this);
    m_message->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_message->position->setCoords(0.5, 0.5);
    m_message->setColor(QColor(0x60, 0x60, 0x60));
    m_message->setTextAlignment(Qt::AlignCenter);
    connect(this, &QCustomPlot::afterLayout, this, &ObjectiveHeatmap::wrapMessage);
    connect(this, &QCustomPlot::afterLayout, this, &ObjectiveHeatmap::thinTickLabels);
    setMouseTracking(true);
    showMessage(tr("Run a grid search over two or more parameters to see the heatmap."));
}

void ObjectiveHeatmap::showMessage(const QString &message)
{
    m_surface = {};
    m_map->data()->clear();
    m_map->setVisible(false);
    m_scale->setVisible(false);
    m_best->setVisible(false);
    m_messageText = message;
    m_message->setText(message);
    m_message->setVisible(true);
    xAxis->setTicks(false);
    yAxis->setTicks(false);
    xAxis->setLabel({});
    yAxis->setLabel({});
    xAxis->setRange(0, 1);
    yAxis->setRange(0, 1);
    replot();
}

void ObjectiveHeatmap::setSurface(const backtest::ObjectiveSurface &surface, const ParamSpec &xSpec,
    const ParamSpec &ySpec, const QString &valueLabel, std::optional<std::pair<std::size_t, std::size_t>> best)
{
    if (surface.nx < 2 || surface.ny < 2) {
        showMessage(tr("Both heatmap parameters need at least two values on the grid."));
        return;
    }
    m_surface = surface;
    m_xSpec = xSpec;
    m_ySpec = ySpec;
    m_valueLabel = valueLabel;
    m_message->setVisible(false);
    m_map->setVisible(true);
    m_scale->setVisible(true);

    // Cell centres at the grid positions 0..n−1; the axes tick the grid values there.
    m_map->data()->setSize(int(surface.nx), int(surface.ny));
    m_map->data()->setRange(QCPRange(0, double(surface.nx - 1)), QCPRange(0, double(surface.ny - 1)));
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (std::size_t y = 0; y < surface.ny; ++y) {
        for (std::size_t x = 0; x < surface.nx; ++x) {
            const double v = surface.values[y * surface.nx + x];
            m_map->data()->setCell(int(x), int(y), v);
            if (std::isfinite(v)) {
                low = std::min(low, v);
                high = std::max(high, v);
            }
        }
    }
    if (std::isfinite(low))
        m_map->setDataRange(high > low ? QCPRange(low, high) : QCPRange(low - 0.5, low + 0.5));
    m_scale->axis()->setLabel(valueLabel);

    xAxis->setTicks(true);
    yAxis->setTicks(true);
    m_xLabelEvery = m_yLabelEvery = 0;
    thinTickLabels(); // for the current size; again after each layout
    xAxis->setLabel(xSpec.label.isEmpty() ? xSpec.name : QStringLiteral("%1 (%2)").arg(xSpec.label, xSpec.name));
    yAxis->setLabel(ySpec.label.isEmpty() ? ySpec.name : QStringLiteral("%1 (%2)").arg(ySpec.label, ySpec.name));
    xAxis->setRange(-0.5, double(surface.nx) - 0.5);
    yAxis->setRange(-0.5, double(surface.ny) - 0.5);

    m_best->setVisible(bool(best));
    if (best) {
        const double bx = double(best->first);
        const double by = double(best->second);
        // Slightly inside the cell, so the outline is not clipped at the plot's edge.
        m_best->topLeft->setCoords(bx - 0.46, by + 0.46);
        m_best->bottomRight->setCoords(bx + 0.46, by - 0.46);
    }
    replot();
}

void ObjectiveHeatmap::wrapMessage()
{
    if (!m_message->visible())
        return;
    const int width = axisRect()->width() - 2 * 8; // a margin on either side
    m_message->setText(wrapped(m_messageText, QFontMetrics(m_message->font()), std::max(width, 40)));
}

void ObjectiveHeatmap::thinTickLabels()
{
    if (m_surface.nx == 0)
        return;
    const QFontMetrics x(xAxis->tickLabelFont());
    int widest = 0;
    for (double v : m_surface.xValues)
        widest = std::max(widest, x.horizontalAdvance(m_xSpec.format(v)));
    const std::size_t xEvery = labelsEvery(m_surface.nx, axisRect()->width(), widest + x.averageCharWidth());
    const QFontMetrics y(yAxis->tickLabelFont());
    const std::size_t yEvery = labelsEvery(m_surface.ny, axisRect()->height(), y.height());
    if (xEvery == m_xLabelEvery && yEvery == m_yLabelEvery)
        return;
    m_xLabelEvery = xEvery;
    m_yLabelEvery = yEvery;
    xAxis->setTicker(valueTicker(m_surface.xValues, m_xSpec, xEvery));
    yAxis->setTicker(valueTicker(m_surface.yValues, m_ySpec, yEvery));
    // The layout that called this has placed the old ticks: draw again with the new ones.
    QMetaObject::invokeMethod(this, [this] { replot(); }, Qt::QueuedConnection);
}

QPointF ObjectiveHeatmap::cellCenter(std::size_t x, std::size_t y) const
{
    return {xAxis->coordToPixel(double(x)), yAxis->coordToPixel(double(y))};
}

void ObjectiveHeatmap::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (m_surface.nx == 0 || !axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const long x = std::lround(xAxis->pixelToCoord(event->pos().x()));
    const long y = std::lround(yAxis->pixelToCoord(event->pos().y()));
    if (x < 0 || y < 0 || std::size_t(x) >= m_surface.nx || std::size_t(y) >= m_surface.ny)
        return;
    const double v = m_surface.values[std::size_t(y) * m_surface.nx + std::size_t(x)];
    QToolTip::showText(event->globalPosition().toPoint(),
        tr("%1 = %2, %3 = %4\n%5: %6")
            .arg(m_xSpec.name, m_xSpec.format(m_surface.xValues[std::size_t(x)]), m_ySpec.name,
                m_ySpec.format(m_surface.yValues[std::size_t(y)]), m_valueLabel,
                std::isfinite(v) ? btfmt::number(v, 4) : tr("not evaluated")),
        this);
}

bool ObjectiveHeatmap::exportPng(const QString &path)
{
    return savePng(path, std::max(width(), 700), std::max(height(), 520));
}

} // namespace rutile::ui
