#pragma once

// A portfolio backtest as JSON and CSV: the one place that formats it, for `rutile-cli
// portfolio` and the Scanner's Portfolio tab. The headline keys are those of a backtest
// (CLI.md "backtest": final_equity, total_return, cagr, sharpe, sortino, calmar, max_drawdown,
// win_rate, profit_factor, exposure, total_commission, trades; beta and alpha with a
// benchmark), so a script reads both the same way.

#include "scan/Portfolio.h"

#include <QIODevice>
#include <QJsonObject>

namespace rutile::scan {

/// The document of `result`; `list` names the watchlist. Beside the headline keys: the rank,
/// filter, settings and configuration, the range, annual_turnover, every rebalance with its
/// targets, the final holdings, the skipped symbols and, when computed, the risk figures.
QJsonObject portfolioJson(const PortfolioResult &result, const PortfolioRequest &request, const QString &list);

/// `date,symbol,units,close,weight`: the book after every day with a fill, by list position.
Status writePortfolioHoldingsCsv(QIODevice &device, const PortfolioResult &result);

/// `date,equity,cash,exposure,holdings,drawdown` and `benchmark` when there is one.
Status writePortfolioEquityCsv(QIODevice &device, const PortfolioResult &result);

} // namespace rutile::scan
