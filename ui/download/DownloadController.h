#pragma once

#include "import/HistoryDownload.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace rutile::ui {

class DownloadRunner;
class MainWindow;

/// The Data menu's downloads: Download..., Update All, the empty workspace's "Download the
/// Russell 2000 and the S&P 500", with progress and Cancel in the status bar, and a summary of
/// what failed and why when a batch ends. Everything runs through core runDownloads, the call
/// `rutile-cli download` and `update` make.
class DownloadController : public QObject {
    Q_OBJECT
public:
    explicit DownloadController(MainWindow *window);

    QAction *downloadAction() const { return m_download; }
    QAction *updateAllAction() const { return m_updateAll; }
    QAction *cancelAction() const { return m_cancel; }
    DownloadRunner *runner() const { return m_runner; }
    QProgressBar *progressBar() const { return m_progress; }
    /// The status bar text of the running or last batch.
    QString statusText() const;

    /// Starts `jobs` in the open workspace with the saved network settings; false when a batch
    /// is already running or no workspace is open. `what` names the batch in the status bar.
    bool start(std::vector<DownloadJob> jobs, const QString &what);

public slots:
    void showDownloadDialog();
    /// The Download dialog with `symbols` filled in (the index lab's constituents not yet cached).
    void showDownloadDialogFor(const QStringList &symbols);
    void updateAll();
    void downloadIndexes();
    void showNetworkSettings();

signals:
    /// A batch ended (the symbol list is already refreshed).
    void batchFinished();

private:
    void onItemFinished(int done, int total, const QString &label, bool ok);
    void onFinished();
    void setRunning(bool running);
    void showSummary(const QString &text);

    MainWindow *m_window;
    DownloadRunner *m_runner;
    QAction *m_download = nullptr;
    QAction *m_updateAll = nullptr;
    QAction *m_cancel = nullptr;
    QLabel *m_label = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QString m_what;
    int m_failed = 0;
    QTimer m_summaryTimer; ///< hides the last batch's summary after a while
};

/// Adds the Data menu's download actions to `window` and wires the empty workspace's button.
DownloadController *installDownloads(MainWindow *window);

} // namespace rutile::ui
