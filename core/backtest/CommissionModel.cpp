#include "backtest/CommissionModel.h"

#include "util/RangeCheck.h"

#include <limits>

namespace rutile::backtest {

namespace {
constexpr double kHuge = std::numeric_limits<double>::max();
}

Status PercentCommissionParams::validate() const
{
    return checkRange(QStringLiteral("commission rate"), rate, 0.0, 0.1);
}

Status PerUnitCommissionParams::validate() const
{
    if (Status s = checkRange(QStringLiteral("commission per unit"), perUnit, 0.0, kHuge); !s)
        return s;
    return checkRange(QStringLiteral("minimum commission"), minimum, 0.0, kHuge);
}

Status FixedCommissionParams::validate() const
{
    return checkRange(QStringLiteral("commission per order"), perOrder, 0.0, kHuge);
}

Status validate(const CommissionParams &params)
{
    return std::visit([](const auto &p) { return p.validate(); }, params);
}

std::unique_ptr<CommissionModel> makeCommissionModel(const CommissionParams &params)
{
    struct Make {
        std::unique_ptr<CommissionModel> operator()(const PercentCommissionParams &p) const
        {
            return std::make_unique<PercentCommission>(p);
        }
        std::unique_ptr<CommissionModel> operator()(const PerUnitCommissionParams &p) const
        {
            return std::make_unique<PerUnitCommission>(p);
        }
        std::unique_ptr<CommissionModel> operator()(const FixedCommissionParams &p) const
        {
            return std::make_unique<FixedCommission>(p);
        }
    };
    return std::visit(Make{}, params);
}

} // namespace rutile::backtest
