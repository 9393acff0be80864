#pragma once

// The settings of BacktestConfig described as ParamSpecs, so that the GUI's "run settings"
// form is generated like the strategy form and saved presets use the same text as the CLI.
// Percent-named parameters (`*_pct`, unit Percent) hold percent units as on the CLI (0.1 = 0.1%);
// a 0 stop, take-profit or trail means "none". Each spec names its CLI option (`option`): the
// CLI's `backtest`, `optimize` and `walkforward` generate their options, help and checks from
// these specs, so the form and the command line accept the same values.

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

/// A setting whose presence picks its model: given on the CLI, `--size 10` (size_units) sets
/// size_model to fixed_units, so the user names the value, not the model as well.
struct ModelSelector {
    QString param;      ///< the setting given ("size_units")
    QString modelParam; ///< the model's choice ("size_model")
    int model = 0;      ///< the choice it picks
};

/// size_pct, size_units and size_atr_risk_pct pick size_model; commission_pct,
/// commission_per_unit and commission_fixed pick commission_model.
const std::vector<ModelSelector> &configModelSelectors();

/// `given` (the settings the user named, and only those) with the models they pick. Two
/// settings that pick different models of one kind, or one that contradicts an explicit
/// model, give InvalidArgument naming both options: "--size and --size-pct are alternatives;
/// give one".
Result<ParamValues> withImpliedModels(const ParamValues &given);

/// The configuration of `values` (defaults fill the rest), validated.
Result<BacktestConfig> configFromParams(const ParamValues &values);
/// The values describing `config` (configFromParams(paramsFromConfig(c)) gives c back).
ParamValues paramsFromConfig(const BacktestConfig &config);

} // namespace rutile::backtest
