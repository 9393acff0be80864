#pragma once

#include <QJsonValue>

namespace rutile {

/// A number for JSON output: the value, or null when it is NaN or infinite (JSON has no NaN,
/// and a degenerate statistic must read as "undefined", never as 0). The one place that decides it.
QJsonValue jsonNumber(double value);

} // namespace rutile
