#include "strategy/Strategy.h"

#include <algorithm>

namespace rutile::strategy {

Result<Column> StrategySetup::indicator(QStringView name, const ParamValues &params, QStringView output, int leg) const
{
    auto column = m_data.indicator(leg, name, params, output);
    if (!column)
        return column.error();
    return Column{column->data()};
}

Result<Column> StrategySetup::derived(const QString &key, const trading::MarketData::DerivedFn &compute) const
{
    auto column = m_data.derived(key, compute);
    if (!column)
        return column.error();
    return Column{column->data()};
}

void StrategyContext::cancelOrders(int leg)
{
    auto &pending = *m_pending;
    pending.erase(std::remove_if(pending.begin(), pending.end(),
                                 [leg](const Order &o) { return leg < 0 || o.leg == leg; }),
                  pending.end());
}

Result<ParamValues> resolveParams(const StrategyDescriptor &descriptor, const ParamValues &values)
{
    Result<ParamValues> resolved = resolve(descriptor.params, values);
    if (!resolved)
        return resolved;
    if (descriptor.validate) {
        if (Status s = descriptor.validate(*resolved); !s) {
            Error e = s.error();
            e.message = descriptor.name + QStringLiteral(": ") + e.message;
            return e;
        }
    }
    return resolved;
}

} // namespace rutile::strategy
