#include "strategy/RuleChecker.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace rutile::ui {

RuleChecker::RuleChecker(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &RuleChecker::start);
}

void RuleChecker::schedule(const QString &source)
{
    m_source = source;
    m_pending = true;
    ++m_generation; // a compile already running is now stale
    m_timer.start();
}

void RuleChecker::start()
{
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<rules::CompileResult>(this);
    connect(watcher, &QFutureWatcher<rules::CompileResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the text changed while it compiled; its own check follows
        m_pending = false;
        emit checked(watcher->result());
    });
    // The task owns a copy of the text and touches nothing else: it may outlive the checker.
    watcher->setFuture(QtConcurrent::run([source = m_source.toUtf8()] { return rules::compileRules(source); }));
}

} // namespace rutile::ui
