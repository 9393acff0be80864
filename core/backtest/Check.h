#pragma once

// Internal: precondition messages in QuantLib's shape, "name (value) out of range [a, b]".

#include "util/Error.h"

#include <QString>

namespace rutile::backtest::detail {

/// Ok when minimum ≤ value ≤ maximum (NaN fails); otherwise an InvalidArgument error naming
/// `name`, the value and the range.
Status checkRange(const QString &name, double value, double minimum, double maximum);
/// Ok when minimum < value ≤ maximum.
Status checkRangeOpenBelow(const QString &name, double value, double minimum, double maximum);
/// Shortest text of a number for messages.
QString number(double value);
Error invalidArgument(const QString &message);

} // namespace rutile::backtest::detail
