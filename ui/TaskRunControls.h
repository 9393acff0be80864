#pragma once

// The controls of one piece of long work in a window: Run, Cancel, a progress bar shown while it
// runs and a status line, over a BackgroundTask. One implementation of the running state (Run
// off and Cancel on while it runs, the bar reset) for the Scanner's two tabs.

#include "util/TaskControl.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;

namespace rutile::ui {

class BackgroundTask;

class TaskRunControls : public QWidget {
    Q_OBJECT
public:
    explicit TaskRunControls(const QString &runText, QWidget *parent = nullptr);

    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *statusLabel() const { return m_status; }
    /// The row of Run and Cancel: a window adds its own buttons after them.
    QHBoxLayout *buttonRow() const { return m_buttons; }

    /// Starts `work` on a worker thread and shows it running; false while a run is under way.
    bool start(std::function<void(const TaskControl &)> work);
    bool isRunning() const;
    void cancel();
    void waitForFinished(); ///< tests

    void setStatus(const QString &text);
    QString status() const;

    /// Calls `f` now when no run is under way, else once the run has ended, before finished()
    /// (a window reloading its symbols waits for the run that reads them). A later call replaces
    /// a wait not yet done.
    void whenIdle(std::function<void()> f);

signals:
    /// Run was clicked.
    void runRequested();
    /// The run ended (finished, failed or cancelled); Run is enabled again.
    void finished();

private:
    void setRunning(bool running);

    QPushButton *m_run;
    QPushButton *m_cancel;
    QHBoxLayout *m_buttons;
    QProgressBar *m_progress;
    QLabel *m_status;
    BackgroundTask *m_task;
    std::function<void()> m_whenIdle;
};

} // namespace rutile::ui
