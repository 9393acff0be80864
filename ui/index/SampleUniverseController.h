#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QLabel;
class QProgressBar;
class QToolButton;

namespace rutile::ui {

class BackgroundTask;
class MainWindow;

/// Fills the sample workspace with its synthetic constituent universe (2,000 stocks, about
/// 15 s and 900 MB) on a worker thread, with progress and Cancel in the main window's
/// status bar: started when the sample opens without it, or by the Index Lab's Generate.
/// The writing goes in steps (populateSampleUniverse), so the main window's own writes wait a
/// step at most, and a cancelled or interrupted fill resumes the next time it starts.
class SampleUniverseController : public QObject {
    Q_OBJECT
public:
    explicit SampleUniverseController(MainWindow *window);
    ~SampleUniverseController() override;

    /// Constituents a fill writes: kDefaultSampleUniverse unless set (tests use a few);
    /// 0 leaves the sample without its universe when it opens.
    void setUniverseSize(int constituents) { m_size = constituents; }
    int universeSize() const { return m_size; }

    /// Fills the workspace at `path` unless it has its universe already (or the size is 0);
    /// true when a fill started.
    bool start(const QString &path);
    void cancel();
    bool isRunning() const;
    void waitForFinished(); ///< tests
    /// The status bar's text: the running fill or the last one's outcome.
    QString statusText() const;

signals:
    void runningChanged(bool running);
    /// The fill ended; `complete`: the universe is in the workspace and its watchlist.
    void finished(bool complete);

private:
    struct Outcome;
    void finish();
    void setRunning(bool running);

    MainWindow *m_window;
    BackgroundTask *m_task;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTimer m_summaryTimer; ///< hides the outcome after a while
    std::shared_ptr<Outcome> m_outcome; ///< the running fill's, written by its thread
    QString m_path;
    int m_size;
};

/// Adds the controller to `window` (it starts a fill whenever the sample workspace opens).
SampleUniverseController *installSampleUniverse(MainWindow *window);

} // namespace rutile::ui
