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
        if (info.builtin == Builtin::Iif)
            return arg(0) != 0 ? arg(1) : arg(2);
        if (isElementwise(info.builtin))
            return applyElementwise(info.builtin, arg(0), n.args.size() > 1 ? arg(1) : 0.0);
        break;
    default:
        break;
    }
    return std::nan("");
}

} // namespace rutile::rules
