#pragma once

#include "backtest/BacktestJob.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

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
/// soon as it is computed, and a thread of the runner's own then builds and commits the journal
/// entry (the best point run again in full, the bars' fingerprint, one durable transaction) and
/// delivers it in journaled(). So the journal's disk commit, a few milliseconds here and far
/// more on a slow or network disk or behind another writer's lock, never delays the results,
/// and the next run can start at once: entries are written one after the other, in the order
/// of the runs. A runner that is destroyed waits for the entries still to be written.
class BacktestRunner : public QObject {
    Q_OBJECT
public:
    explicit BacktestRunner(QObject *parent = nullptr);
    /// Asks a running job to stop and waits for it and for the entries still to be written.
    ~BacktestRunner() override;

    /// Starts `job`. Ignored (returns false) while a job is computing.
    bool start(const BacktestJob &job);
    /// Asks the running job to stop; finished() follows.
    void cancel();
    /// From start() until finished() has been emitted (not while its entry is written).
    bool isRunning() const;
    /// While an entry is still to be written (journaled() not yet emitted).
    bool isJournaling() const;
    /// Blocks until the running job has finished, every entry is written, and finished() and
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
    void onComputed();
    void startJournal(const BacktestOutcomePtr &shown, std::shared_ptr<const JournalBasis> basis);

    QFutureWatcher<ComputedJobPtr> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    /// From start() until finished() is emitted, on the GUI thread: the watcher's own state
    /// ends before its queued signal arrives, and a new run must not begin in between.
    bool m_busy = false;
    QThreadPool m_journalPool; ///< one thread: entries written in the order of the runs
    int m_journalsPending = 0;
};

} // namespace rutile::ui

Q_DECLARE_METATYPE(rutile::ui::BacktestOutcomePtr)
