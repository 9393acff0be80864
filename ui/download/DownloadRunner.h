#pragma once

#include "import/HistoryDownload.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace rutile::ui {

/// Runs a batch of downloads or updates (core runDownloads) off the GUI thread and reports
/// each symbol as it ends. cancel() stops it between and inside requests; symbols not finished
/// by then are left as they were.
class DownloadRunner : public QObject {
    Q_OBJECT
public:
    explicit DownloadRunner(QObject *parent = nullptr);
    /// Cancels a running batch and waits for it.
    ~DownloadRunner() override;

    /// Starts `jobs` on the workspace file at `workspacePath`; ignored while a batch runs.
    void start(const QString &workspacePath, std::vector<DownloadJob> jobs, BatchOptions options);
    void cancel();
    bool isRunning() const;
    /// The outcomes of the last finished batch, in the order of its jobs.
    const std::vector<DownloadOutcome> &outcomes() const { return m_outcomes; }

signals:
    /// A symbol ended: `done` of `total` are finished; `label` is the symbol as given.
    void itemFinished(int done, int total, const QString &label, bool ok);
    void finished();

private:
    QFutureWatcher<std::vector<DownloadOutcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::vector<DownloadOutcome> m_outcomes;
};

} // namespace rutile::ui
