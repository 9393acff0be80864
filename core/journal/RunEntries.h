#pragma once

// The journal entries of runs: what a backtest, a grid search, a walk-forward or an ML
// evaluation was asked (enough to run it again) and what it produced, as the workspace keeps
// them (storage's RunRecord). The CLI and the GUI build their entries here, so a run made in one
// reads the same in the other.
//
// An entry's results are the run's JSON document (the one `--json` writes) plus, for a
// backtest, its trade list (`trade_list`) and curves (`curve`); a grid search keeps the points'
// summaries and the best point's full backtest (`best_run`); a walk-forward keeps its stitched
// out-of-sample curve. They are kept as CBOR with the curves packed (PackedSeries.h);
// resultsJson() gives them to readers as JSON.

#include "backtest/BacktestConfig.h"
#include "backtest/BacktestData.h"
#include "backtest/BacktestResult.h"
#include "backtest/Optimizer.h"
#include "backtest/ParameterGrid.h"
#include "backtest/WalkForward.h"
#include "ml/Evaluation.h"
#include "storage/Workspace.h"
#include "strategy/Strategy.h"
#include "trading/MarketData.h"

#include <QCborMap>
#include <QJsonObject>
#include <QString>

namespace rutile::journal {

/// The run kinds, named as the CLI's commands.
inline const QString kBacktest = QStringLiteral("backtest");
inline const QString kOptimize = QStringLiteral("optimize");
inline const QString kWalkForward = QStringLiteral("walkforward");
inline const QString kMl = QStringLiteral("ml");

/// What a backtest, a grid search or a walk-forward was asked.
struct StrategyRunInputs {
    backtest::DataSelection data;
    const strategy::StrategyDescriptor *strategy = nullptr;
    ParamValues params; ///< the parameters (a grid's fixed values)
    backtest::BacktestConfig config;
    backtest::ParameterGrid grid;          ///< grid searches and walk-forwards
    backtest::OptimizerConfig optimizer;   ///< grid searches and walk-forwards
    backtest::WalkForwardConfig walkForward;
};

/// The inputs as JSON: symbol, pair, benchmark, risk_free, from, to, strategy, strategy_source
/// and strategy_sha256 (rule strategies), params, settings (the engine's ParamSpecs), and for
/// grids grid, objective, dsr_confidence, and walk_forward.
QJsonObject inputsJson(const StrategyRunInputs &inputs, const QString &kind);

/// A backtest's `document` (backtestJson of `result`) with its trade list and packed curves.
QCborMap backtestDetail(const QJsonObject &document, const backtest::BacktestResult &result);

/// An entry's results as JSON: curves expanded to arrays of dates and numbers, each with its
/// drawdown (`date`, `equity`, `drawdown`, and `buy_and_hold`, `benchmark` when kept).
QJsonObject resultsJson(const RunRecord &record);

RunRecord backtestEntry(const StrategyRunInputs &inputs, const trading::MarketData &data,
                        const backtest::BacktestResult &result);
/// `best`, when given, is the best point run again with its curves and trades.
RunRecord optimizationEntry(const StrategyRunInputs &inputs, const trading::MarketData &data,
                            const backtest::OptimizationResult &result, const backtest::BacktestResult *best);
RunRecord walkForwardEntry(const StrategyRunInputs &inputs, const trading::MarketData &data,
                           const backtest::WalkForwardResult &result);
/// `document` is evaluationJson() of the run.
RunRecord mlEntry(const ml::EvaluationRequest &request, const BarSeries &bars, QDate from, QDate to,
                  const QJsonObject &document);

/// The best point of `result` run again in full (curves and trades), for its entry; none when
/// there is no best point or the run fails.
std::optional<backtest::BacktestResult> rerunBestPoint(const trading::MarketData &data,
    const strategy::StrategyDescriptor &strategy, const backtest::OptimizationResult &result,
    const backtest::BacktestConfig &config, const backtest::RunOptions &range);

/// An entry as `runs` lists it: id, time, kind, symbol, strategy, params, data_hash,
/// app_version, summary; with `full` (`runs show`) also inputs and results.
QJsonObject runJson(const RunRecord &record, bool full);

/// The workspace at `path` opened for appending to its journal (it must exist); the error says
/// why not (a read-only workspace).
Result<std::unique_ptr<Workspace>> openJournal(const QString &path);

/// Appends `record` to the journal of the workspace at `path` (openJournal, then
/// Workspace::appendRun); nothing is written when it fails. `beforeCommit` as appendRun takes it.
Result<qint64> journalRun(const QString &path, const RunRecord &record,
                          const std::function<Status(qint64 id)> &beforeCommit = {});

} // namespace rutile::journal
