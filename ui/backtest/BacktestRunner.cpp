#include "backtest/BacktestRunner.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

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
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &BacktestRunner::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::resultsReadyAt, this, [this](int begin, int end) {
        for (int i = begin; i < end; ++i)
            deliver(i);
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_delivered)
            return;
        auto empty = std::make_shared<BacktestOutcome>();
        empty->error = Error::internal(Text::tr("the run ended without a result"));
        m_delivered = true;
        emit finished(empty);
    });
}

void BacktestRunner::deliver(int index)
{
    const BacktestOutcomePtr outcome = m_watcher.future().resultAt(index);
    if (index == 0) {
        m_delivered = true;
        emit finished(outcome);
    } else {
        emit journaled(outcome);
    }
}

BacktestRunner::~BacktestRunner()
{
    if (isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
}

bool BacktestRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void BacktestRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BacktestRunner::waitForFinished()
{
    if (!isRunning())
        return;
    m_watcher.waitForFinished();
    // The watcher reports through queued events; deliver them so finished() has been emitted.
    QCoreApplication::sendPostedEvents(&m_watcher);
    QCoreApplication::processEvents();
}

bool BacktestRunner::start(const BacktestJob &job)
{
    if (isRunning()) {
        if (!m_delivered)
            return false;
        // Only the last run's journal entry is left to write (milliseconds): wait for it and
        // deliver its journaled() first, without running other events inside this call.
        m_watcher.waitForFinished();
        QCoreApplication::sendPostedEvents(&m_watcher);
    }
    m_delivered = false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelFlag = m_cancel;
    QFuture<BacktestOutcomePtr> future = QtConcurrent::run([job, cancelFlag](QPromise<BacktestOutcomePtr> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        TaskControl control;
        control.onProgress = [&promise](double fraction) {
            promise.setProgressValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kProgressSteps));
        };
        control.isCancellationRequested = [cancelFlag] { return cancelFlag->load(); };
        ComputedJob computed = computeBacktestJob(job, control);
        auto shown = std::make_shared<const BacktestOutcome>(std::move(computed.outcome));
        promise.addResult(shown); // finished(): the results, before the journal's disk commit
        if (!computed.basis)
            return;
        // The entry is written from a copy: the GUI thread reads the shown outcome meanwhile.
        auto kept = std::make_shared<BacktestOutcome>(*shown);
        journalOutcome(*kept, *computed.basis);
        promise.addResult(BacktestOutcomePtr(std::move(kept)));
    });
    m_watcher.setFuture(future);
    emit started();
    return true;
}

} // namespace rutile::ui
