#pragma once

#include <qcustomplot.h>

namespace rutile::ui {

// Tick labels of money axes (equity) in the user's locale with its digit grouping:
// "1,500,000" in English, "1.500.000" in German. QCustomPlot writes labels with the plot's
// own locale, which it sets to omit group separators ("1500000").

/// Linear money axis: QCustomPlot's ticks, labels grouped.
class MoneyAxisTicker : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

/// Logarithmic money axis: QCPAxisTickerLog's ticks, labels grouped.
class MoneyAxisTickerLog : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar, int precision) override;
};

/// `value` as a money axis labels it: fixed with `precision` decimals, grouped in QLocale().
QString moneyTickLabel(double value, int precision);

} // namespace rutile::ui
