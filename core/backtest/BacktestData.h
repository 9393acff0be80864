#pragma once

// The one way a backtest, a grid search or a walk-forward gets its bars, for the CLI
// (`backtest`, `optimize`, `walkforward`) and the GUI's strategy panel alike: read the legs up
// to the last date, align them, add the benchmark, find the first bar traded and refuse a
// range too short to trade.

#include "backtest/Backtester.h"
#include "trading/MarketData.h"
#include "util/Error.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rutile {
class Workspace;
}

namespace rutile::backtest {

/// The bars asked for: the traded symbol, the hedge of a pair strategy, the benchmark of beta
/// and alpha, and the dates traded. Bars before `from` are read too: they warm the indicators
/// up.
struct DataSelection {
    QString symbol;
    QString pair;      ///< the hedge symbol of a two-leg strategy; empty otherwise
    QString benchmark; ///< empty: no benchmark
    QDate from;        ///< null: from the first bar
    QDate to;          ///< null: to the last bar
    /// A cached rate series (FRED's DGS3MO) whose mean over the bars traded is the risk-free
    /// rate of the metrics (risk::meanAnnualRate); empty: the configured constant rate.
    QString riskFreeSymbol = {};
};

/// The data of a run: the aligned legs with the benchmark, and the bars traded.
struct BacktestData {
    trading::MarketData data;
    RunOptions range; ///< [first, last) of `data`: the bars from `from` on
    /// The risk-free rate read from DataSelection::riskFreeSymbol; none without one.
    std::optional<double> riskFreeRate = {};

    /// `config` with the risk-free rate of the data, when the selection named a series.
    BacktestConfig apply(BacktestConfig config) const;
};

/// Reads `selection` from `workspace`. Errors: InvalidArgument without a symbol; NotFound for
/// an unknown symbol, hedge or benchmark; InvalidInput when the legs share no day or fewer
/// than 2 bars lie between the dates ("not enough data: … between the dates given"), or the
/// risk-free series has no value over the bars traded.
Result<BacktestData> loadBacktestData(const Workspace &workspace, const DataSelection &selection);

/// The bars traded of `data` from `from` on (null: from the first), to its end; InvalidInput
/// ("not enough data: `symbol` has fewer than 2 bars between the dates given") when fewer than
/// 2 bars lie there. The bars before `from` warm the indicators up.
Result<RunOptions> tradedRange(const trading::MarketData &data, QDate from, const QString &symbol);

} // namespace rutile::backtest
