#pragma once

#include "backtest/BacktestJob.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace rutile::ui {

/// Runs a BacktestJob on a thread-pool thread (the house pattern of ImportRunner):
/// QtConcurrent::run with a QPromise, TaskControl progress forwarded to the promise and
/// re-emitted here in permille on the GUI thread, cancel() raising a flag the engine polls.
/// The future itself is never cancelled, so finished() always reports what really happened
/// (a cancelled grid search still delivers the points it finished).
///
/// The grid search spreads its points over every core with its own threads; the pool thread
/// only coordinates.
class BacktestRunner : public QObject {
    Q_OBJECT
public:
    explicit BacktestRunner(QObject *parent = nullptr);
    /// Asks a running job to stop and waits for it.
    ~BacktestRunner() override;

    /// Starts `job`. Ignored (returns false) while a job is running.
    bool start(const BacktestJob &job);
    /// Asks the running job to stop; finished() follows.
    void cancel();
    bool isRunning() const;
    /// Blocks until the running job has finished and finished() was emitted (tests, shutdown).
    void waitForFinished();

signals:
    void started();
    void progressChanged(int permille);
    void finished(const rutile::ui::BacktestOutcomePtr &outcome);

private:
    QFutureWatcher<BacktestOutcomePtr> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace rutile::ui

Q_DECLARE_METATYPE(rutile::ui::BacktestOutcomePtr)
