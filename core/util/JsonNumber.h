#pragma once

#include <QDate>
#include <QJsonValue>

namespace rutile {

/// A number for JSON output: the value, or null when it is NaN or infinite (JSON has no NaN,
/// and a degenerate statistic must read as "undefined", never as 0). The one place that decides it.
QJsonValue jsonNumber(double value);
/// The inverse: a JSON number's value, NaN for null or anything else (merging written documents).
double numberOrNaN(const QJsonValue &value);
/// A date as the ISO text of the CLI contract, or null for an invalid (absent) date.
QJsonValue jsonDate(QDate date);

} // namespace rutile
