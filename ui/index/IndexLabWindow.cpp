#include "index/IndexLabWindow.h"

#include "MainWindow.h"
#include "WindowGeometry.h"
#include "download/DownloadController.h"
#include "index/HoldingsPanel.h"
#include "index/IndexBuildPanel.h"
#include "index/SampleUniverseController.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>

namespace rutile::ui {

IndexLabWindow::IndexLabWindow(const QString &workspacePath, MainWindow *mainWindow)
    : QMainWindow(mainWindow, Qt::Window)
{
    setObjectName(QStringLiteral("indexLabWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Index Lab"));
    m_tabs = new QTabWidget(this);
    m_holdings = new HoldingsPanel(workspacePath, m_tabs);
    m_builder = new IndexBuildPanel(workspacePath, m_tabs);
    m_tabs->addTab(m_holdings, tr("&Holdings"));
    m_tabs->addTab(m_builder, tr("&Build Index"));
    setCentralWidget(m_tabs);

    auto *showOnChart = new QPushButton(tr("Show on &Chart"), this);
    showOnChart->setObjectName(QStringLiteral("showOnChartButton"));
    showOnChart->setEnabled(false);
    statusBar()->addPermanentWidget(showOnChart);
    connect(m_holdings, &HoldingsPanel::snapshotsChanged, m_builder, &IndexBuildPanel::reload);
    // Constituents are downloaded by the main window's downloads (Data > Download…); the build
    // tab sees them when the batch ends.
    if (auto *downloads = mainWindow->findChild<DownloadController *>()) {
        connect(m_holdings, &HoldingsPanel::downloadRequested, downloads, &DownloadController::showDownloadDialogFor);
        connect(downloads, &DownloadController::batchFinished, m_builder, &IndexBuildPanel::reload);
    }
    connect(m_builder, &IndexBuildPanel::indexStored, this, [this, mainWindow, showOnChart](const QString &symbol) {
        mainWindow->refreshSymbols();
        showOnChart->setEnabled(true);
        statusBar()->showMessage(tr("%1 is in the symbol list: it charts, backtests and goes into the risk "
                                    "dashboard like any other symbol.")
                                     .arg(symbol));
    });
    // The sample universe is the main window's background fill: Generate starts it there, and
    // the build tab follows it (a fill already running when the lab opens included).
    if (auto *universe = mainWindow->findChild<SampleUniverseController *>()) {
        connect(m_builder, &IndexBuildPanel::generateUniverseRequested, universe,
                [universe, workspacePath] { universe->start(workspacePath); });
        connect(universe, &SampleUniverseController::runningChanged, m_builder, &IndexBuildPanel::setUniverseGenerating);
        connect(universe, &SampleUniverseController::finished, m_builder, &IndexBuildPanel::universeFinished);
        // The universe comes with its fund (SAMPLE-FUND): the holdings tab lists it then.
        connect(universe, &SampleUniverseController::finished, m_holdings, &HoldingsPanel::reload);
        m_builder->setUniverseGenerating(universe->isRunning());
    }
    connect(showOnChart, &QPushButton::clicked, this, [this, mainWindow] {
        mainWindow->selectSymbol(m_builder->lastBuiltSymbol());
        mainWindow->activateWindow();
        mainWindow->raise();
    });
    // The lab works on the file it was opened on: another workspace in the main window closes it
    // (a running build is cancelled and waited for by the panel's task).
    // (workspaceChanged also says the open workspace's symbols changed: only another file counts).
    connect(mainWindow, &MainWindow::workspaceChanged, this, [this, mainWindow, workspacePath] {
        if (!mainWindow->showsWorkspace(workspacePath))
            close();
    });
    manageWindowGeometry(this, QStringLiteral("indexLab"), QSize(1360, 860));
}

IndexLabWindow *IndexLabWindow::open(MainWindow *mainWindow)
{
    auto *window = new IndexLabWindow(mainWindow->workspace()->path(), mainWindow);
    window->show();
    return window;
}

QAction *installIndexLabAction(MainWindow *window)
{
    QAction *action = window->menu(MainWindow::Menu::Analysis)->addAction(MainWindow::tr("&Index Lab..."));
    action->setObjectName(QStringLiteral("indexLabAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    action->setStatusTip(MainWindow::tr("Fund holdings, sector weights and concentration; build an index from its "
                                        "constituents"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        if (!window->workspace()) {
            QMessageBox::information(window, MainWindow::tr("Index Lab"), MainWindow::tr("Open a workspace first."));
            return;
        }
        IndexLabWindow::open(window);
    });
    return action;
}

} // namespace rutile::ui
