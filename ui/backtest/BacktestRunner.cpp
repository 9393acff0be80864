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
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<BacktestOutcomePtr> future = m_watcher.future();
        BacktestOutcomePtr outcome;
        if (future.resultCount() > 0)
            outcome = future.result();
        if (!outcome) {
            auto empty = std::make_shared<BacktestOutcome>();
            empty->error = Error::internal(Text::tr("the run ended without a result"));
            outcome = std::move(empty);
        }
        emit finished(outcome);
    });
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
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelFlag = m_cancel;
    QFuture<BacktestOutcomePtr> future = QtConcurrent::run([job, cancelFlag](QPromise<BacktestOutcomePtr> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        TaskControl control;
        control.onProgress = [&promise](double fraction) {
            promise.setProgressValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kProgressSteps));
        };
        control.isCancellationRequested = [cancelFlag] { return cancelFlag->load(); };
        promise.addResult(std::make_shared<const BacktestOutcome>(runBacktestJob(job, control)));
    });
    m_watcher.setFuture(future);
    emit started();
    return true;
}

} // namespace rutile::ui
