#pragma once

// The index lab's tables as item models: holdings, top ten and sectors laid out like seed 002's
// Tables 1 and 2, and the attribution of a built index. Every number cell sorts by its value
// and exports it plainly (kExportRole), so CSV gets 0.0118 where the table shows 1.18 %.

#include "index/HoldingsAnalysis.h"
#include "index/IndexEngine.h"

#include <QStandardItemModel>

class QTableView;

namespace rutile::ui {

/// Role the lab's models sort by (numbers as numbers, text as text).
inline constexpr int kLabSortRole = Qt::UserRole + 1;

void fillTopTen(QStandardItemModel &model, const index::HoldingsAnalysis &analysis);
/// Sectors by weight; with a comparison, the other snapshot's weight and the difference too.
void fillSectors(QStandardItemModel &model, const index::HoldingsAnalysis &analysis,
                 const std::vector<index::SectorComparison> &comparison, const QString &otherName);
void fillHoldings(QStandardItemModel &model, const index::HoldingsAnalysis &analysis);
void fillContributions(QStandardItemModel &model, const index::IndexBuild &build);
void fillSectorContributions(QStandardItemModel &model, const index::IndexBuild &build);

/// A sortable, read-only table view on `model` with "Export as CSV…" (file `exportName`.csv).
QTableView *makeLabTable(QStandardItemModel *model, const QString &exportName, QWidget *parent);

} // namespace rutile::ui
