#pragma once

#include "rules/Program.h"
#include "params/ParamSpec.h"

namespace rutile::rules {

/// The value of a constant expression (info[node].constant) for resolved parameter values;
/// conditions are 1 or 0. Division by zero and the like give inf or NaN, as in IEEE arithmetic.
double constantValue(const Program &program, int node, const ParamValues &values);

} // namespace rutile::rules
