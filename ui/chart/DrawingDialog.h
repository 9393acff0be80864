#pragma once

// Edits one drawing: its pen (colour, width, line style), its points (date and price, for a
// level typed exactly), a trend line's extensions and a note's text.

#include "chart/Drawing.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace rutile::ui {

class ColorButton;

class DrawingDialog : public QDialog {
    Q_OBJECT
public:
    explicit DrawingDialog(const chart::Drawing &drawing, QWidget *parent = nullptr);

    /// The drawing as edited (valid whenever the dialog was accepted).
    chart::Drawing drawing() const;

    ColorButton *colorButton() const { return m_color; }
    QDoubleSpinBox *widthBox() const { return m_width; }
    QComboBox *lineBox() const { return m_line; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QDoubleSpinBox *priceBox(int point) const { return m_prices.at(std::size_t(point)); }

    void accept() override;

private:
    chart::Drawing m_original;
    ColorButton *m_color = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QComboBox *m_line = nullptr;
    QCheckBox *m_extendLeft = nullptr;
    QCheckBox *m_extendRight = nullptr;
    QPlainTextEdit *m_text = nullptr;
    std::vector<QDateEdit *> m_dates;
    std::vector<QDoubleSpinBox *> m_prices;
    QLabel *m_error = nullptr;
};

} // namespace rutile::ui
