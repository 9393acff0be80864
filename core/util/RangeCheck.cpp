#include "util/RangeCheck.h"

#include "util/NumberText.h"

#include <QCoreApplication>

namespace rutile {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::RangeCheck)
};

bool inRange(double value, double minimum, double maximum, RangeEnds ends)
{
    switch (ends) {
    case RangeEnds::Closed: return value >= minimum && value <= maximum;
    case RangeEnds::OpenBelow: return value > minimum && value <= maximum;
    case RangeEnds::OpenAbove: return value >= minimum && value < maximum;
    case RangeEnds::Open: return value > minimum && value < maximum;
    }
    return false;
}
} // namespace

QString outOfRangeMessage(const QString &name, const QString &valueText, double minimum, double maximum, RangeEnds ends)
{
    const bool openBelow = ends == RangeEnds::OpenBelow || ends == RangeEnds::Open;
    const bool openAbove = ends == RangeEnds::OpenAbove || ends == RangeEnds::Open;
    const QString range = QStringLiteral("%1%2, %3%4")
                              .arg(openBelow ? QLatin1Char('(') : QLatin1Char('['))
                              .arg(shortestNumberText(minimum), shortestNumberText(maximum))
                              .arg(openAbove ? QLatin1Char(')') : QLatin1Char(']'));
    return Text::tr("%1 (%2) out of range %3").arg(name, valueText, range);
}

Status checkRange(const QString &name, double value, double minimum, double maximum, RangeEnds ends)
{
    if (inRange(value, minimum, maximum, ends))
        return {};
    return Error::invalidArgument(outOfRangeMessage(name, shortestNumberText(value), minimum, maximum, ends));
}

} // namespace rutile
