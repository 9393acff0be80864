#include "backtest/BacktestRunner.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace rutile::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::BacktestRunner)
};
constexpr int kProgressSteps = 1000;
} // namespace

BacktestRunner::BacktestRunner(QObject *parent)
    : QObject(parent)
{
    m_journalPool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &BacktestRunner::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &BacktestRunner::onComputed);
}

BacktestRunner::~BacktestRunner()
{
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
    // A run computed whose finished() never came: its entry is written all the same.
    const QFuture<ComputedJobPtr> future = m_watcher.future();
    if (m_busy && future.isFinished() && future.resultCount() > 0) {
        if (const ComputedJobPtr computed = future.result(); computed && computed->basis)
            journalOutcome(computed->outcome, *computed->basis);
    }
    m_journalPool.waitForDone();
}

bool BacktestRunner::isRunning() const
{
    return m_busy;
}

bool BacktestRunner::isJournaling() const
{
    return m_journalsPending > 0;
}

void BacktestRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BacktestRunner::waitForFinished()
{
    m_watcher.waitForFinished();
    // The watcher reports through queued events; deliver them so finished() has been emitted
    // (which hands the entry to the journal's thread), then wait for the entries likewise.
    QCoreApplication::sendPostedEvents(&m_watcher);
    m_journalPool.waitForDone();
    while (m_journalsPending > 0) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    QCoreApplication::processEvents();
}

bool BacktestRunner::start(const BacktestJob &job)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelFlag = m_cancel;
    QFuture<ComputedJobPtr> future = QtConcurrent::run([job, cancelFlag](QPromise<ComputedJobPtr> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        TaskControl control;
        control.onProgress = [&promise](double fraction) {
            promise.setProgressValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kProgressSteps));
        };
        control.isCancellationRequested = [cancelFlag] { return cancelFlag->load(); };
        promise.addResult(std::make_shared<ComputedJob>(computeBacktestJob(job, control)));
    });
    m_watcher.setFuture(future);
    emit started();
    return true;
}

void BacktestRunner::onComputed()
{
    const QFuture<ComputedJobPtr> future = m_watcher.future();
    const ComputedJobPtr computed = future.resultCount() > 0 ? future.result() : nullptr;
    m_busy = false;
    if (!computed) {
        auto empty = std::make_shared<BacktestOutcome>();
        empty->error = Error::internal(Text::tr("the run ended without a result"));
        emit finished(empty);
        return;
    }
    const auto shown = std::make_shared<const BacktestOutcome>(std::move(computed->outcome));
    if (computed->basis)
        startJournal(shown, std::move(computed->basis)); // before finished(): a slot may start the next run
    emit finished(shown);
}

void BacktestRunner::startJournal(const BacktestOutcomePtr &shown, std::shared_ptr<const JournalBasis> basis)
{
    ++m_journalsPending;
    auto *watcher = new QFutureWatcher<BacktestOutcomePtr>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        --m_journalsPending;
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            emit journaled(watcher->future().result());
    });
    // The entry is written into a copy: the GUI thread reads the shown outcome meanwhile.
    watcher->setFuture(QtConcurrent::run(&m_journalPool, [shown, basis]() -> BacktestOutcomePtr {
        try {
            auto kept = std::make_shared<BacktestOutcome>(*shown);
            journalOutcome(*kept, *basis);
            return kept;
        } catch (const std::exception &) { // out of memory: the results stand, without an entry
            return shown;
        }
    }));
}

} // namespace rutile::ui
