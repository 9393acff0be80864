#pragma once

// The grid axis the optimiser proposes for a parameter before the user edits it, so that
// ticking a parameter gives a search a trader would start with: a handful of values around
// the strategy's default, not the parameter's whole range (1..1000 × 2..5000 was five million
// points for an SMA crossover).

#include "params/ParamSpec.h"

#include <QString>

namespace rutile::backtest {

/// Values on each side of the default.
inline constexpr int kSuggestedStepsEachSide = 5;

/// An axis as the grid editor and `--grid name=start:stop:step` write it (stop inclusive).
struct AxisRange {
    double start = 0;
    double stop = 0;
    double step = 1;

    bool operator==(const AxisRange &) const = default;
};

/// The proposed axis of `spec`:
/// - Int and Double: centred on the default value d, with kSuggestedStepsEachSide steps on each
///   side, as many as the parameter's range allows. The step is the spec's step times the whole
///   number m ≥ 1 nearest to |d| / 2 / (kSuggestedStepsEachSide · spec step): the outer values
///   lie about half the default away, from about ½·d to 1½·d ("an SMA of 20": 10, 12, …, 30;
///   "slow 50": 25, 30, …, 75; "a width of 2.0 σ": 1.0, 1.2, …, 3.0). At most 11 values, the
///   default among them; two parameters give at most 121 points.
/// - Bool: both values (0:1:1). Choice: every choice (0:n−1:1).
AxisRange suggestedRange(const ParamSpec &spec);

/// "fast=10:30:2": the axis as `--grid` takes it (numbers in their shortest exact form).
QString gridAxisText(const QString &name, const AxisRange &range);

} // namespace rutile::backtest
