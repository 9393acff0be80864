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
///
/// A run that finished is journaled behind its results: finished() delivers the outcome as
/// soon as it is computed, and the same pool thread then writes the journal entry (the best
/// point run again in full, the bars' fingerprint, one durable transaction) and delivers it
/// in journaled(). So the journal's disk commit, a few milliseconds here and far more on a
/// slow or network disk, never delays the results; the runner counts as running until the
/// entry is written, and a window that closes waits for it.
class BacktestRunner : public QObject {
    Q_OBJECT
public:
    explicit BacktestRunner(QObject *parent = nullptr);
    /// Asks a running job to stop and waits for it.
    ~BacktestRunner() override;

    /// Starts `job`. Ignored (returns false) while a job is computing; while the last one's
    /// entry is being journaled, waits for that first (it delivers journaled()).
    bool start(const BacktestJob &job);
    /// Asks the running job to stop; finished() follows.
    void cancel();
    bool isRunning() const;
    /// Blocks until the running job has finished and been journaled, and finished() and
    /// journaled() were emitted (tests, shutdown).
    void waitForFinished();

signals:
    void started();
    void progressChanged(int permille);
    /// The run's results, not yet journaled (entry empty).
    void finished(const rutile::ui::BacktestOutcomePtr &outcome);
    /// After finished() of a run that is journaled (BacktestOutcome::isJournaled): the same
    /// results with the journal entry (its id, or id 0 and journalWarning saying why not).
    void journaled(const rutile::ui::BacktestOutcomePtr &outcome);

private:
    void deliver(int index);

    QFutureWatcher<BacktestOutcomePtr> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_delivered = false; ///< finished() of the current run was emitted
};

} // namespace rutile::ui

Q_DECLARE_METATYPE(rutile::ui::BacktestOutcomePtr)
