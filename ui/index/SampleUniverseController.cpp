#include "index/SampleUniverseController.h"

#include "BackgroundTask.h"
#include "MainWindow.h"
#include "import/SampleWorkspace.h"
#include "storage/Workspace.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

#include <memory>

namespace rutile::ui {

namespace {
constexpr int kSummaryMilliseconds = 15000;
}

struct SampleUniverseController::Outcome {
    Status status;
};

SampleUniverseController::SampleUniverseController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_task(new BackgroundTask(this))
    , m_label(new QLabel(window))
    , m_progress(new QProgressBar(window))
    , m_cancel(new QToolButton(window))
    , m_size(kDefaultSampleUniverse)
{
    setObjectName(QStringLiteral("sampleUniverseController"));
    m_label->setObjectName(QStringLiteral("sampleUniverseStatus"));
    m_progress->setObjectName(QStringLiteral("sampleUniverseProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_cancel->setObjectName(QStringLiteral("sampleUniverseCancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop generating the sample universe; what is written is kept, and the next start "
                            "goes on from there"));
    window->statusBar()->addPermanentWidget(m_label);
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_cancel);
    m_label->hide();
    m_progress->hide();
    m_cancel->hide();
    m_summaryTimer.setSingleShot(true);
    connect(&m_summaryTimer, &QTimer::timeout, m_label, &QLabel::hide);

    connect(m_cancel, &QToolButton::clicked, this, &SampleUniverseController::cancel);
    connect(m_task, &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_task, &BackgroundTask::finished, this, &SampleUniverseController::finish);
    connect(window, &MainWindow::sampleWorkspaceOpened, this, &SampleUniverseController::start);
    // The fill belongs to the workspace it writes: another one in the window stops it.
    connect(window, &MainWindow::workspaceChanged, this, [this] {
        if (isRunning() && !m_window->showsWorkspace(m_path))
            cancel();
    });
}

SampleUniverseController::~SampleUniverseController() = default;

bool SampleUniverseController::isRunning() const
{
    return m_task->isRunning();
}

void SampleUniverseController::cancel()
{
    m_task->cancel();
}

void SampleUniverseController::waitForFinished()
{
    m_task->waitForFinished();
}

QString SampleUniverseController::statusText() const
{
    return m_label->isVisible() ? m_label->text() : QString();
}

bool SampleUniverseController::start(const QString &path)
{
    if (isRunning() || m_size <= 0)
        return false;
    // Known complete without starting a thread: the usual case once the sample has it. A sample
    // made before the universe had its fund gets it now (its stocks are kept, not written again).
    if (auto ws = Workspace::open(path, WorkspaceAccess::Read)) {
        const auto lists = (*ws)->watchlists();
        if (lists && lists->contains(QString::fromLatin1(kSampleUniverseList))
            && (*ws)->readHoldings(QString::fromLatin1(kSampleFundName)))
            return false;
    }
    m_path = path;
    m_outcome = std::make_shared<Outcome>();
    const int size = m_size;
    m_label->setText(tr("Sample universe..."));
    m_label->setToolTip(tr("Generating %1 synthetic stocks for the sample workspace (about 15 seconds); the "
                           "symbols, the Index Lab and the watchlist %2 get them when they are complete")
                            .arg(QLocale().toString(size), QString::fromLatin1(kSampleUniverseList)));
    setRunning(true);
    return m_task->start([outcome = m_outcome, path, size](const TaskControl &control) {
        auto ws = Workspace::open(path);
        outcome->status = ws ? populateSampleUniverse(**ws, size, control) : Status(ws.error());
    });
}

void SampleUniverseController::finish()
{
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    setRunning(false);
    const bool complete = outcome && outcome->status.ok();
    if (complete) {
        m_label->setText(tr("The sample universe is ready: %1 synthetic stocks in the watchlist %2.")
                             .arg(QLocale().toString(m_size), QString::fromLatin1(kSampleUniverseList)));
    } else if (outcome && outcome->status.error().kind == ErrorKind::Cancelled) {
        m_label->setText(tr("The sample universe was stopped; what was written is kept, and it goes on the next "
                            "time the sample opens."));
    } else {
        m_label->setText(tr("Cannot generate the sample universe: %1")
                             .arg(outcome ? outcome->status.error().toString() : QString()));
    }
    m_summaryTimer.start(kSummaryMilliseconds);
    // The constituents written so far are symbols of the open workspace, complete or not.
    if (m_window->workspace() && m_window->workspace()->path() == m_path)
        m_window->refreshSymbols();
    emit finished(complete);
}

void SampleUniverseController::setRunning(bool running)
{
    m_summaryTimer.stop();
    m_label->show();
    m_progress->setVisible(running);
    m_progress->setValue(0);
    m_cancel->setVisible(running);
    emit runningChanged(running);
}

SampleUniverseController *installSampleUniverse(MainWindow *window)
{
    return new SampleUniverseController(window);
}

} // namespace rutile::ui
