#pragma once

#include "risk/RiskReport.h"
#include "risk/RiskTableModel.h"

namespace rutile::ui {

// The three statistics tables of the risk dashboard, filled from a report. Display text
// shows returns in percent; the export role keeps the plain numbers of the CLI's JSON.

/// Panel A (moments) and B (volatility): Statistic | Daily | Annualised.
void fillReturnTable(RiskTableModel &model, const risk::RiskReport &report);

/// Panel C (VaR, ES, Gaussian and Cornish–Fisher VaR) and D (EVT): Statistic | Left tail | Right tail.
void fillTailTable(RiskTableModel &model, const risk::RiskReport &report);

/// Panel E (drawdowns) and F (benchmark): Statistic | Value.
void fillDrawdownBenchmarkTable(RiskTableModel &model, const risk::RiskReport &report);

/// The same three tables with no report (headers only), for the empty dashboard.
void clearRiskTables(RiskTableModel &returns, RiskTableModel &tails, RiskTableModel &other);

} // namespace rutile::ui
