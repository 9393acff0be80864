#pragma once

// JSON documents of backtests, optimisations and walk-forward runs with the keys of
// shared/design/CLI.md (plus extras), and the merge of optimisation shards. Numbers are plain
// JSON numbers, fractions not percent; undefined statistics are null.

#include "backtest/BacktestConfig.h"
#include "backtest/BacktestResult.h"
#include "backtest/Optimizer.h"
#include "backtest/WalkForward.h"
#include "params/ParamJson.h"
#include "params/ParamSpec.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QJsonValue>

#include "util/JsonNumber.h"

#include <span>
#include <vector>

namespace rutile::backtest {


/// The settings that shape a run's numbers (cash, models, exits, metric conventions).
QJsonObject configJson(const BacktestConfig &config);
/// The axes of a grid: `[{name, values: [...]}]`, the first varying slowest.
QJsonArray gridJson(const ParameterGrid &grid);

/// The backtest document: CLI.md's keys `trades, final_equity, total_return, cagr, sharpe,
/// sortino, calmar, max_drawdown, win_rate, profit_factor, exposure, total_commission` (and
/// `beta, alpha` with a benchmark) plus the strategy, the range, the remaining statistics, a
/// `buy_and_hold` block, the configuration and the warnings.
QJsonObject backtestJson(const BacktestResult &result, std::span<const ParamSpec> specs, const BacktestConfig &config);

/// The optimisation document: `{objective, evaluated, best: {params, value}, results: [{params,
/// value, trades}]}` plus, per result, its index and main statistics, and the grid, shard,
/// skipped count, deflated Sharpe ratio and configuration. `context` (symbol, dates) is merged
/// in as is.
QJsonObject optimizationJson(const OptimizationResult &result, std::span<const ParamSpec> specs,
                             const BacktestConfig &config, const QJsonObject &context = {});
/// optimizationJson() without `results`, for a caller that keeps the points in another form
/// (the run journal packs them as columns).
QJsonObject optimizationJsonWithoutPoints(const OptimizationResult &result, std::span<const ParamSpec> specs,
                                          const BacktestConfig &config, const QJsonObject &context = {});

/// A grid point's figures as optimizationJson() writes them after its `index` and `params`:
/// `key`, whether it is a count (written as an integer), and how to read it off the point.
struct GridPointField {
    QLatin1StringView key;
    bool integer = false;
    double (*value)(const GridPointResult &) = nullptr;
};
/// value, trades, sharpe, sortino, cagr, calmar, total_return, annual_vol, max_drawdown,
/// exposure, win_rate, profit_factor, total_commission, and the deflated Sharpe ratio's inputs
/// (daily_sharpe, skewness, excess_kurtosis, observations) that merge recomputes it from.
std::span<const GridPointField> gridPointFields();

/// Joins shard documents written by optimizationJson(): they must come from the same
/// experiment (strategy, symbol, range, grid, objective, configuration). Results are ordered by
/// grid index (duplicates dropped), the best point and the deflated Sharpe ratio are recomputed
/// over all of them, and `complete` says whether every shard of the N was given. A shard's
/// fault names its file when `files` gives them (one a shard), else "shard N".
Result<QJsonObject> mergeOptimizationJson(const std::vector<QJsonObject> &shards, const QStringList &files = {});

/// A shard accounts for every point of its slice of the grid: each one evaluated (in `results`,
/// by grid index, once) or counted in `skipped`. Anything else (an empty or truncated list, a list
/// from another slice) would make a merge claim a coverage it does not have: InvalidInput saying
/// what is wrong. mergeOptimizationJson checks every shard.
Status checkOptimizationShard(const QJsonObject &shard);

/// The walk-forward document: folds with their windows, winners and in/out-of-sample
/// statistics, the stitched out-of-sample statistics and the efficiency.
QJsonObject walkForwardJson(const WalkForwardResult &result, const trading::MarketData &data,
    std::span<const ParamSpec> specs, const BacktestConfig &config, const QJsonObject &context = {});

} // namespace rutile::backtest
