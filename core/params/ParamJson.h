#pragma once

// Parameter values as JSON, typed by their specs: the one writer used by every document that
// records parameters (backtests, grids, scans, portfolios, pairs, ML models).

#include "params/ParamSpec.h"

#include <QJsonObject>

#include <span>

namespace rutile {

/// Parameter values keyed by name, typed by their spec: numbers, true/false, choice names.
QJsonObject paramsJson(std::span<const ParamSpec> specs, const ParamValues &values);

} // namespace rutile
