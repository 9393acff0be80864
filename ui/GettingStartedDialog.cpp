#include "GettingStartedDialog.h"

#include "MainWindow.h"
#include "MenuText.h"
#include "download/DownloadController.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rutile::ui {

namespace {

/// A menu's or an item's text as the menus show it, without its accelerator and dots, as HTML.
QString menuText(const QString &text)
{
    return plainMenuText(text).toHtmlEscaped();
}

/// "File › Import History". The texts are MainWindow's own messages, so the path reads as the
/// menus in every language.
QString menuPath(const QString &menu, const QString &item)
{
    return QStringLiteral("<b>%1 › %2</b>").arg(menuText(menu), menuText(item));
}

} // namespace

GettingStartedDialog::GettingStartedDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Getting Started"));
    setObjectName(QStringLiteral("gettingStartedDialog"));
    m_browser = new QTextBrowser;
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 34);
}

QString GettingStartedDialog::html()
{
    const QString file = MainWindow::tr("&File"), data = MainWindow::tr("&Data"), strategy = MainWindow::tr("&Strategy");
    const QString analysis = MainWindow::tr("&Analysis"), edit = MainWindow::tr("&Edit"), view = MainWindow::tr("&View");
    QString h = QStringLiteral("<h2>%1</h2><ol>").arg(tr("Getting started with Rutile"));
    const auto step = [&h](const QString &title, const QString &text) {
        h += QStringLiteral("<li><p><b>%1</b> %2</p></li>").arg(title.toHtmlEscaped(), text);
    };
    step(tr("Get history."),
         tr("%1 explores Rutile on two synthetic indices (marked as such everywhere). %2 fetches the real "
            "Russell 2000 and S&amp;P 500 from Yahoo Finance, Stooq or FRED; %3 reads your own CSV files, "
            "and you can drop them onto the window too. Everything goes into the workspace, one file you can "
            "copy.")
             .arg(menuPath(file, MainWindow::tr("Open &Sample Workspace")), menuPath(data, DownloadController::tr("&Download...")),
                  menuPath(file, MainWindow::tr("&Import History..."))));
    step(tr("Read the chart."),
         tr("Pick a symbol in the list. The chart's toolbar sets the range, the bar style, the time frame, "
            "indicators, comparisons and drawings; scroll to zoom, drag to pan. %1 turns the whole window dark.")
             .arg(menuPath(view, MainWindow::tr("&Dark Theme"))));
    step(tr("Test a strategy."),
         tr("In %1 choose a strategy, its parameters, costs and dates, then run the backtest: the results show "
            "the metrics beside buy-and-hold and the benchmark, the equity curve and every trade. %2 writes your "
            "own rules; the optimiser and walk-forward analysis search parameters without fooling you (deflated "
            "Sharpe ratio, out-of-sample folds).")
             .arg(menuPath(strategy, MainWindow::tr("Strategy &Panel")),
                  menuPath(strategy, MainWindow::tr("Strategy &Editor..."))));
    step(tr("Measure the risk."),
         tr("%1: value at risk and expected shortfall, extreme-value stress values, drawdowns, and beta against "
            "the S&amp;P 500.")
             .arg(menuPath(analysis, MainWindow::tr("&Risk Dashboard..."))));
    step(tr("Go further."),
         tr("The %1 menu also holds the index lab, the scanner of a whole universe, relative value against the "
            "S&amp;P 500 and the ML lab. Every backtest, search and ML run is kept in %2, with its report as PDF "
            "or HTML.")
             .arg(QStringLiteral("<b>%1</b>").arg(menuText(analysis)),
                  menuPath(analysis, MainWindow::tr("Run &Journal..."))));
    step(tr("Script it."),
         tr("<code>rutile-cli</code> is the same engine without windows, for scripts and scheduled jobs, "
            "with JSON and CSV outputs: <code>rutile-cli --help</code> lists its commands."));
#ifdef Q_OS_MACOS
    // The Preferences role puts Settings in the application menu.
    const QString settings = menuPath(QCoreApplication::applicationName(), MainWindow::tr("Se&ttings..."));
#else
    const QString settings = menuPath(edit, MainWindow::tr("Se&ttings..."));
#endif
    h += QStringLiteral("</ol><p>%1</p>")
             .arg(tr("Language, theme, data providers and backtest defaults: %1. Keyboard shortcuts: %2.")
                      .arg(settings, QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)));
    return h;
}

} // namespace rutile::ui
