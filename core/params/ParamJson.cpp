#include "params/ParamJson.h"

#include "util/JsonNumber.h"

#include <QCoreApplication>

namespace rutile {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ParamJson)
};

} // namespace

QJsonValue paramJson(const ParamSpec *spec, double value)
{
    if (spec && spec->type == ParamType::Bool)
        return value != 0;
    if (spec && spec->type == ParamType::Choice)
        return spec->format(value);
    return jsonNumber(value);
}

QJsonObject paramsJson(std::span<const ParamSpec> specs, const ParamValues &values)
{
    QJsonObject o;
    for (const auto &[name, value] : values.entries())
        o.insert(name, paramJson(findParam(specs, name), value));
    return o;
}

Result<ParamValues> paramsFromJson(std::span<const ParamSpec> specs, const QJsonObject &object)
{
    ParamValues values;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const ParamSpec *spec = findParam(specs, it.key());
        if (!spec)
            return Error::invalidInput(Text::tr("unknown parameter %1").arg(it.key()));
        const QJsonValue v = it.value();
        if (v.isBool())
            values.set(it.key(), v.toBool() ? 1.0 : 0.0);
        else if (v.isDouble())
            values.set(it.key(), v.toDouble());
        else if (v.isString()) {
            const Result<double> parsed = spec->parse(v.toString());
            if (!parsed)
                return parsed.error();
            values.set(it.key(), *parsed);
        } else
            return Error::invalidInput(Text::tr("parameter %1 has no value").arg(it.key()));
    }
    return values;
}

} // namespace rutile
