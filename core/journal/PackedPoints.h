#pragma once

// A grid search's points in its journal entry, one column a figure instead of one map a point:
// each figure of backtest::gridPointFields() (and the points' grid indices) a packed series of
// binary64 values, each parameter an array of its values as paramsJson() writes them. As maps
// of named numbers, the points of a 1,500-point grid cost about 520 kB and more time to build
// and store than a fifth of the grid itself took to run; as columns they cost 8 bytes a figure
// and a copy. pointsJson() gives them back as optimizationJson() writes its `results`.

#include "backtest/Optimizer.h"
#include "params/ParamSpec.h"

#include <QCborMap>
#include <QJsonArray>

#include <optional>
#include <span>

namespace rutile::journal {

/// The points of `result` as columns; none when their parameters are not the same names for
/// every point (the caller then keeps them as optimizationJson() writes them).
std::optional<QCborMap> packedPoints(const backtest::OptimizationResult &result, std::span<const ParamSpec> specs);

/// Whether `value` is what packedPoints() made.
bool isPackedPoints(const QCborValue &value);

/// The points as optimizationJson() writes its `results`: one object a point with its index,
/// params and figures (counts as integers, non-finite figures as null).
QJsonArray pointsJson(const QCborMap &packed);

} // namespace rutile::journal
