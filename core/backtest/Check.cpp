#include "backtest/Check.h"

#include "util/NumberText.h"

#include <QCoreApplication>

namespace rutile::backtest::detail {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::Backtest)
};
} // namespace

QString number(double value)
{
    return shortestNumberText(value);
}

Error invalidArgument(const QString &message)
{
    return Error{ErrorKind::InvalidArgument, message, {}, 0, 0};
}

Status checkRange(const QString &name, double value, double minimum, double maximum)
{
    if (!(value >= minimum && value <= maximum))
        return invalidArgument(Text::tr("%1 (%2) out of range [%3, %4]").arg(name, number(value), number(minimum), number(maximum)));
    return {};
}

Status checkRangeOpenBelow(const QString &name, double value, double minimum, double maximum)
{
    if (!(value > minimum && value <= maximum))
        return invalidArgument(Text::tr("%1 (%2) out of range (%3, %4]").arg(name, number(value), number(minimum), number(maximum)));
    return {};
}

} // namespace rutile::backtest::detail
