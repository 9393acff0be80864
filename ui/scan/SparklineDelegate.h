#pragma once

#include <QStyledItemDelegate>

namespace rutile::ui {

/// Paints a cell's series (a QList<double> under `role`) as a small line scaled to the cell:
/// green when it ends above its start, red otherwise.
class SparklineDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    SparklineDelegate(int role, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace rutile::ui
