#include "risk/ChartTimeScale.h"

#include <QCategoryAxis>
#include <QDateTimeAxis>

#include <cmath>

namespace rutile::ui {

TimeScale::TimeScale(DayNumber first, DayNumber last)
    : m_years(last - first >= 3 * 365)
{
    if (m_years) {
        // Years as labels of their own, not numbers: a chart that localises its numbers would
        // write 1990 as "1,990".
        auto *axis = new QCategoryAxis;
        const double from = x(first);
        const double to = x(last);
        double interval = 1;
        for (double step : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0}) {
            interval = step;
            if ((to - from) / step <= 10)
                break;
        }
        axis->setRange(from, to);
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (double year = std::ceil(from / interval) * interval; year <= to; year += interval)
            axis->append(QString::number(int(year)), year);
        m_axis = axis;
    } else {
        auto *axis = new QDateTimeAxis;
        axis->setFormat(QStringLiteral("MMM yyyy"));
        axis->setTickCount(7);
        axis->setRange(toDate(first).startOfDay(), toDate(last).startOfDay());
        m_axis = axis;
    }
    QFont font = m_axis->labelsFont();
    font.setPointSizeF(8);
    m_axis->setLabelsFont(font);
}

qreal TimeScale::x(DayNumber day) const
{
    const QDate d = toDate(day);
    if (m_years)
        return d.year() + double(d.dayOfYear() - 1) / double(d.daysInYear());
    return qreal(d.startOfDay().toMSecsSinceEpoch());
}

} // namespace rutile::ui
