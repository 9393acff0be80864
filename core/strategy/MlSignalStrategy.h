#pragma once

// ml_signal: trades the walk-forward probability of an ML direction classifier (the ML Lab's
// models, ml/WalkForwardSignal.h). Long while the probability that the close rises over the
// horizon exceeds the threshold; with `short`, short while it is below 1 − threshold; flat in
// between and before the first model. Each probability comes from a model trained on bars
// before it only, so the strategy is as honest as the walk-forward evaluation of the lab.

#include "ml/WalkForwardSignal.h"
#include "strategy/Strategy.h"

#include <optional>

namespace rutile::strategy {

/// The descriptor registered as "ml_signal" (parameters: features, model, trees, max_depth,
/// seed, horizon, train_bars, refit_every, window, threshold, short).
StrategyDescriptor mlSignalDescriptor();

/// The model behind resolved ml_signal parameters.
ml::SignalModelSpec mlSignalModel(const ParamValues &values);

/// Parameters of ml_signal that reproduce `spec` as far as they can: its features when they are
/// one of ml::featureSets() (nullopt otherwise), model, trees or rounds, depth, seed, horizon,
/// schedule. Used by the ML Lab's "Backtest This Signal".
std::optional<ParamValues> mlSignalParams(const ml::SignalModelSpec &spec);

} // namespace rutile::strategy
