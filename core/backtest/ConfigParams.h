#pragma once

// The settings of BacktestConfig described as ParamSpecs, so that the GUI's "run settings"
// form is generated like the strategy form and saved presets use the same text as the CLI.
// Percent-named parameters (`*_pct`) hold percent units as on the CLI (0.1 = 0.1%); a 0 stop,
// take-profit or trail means "none".

#include "backtest/BacktestConfig.h"
#include "params/ParamSpec.h"

#include <vector>

namespace rutile::backtest {

/// cash, size_model (percent_of_equity | fixed_units | volatility_target), size_pct,
/// size_units, size_atr_risk_pct, size_atr_period, max_leverage, whole_units,
/// commission_model (percent | per_unit | fixed), commission_pct, commission_per_unit,
/// commission_min, commission_fixed, slippage_bps, stop_loss_pct, take_profit_pct,
/// trailing_stop_pct, trailing_stop_atr, atr_period, fill (next_open | next_close),
/// risk_free_pct, days_per_year.
const std::vector<ParamSpec> &configParamSpecs();

/// The configuration of `values` (defaults fill the rest), validated.
Result<BacktestConfig> configFromParams(const ParamValues &values);
/// The values describing `config` (configFromParams(paramsFromConfig(c)) gives c back).
ParamValues paramsFromConfig(const BacktestConfig &config);

} // namespace rutile::backtest
