#pragma once

// CSV exports of a backtest: the trade list and the equity curve (shared/design/CLI.md).

#include "data/BarSeries.h"
#include "trading/Trade.h"
#include "util/Error.h"

#include <QIODevice>
#include <QStringList>

#include <span>
#include <vector>

namespace rutile::backtest {

/// `entry_date,entry_price,exit_date,exit_price,side,size,pnl,commission,exit_reason`, one row
/// per Trade (a pair trade: one row per leg, the traded leg first). With `symbols` not empty a
/// tenth column `symbol` names each row's leg. Numbers in their shortest exact form.
Status writeTradesCsv(QIODevice &device, std::span<const trading::Trade> trades, const QStringList &symbols = {});
Status writeTradesCsv(const QString &path, std::span<const trading::Trade> trades, const QStringList &symbols = {});

/// `date,equity,drawdown` and, when `benchmark` is not empty, `benchmark` (the benchmark's
/// close scaled to the starting equity; empty where it has no value yet).
Status writeEquityCsv(QIODevice &device, std::span<const DayNumber> days, std::span<const double> equity,
                      std::span<const double> drawdown, std::span<const double> benchmark = {});
Status writeEquityCsv(const QString &path, std::span<const DayNumber> days, std::span<const double> equity,
                      std::span<const double> drawdown, std::span<const double> benchmark = {});

} // namespace rutile::backtest
