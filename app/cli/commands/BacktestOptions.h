#pragma once

// Options shared by `backtest`, `optimize` and `walkforward`: the strategy, the data, the
// account and the broker's models. One place turns them into a BacktestConfig and a
// MarketData, so the three commands cannot drift apart.

#include "Cli.h"

#include "backtest/BacktestConfig.h"
#include "backtest/BacktestData.h"
#include "backtest/Backtester.h"
#include "backtest/Optimizer.h"
#include "backtest/ParameterGrid.h"
#include "journal/RunEntries.h"
#include "strategy/Strategy.h"
#include "trading/MarketData.h"

#include <QJsonObject>

#include <memory>
#include <span>

namespace rutile::cli {

struct BacktestSetup {
    const strategy::StrategyDescriptor *strategy = nullptr;
    /// The descriptor of --strategy-file, which `strategy` then points to.
    std::shared_ptr<const strategy::StrategyDescriptor> ruleStrategy;
    ParamValues params; ///< the --param values (resolved against the strategy when asked)
    backtest::BacktestConfig config;
    trading::MarketData data;
    backtest::RunOptions range; ///< the bars of --from/--to; earlier bars warm indicators up
    /// The bars read: symbol, hedge, benchmark, dates and risk-free series.
    backtest::DataSelection selection;

    /// symbol, pair, first_date, last_date and benchmark, for the JSON documents.
    QJsonObject context() const;
    /// The run's inputs as the journal records them (the grid and optimiser settings are the
    /// caller's to add).
    journal::StrategyRunInputs journalInputs() const;
    /// The journal entry of a backtest of this setup (its resolved parameters recorded).
    RunRecord backtestEntry(const backtest::BacktestResult &result) const;
};

/// The strategy of --strategy or --strategy-file with the --param values.
struct StrategyChoice {
    const strategy::StrategyDescriptor *strategy = nullptr;
    /// The descriptor of --strategy-file or of a rule strategy saved in the workspace, which
    /// `strategy` then points to.
    std::shared_ptr<const strategy::StrategyDescriptor> ruleStrategy;
    ParamValues params; ///< resolved against the strategy when asked, else only those given
};

/// Adds SYMBOL and the shared options to `parser`.
void addBacktestOptions(QCommandLineParser &parser);
/// Adds --strategy, --strategy-file and --param (`scan` has them without SYMBOL).
void addStrategyOptions(QCommandLineParser &parser);
/// Adds the account and broker options, one per ParamSpec of configParamSpecs() (with `only`,
/// those named in it).
void addConfigOptions(QCommandLineParser &parser, const QStringList &only = {});
/// Adds one option per ParamSpec of `specs` that names one (with `only`, those named in it),
/// its help generated from the spec.
void addSpecOptions(QCommandLineParser &parser, std::span<const ParamSpec> specs, const QStringList &only = {});

/// Reads --strategy or --strategy-file and --param. On failure returns the exit code (already
/// reported) in `exitCode`.
std::optional<StrategyChoice> readStrategyChoice(Context &ctx, bool resolveParams, int &exitCode);
/// The values of the options addSpecOptions() added that were given, each checked.
Result<ParamValues> readSpecOptions(Context &ctx, std::span<const ParamSpec> specs, const QStringList &only = {});
/// The configuration of the account and broker options (those of `only`, when given).
Result<backtest::BacktestConfig> readConfig(Context &ctx, const QStringList &only = {});
/// --benchmark SYM, none with --no-benchmark, else the workspace's default benchmark (never
/// `traded`).
Result<QString> readBenchmarkChoice(Context &ctx, const Workspace &workspace, const QString &traded);
/// Adds --grid, --objective and --threads.
void addGridOptions(QCommandLineParser &parser);

/// Reads the shared options and loads the data. On failure returns the exit code (already
/// reported) in `exitCode`.
std::optional<BacktestSetup> readBacktestSetup(Context &ctx, bool resolveParams, int &exitCode);

/// The grid of --grid options over `setup`'s strategy, with the --param values as its base.
Result<backtest::ParameterGrid> readGrid(Context &ctx, const BacktestSetup &setup);
/// The same over the parameters `specs` with `base` (`scan` has no BacktestSetup).
Result<backtest::ParameterGrid> readGrid(Context &ctx, std::span<const ParamSpec> specs, const ParamValues &base);

/// The --objective and --threads options.
Result<backtest::Objective> readObjective(Context &ctx);
Result<int> readThreads(Context &ctx);
/// --objective and --threads, as optimize and walkforward share them.
Result<backtest::OptimizerConfig> readOptimizerConfig(Context &ctx);

/// The run's warnings on stderr, one line each (the end-of-data close-out, which every run that
/// ends in a position has, is left out).
void warnBacktest(Context &ctx, const backtest::BacktestResult &result);

/// A one-line text of a number for the terminal summaries: "0.1234", "n/a" for NaN.
QString summaryNumber(double value, int precision = 4);

} // namespace rutile::cli
