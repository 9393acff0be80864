#pragma once

#include "util/Error.h"

#include <QString>
#include <Qt>

class QAbstractItemModel;
class QAbstractItemView;

namespace rutile::ui {

/// Role under which a model may give a machine-readable cell for export (a plain number,
/// an ISO date); cells without it are exported as displayed.
inline constexpr int kExportRole = Qt::UserRole + 100;

/// The model's table as RFC 4180 CSV: a header line from the horizontal headers, then one
/// line per row; fields with a comma, quote or line break are quoted. Lines end in "\n".
QString tableToCsv(const QAbstractItemModel &model);

/// Writes tableToCsv(model) to `path` (UTF-8). The Error names the file on failure.
Status writeTableCsv(const QAbstractItemModel &model, const QString &path);

/// Adds an "Export as CSV…" entry to the view's context menu that asks for a file name
/// and writes the view's model; `suggestedName` is the default file name.
void addCsvExportAction(QAbstractItemView *view, const QString &suggestedName);
/// Asks for a file (suggesting `suggestedName`) and writes the view's model to it.
void exportTableCsvDialog(QAbstractItemView *view, const QString &suggestedName);

} // namespace rutile::ui
