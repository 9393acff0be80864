#pragma once

// Preconditions in QuantLib's shape: "name (value) out of range [a, b]". The one place that
// writes this message; every config, parameter and option check calls it.

#include "util/Error.h"

#include <QString>

namespace rutile {

/// Which ends of a range belong to it.
enum class RangeEnds {
    Closed,        ///< [minimum, maximum]
    OpenBelow,     ///< (minimum, maximum]
    OpenAbove,     ///< [minimum, maximum)
    Open,          ///< (minimum, maximum)
};

/// Ok when value lies in the range (NaN never does); otherwise an InvalidArgument error
/// "name (value) out of range [minimum, maximum]" with the brackets of `ends`.
Status checkRange(const QString &name, double value, double minimum, double maximum,
                  RangeEnds ends = RangeEnds::Closed);

/// The message checkRange writes, for callers that build their own Error kind.
QString outOfRangeMessage(const QString &name, const QString &valueText, double minimum, double maximum,
                          RangeEnds ends = RangeEnds::Closed);

} // namespace rutile
