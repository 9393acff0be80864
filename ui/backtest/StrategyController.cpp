#include "backtest/StrategyController.h"

#include "MainWindow.h"
#include "SymbolTableModel.h"
#include "backtest/BacktestResultsView.h"
#include "backtest/OptimizerWindow.h"
#include "backtest/StrategyPanel.h"
#include "backtest/TradeChartLink.h"
#include "chart/PriceChart.h"
#include "risk/BenchmarkChoice.h"

#include <QAction>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollArea>
#include <QTableView>

namespace rutile::ui {

StrategyController::StrategyController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("strategyController"));
    m_panel = new StrategyPanel(window);
    auto *scroll = new QScrollArea(window);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_panelDock = new QDockWidget(MainWindow::tr("Strategy"), window);
    m_panelDock->setObjectName(QStringLiteral("strategyDock"));
    m_panelDock->setWidget(scroll);
    m_panelDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::RightDockWidgetArea, m_panelDock);
    window->resizeDocks({m_panelDock}, {340}, Qt::Horizontal);
    // Closed on a first start so that the chart has the room on a laptop screen; Strategy >
    // Strategy Panel (or F5) opens it, and the saved window state keeps it open from then on.
    m_panelDock->hide();

    m_results = new BacktestResultsView(window);
    m_resultsDock = new QDockWidget(MainWindow::tr("Backtest Results"), window);
    m_resultsDock->setObjectName(QStringLiteral("backtestResultsDock"));
    m_resultsDock->setWidget(m_results);
    m_resultsDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_resultsDock);
    m_resultsDock->hide();

    m_link = new TradeChartLink(
        window->chart(), [window](const QString &symbol) { return window->selectSymbol(symbol); }, this);

    QMenu *menu = window->menu(MainWindow::Menu::Strategy);
    menu->addAction(m_panelDock->toggleViewAction());
    m_panelDock->toggleViewAction()->setText(MainWindow::tr("Strategy &Panel"));
    m_run = menu->addAction(MainWindow::tr("&Run Backtest"), m_panel, [this] {
        m_panelDock->show();
        m_panel->run();
    });
    m_run->setObjectName(QStringLiteral("runBacktestAction"));
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *optimize = menu->addAction(MainWindow::tr("&Optimise..."), this, &StrategyController::showOptimizer);
    optimize->setObjectName(QStringLiteral("optimizeAction"));
    optimize->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *walk = menu->addAction(MainWindow::tr("&Walk-Forward..."), this, &StrategyController::showWalkForward);
    walk->setObjectName(QStringLiteral("walkForwardAction"));
    menu->addSeparator();
    menu->addAction(m_resultsDock->toggleViewAction());
    m_resultsDock->toggleViewAction()->setText(MainWindow::tr("Backtest &Results"));

    connect(window, &MainWindow::workspaceChanged, this, &StrategyController::onWorkspaceChanged);
    // Before the main window charts another symbol (this connection is made before its own,
    // so it runs first): take the trades off the chart. PriceChart keeps annotations across
    // setSeries(), so the old symbol's trades would otherwise be drawn on the new bars until
    // refresh() below decides what belongs there.
    connect(window->symbolView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.data(SymbolTableModel::SymbolRole).toString() != m_window->currentSymbol())
                m_link->detach();
        });
    // Queued: the main window charts the symbol in its own slot on the same signal first.
    connect(window->symbolView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &StrategyController::onSymbolChanged, Qt::QueuedConnection);
    connect(m_panel, &StrategyPanel::symbolChosen, window,
        [window](const QString &symbol) { window->selectSymbol(symbol); });
    connect(m_panel, &StrategyPanel::resultReady, this, &StrategyController::onResult);
    connect(m_panel, &StrategyPanel::optimizeRequested, this, &StrategyController::showOptimizer);
    connect(m_panel, &StrategyPanel::walkForwardRequested, this, &StrategyController::showWalkForward);
    connect(m_results, &BacktestResultsView::tradeActivated, m_link, &TradeChartLink::showTrade);
    onWorkspaceChanged();
}

void StrategyController::onWorkspaceChanged()
{
    // The main window re-charts its symbol after a reset (see the selection connection):
    // annotations come off now and go back on once it has.
    m_link->detach();
    QMetaObject::invokeMethod(m_link, &TradeChartLink::refresh, Qt::QueuedConnection);
    const Workspace *workspace = m_window->workspace();
    if (!workspace) {
        m_panel->setWorkspace({}, {}, {});
        return;
    }
    const QString benchmark = risk::defaultBenchmark(*workspace).value_or(QString());
    if (workspace->path() != m_workspacePath) {
        // Another workspace: the last result's trades belong to the old one.
        m_workspacePath = workspace->path();
        m_results->clear();
        m_link->setOutcome(nullptr);
    }
    m_panel->setWorkspace(workspace->path(), m_window->symbolModel()->symbols(), benchmark);
    m_panel->setSymbol(m_window->currentSymbol());
}

void StrategyController::onSymbolChanged()
{
    m_panel->setSymbol(m_window->currentSymbol());
    m_link->refresh();
}

void StrategyController::onResult(const BacktestOutcomePtr &outcome)
{
    m_results->setOutcome(outcome);
    m_link->setOutcome(outcome);
    m_resultsDock->show();
    m_resultsDock->raise();
}

OptimizerWindow *StrategyController::optimizer()
{
    if (!m_optimizer)
        m_optimizer = new OptimizerWindow(m_panel, m_window);
    return m_optimizer;
}

void StrategyController::showOptimizer()
{
    OptimizerWindow *w = optimizer();
    w->showGridSearch();
    w->show();
    w->raise();
    w->activateWindow();
}

void StrategyController::showWalkForward()
{
    OptimizerWindow *w = optimizer();
    w->showWalkForward();
    w->show();
    w->raise();
    w->activateWindow();
}

StrategyController *installStrategyPanel(MainWindow *window)
{
    return new StrategyController(window);
}

} // namespace rutile::ui
