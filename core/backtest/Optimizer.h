#pragma once

// Grid search: every point of a ParameterGrid backtested on all cores, ranked by an objective,
// with progress and cancellation through TaskControl, and the deflated Sharpe ratio of the
// winner so that a lucky optimum among many trials is flagged.
//
// The runs of a grid share one MarketData, so an indicator column that recurs across points
// (sma(20) for every slow period) is computed once. Each worker thread owns a Backtester whose
// buffers are reused from point to point.

#include "backtest/Backtester.h"
#include "backtest/DeflatedSharpe.h"
#include "backtest/ParameterGrid.h"
#include "util/TaskControl.h"

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

namespace rutile::backtest {

/// What the optimiser maximises.
enum class Objective { Sharpe, Cagr, Calmar, TotalReturn, Sortino };

/// "sharpe", "cagr", "calmar", "total_return", "sortino".
QString objectiveName(Objective objective);
std::optional<Objective> objectiveFromName(QStringView name);
QStringList objectiveNames();
/// The objective's value in a run's statistics (NaN when undefined: such points rank last).
double objectiveValue(Objective objective, const PerformanceStats &performance);

struct OptimizerConfig {
    Objective objective = Objective::Sharpe;
    int threads = 0; ///< worker threads; 0 = one per core
    Shard shard;     ///< the slice of the grid to run (all of it by default)
    double dsrConfidence = 0.95;

    Status validate() const;
};

/// One evaluated grid point.
struct GridPointResult {
    std::size_t index = 0; ///< position in the whole grid (ParameterGrid::point)
    ParamValues params;    ///< resolved
    double value = kUndefined;
    PerformanceStats performance;
    TradeStats trades;
};

struct OptimizationResult {
    bool valid = false;
    bool cancelled = false; ///< stopped early: `results` holds the points finished before
    QString strategy;
    Objective objective = Objective::Sharpe;
    ParameterGrid grid;
    std::size_t gridSize = 0;
    Shard shard;
    std::vector<GridPointResult> results; ///< evaluated points, in grid order
    std::size_t skipped = 0;              ///< points rejected by the strategy's checks (fast ≥ slow) or the data
    QString firstSkipReason;
    std::optional<std::size_t> best;      ///< position in `results` of the highest objective (first on ties)
    /// Of the best point, over the evaluated points as trials. Not computed for one shard of
    /// several (merge computes it over all of them).
    DeflatedSharpeResult deflatedSharpe;
    int threads = 1;
    double elapsedMs = 0;

    const GridPointResult *bestPoint() const { return best ? &results[*best] : nullptr; }
};

/// Runs the grid points of `config.shard` over bars [range.first, range.last) of `data`.
/// Errors: InvalidArgument for a bad grid, configuration or option; InvalidInput when no
/// point could run ("not enough data"). Cancellation is not an error: the result says so.
Result<OptimizationResult> optimize(const trading::MarketData &data, const strategy::StrategyDescriptor &descriptor,
                                    const ParameterGrid &grid, const BacktestConfig &config,
                                    const OptimizerConfig &optimizer, const RunOptions &range = {},
                                    const TaskControl &control = {});

/// Ranks `results` by objective (NaN last) and returns the position of the best, first on ties.
std::optional<std::size_t> bestResult(const std::vector<GridPointResult> &results);

/// The DSR of results[best] with every result as a trial.
DeflatedSharpeResult deflatedSharpeOf(const std::vector<GridPointResult> &results, std::size_t best,
                                      double confidence = 0.95);

/// The objective over two axes for a heatmap: cell (x, y) holds the best value over the other
/// axes at those coordinates, NaN where no point was evaluated. Row-major, y outer:
/// values[y · nx + x].
struct ObjectiveSurface {
    std::size_t nx = 0;
    std::size_t ny = 0;
    std::vector<double> xValues;
    std::vector<double> yValues;
    std::vector<double> values;
};
ObjectiveSurface objectiveSurface(const OptimizationResult &result, std::size_t xAxis, std::size_t yAxis);

} // namespace rutile::backtest
