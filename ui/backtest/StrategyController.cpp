#include "backtest/StrategyController.h"

#include "MainWindow.h"
#include "WatchlistView.h"
#include "SymbolTableModel.h"
#include "backtest/BacktestResultsView.h"
#include "backtest/BacktestRunner.h"
#include "backtest/OptimizerWindow.h"
#include "backtest/StrategyPanel.h"
#include "backtest/TradeChartLink.h"
#include "chart/PriceChart.h"
#include "risk/BenchmarkChoice.h"
#include "rules/WorkspaceRules.h"
#include "strategy/StrategyEditorWindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QMenu>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

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
    // Shown as the front tab when it shares the dock area with the symbols.
    connect(m_panelDock->toggleViewAction(), &QAction::triggered, m_panelDock, [this](bool on) {
        if (on)
            m_panelDock->raise();
    });
    m_run = menu->addAction(MainWindow::tr("&Run Backtest"), m_panel, [this] {
        m_panelDock->show();
        m_panelDock->raise();
        m_panel->run();
    });
    m_run->setObjectName(QStringLiteral("runBacktestAction"));
    m_run->setShortcut(QKeySequence(Qt::Key_F5));
    QAction *optimize = menu->addAction(MainWindow::tr("&Optimise..."), this, &StrategyController::showOptimizer);
    optimize->setObjectName(QStringLiteral("optimizeAction"));
    optimize->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *walk = menu->addAction(MainWindow::tr("&Walk-Forward..."), this, &StrategyController::showWalkForward);
    walk->setObjectName(QStringLiteral("walkForwardAction"));
    QAction *editor = menu->addAction(MainWindow::tr("Strategy &Editor..."), this, &StrategyController::showStrategyEditor);
    editor->setObjectName(QStringLiteral("strategyEditorAction"));
    editor->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    menu->addSeparator();
    menu->addAction(m_resultsDock->toggleViewAction());
    m_resultsDock->toggleViewAction()->setText(MainWindow::tr("Backtest Re&sults"));

    connect(window, &MainWindow::workspaceChanged, this, &StrategyController::onWorkspaceChanged);
    window->installEventFilter(this);
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
    // The journal entry follows the results by a few milliseconds (BacktestRunner).
    connect(m_panel->runner(), &BacktestRunner::journaled, m_results, &BacktestResultsView::setJournaled);
    connect(m_panel, &StrategyPanel::optimizeRequested, this, &StrategyController::showOptimizer);
    connect(m_panel, &StrategyPanel::walkForwardRequested, this, &StrategyController::showWalkForward);
    connect(m_results, &BacktestResultsView::tradeActivated, m_link, &TradeChartLink::showTrade);
    // File > Export Report is the results' own Report action: enabled when it is (a journaled run shown).
    connect(window->exportReportAction(), &QAction::triggered, m_results->reportAction(), &QAction::trigger);
    connect(m_results->reportAction(), &QAction::enabledChanged, window->exportReportAction(), &QAction::setEnabled);
    window->exportReportAction()->setEnabled(m_results->reportAction()->isEnabled());
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
    reloadRuleStrategies();
    if (m_editor)
        m_editor->setWorkspacePath(workspace->path(), workspace->isWritable());
}

void StrategyController::reloadRuleStrategies()
{
    const Workspace *workspace = m_window->workspace();
    rules::SavedStrategies saved;
    if (workspace)
        saved = rules::loadRuleStrategies(*workspace);
    // What the editor last handed over stays listed, unsaved or newer than the saved text:
    // the panel runs what the user last ran from the editor.
    if (m_handed) {
        const auto same = std::find_if(saved.strategies.begin(), saved.strategies.end(),
            [&](const auto &s) { return s->name == m_handed->name; });
        if (same != saved.strategies.end())
            *same = m_handed;
        else
            saved.strategies.push_back(m_handed);
    }
    m_panel->setRuleStrategies(std::move(saved.strategies));
    if (!saved.problems.isEmpty())
        m_window->statusBar()->showMessage(
            tr("Saved strategies that do not compile are not listed: %1").arg(saved.problems.join(QStringLiteral("; "))),
            10000);
}

void StrategyController::onEditorSaved(const QString &name)
{
    // The saved text is now the truth; the panel follows the editor to its new name.
    const bool followed = m_handed && m_panel->strategy() == m_handed.get();
    m_handed.reset();
    reloadRuleStrategies();
    if (followed)
        m_panel->setRuleStrategy(name);
}

bool StrategyController::handOver(const RuleStrategyPtr &strategy, const ParamValues &values)
{
    if (m_panel->runner()->isRunning()) {
        // The panel's strategy must not change under a running job.
        m_editor->showRunSummary(tr("A backtest is already running: wait for it, or cancel it in the strategy panel."), true);
        return false;
    }
    m_handed = strategy;
    m_panel->addRuleStrategy(strategy);
    m_panel->setParams(values);
    m_panelDock->show();
    m_panelDock->raise();
    return true;
}

StrategyEditorWindow *StrategyController::strategyEditor()
{
    if (m_editor)
        return m_editor;
    // A window of its own (not a child widget of the main window), like the optimiser.
    m_editor = new StrategyEditorWindow(m_window);
    m_editor->setWindowFlag(Qt::Window);
    if (const Workspace *workspace = m_window->workspace())
        m_editor->setWorkspacePath(workspace->path(), workspace->isWritable());
    else
        m_editor->setWorkspacePath({}, false);
    connect(m_editor, &StrategyEditorWindow::runRequested, this,
        [this](const RuleStrategyPtr &strategy, const ParamValues &values) {
            if (handOver(strategy, values) && !m_panel->run())
                m_editor->showRunSummary(m_panel->statusLabel()->text(), true);
        });
    connect(m_editor, &StrategyEditorWindow::optimizeRequested, this,
        [this](const RuleStrategyPtr &strategy, const ParamValues &values) {
            if (handOver(strategy, values))
                showOptimizer();
        });
    connect(m_editor, &StrategyEditorWindow::savedToWorkspace, this, &StrategyController::onEditorSaved);
    connect(m_editor, &StrategyEditorWindow::removedFromWorkspace, this, [this](const QString &name) {
        if (m_handed && m_handed->name == name)
            m_handed.reset(); // deleted: the panel no longer lists it, even as the editor's
        reloadRuleStrategies();
    });
    // The outcome of a run of the editor's strategy is shown in the editor too.
    connect(m_panel->runner(), &BacktestRunner::finished, m_editor, [this](const BacktestOutcomePtr &outcome) {
        if (m_handed && outcome->job.ruleStrategy == m_handed && outcome->job.kind == BacktestJob::Kind::Backtest)
            m_editor->showRunSummary(m_panel->statusLabel()->text(), !outcome->ok() && !outcome->cancelled);
    });
    return m_editor;
}

bool StrategyController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && m_editor && !m_editor->close()) {
        event->ignore(); // the user cancelled in the editor's "unsaved changes" question
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void StrategyController::showStrategyEditor()
{
    StrategyEditorWindow *w = strategyEditor();
    w->show();
    w->raise();
    w->activateWindow();
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
