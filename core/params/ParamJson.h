#pragma once

// Parameter values as JSON, typed by their specs: the one writer used by every document that
// records parameters (backtests, grids, scans, portfolios, pairs, ML models).

#include "params/ParamSpec.h"
#include "util/Error.h"

#include <QJsonObject>

#include <span>

namespace rutile {

/// One value as paramsJson() writes it for `spec` (a number when there is no spec).
QJsonValue paramJson(const ParamSpec *spec, double value);

/// Parameter values keyed by name, typed by their spec: numbers, true/false, choice names.
QJsonObject paramsJson(std::span<const ParamSpec> specs, const ParamValues &values);

/// The values paramsJson() wrote, read back: numbers, true/false and choice names, each by its
/// spec. InvalidInput naming the parameter for an unknown name or a value of the wrong kind.
Result<ParamValues> paramsFromJson(std::span<const ParamSpec> specs, const QJsonObject &object);

} // namespace rutile
