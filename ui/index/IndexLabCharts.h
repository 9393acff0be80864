#pragma once

#include "data/BarSeries.h"
#include "index/HoldingsAnalysis.h"

class QChart;

namespace rutile::ui {

/// Sector weights as horizontal bars, largest on top; with a comparison, the other snapshot's
/// weights beside them (seed 001's small-cap against large-cap allocation).
QChart *makeSectorWeightChart(const index::HoldingsAnalysis &analysis, const QString &name,
                              const std::vector<index::SectorComparison> &comparison, const QString &otherName);

/// An index level over time on a logarithmic axis (38 years of compounding read evenly).
QChart *makeIndexLevelChart(const BarSeries &levels, const QString &title);

} // namespace rutile::ui
