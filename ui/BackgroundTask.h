#pragma once

// One piece of long work on a thread-pool thread, with progress and cancel, for windows whose
// work has no runner of its own (the index lab's build and sample generation). The work
// writes its result into state the caller shares with it; finished() says it is there.

#include "util/TaskControl.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace rutile::ui {

class BackgroundTask : public QObject {
    Q_OBJECT
public:
    explicit BackgroundTask(QObject *parent = nullptr);
    ~BackgroundTask() override; ///< cancels and waits: the work never outlives its owner

    /// Starts `work`; false while another run is under way.
    bool start(std::function<void(const TaskControl &)> work);
    void cancel();
    /// True until finished() of the current run has been emitted.
    bool isRunning() const;
    /// Blocks until the run ends and delivers finished() (tests).
    void waitForFinished();

signals:
    void progressChanged(int permille);
    void finished();

private:
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    // True from start() until finished() has been delivered: the future ends before its queued
    // finished signal arrives, and a new run must not begin in between.
    bool m_busy = false;
};

} // namespace rutile::ui
