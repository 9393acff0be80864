#include "settings/PlotTheme.h"

#include "settings/AppTheme.h"

#include <QApplication>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QLegend>
#include <QPalette>

#include <qcustomplot.h>

namespace rutile::ui {

namespace {

struct PlotColours {
    QColor background, axis, text, grid, subGrid, legendBackground, legendBorder;
};

PlotColours coloursNow()
{
    if (isDarkPalette()) {
        // The palette's own base and text; axes, grids and the legend's box in between.
        const QPalette p = QApplication::palette();
        QColor legend = p.color(QPalette::Window);
        legend.setAlpha(230);
        return {p.color(QPalette::Base), QColor(0x9a, 0x9e, 0xa6), p.color(QPalette::Text), QColor(0x3c, 0x40, 0x46),
                QColor(0x30, 0x33, 0x38), legend, QColor(0x55, 0x59, 0x5f)};
    }
    // QCustomPlot's own defaults: white, black axes, light grey grid.
    return {Qt::white, Qt::black, Qt::black, QColor(200, 200, 200), QColor(220, 220, 220), QColor(255, 255, 255, 230),
            Qt::black};
}

void styleAxis(QCPAxis *axis, const PlotColours &c)
{
    axis->setBasePen(QPen(c.axis));
    axis->setTickPen(QPen(c.axis));
    axis->setSubTickPen(QPen(c.axis));
    axis->setTickLabelColor(c.text);
    axis->setLabelColor(c.text);
    QPen grid = axis->grid()->pen();
    grid.setColor(c.grid);
    axis->grid()->setPen(grid);
    QPen sub = axis->grid()->subGridPen();
    sub.setColor(c.subGrid);
    axis->grid()->setSubGridPen(sub);
    // The zero line keeps its pen style; only its colour follows.
    QPen zero = axis->grid()->zeroLinePen();
    if (zero.style() != Qt::NoPen) {
        zero.setColor(c.grid);
        axis->grid()->setZeroLinePen(zero);
    }
}

void styleLegend(QCPLegend *legend, const PlotColours &c)
{
    legend->setBrush(QBrush(c.legendBackground));
    legend->setBorderPen(QPen(c.legendBorder));
    legend->setTextColor(c.text);
    for (int i = 0; i < legend->itemCount(); ++i)
        if (QCPAbstractLegendItem *item = legend->item(i))
            item->setTextColor(c.text);
}

void applyColours(QCustomPlot *plot)
{
    const PlotColours c = coloursNow();
    plot->setBackground(QBrush(c.background));
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis, c);
        for (QCPLayoutElement *element : rect->insetLayout()->elements(false))
            if (auto *legend = qobject_cast<QCPLegend *>(element))
                styleLegend(legend, c);
    }
    if (plot->legend)
        styleLegend(plot->legend, c);
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element))
            title->setTextColor(c.text);
        else if (auto *scale = qobject_cast<QCPColorScale *>(element))
            styleAxis(scale->axis(), c);
    }
}

/// Replots its plot when the application's palette changes (a theme chosen while it is open).
class PaletteWatcher : public QObject {
public:
    explicit PaletteWatcher(QCustomPlot *plot) : QObject(plot), m_plot(plot) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && event->type() == QEvent::PaletteChange)
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        return false;
    }

private:
    QCustomPlot *m_plot;
};

} // namespace

void followTheme(QCustomPlot *plot)
{
    applyColours(plot);
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { applyColours(plot); });
    plot->installEventFilter(new PaletteWatcher(plot));
}

QChart::ChartTheme chartTheme()
{
    return isDarkPalette() ? QChart::ChartThemeDark : QChart::ChartThemeLight;
}

void themeChart(QChart *chart)
{
    if (!chart)
        return;
    const PlotColours c = coloursNow();
    chart->setBackgroundBrush(c.background);
    chart->setTitleBrush(c.text);
    chart->legend()->setLabelColor(c.text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(c.text);
        axis->setTitleBrush(c.text);
        axis->setLinePenColor(c.axis);
        axis->setGridLineColor(c.grid);
        axis->setMinorGridLineColor(c.subGrid);
    }
}

} // namespace rutile::ui
