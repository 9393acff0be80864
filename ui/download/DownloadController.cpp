#include "DownloadController.h"

#include "DownloadDialog.h"
#include "DownloadRunner.h"
#include "EmptyStatePanel.h"
#include "MainWindow.h"
#include "WatchlistView.h"
#include "net/NetworkSettings.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QToolButton>

namespace rutile::ui {

DownloadController::DownloadController(MainWindow *window)
    : QObject(window), m_window(window), m_runner(new DownloadRunner(this))
{
    setObjectName(QStringLiteral("downloadController"));
    QMenu *data = window->menu(MainWindow::Menu::Data);
    m_download = data->addAction(tr("&Download..."), this, &DownloadController::showDownloadDialog);
    m_download->setObjectName(QStringLiteral("downloadAction"));
    m_download->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_updateAll = data->addAction(tr("&Update All"), this, &DownloadController::updateAll);
    m_updateAll->setObjectName(QStringLiteral("updateAllAction"));
    m_updateAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_updateAll->setToolTip(tr("Bring every downloaded symbol up to date from its provider"));
    m_cancel = data->addAction(tr("&Cancel Download"), m_runner, &DownloadRunner::cancel);
    m_cancel->setObjectName(QStringLiteral("cancelDownloadAction"));
    data->addSeparator();
    data->addAction(tr("&Network Settings..."), this, &DownloadController::showNetworkSettings);

    m_label = new QLabel(window);
    m_label->setObjectName(QStringLiteral("downloadStatus"));
    m_progress = new QProgressBar(window);
    m_progress->setObjectName(QStringLiteral("downloadProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(true);
    m_cancelButton = new QToolButton(window);
    m_cancelButton->setDefaultAction(m_cancel);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    window->statusBar()->addPermanentWidget(m_label);
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_cancelButton);
    setRunning(false);

    m_summaryTimer.setSingleShot(true);
    connect(&m_summaryTimer, &QTimer::timeout, this, [this] {
        if (!m_runner->isRunning())
            m_label->hide();
    });
    connect(m_runner, &DownloadRunner::itemFinished, this, &DownloadController::onItemFinished);
    connect(m_runner, &DownloadRunner::finished, this, &DownloadController::onFinished);
    connect(window->emptyState(), &EmptyStatePanel::downloadIndexesRequested, this, &DownloadController::downloadIndexes);
    connect(window->symbolView(), &WatchlistView::updateRequested, this,
            [this](const QString &symbol) { start({DownloadJob{std::nullopt, symbol}}, tr("Updating %1").arg(symbol)); });
}

QString DownloadController::statusText() const
{
    return m_label->text();
}

void DownloadController::setRunning(bool running)
{
    m_label->setVisible(running);
    m_progress->setVisible(running);
    m_cancelButton->setVisible(running);
    m_cancel->setEnabled(running);
    m_download->setEnabled(!running);
    m_updateAll->setEnabled(!running);
    if (EmptyStatePanel *empty = m_window->emptyState())
        empty->downloadButton()->setEnabled(!running);
}

bool DownloadController::start(std::vector<DownloadJob> jobs, const QString &what)
{
    if (m_runner->isRunning() || !m_window->workspace() || jobs.empty())
        return false;
    m_what = what;
    m_failed = 0;
    m_progress->setRange(0, int(jobs.size()));
    m_progress->setValue(0);
    m_summaryTimer.stop();
    m_label->setText(tr("%1: 0 of %2").arg(what).arg(jobs.size()));
    setRunning(true);
    m_runner->start(m_window->workspace()->path(), std::move(jobs), savedBatchOptions(net::NetworkSettings::load()));
    return true;
}

void DownloadController::showDownloadDialog()
{
    showDownloadDialogFor({});
}

void DownloadController::showDownloadDialogFor(const QStringList &symbols)
{
    if (!m_window->workspace()) {
        QMessageBox::information(m_window, tr("Download History"), tr("Open or create a workspace first."));
        return;
    }
    DownloadDialog dialog(m_window);
    if (!symbols.isEmpty())
        dialog.setSymbolsText(symbols.join(QLatin1Char(' ')));
    if (dialog.exec() == QDialog::Accepted)
        start(dialog.jobs(), tr("Downloading"));
}

void DownloadController::updateAll()
{
    if (!m_window->workspace())
        return;
    const auto symbols = m_window->workspace()->readSymbols();
    if (!symbols) {
        QMessageBox::warning(m_window, tr("Update All"), symbols.error().toString());
        return;
    }
    std::vector<DownloadJob> jobs;
    for (const SymbolInfo &info : *symbols) {
        if (!info.source.isEmpty())
            jobs.push_back(DownloadJob{std::nullopt, info.symbol});
    }
    if (jobs.empty()) {
        showSummary(tr("No downloaded symbol to update: symbols imported from files are updated by importing them again."));
        return;
    }
    start(std::move(jobs), tr("Updating"));
}

void DownloadController::downloadIndexes()
{
    std::vector<DownloadJob> jobs;
    for (const char *symbol : {"^RUT", "^GSPC"})
        jobs.push_back(DownloadJob{net::HistoryQuery{net::Provider::Yahoo, QString::fromLatin1(symbol), {}, {}, {}}, {}});
    start(std::move(jobs), tr("Downloading the Russell 2000 and the S&P 500"));
}

void DownloadController::showNetworkSettings()
{
    m_window->showSettings(SettingsDialog::Page::DataProviders);
}

void DownloadController::showSummary(const QString &text)
{
    // In the controller's own label, not a temporary status message: that would be painted
    // over the symbol's status text instead of beside it.
    m_label->setText(text);
    m_label->setVisible(true);
    m_summaryTimer.start(15000);
}

void DownloadController::onItemFinished(int done, int total, const QString &label, bool ok)
{
    if (!ok)
        ++m_failed;
    m_progress->setValue(done);
    m_label->setText(m_failed > 0 ? tr("%1: %2 of %3 (%4 failed), last %5").arg(m_what).arg(done).arg(total).arg(m_failed).arg(label)
                                  : tr("%1: %2 of %3, last %4").arg(m_what).arg(done).arg(total).arg(label));
}

void DownloadController::onFinished()
{
    setRunning(false);
    const std::vector<DownloadOutcome> &outcomes = m_runner->outcomes();
    QString firstOk;
    QStringList failures;
    QStringList notes;
    int cancelled = 0;
    int ok = 0;
    for (const DownloadOutcome &o : outcomes) {
        if (o.ok()) {
            ++ok;
            if (firstOk.isEmpty())
                firstOk = o.report->symbol;
            if (!o.report->note.isEmpty())
                notes << QStringLiteral("%1: %2").arg(o.report->symbol, o.report->note);
        } else if (o.error->kind == ErrorKind::Cancelled) {
            ++cancelled;
        } else {
            failures << o.error->toString();
        }
    }
    const bool hadChart = !m_window->currentSymbol().isEmpty();
    m_window->refreshSymbols();
    if (!hadChart && !firstOk.isEmpty())
        m_window->selectSymbol(firstOk);

    QString summary = cancelled > 0 ? tr("Cancelled: %1 of %2 symbols done, %3 left as they were")
                                          .arg(ok)
                                          .arg(outcomes.size())
                                          .arg(cancelled)
                                    : tr("%1 of %2 symbols up to date").arg(ok).arg(outcomes.size());
    if (!failures.isEmpty())
        summary += tr("; %n failed", nullptr, int(failures.size()));
    showSummary(summary);
    if (!failures.isEmpty() || !notes.isEmpty()) {
        // Not modal: the summary waits while the user goes on working.
        auto *box = new QMessageBox(failures.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Downloads"),
                                    summary + QLatin1Char('.'), QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("downloadSummary"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(failures.isEmpty() ? tr("The provider rewrote some histories; see the details.")
                                                   : failures.mid(0, 5).join(QLatin1Char('\n')));
        box->setDetailedText((failures + notes).join(QLatin1Char('\n')));
        box->open();
    }
    emit batchFinished();
}

DownloadController *installDownloads(MainWindow *window)
{
    return new DownloadController(window);
}

} // namespace rutile::ui
