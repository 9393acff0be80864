#pragma once

#include "data/BarSeries.h"
#include "util/Error.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QAction;
class QLabel;

namespace rutile::ui {

class MainWindow;

/// View > Live Updates: while the US market is open, asks the provider of the charted symbol
/// for the session's bar every NetworkSettings::liveIntervalSeconds (default 60 s), off the
/// GUI thread, and shows it as the chart's live bar (PriceChart::setLiveBar: drawn framed, the
/// indicators streamed onto it). Symbols imported from files have no provider to ask; outside
/// the session nothing is asked. The status bar says what the last poll found.
class LiveUpdates : public QObject {
    Q_OBJECT
public:
    explicit LiveUpdates(MainWindow *window);
    ~LiveUpdates() override;

    QAction *action() const { return m_action; }
    bool isOn() const;
    void setOn(bool on);
    QString statusText() const;
    /// The clock that decides whether the market is open (tests set one; default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

public slots:
    /// Asks now (when on, in session, for a downloaded symbol, and no poll is running).
    void poll();

signals:
    /// A poll ended: the live bar is shown, or statusText() says why not.
    void polled();

private:
    struct Fetched {
        QString symbol;
        QDate session; ///< the New York date the poll was for
        Result<Bar> bar = Error::internal(QString());
    };
    void cancelPoll();
    void onFetched();
    void setStatus(const QString &text);

    MainWindow *m_window;
    QAction *m_action = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_timer;
    QFutureWatcher<Fetched> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel; ///< of the running poll
    std::function<QDateTime()> m_clock;
};

/// Adds View > Live Updates to `window`.
LiveUpdates *installLiveUpdates(MainWindow *window);

} // namespace rutile::ui
