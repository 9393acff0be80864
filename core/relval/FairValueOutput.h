#pragma once

// Fair values as JSON and CSV, for `rutile-cli fairvalue` and the Relative Value window: CLI.md's
// keys (fair_value, basis, mispricing, band_low, band_high, signal, profit_after_costs) plus the
// inputs; the history mode's summary and its daily rows.

#include "relval/FairValue.h"

#include <QIODevice>
#include <QJsonObject>

#include <span>

namespace rutile::relval {

QJsonObject fairValueJson(const FairValueInput &input, const FairValueResult &result);

/// n, first_date, last_date, mean_basis, mean_mispricing, days_outside_band (a signal that day),
/// share_outside_band and the last day's figures, as `last`.
QJsonObject fairValueHistoryJson(std::span<const FairValuePoint> points, const QString &spot, const QString &futures,
                                 const FairValueHistoryInput &input);

/// `date,days_to_expiry,spot,futures,rate,fair_value,basis,mispricing,signal`.
Status writeFairValueHistoryCsv(QIODevice &device, std::span<const FairValuePoint> points);

} // namespace rutile::relval
