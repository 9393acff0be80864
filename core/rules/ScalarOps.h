#pragma once

// The arithmetic of one bar, shared by constant folding (Constant.cpp) and column evaluation
// (ColumnEvaluator.cpp) so that a constant and a column of the same expression agree.
// Conditions are 1 and 0; a comparison with NaN is false; min and max of NaN are NaN.

#include "rules/Ast.h"
#include "rules/Program.h"

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

/// True for the functions that work bar by bar on their arguments' values (abs log sqrt min max).
inline bool isElementwise(Builtin f)
{
    return f == Builtin::Abs || f == Builtin::Log || f == Builtin::Sqrt || f == Builtin::Min || f == Builtin::Max;
}

/// One bar of an elementwise function; `b` is read by min and max only.
inline double applyElementwise(Builtin f, double a, double b)
{
    switch (f) {
    case Builtin::Abs: return std::abs(a);
    case Builtin::Log: return std::log(a);
    case Builtin::Sqrt: return std::sqrt(a);
    case Builtin::Min: return minOf(a, b);
    case Builtin::Max: return maxOf(a, b);
    default: break;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace rutile::rules
