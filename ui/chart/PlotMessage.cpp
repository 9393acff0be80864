#include "PlotMessage.h"

#include <qcustomplot.h>

namespace rutile::ui {

namespace {

const char *const kItemName = "rutilePlotMessage";
const char *const kHidden = "rutileHiddenByMessage"; // on an axis: {ticks, tick labels, grid, sub-grid}

QCPItemText *messageItem(const QCustomPlot &plot)
{
    return plot.findChild<QCPItemText *>(QLatin1String(kItemName), Qt::FindDirectChildrenOnly);
}

} // namespace

void showPlotMessage(QCustomPlot &plot, const QString &message)
{
    const QList<QCPAxisRect *> rects = plot.axisRects();
    if (rects.isEmpty())
        return;
    for (QCPAxisRect *rect : rects) {
        for (QCPAxis *axis : rect->axes()) {
            if (!axis->property(kHidden).isValid()) {
                axis->setProperty(kHidden, QVariantList{axis->ticks(), axis->tickLabels(), axis->grid()->visible(),
                                                        axis->grid()->subGridVisible()});
            }
            axis->setTicks(false);
            axis->setTickLabels(false);
            axis->grid()->setVisible(false);
            axis->grid()->setSubGridVisible(false);
        }
    }
    QCPItemText *item = messageItem(plot);
    if (!item) {
        item = new QCPItemText(&plot);
        item->setObjectName(QLatin1String(kItemName));
        item->setClipToAxisRect(false);
        item->position->setType(QCPItemPosition::ptAxisRectRatio);
        item->position->setAxisRect(rects.front());
        item->position->setCoords(0.5, 0.5);
        item->setPositionAlignment(Qt::AlignCenter);
        item->setTextAlignment(Qt::AlignCenter);
        item->setColor(QColor(0x70, 0x70, 0x70));
    }
    item->setText(message);
    plot.replot();
}

void clearPlotMessage(QCustomPlot &plot)
{
    if (QCPItemText *item = messageItem(plot))
        plot.removeItem(item);
    for (QCPAxisRect *rect : plot.axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            const QVariantList hidden = axis->property(kHidden).toList();
            if (hidden.size() != 4)
                continue;
            axis->setTicks(hidden[0].toBool());
            axis->setTickLabels(hidden[1].toBool());
            axis->grid()->setVisible(hidden[2].toBool());
            axis->grid()->setSubGridVisible(hidden[3].toBool());
            axis->setProperty(kHidden, QVariant());
        }
    }
}

bool showsPlotMessage(const QCustomPlot &plot)
{
    return messageItem(plot) != nullptr;
}

} // namespace rutile::ui
