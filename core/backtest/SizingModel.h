#pragma once

// How many units an entry buys or sells. Sizes are resolved when the order fills, from the
// equity marked at that moment and the fill price, so "percent of equity" means what it says
// at the time of the trade.

#include "util/Error.h"

#include <memory>
#include <variant>

namespace rutile::backtest {

/// A fixed number of units per entry (`--size N`).
struct FixedUnitsParams {
    double units = 1;

    /// units finite and > 0.
    Status validate() const;
};

/// A fraction of equity per entry: units = fraction · equity / price (`--size-pct P`,
/// fraction = P/100). Commission is paid on top, so at 1.0 the cash can end a few basis points
/// below zero; fractions above 1 use leverage.
struct PercentOfEquityParams {
    double fraction = 1.0;
    bool wholeUnits = false; ///< round the units down to a whole number

    /// fraction in (0, 10].
    Status validate() const;
};

/// Volatility targeting by ATR: an entry risks `riskFraction` of equity per one-ATR move,
/// units = riskFraction · equity / ATR(atrPeriod) of the decision bar, capped so that the
/// notional does not exceed maxLeverage · equity. An entry while ATR is still warming up is
/// skipped (with a warning).
struct VolatilityTargetParams {
    double riskFraction = 0.01;
    int atrPeriod = 14;
    double maxLeverage = 1.0;
    bool wholeUnits = false;

    /// riskFraction in (0, 1], atrPeriod in [1, 1000], maxLeverage in (0, 10].
    Status validate() const;
};

using SizingParams = std::variant<FixedUnitsParams, PercentOfEquityParams, VolatilityTargetParams>;

Status validate(const SizingParams &params);

/// What a sizing decision may look at.
struct SizingInput {
    double equity = 0; ///< cash plus positions marked at the fill moment
    double price = 0;  ///< fill price of the entry, slippage included
    double atr = 0;    ///< ATR of the decision bar (volatility target only; NaN in warm-up)
};

class SizingModel {
public:
    virtual ~SizingModel() = default;
    /// Units to trade, ≥ 0 (0 or NaN: skip the entry).
    virtual double units(const SizingInput &in) const = 0;
    /// The ATR period the model needs, 0 when none.
    virtual int atrPeriod() const { return 0; }
};

class FixedUnitsSizing final : public SizingModel {
public:
    explicit FixedUnitsSizing(FixedUnitsParams p) : m_p(p) {}
    double units(const SizingInput &) const override { return m_p.units; }

private:
    FixedUnitsParams m_p;
};

class PercentOfEquitySizing final : public SizingModel {
public:
    explicit PercentOfEquitySizing(PercentOfEquityParams p) : m_p(p) {}
    double units(const SizingInput &in) const override;

private:
    PercentOfEquityParams m_p;
};

class VolatilityTargetSizing final : public SizingModel {
public:
    explicit VolatilityTargetSizing(VolatilityTargetParams p) : m_p(p) {}
    double units(const SizingInput &in) const override;
    int atrPeriod() const override { return m_p.atrPeriod; }

private:
    VolatilityTargetParams m_p;
};

std::unique_ptr<SizingModel> makeSizingModel(const SizingParams &params);

} // namespace rutile::backtest
