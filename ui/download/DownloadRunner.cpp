#include "DownloadRunner.h"

#include <QPointer>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace rutile::ui {

DownloadRunner::DownloadRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::vector<DownloadOutcome>>::finished, this, [this] {
        m_outcomes = m_watcher.future().resultCount() > 0 ? m_watcher.future().result() : std::vector<DownloadOutcome>();
        emit finished();
    });
}

DownloadRunner::~DownloadRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

void DownloadRunner::start(const QString &workspacePath, std::vector<DownloadJob> jobs, BatchOptions options)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_cancel;
    auto done = std::make_shared<std::atomic_int>(0);
    const int total = int(jobs.size());
    QPointer<DownloadRunner> self(this);
    options.onFinished = [self, done, total, jobs](std::size_t index, const DownloadOutcome &outcome) {
        const int finished = ++*done;
        const QString label = jobs[index].label();
        const bool ok = outcome.ok();
        // Queued to the runner's thread; dropped when the runner is gone.
        QMetaObject::invokeMethod(self.data(), [self, finished, total, label, ok] {
            if (self)
                emit self->itemFinished(finished, total, label, ok);
        }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([workspacePath, jobs = std::move(jobs), options, cancelFlag](
                                              QPromise<std::vector<DownloadOutcome>> &promise) {
        TaskControl control;
        control.isCancellationRequested = [cancelFlag] { return cancelFlag->load(); };
        promise.addResult(runDownloads(workspacePath, jobs, options, control));
    }));
}

void DownloadRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool DownloadRunner::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace rutile::ui
