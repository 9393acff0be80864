#include "LiveUpdates.h"

#include "MainWindow.h"
#include "WatchlistView.h"
#include "chart/PriceChart.h"
#include "net/LiveQuote.h"
#include "net/NetworkSettings.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace rutile::ui {

LiveUpdates::LiveUpdates(MainWindow *window)
    : QObject(window), m_window(window), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("liveUpdates"));
    m_action = window->menu(MainWindow::Menu::View)->addAction(tr("&Live Updates"));
    m_action->setObjectName(QStringLiteral("liveUpdatesAction"));
    m_action->setCheckable(true);
    m_action->setToolTip(tr("While the market is open, show the session's forming bar and update the indicators"));
    connect(m_action, &QAction::toggled, this, &LiveUpdates::setOn);

    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("liveStatus"));
    m_status->hide();
    window->statusBar()->addPermanentWidget(m_status);

    connect(&m_timer, &QTimer::timeout, this, &LiveUpdates::poll);
    connect(&m_watcher, &QFutureWatcher<Fetched>::finished, this, &LiveUpdates::onFetched);
    // Another symbol charted: the running poll is for the old one; ask for the new one's bar at
    // once rather than at the next tick.
    const auto another = [this] {
        cancelPoll();
        QTimer::singleShot(0, this, &LiveUpdates::poll);
    };
    connect(window, &MainWindow::workspaceChanged, this, another);
    if (window->symbolView() && window->symbolView()->selectionModel())
        connect(window->symbolView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, another);
}

LiveUpdates::~LiveUpdates()
{
    cancelPoll();
    m_watcher.waitForFinished(); // within 50 ms of the cancel
}

void LiveUpdates::cancelPoll()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool LiveUpdates::isOn() const
{
    return m_action->isChecked();
}

void LiveUpdates::setOn(bool on)
{
    if (m_action->isChecked() != on) {
        m_action->setChecked(on); // toggled() comes back here
        return;
    }
    m_status->setVisible(on);
    if (!on) {
        m_timer.stop();
        cancelPoll();
        m_window->chart()->clearLiveBar();
        return;
    }
    m_timer.start(net::NetworkSettings::load().liveIntervalSeconds * 1000);
    poll();
}

QString LiveUpdates::statusText() const
{
    return m_status->text();
}

void LiveUpdates::setStatus(const QString &text)
{
    m_status->setText(text);
}

void LiveUpdates::poll()
{
    if (!isOn() || m_watcher.isRunning())
        return;
    const QString symbol = m_window->currentSymbol();
    const Workspace *workspace = m_window->workspace();
    const auto info = workspace && !symbol.isEmpty() ? workspace->symbol(symbol) : std::nullopt;
    const auto provider = info ? net::providerFromName(info->source) : std::nullopt;
    if (!provider || info->remoteSymbol.isEmpty()) {
        setStatus(symbol.isEmpty() ? tr("Live: no symbol")
                                   : tr("Live: %1 was imported from a file; download it to follow it live").arg(symbol));
        emit polled();
        return;
    }
    if (!net::usEquitySessionOpen(m_clock())) {
        setStatus(tr("Live: market closed; %1 follows at the next session (09:30 New York)").arg(symbol));
        emit polled();
        return;
    }
    const net::NetworkSettings settings = net::NetworkSettings::load();
    const QString remote = info->remoteSymbol;
    const net::Provider p = *provider;
    const QDate session = net::usEquitySessionDate(m_clock());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_watcher.setFuture(QtConcurrent::run([symbol, remote, p, settings, session, cancel = m_cancel]() {
        TaskControl control;
        control.isCancellationRequested = [cancel] { return cancel->load(); };
        net::HttpClient client(settings.httpPolicy()); // made and used on this worker thread
        return Fetched{symbol, session,
                       net::fetchLatestBar(client, p, remote, QUrl(settings.mirrorUrl), settings.stooqApiKey, control)};
    }));
}

void LiveUpdates::onFetched()
{
    const Fetched fetched = m_watcher.result();
    if (!isOn() || fetched.symbol != m_window->currentSymbol()) {
        emit polled(); // for a symbol no longer charted, or after Live Updates went off
        QTimer::singleShot(0, this, &LiveUpdates::poll); // the charted one, if on
        return;
    }
    if (!fetched.bar) {
        setStatus(tr("Live: %1").arg(fetched.bar.error().message));
        emit polled();
        return;
    }
    const Bar &bar = *fetched.bar;
    // Before the session's first trade (or on a holiday) the provider's last bar is an earlier
    // session's, which is no live bar.
    if (toDate(bar.day) != fetched.session) {
        setStatus(tr("Live: %1 has no bar for %2 yet").arg(fetched.symbol, fetched.session.toString(Qt::ISODate)));
        emit polled();
        return;
    }
    if (Status shown = m_window->chart()->setLiveBar(bar); !shown) {
        // The provider has no bar newer than the cache (a holiday, before the first trade).
        setStatus(tr("Live: %1 has no bar after %2 yet").arg(fetched.symbol, toDate(bar.day).toString(Qt::ISODate)));
        emit polled();
        return;
    }
    setStatus(tr("Live: %1 %2 at %3")
                  .arg(fetched.symbol, QLocale().toString(bar.close, 'f', 2),
                       QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    emit polled();
}

LiveUpdates *installLiveUpdates(MainWindow *window)
{
    return new LiveUpdates(window);
}

} // namespace rutile::ui
