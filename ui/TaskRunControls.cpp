#include "TaskRunControls.h"

#include "BackgroundTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <utility>

namespace rutile::ui {

TaskRunControls::TaskRunControls(const QString &runText, QWidget *parent)
    : QWidget(parent)
    , m_run(new QPushButton(runText, this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_buttons(new QHBoxLayout)
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_task(new BackgroundTask(this))
{
    m_cancel->setEnabled(false);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->addWidget(m_run);
    m_buttons->addWidget(m_cancel);
    m_buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_run, &QPushButton::clicked, this, &TaskRunControls::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &TaskRunControls::cancel);
    connect(m_task, &BackgroundTask::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_task, &BackgroundTask::finished, this, [this] {
        setRunning(false);
        if (const auto waiting = std::exchange(m_whenIdle, {}))
            waiting();
        emit finished();
    });
}

bool TaskRunControls::start(std::function<void(const TaskControl &)> work)
{
    if (!m_task->start(std::move(work)))
        return false;
    setRunning(true);
    return true;
}

bool TaskRunControls::isRunning() const
{
    return m_task->isRunning();
}

void TaskRunControls::cancel()
{
    m_task->cancel();
}

void TaskRunControls::waitForFinished()
{
    m_task->waitForFinished();
}

void TaskRunControls::whenIdle(std::function<void()> f)
{
    if (isRunning())
        m_whenIdle = std::move(f);
    else
        f();
}

void TaskRunControls::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString TaskRunControls::status() const
{
    return m_status->text();
}

void TaskRunControls::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    m_progress->setValue(0);
}

} // namespace rutile::ui
