#include "backtest/CommissionModel.h"

#include "util/RangeCheck.h"

#include <QCoreApplication>

#include <limits>

namespace rutile::backtest {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::backtest::CommissionModel)
};

} // namespace

namespace {
constexpr double kHuge = std::numeric_limits<double>::max();
}

Status PercentCommissionParams::validate() const
{
    return checkRange(Text::tr("commission rate"), rate, 0.0, 0.1);
}

Status PerUnitCommissionParams::validate() const
{
    if (Status s = checkRange(Text::tr("commission per unit"), perUnit, 0.0, kHuge); !s)
        return s;
    return checkRange(Text::tr("minimum commission"), minimum, 0.0, kHuge);
}

Status FixedCommissionParams::validate() const
{
    return checkRange(Text::tr("commission per order"), perOrder, 0.0, kHuge);
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
