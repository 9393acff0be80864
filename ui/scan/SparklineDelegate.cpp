#include "scan/SparklineDelegate.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace rutile::ui {

SparklineDelegate::SparklineDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background, selection
    const QList<double> values = index.data(m_role).value<QList<double>>();
    if (values.size() < 2)
        return;
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const QRectF area = QRectF(option.rect).adjusted(4, 3, -4, -3);
    const double span = *high > *low ? *high - *low : 1.0;
    QPainterPath path;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QPointF p(area.left() + area.width() * double(i) / double(values.size() - 1),
                        area.bottom() - area.height() * (values[i] - *low) / span);
        if (i == 0)
            path.moveTo(p);
        else
            path.lineTo(p);
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool up = values.back() >= values.front();
    painter->setPen(QPen(up ? QColor(0x1b, 0x8a, 0x5a) : QColor(0xc6, 0x28, 0x28), 1.4));
    painter->drawPath(path);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return {std::max(base.width(), 96), base.height()};
}

} // namespace rutile::ui
