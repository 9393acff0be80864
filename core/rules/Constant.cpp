#include "rules/Constant.h"

#include "rules/ScalarOps.h"

#include <cmath>

namespace rutile::rules {

double constantValue(const Program &program, int node, const ParamValues &values)
{
    const Node &n = program.tree.nodes[std::size_t(node)];
    const NodeInfo &info = program.info[std::size_t(node)];
    const auto arg = [&](std::size_t i) { return constantValue(program, n.args[i], values); };
    switch (n.kind) {
    case NodeKind::Number:
    case NodeKind::Boolean:
        return n.number;
    case NodeKind::Name:
        if (info.ref == NameRef::Param) {
            const ParamSpec &spec = program.params[std::size_t(info.index)];
            return values.value(spec.name, spec.defaultValue);
        }
        if (info.ref == NameRef::Let)
            return constantValue(program, program.tree.lets[std::size_t(info.index)].expr, values);
        break;
    case NodeKind::Negate:
        return -arg(0);
    case NodeKind::Not:
        return arg(0) == 0;
    case NodeKind::Binary:
        return applyBinary(n.op, arg(0), arg(1));
    case NodeKind::Call:
        switch (info.builtin) {
        case Builtin::Iif: return arg(0) != 0 ? arg(1) : arg(2);
        case Builtin::Abs: return std::abs(arg(0));
        case Builtin::Log: return std::log(arg(0));
        case Builtin::Sqrt: return std::sqrt(arg(0));
        case Builtin::Min: return minOf(arg(0), arg(1));
        case Builtin::Max: return maxOf(arg(0), arg(1));
        default: break;
        }
        break;
    default:
        break;
    }
    return std::nan("");
}

} // namespace rutile::rules
