#include "params/ParamJson.h"

#include "util/JsonNumber.h"

namespace rutile {

QJsonObject paramsJson(std::span<const ParamSpec> specs, const ParamValues &values)
{
    QJsonObject o;
    for (const auto &[name, value] : values.entries()) {
        const ParamSpec *spec = findParam(specs, name);
        if (spec && spec->type == ParamType::Bool)
            o.insert(name, value != 0);
        else if (spec && spec->type == ParamType::Choice)
            o.insert(name, spec->format(value));
        else
            o.insert(name, jsonNumber(value));
    }
    return o;
}

} // namespace rutile
