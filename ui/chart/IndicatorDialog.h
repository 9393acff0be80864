#pragma once

#include "chart/ChartLayout.h"
#include "indicators/IndicatorRegistry.h"

#include <QDialog>
#include <QToolButton>

#include <functional>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QDialogButtonBox;
class QPushButton;
class QGridLayout;

namespace rutile::ui {

class ParamForm;

/// A button showing a colour swatch; clicking it opens a colour picker.
class ColorButton : public QToolButton {
    Q_OBJECT
public:
    explicit ColorButton(QWidget *parent = nullptr);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);

signals:
    void colorChanged(const QColor &color);

private:
    void pick();
    QColor m_color;
};

/// Adds or edits one chart indicator. Everything on it comes from the IndicatorRegistry:
/// the list of indicators, the parameter form (ParamForm over the descriptor's ParamSpecs,
/// with their ranges) and one row of pen settings (colour, width, line style) per output.
/// OK checks the parameters with the registry (ranges, MACD fast < slow, periods that fit
/// the series) and stays open with the error shown when they fail.
class IndicatorDialog : public QDialog {
    Q_OBJECT
public:
    /// exec() result of the Remove button (edit mode): the indicator is to be removed.
    static constexpr int Removed = 2;

    /// `defaults` gives a new indicator's parameters and pens (PriceChart::defaultIndicator).
    using Defaults = std::function<chart::ChartIndicator(const indicators::IndicatorDescriptor &)>;

    IndicatorDialog(Defaults defaults, QWidget *parent = nullptr);

    /// Edit mode: shows `indicator`; the indicator itself cannot be changed, only its
    /// parameters and pens.
    void setIndicator(const chart::ChartIndicator &indicator);
    /// Add mode: selects the indicator called `name`.
    void selectIndicator(const QString &name);
    /// Bars of the series the indicator will run on (0: not checked against a length).
    void setSeriesLength(std::size_t bars) { m_seriesLength = bars; }

    /// The indicator as set in the dialog.
    chart::ChartIndicator indicator() const;
    const indicators::IndicatorDescriptor *descriptor() const { return m_descriptor; }

    ParamForm *paramForm() const { return m_form; }
    QComboBox *indicatorBox() const { return m_indicatorBox; }
    ColorButton *colorButton(int output) const { return m_pens.at(std::size_t(output)).color; }
    QDoubleSpinBox *widthBox(int output) const { return m_pens.at(std::size_t(output)).width; }
    QComboBox *styleBox(int output) const { return m_pens.at(std::size_t(output)).style; }
    QLabel *errorLabel() const { return m_error; }
    /// Shown in edit mode only; ends the dialog with Removed.
    QPushButton *removeButton() const { return m_remove; }

    /// The registry's check of the current parameters; empty when they are fine.
    QString validationError() const;

    void accept() override;

private:
    void showDescriptor(const indicators::IndicatorDescriptor *descriptor, const chart::ChartIndicator &values);
    void onIndicatorChosen(int index);

    struct PenRow {
        ColorButton *color = nullptr;
        QDoubleSpinBox *width = nullptr;
        QComboBox *style = nullptr;
    };

    Defaults m_defaults;
    const indicators::IndicatorDescriptor *m_descriptor = nullptr;
    std::size_t m_seriesLength = 0;
    double m_paneHeight = 1.0;
    QComboBox *m_indicatorBox = nullptr;
    QLabel *m_description = nullptr;
    ParamForm *m_form = nullptr;
    QWidget *m_penBox = nullptr;
    QGridLayout *m_penLayout = nullptr;
    std::vector<PenRow> m_pens;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace rutile::ui
