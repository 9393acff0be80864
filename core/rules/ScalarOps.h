#pragma once

// The arithmetic of one bar, shared by constant folding (Constant.cpp) and column evaluation
// (ColumnEvaluator.cpp) so that a constant and a column of the same expression agree.
// Conditions are 1 and 0; a comparison with NaN is false; min and max of NaN are NaN.

#include "rules/Ast.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rutile::rules {

inline double minOf(double a, double b)
{
    return std::isnan(a) || std::isnan(b) ? std::numeric_limits<double>::quiet_NaN() : std::min(a, b);
}

inline double maxOf(double a, double b)
{
    return std::isnan(a) || std::isnan(b) ? std::numeric_limits<double>::quiet_NaN() : std::max(a, b);
}

inline double applyBinary(BinaryOp op, double a, double b)
{
    switch (op) {
    case BinaryOp::Add: return a + b;
    case BinaryOp::Sub: return a - b;
    case BinaryOp::Mul: return a * b;
    case BinaryOp::Div: return a / b;
    case BinaryOp::Less: return a < b;
    case BinaryOp::LessEqual: return a <= b;
    case BinaryOp::Greater: return a > b;
    case BinaryOp::GreaterEqual: return a >= b;
    case BinaryOp::Equal: return a == b;
    case BinaryOp::NotEqual: return a != b;
    case BinaryOp::And: return a != 0 && b != 0;
    case BinaryOp::Or: return a != 0 || b != 0;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace rutile::rules
