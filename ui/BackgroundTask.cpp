#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace rutile::ui {

namespace {
constexpr int kPermille = 1000;
}

BackgroundTask::BackgroundTask(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &BackgroundTask::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy = false;
        emit finished();
    });
}

BackgroundTask::~BackgroundTask()
{
    if (m_watcher.isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
}

bool BackgroundTask::isRunning() const
{
    return m_busy;
}

void BackgroundTask::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundTask::waitForFinished()
{
    m_watcher.waitForFinished();
    // The watcher reports through queued events: deliver them, so finished() has been emitted.
    while (m_busy) {
        QCoreApplication::sendPostedEvents(&m_watcher);
        QCoreApplication::processEvents();
    }
}

bool BackgroundTask::start(std::function<void(const TaskControl &)> work)
{
    if (isRunning())
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), cancelFlag](QPromise<void> &promise) {
        promise.setProgressRange(0, kPermille);
        TaskControl control;
        control.onProgress = [&promise](double fraction) {
            promise.setProgressValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kPermille));
        };
        control.isCancellationRequested = [cancelFlag] { return cancelFlag->load(); };
        work(control);
    }));
    return true;
}

} // namespace rutile::ui
