#pragma once

// Work the user has just asked for and waits on, such as a report being written to the file they
// named: it runs on a pool thread while the window stays painted; when it lasts more than
// a moment, a modal dialog shows its progress and offers Cancel. The call returns when the work
// has ended, with its status (Cancelled when the user stopped it). Work that goes on while the
// user does other things has a runner of its own (BackgroundTask, the backtest runner).

#include "util/Error.h"
#include "util/TaskControl.h"

#include <QString>

#include <functional>

class QWidget;

namespace rutile::ui {

/// How long the work runs before the progress dialog appears; user input waits until then.
inline constexpr int kProgressDialogDelayMs = 400;

/// Runs `work` on a pool thread; `label` says what it does in the dialog, `parent` owns it.
Status runWithProgress(QWidget *parent, const QString &label, const std::function<Status(const TaskControl &)> &work);

} // namespace rutile::ui
