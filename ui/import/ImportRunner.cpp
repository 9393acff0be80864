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

ImportOutcome ImportRunner::run(
    const QString &workspacePath, const ImportRequest &request, const TaskControl &control, bool confirmReplacement)
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
    // importHistory's two steps, with the comparison between them: parsing covers [0, 0.5] of
    // the progress and writing [0.5, 1].
    auto parsed = parseImport(request, control.part(0, 0.5));
    if (!parsed) {
        outcome.error = parsed.error();
        return outcome;
    }
    if (confirmReplacement) {
        auto comparison = compareWithCache(**workspace, parsed->report.symbol, parsed->series);
        if (!comparison) {
            outcome.error = comparison.error();
            return outcome;
        }
        if (control.cancelled()) {
            outcome.error = Error::cancelled(Text::tr("import cancelled"), request.filePath);
            return outcome;
        }
        if (comparison->replacesData()) {
            outcome.comparison = *comparison;
            outcome.pending = std::make_shared<ParsedImport>(std::move(*parsed));
            return outcome;
        }
    }
    return store(**workspace, std::move(*parsed), control);
}

ImportOutcome ImportRunner::store(Workspace &workspace, ParsedImport parsed, const TaskControl &control)
{
    ImportOutcome outcome;
    auto report = storeImport(workspace, std::move(parsed), control.part(0.5, 1.0));
    if (report)
        outcome.report = std::move(*report);
    else
        outcome.error = report.error();
    return outcome;
}

void ImportRunner::launch(std::function<ImportOutcome(const TaskControl &)> work)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancelFlag = m_cancel;
    QFuture<ImportOutcome> future = QtConcurrent::run([work = std::move(work), cancelFlag](QPromise<ImportOutcome> &promise) {
        promise.setProgressRange(0, kProgressSteps);
        TaskControl control;
        control.onProgress = [&promise](double fraction) {
            promise.setProgressValue(static_cast<int>(std::clamp(fraction, 0.0, 1.0) * kProgressSteps));
        };
        control.isCancellationRequested = [cancelFlag] { return cancelFlag->load(); };
        promise.addResult(work(control));
    });
    m_watcher.setFuture(future);
}

void ImportRunner::start(const QString &workspacePath, const ImportRequest &request, bool confirmReplacement)
{
    if (isRunning())
        return;
    launch([workspacePath, request, confirmReplacement](const TaskControl &control) {
        return run(workspacePath, request, control, confirmReplacement);
    });
}

void ImportRunner::storePending(const QString &workspacePath, std::shared_ptr<ParsedImport> parsed)
{
    if (isRunning() || !parsed)
        return;
    launch([workspacePath, parsed](const TaskControl &control) {
        ImportOutcome outcome;
        if (control.cancelled()) {
            outcome.error = Error::cancelled(Text::tr("import cancelled"), parsed->report.file);
            return outcome;
        }
        auto workspace = Workspace::open(workspacePath);
        if (!workspace) {
            outcome.error = workspace.error();
            return outcome;
        }
        return store(**workspace, *parsed, control);
    });
}

} // namespace rutile::ui
