#include "ProgressRun.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QProgressDialog>
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
    watcher.setFuture(QtConcurrent::run([&work, control] { return work(control); }));

    // A moment first with the window painted but the user's clicks and keys held back (they
    // arrive afterwards): most reports are done by then, and no dialog flashes.
    QTimer moment;
    moment.setSingleShot(true);
    QObject::connect(&moment, &QTimer::timeout, &loop, &QEventLoop::quit);
    moment.start(kProgressDialogDelayMs);
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!watcher.isFinished()) {
        QProgressDialog dialog(label, Text::tr("Cancel"), 0, kPermille, parent);
        dialog.setObjectName(QStringLiteral("progressRunDialog"));
        dialog.setWindowTitle(QGuiApplication::applicationDisplayName());
        dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 48); // room for a file name
        dialog.setWindowModality(Qt::ApplicationModal); // nothing else to click while the file is written
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        dialog.setMinimumDuration(0);
        QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancel, &dialog] {
            cancel->store(true);
            dialog.setLabelText(Text::tr("Cancelling..."));
        });
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, &dialog, [&dialog, permille] { dialog.setValue(permille->load()); });
        tick.start(50);
        dialog.setValue(permille->load());
        dialog.show();
        if (!watcher.isFinished())
            loop.exec();
    }
    watcher.waitForFinished();
    return watcher.result();
}

} // namespace rutile::ui
