#pragma once

// Long numeric series in a journal entry (a backtest's curves: tens of thousands of values) as
// RFC 8746 typed arrays: a CBOR byte string of little-endian values under the tag of its type.
// Packed, a curve costs 8 bytes a value and a copy, where CBOR numbers cost 9 bytes and a call
// each and JSON numbers much more; the journal expands them to JSON only for a reader
// (`runs show`, a report).

#include "data/BarSeries.h"

#include <QCborValue>
#include <QJsonArray>
#include <QJsonValue>

#include <span>
#include <vector>

namespace rutile::journal {

/// RFC 8746's tags: IEEE 754 binary64, little endian; signed 32-bit integers, little endian.
inline constexpr QCborTag kFloat64LittleEndian{86};
inline constexpr QCborTag kInt32LittleEndian{78};

QCborValue packedNumbers(std::span<const double> values);
/// Days as signed 32-bit day numbers (data/BarSeries.h's DayNumber).
QCborValue packedDays(std::span<const DayNumber> days);

/// The values of a packed series; empty for anything else.
std::vector<double> unpackedNumbers(const QCborValue &value);
std::vector<DayNumber> unpackedDays(const QCborValue &value);

/// Numbers as a JSON array (null for non-finite values, as jsonNumber writes them).
QJsonArray numbersJson(std::span<const double> values);

/// `value` as JSON, with packed numbers as arrays of numbers (null for non-finite values) and
/// packed days as arrays of ISO dates, at any depth.
QJsonValue expandedJson(const QCborValue &value);

} // namespace rutile::journal
