#pragma once

// Scans: one rule-language expression, or one strategy's backtest, over every symbol of a
// watchlist, on every core. What `rutile-cli scan` and the Scanner window run (CLI.md "lists /
// scan"). A symbol without enough data is reported in `skipped`, not fatal.

#include "backtest/BacktestConfig.h"
#include "backtest/Metrics.h"
#include "backtest/Optimizer.h"
#include "backtest/ParameterGrid.h"
#include "params/ParamSpec.h"
#include "rules/Diagnostics.h"
#include "rules/Program.h"
#include "strategy/Strategy.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace rutile::scan {

/// An expression of the rule language compiled for scanning: `close > sma(close, 200) and
/// rsi(close, 14) < 30`, `change(close, 20) / ref(close, 20)`. A condition scans as 1 or 0.
struct ScanExpression {
    QString text;
    std::shared_ptr<const rules::Program> program;
    int node = -1; ///< the expression's node in `program`
    bool condition = false;
};

/// Compiles `text`; the diagnostics' line and column are those of `text` itself.
Result<ScanExpression> compileScanExpression(const QString &text, std::vector<rules::Diagnostic> *diagnostics = nullptr);

/// A named expression shown beside a scan's ranked value (an exploration's column).
struct ScanColumn {
    QString name; ///< 1 to 32 of A-Z, a-z, 0-9 and '_', not starting with a digit
    ScanExpression expression;
};

/// Parses "NAME=EXPR" (spaces around '=' allowed); diagnostics' columns are those of `text`.
Result<ScanColumn> parseScanColumn(const QString &text, std::vector<rules::Diagnostic> *diagnostics = nullptr);

struct ScanRequest {
    QStringList symbols; ///< the list, in its order
    /// Either an expression, or a strategy (with resolved `params`) to backtest per symbol.
    std::optional<ScanExpression> expression;
    std::shared_ptr<const strategy::StrategyDescriptor> strategy;
    ParamValues params;
    backtest::BacktestConfig config;
    QDate from; ///< first bar read (expression) or traded (backtest); null: the first
    QDate to;   ///< last bar; null: the last. An expression's value is its value there.
    int threads = 0; ///< 0: one per core
    backtest::Shard shard; ///< the slice of the list this run covers (default: all of it)
    /// Values shown beside the ranked one, each on the row's last bar (NaN when undefined).
    std::vector<ScanColumn> columns;
    /// A condition a symbol must meet on its last bar to be listed; the others are counted in
    /// ScanResult::filteredOut.
    std::optional<ScanExpression> filter;
    /// With a strategy: a grid of its parameters (`params` the base) optimised on each symbol
    /// alone; the row is the symbol's best point by `objective`. No axes: one backtest.
    backtest::ParameterGrid grid;
    backtest::Objective objective = backtest::Objective::Sharpe;
};

/// A grid scan's trials on one symbol, as the deflated Sharpe ratio over the whole scan needs
/// them: how many grid points ran, and the sum and sum of squares of their daily Sharpe ratios
/// (over those where it is defined), so that shards can be pooled.
struct TrialSharpes {
    std::size_t points = 0;
    std::size_t defined = 0;
    double sum = 0;
    double sumOfSquares = 0;
};

/// One symbol's outcome.
struct ScanRow {
    QString symbol;
    qsizetype position = 0; ///< in the whole list (not the shard)
    QDate date;             ///< the last bar used
    double value = 0;       ///< the expression's value (1/0 for a condition); a grid's best objective
    backtest::PerformanceStats performance; ///< backtests
    backtest::TradeStats trades;            ///< backtests
    /// The last kRecentCloses closes up to `date`, oldest first: the Scanner's sparklines.
    std::vector<double> recentCloses;
    std::vector<double> columns; ///< one per ScanRequest::columns; NaN when undefined
    ParamValues params;        ///< grid scans: the best point's parameters
    std::size_t gridPoints = 0; ///< grid scans: the points that ran on this symbol
    TrialSharpes trials;        ///< grid scans
};

/// Closes a row keeps for its sparkline: about three months of trading days.
inline constexpr std::size_t kRecentCloses = 63;

struct ScanSkip {
    QString symbol;
    qsizetype position = 0;
    QString reason;
};

/// Calendar days a symbol's history may end before an expression scan's day and still be read.
inline constexpr int kStaleDays = 7;

/// A symbol the filter left out.
struct ScanFiltered {
    QString symbol;
    qsizetype position = 0;
};

struct ScanResult {
    /// Ranked: highest value (expression), Sharpe ratio (backtest) or objective (grid) first.
    std::vector<ScanRow> rows;
    std::vector<ScanSkip> skipped; ///< in list order
    std::vector<ScanFiltered> filteredOut; ///< in list order
    qsizetype listSize = 0;
    qsizetype first = 0, last = 0; ///< the positions [first, last) of the list this run covered
    QDate scanDay; ///< an expression's: the day most of the list's histories end on (up to `to`)
};

/// Runs `request` on the workspace at `path`. Errors: a cancellation, an unreadable
/// workspace. A symbol that is not cached, or has too few bars, or whose expression is
/// undefined on its last bar (warm-up) is skipped with the reason; so is, for an expression, a
/// symbol whose history ends more than kStaleDays before the scan's day.
Result<ScanResult> runScan(const QString &path, const ScanRequest &request, const TaskControl &control = {});

/// The order of a scan's rows: the higher score first (the value of an expression, the Sharpe
/// ratio of a backtest, the best objective of a grid), an undefined score last, ties by list position. Shared by runScan and
/// the merge of shards.
bool ranksBefore(double score, qsizetype position, double otherScore, qsizetype otherPosition);

} // namespace rutile::scan
