#pragma once

// Work the user has just asked for and waits on, such as a report being written to the file they
// named: it runs on a thread of its own while the window stays painted; when it lasts more than
// a moment, an application-modal dialog shows its progress and offers Cancel, and stays up until
// the work has ended (Cancel asks the work to stop at its next check). The call returns then,
// with the work's status (Cancelled when the user stopped it). Work that goes on while the user
// does other things has a runner of its own (BackgroundTask, the backtest runner).

#include "util/Error.h"
#include "util/TaskControl.h"

#include <QString>

#include <functional>

class QWidget;

namespace rutile::ui {

/// How long the work runs before the progress dialog appears; until then the cursor is busy and
/// user input waits.
inline constexpr int kProgressDialogDelayMs = 400;

/// Runs `work` on another thread; `label` says what it does in the dialog, `parent` owns it.
Status runWithProgress(QWidget *parent, const QString &label, const std::function<Status(const TaskControl &)> &work);

} // namespace rutile::ui
