#pragma once

// What a fill costs in commission. One parameter object per model; BacktestConfig holds the
// chosen one and Brokerage.cpp builds the model from it.

#include "util/Error.h"

#include <memory>
#include <variant>

namespace rutile::backtest {

/// A fraction of the notional: commission = rate · units · price. `rate` 0.001 is 0.1%
/// (`--commission-pct 0.1`).
struct PercentCommissionParams {
    double rate = 0;

    /// rate in [0, 0.1].
    Status validate() const;
};

/// Per unit traded with a minimum per order: commission = max(minimum, perUnit · units)
/// (Interactive Brokers' fixed tiered shape). 0/0 is free.
struct PerUnitCommissionParams {
    double perUnit = 0;
    double minimum = 0;

    /// perUnit and minimum finite and ≥ 0.
    Status validate() const;
};

/// The same amount on every order whatever its size.
struct FixedCommissionParams {
    double perOrder = 0;

    /// perOrder finite and ≥ 0.
    Status validate() const;
};

using CommissionParams = std::variant<PercentCommissionParams, PerUnitCommissionParams, FixedCommissionParams>;

Status validate(const CommissionParams &params);

/// Commission of one fill. Every fill is one order: a reversal (close a long, open a short at
/// the same open) pays twice, and so does each leg of a pair trade.
class CommissionModel {
public:
    virtual ~CommissionModel() = default;
    /// Commission in account currency for `units` (> 0) filled at `price`.
    virtual double commission(double units, double price) const = 0;
};

class PercentCommission final : public CommissionModel {
public:
    explicit PercentCommission(PercentCommissionParams p) : m_p(p) {}
    double commission(double units, double price) const override { return m_p.rate * units * price; }

private:
    PercentCommissionParams m_p;
};

class PerUnitCommission final : public CommissionModel {
public:
    explicit PerUnitCommission(PerUnitCommissionParams p) : m_p(p) {}
    double commission(double units, double) const override
    {
        const double c = m_p.perUnit * units;
        return c > m_p.minimum ? c : m_p.minimum;
    }

private:
    PerUnitCommissionParams m_p;
};

class FixedCommission final : public CommissionModel {
public:
    explicit FixedCommission(FixedCommissionParams p) : m_p(p) {}
    double commission(double, double) const override { return m_p.perOrder; }

private:
    FixedCommissionParams m_p;
};

std::unique_ptr<CommissionModel> makeCommissionModel(const CommissionParams &params);

} // namespace rutile::backtest
