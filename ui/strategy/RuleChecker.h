#pragma once

#include "rules/Compiler.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace rutile::ui {

/// Checks a rule file as it is typed: each schedule() restarts a short timer, and when the
/// typing pauses the latest text is compiled on a worker thread (a compile takes tens of
/// microseconds, but a 1 MB paste need not freeze the editor). Only the result of the latest
/// text is reported: an older compile finishing late is dropped.
class RuleChecker : public QObject {
    Q_OBJECT
public:
    explicit RuleChecker(QObject *parent = nullptr);

    /// Milliseconds of quiet before a check (default 300).
    void setDelay(int ms) { m_timer.setInterval(ms); }
    /// Checks `source` once the typing pauses, replacing a check not yet reported.
    void schedule(const QString &source);
    /// True from schedule() until its result is reported.
    bool isPending() const { return m_pending; }

signals:
    void checked(const rules::CompileResult &result);

private:
    void start();

    QTimer m_timer;
    QString m_source;
    quint64 m_generation = 0;
    bool m_pending = false;
};

} // namespace rutile::ui
