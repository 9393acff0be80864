#pragma once

// A grid over any subset of a strategy's parameters. Axes are built from the parameters'
// ParamSpec (type and range), so the CLI's `--grid fast=5:50:5`, the GUI's range editor and
// the walk-forward optimiser produce the same points.

#include "params/ParamSpec.h"
#include "util/Error.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace rutile::backtest {

/// One parameter and the values it takes on the grid, ascending as given.
struct GridAxis {
    QString name;
    std::vector<double> values;

    /// start, start + step, … up to stop inclusive (a stop within 1e-9 steps of the last value
    /// counts as reached), each value checked against `spec`: "fast (0) out of range [1, 1000]".
    /// Int axes need whole start and step; Bool axes take 0:1:1.
    static Result<GridAxis> range(const ParamSpec &spec, double start, double stop, double step);
};

/// Parses "name=start:stop:step" (stop inclusive), "name=start:stop" (the spec's own step),
/// "name=a,b,c" (a list) or "name=v" (one value) against `specs`.
Result<GridAxis> parseGridAxis(std::span<const ParamSpec> specs, QStringView text);

/// The cartesian product of the axes over a base parameter set.
struct ParameterGrid {
    std::vector<GridAxis> axes;
    /// Values of every parameter, the grid's axes overriding theirs at each point (the
    /// defaults plus `--param` values).
    ParamValues base;

    /// Points on the grid: the product of the axes' sizes (1 with no axis).
    std::size_t size() const;
    /// The parameter set of point `index`; the first axis varies slowest (row-major).
    ParamValues point(std::size_t index) const;
    /// Position of point `index` on each axis.
    std::vector<std::size_t> coordinates(std::size_t index) const;
};

/// Largest grid the optimiser accepts.
inline constexpr std::size_t kMaxGridPoints = 10'000'000;

/// Checks the axes against `specs` (each named once) and the size against kMaxGridPoints.
Status validate(const ParameterGrid &grid, std::span<const ParamSpec> specs);

/// One of N disjoint, contiguous slices of a grid, for batch schedulers (`--shard i/N`, i
/// counted from 0 like Kubernetes' completion index and `sbatch --array=0-(N-1)`).
struct Shard {
    int index = 0;
    int count = 1;

    /// Grid indices [first, last) of this shard out of `total`: [⌊i·total/N⌋, ⌊(i+1)·total/N⌋).
    std::pair<std::size_t, std::size_t> range(std::size_t total) const;
    /// count in [1, 100000], index in [0, count − 1].
    Status validate() const;
};

/// Parses "i/N".
Result<Shard> parseShard(QStringView text);

/// A fault of the `index`-th of the shards a merge was given: named by its file when `files`
/// gives them (one a shard), else "shard N: message" (N from 1).
Error shardFault(std::size_t index, const QStringList &files, const QString &message);
/// The first shard as such messages name the one the others must agree with: its file, or "shard 1".
QString firstShardName(const QStringList &files);

} // namespace rutile::backtest
