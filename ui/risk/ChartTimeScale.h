#pragma once

#include "data/BarSeries.h"

#include <QtGlobal>

class QAbstractAxis;

namespace rutile::ui {

// The time axis of the dated charts. Long ranges use a value axis in fractional years with
// ticks on whole years (every 1, 2, 5, 10… years) labelled "2008": a QDateTimeAxis spaces
// its ticks evenly from the first date, so its labels fall on arbitrary days. Short ranges
// (under 3 years) use a QDateTimeAxis with month labels, its points at local midnight (the
// axis labels in local time; UTC midnight would show as the previous evening west of
// Greenwich).
class TimeScale {
public:
    TimeScale(DayNumber first, DayNumber last);
    /// The axis, to be handed to a chart (which then owns it).
    QAbstractAxis *axis() const { return m_axis; }
    /// The x coordinate of `day` on this axis.
    qreal x(DayNumber day) const;

private:
    bool m_years;
    QAbstractAxis *m_axis = nullptr;
};

} // namespace rutile::ui
