#pragma once

#include "data/BarSeries.h"
#include "indicators/IndicatorRegistry.h"
#include "util/Error.h"

#include <QIODevice>

#include <vector>

namespace rutile {

/// Writes `Date` and one column per indicator output (the CLI headers: `sma(20)`,
/// `macd(12,26,9).signal`) for bars [first, last) of `bars`. Values carry 17 significant
/// digits so they read back to the same double; warm-up (NaN) cells are empty.
Status writeIndicatorCsv(QIODevice &device, const BarSeries &bars, const std::vector<indicators::IndicatorResult> &results,
                         std::size_t first, std::size_t last);

/// The same to a file (written atomically), or to standard output when `path` is "-".
Status writeIndicatorCsv(const QString &path, const BarSeries &bars, const std::vector<indicators::IndicatorResult> &results,
                         std::size_t first, std::size_t last);

} // namespace rutile
