#pragma once

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;

namespace rutile::ui {

/// Size and scale of File → Export Chart as PNG.
class ChartExportDialog : public QDialog {
    Q_OBJECT
public:
    ChartExportDialog(QSize size, double scale, QWidget *parent = nullptr);
    QSize imageSize() const;
    double scale() const;

    QSpinBox *widthBox() const { return m_width; }
    QSpinBox *heightBox() const { return m_height; }

private:
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
};

} // namespace rutile::ui
