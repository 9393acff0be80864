#pragma once

#include "data/BarSeries.h"

#include <qcustomplot.h>

#include <optional>
#include <vector>

namespace rutile::ui {

/// Date labels for an x axis whose coordinate is the bar index (trading days without
/// weekend or holiday gaps).
///
/// Ticks sit on the first bar of a calendar period. The period is the finest of day, week,
/// month, quarter, year, 2, 5, 10, 20, 50 … 1000 years that gives at most tickCount() ticks in
/// the visible range, so the owner bounds the label count by setting tickCount() from the
/// axis width. Labels: the year when it differs from the previous label's, the short
/// month name when the month does, the day of the month otherwise; the first label in view
/// carries the full context ("Jul 2019", "8 Dec 2025").
class DateAxisTicker : public QCPAxisTicker {
public:
    enum class Period { Day, Week, Month, Quarter, Year };

    DateAxisTicker();

    /// The trading days of the bars, index i at x = i.
    void setDays(std::vector<DayNumber> days);
    const std::vector<DayNumber> &days() const { return m_days; }

    /// The period chosen by the last generate() call, and its multiple (years only).
    Period period() const { return m_period; }
    int periodMultiple() const { return m_multiple; }

    void generate(const QCPRange &range, const QLocale &locale, QChar formatChar, int precision, QVector<double> &ticks,
        QVector<double> *subTicks, QVector<QString> *tickLabels) override;

private:
    /// Key of the period that `day` falls in; bars with different keys lie in different periods.
    qint64 periodKey(DayNumber day, Period period, int multiple) const;
    /// First bars of the periods that start in bars [first, last] (bar 0 starts none),
    /// stopping once more than `limit` are found.
    std::vector<qint64> periodStarts(qint64 first, qint64 last, Period period, int multiple, int limit) const;
    QString labelFor(std::size_t index, std::optional<std::size_t> previousTick, Period period) const;

    std::vector<DayNumber> m_days;
    Period m_period = Period::Year;
    int m_multiple = 1;
};

} // namespace rutile::ui
