#include "ProgressRun.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <memory>

namespace rutile::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::ProgressRun)
};

constexpr int kPermille = 1000;

/// Threads of their own for work the user waits on: the global pool may be busy with a grid
/// search or a download for minutes, and a report must not queue behind them under a modal
/// dialog.
QThreadPool &waitedWorkPool()
{
    static QThreadPool pool;
    return pool;
}

/// A progress dialog that stays up until the work has ended: Cancel, Esc and the close button
/// ask the work to stop (QProgressDialog's own would hide it at once, and leave the user free to
/// close the window whose call is still running).
class WaitDialog : public QProgressDialog {
public:
    WaitDialog(const QString &label, QWidget *parent, std::shared_ptr<std::atomic_bool> cancel)
        : QProgressDialog(label, Text::tr("Cancel"), 0, kPermille, parent), m_cancel(std::move(cancel))
    {
        setObjectName(QStringLiteral("progressRunDialog"));
        setWindowTitle(QGuiApplication::applicationDisplayName());
        setMinimumWidth(fontMetrics().averageCharWidth() * 48); // room for a file name
        setWindowModality(Qt::ApplicationModal); // nothing else to click while the file is written
        setAutoClose(false);
        setAutoReset(false);
        setMinimumDuration(0);
        // QProgressDialog connects canceled() to its cancel() by name, which hides it: undone by name.
        disconnect(this, SIGNAL(canceled()), this, SLOT(cancel()));
        connect(this, &QProgressDialog::canceled, this, &WaitDialog::requestCancel);
    }

    void reject() override { requestCancel(); } // Esc

protected:
    void closeEvent(QCloseEvent *event) override
    {
        event->ignore();
        requestCancel();
    }

private:
    void requestCancel()
    {
        if (m_cancel->exchange(true))
            return;
        setLabelText(Text::tr("Cancelling..."));
        if (auto *button = findChild<QPushButton *>())
            button->setEnabled(false);
    }

    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace

Status runWithProgress(QWidget *parent, const QString &label, const std::function<Status(const TaskControl &)> &work)
{
    // Shared with the pool thread, which may still be reading them when a stray signal arrives.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto permille = std::make_shared<std::atomic_int>(0);
    TaskControl control;
    control.onProgress = [permille](double fraction) { permille->store(int(std::clamp(fraction, 0.0, 1.0) * kPermille)); };
    control.isCancellationRequested = [cancel] { return cancel->load(); };

    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run(&waitedWorkPool(), [&work, control] { return work(control); }));

    // A moment first, the window painted, a busy cursor, and the user's clicks and keys held back
    // (they arrive afterwards): most reports are done by then, and no dialog flashes.
    {
        QGuiApplication::setOverrideCursor(Qt::BusyCursor);
        QTimer moment;
        moment.setSingleShot(true);
        QObject::connect(&moment, &QTimer::timeout, &loop, &QEventLoop::quit);
        moment.start(kProgressDialogDelayMs);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        QGuiApplication::restoreOverrideCursor();
    }

    if (!watcher.isFinished()) {
        // On the heap: should the parent go while the work ends, it takes the dialog with it.
        QPointer<WaitDialog> dialog = new WaitDialog(label, parent, cancel);
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, dialog, [dialog, permille] { dialog->setValue(permille->load()); });
        tick.start(50);
        dialog->setValue(permille->load());
        dialog->show();
        if (!watcher.isFinished())
            loop.exec();
        delete dialog.data();
    }
    watcher.waitForFinished();
    return watcher.result();
}

} // namespace rutile::ui
