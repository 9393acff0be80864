#pragma once

#include "backtest/BacktestJob.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;

namespace rutile::ui {

class BacktestResultsView;
class MainWindow;
class OptimizerWindow;
class StrategyEditorWindow;
class StrategyPanel;
class TradeChartLink;

/// Wires the backtest views into the main window: the Strategy panel (a dock on the right),
/// the Backtest Results dock (bottom, shown with the first result), the optimiser window
/// (opened on demand) and the link from the trade list to the chart. It follows the main
/// window's workspace and selected symbol, and charts the symbol the panel picks.
class StrategyController : public QObject {
    Q_OBJECT
public:
    explicit StrategyController(MainWindow *window);

    StrategyPanel *panel() const { return m_panel; }
    BacktestResultsView *results() const { return m_results; }
    QDockWidget *panelDock() const { return m_panelDock; }
    QDockWidget *resultsDock() const { return m_resultsDock; }
    TradeChartLink *chartLink() const { return m_link; }
    /// The optimiser window, created on first use.
    OptimizerWindow *optimizer();
    QAction *runAction() const { return m_run; }
    /// The strategy editor, created on first use.
    StrategyEditorWindow *strategyEditor();

protected:
    /// Closing the main window first closes the strategy editor, which asks about unsaved text.
    bool eventFilter(QObject *watched, QEvent *event) override;

public slots:
    /// The panel follows the main window's workspace: its symbols, its default benchmark.
    void onWorkspaceChanged();
    void showStrategyEditor();
    void showOptimizer();
    void showWalkForward();

private:
    void onSymbolChanged();
    void onResult(const BacktestOutcomePtr &outcome);
    /// The panel lists the rule strategies saved in the workspace beside the built-ins.
    void reloadRuleStrategies();
    void onEditorSaved(const QString &name);
    /// Lists the editor's strategy in the panel, selected, with the editor form's values; false
    /// (and the reason in the editor) while the panel runs a job.
    bool handOver(const std::shared_ptr<const strategy::StrategyDescriptor> &strategy, const ParamValues &values);

    MainWindow *m_window = nullptr;
    StrategyPanel *m_panel = nullptr;
    BacktestResultsView *m_results = nullptr;
    QDockWidget *m_panelDock = nullptr;
    QDockWidget *m_resultsDock = nullptr;
    TradeChartLink *m_link = nullptr;
    QPointer<OptimizerWindow> m_optimizer;
    QPointer<StrategyEditorWindow> m_editor;
    /// The strategy the editor last handed to the panel (run or optimised).
    std::shared_ptr<const strategy::StrategyDescriptor> m_handed;
    QAction *m_run = nullptr;
    QString m_workspacePath;
};

/// Adds the Strategy menu (before Analysis and Help), the Strategy and Backtest Results docks
/// and their View-menu entries to `window`; returns the controller (a child of the window).
StrategyController *installStrategyPanel(MainWindow *window);

} // namespace rutile::ui
