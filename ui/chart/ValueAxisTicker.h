#pragma once

#include <qcustomplot.h>

namespace rutile::ui {

/// Ticks and labels of a pane's value axis (prices, indicator values).
///
/// Linear: QCustomPlot's nice steps (1, 2, 2.5, 5 × 10^k), labelled with as many decimals as
/// the step needs. Logarithmic: within one decade the same linear steps (their spacing is
/// nearly even there); over wider ranges 1-2-5 per decade, or denser mantissas when they
/// still fit tickCount(). Values of a million or more are written with a magnitude suffix
/// ("1.5M") so that OBV and other volume-sized axes stay narrow.
class ValueAxisTicker : public QCPAxisTicker {
public:
    ValueAxisTicker();

    void setLogarithmic(bool logarithmic) { m_log = logarithmic; }
    /// The axis whose ticks these are: ticks closer than half a label to the pane's top or
    /// bottom edge are dropped, so that labels of stacked panes never run into each other.
    void setAxis(QCPAxis *axis) { m_axis = axis; }
    bool logarithmic() const { return m_log; }

    /// A value as the axis writes it when ticks are `step` apart: "2,050", "0.25", "1.5M".
    static QString format(double value, double step, const QLocale &locale);

protected:
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    QVector<double> trimmed(QVector<double> ticks) const;

    QCPAxis *m_axis = nullptr;
    bool m_log = false;
    double m_step = 1; ///< of the last tick vector (logarithmic: the smallest gap)
};

} // namespace rutile::ui
