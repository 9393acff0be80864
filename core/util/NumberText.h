#pragma once

#include <QString>

namespace rutile {

/// Locale-independent text of a number as parameters, CLI values and column headers write
/// it: whole numbers as integers ("100000", not "1e+05"), others in the shortest form that
/// reads back to the same double ("0.1", not "0.10000000000000001").
QString shortestNumberText(double value);

} // namespace rutile
