#include "import/ImportRunner.h"

#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace rutile::ui {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::ui::ImportRunner)
};
constexpr int kProgressSteps = 1000;
} // namespace

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &ImportRunner::progressChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const QFuture<ImportOutcome> future = m_watcher.future();
        ImportOutcome outcome;
        if (future.resultCount() > 0)
            outcome = future.result();
        else
            outcome.error = Error::internal(Text::tr("the import ended without a result"));
        emit finished(outcome);
    });
}

ImportRunner::~ImportRunner()
{
    if (isRunning()) {
        cancel();
        m_watcher.waitForFinished();
    }
}

bool ImportRunner::isRunning() const
{
    return m_watcher.isRunning();
}

void ImportRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

ImportOutcome ImportRunner::run(const QString &workspacePath, const ImportRequest &request, const TaskControl &control)
{
    ImportOutcome outcome;
    if (control.cancelled()) {
        outcome.error = Error::cancelled(Text::tr("import cancelled"), request.filePath);
        return outcome;
    }
    auto workspace = Workspace::open(workspacePath);
    if (!workspace) {
        outcome.error = workspace.error();
        return outcome;
    }
    auto report = importHistory(**workspace, request, control);
    if (report)
        outcome.report = std::move(*report);
    else
        outcome.error = report.error();
    return outcome;
}

void ImportRunner::start(const QString &workspacePath, const ImportRequest &request)
{
    if (isRunning())
        return;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelFlag = m_cancel;
    QFuture<ImportOutcome> future
        = QtConcurrent::run([workspacePath, request, cancelFlag](QPromise<ImportOutcome> &promise) {
              promise.setProgressRange(0, kProgressSteps);
              TaskControl control;
              control.onProgress = [&promise](double fraction) {
                  promise.setProgressValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kProgressSteps));
              };
              control.isCancellationRequested = [cancelFlag] { return cancelFlag->load(); };
              promise.addResult(run(workspacePath, request, control));
          });
    m_watcher.setFuture(future);
}

} // namespace rutile::ui
