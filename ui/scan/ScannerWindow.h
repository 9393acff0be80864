#pragma once

#include "rules/WorkspaceRules.h"
#include "scan/Scan.h"

#include <QMainWindow>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace rutile::ui {

class DateRangeFilter;
class GridEditor;
class MainWindow;
class ParamForm;
class PortfolioPanel;
class RuleEditor;
class ScanResultsModel;
class TaskRunControls;

/// Analysis > Scanner: an expression of the rule language (with its completion and live
/// errors), or a strategy's backtest, over every symbol of a watchlist, on a worker thread with
/// progress and Cancel; the rows ranked in a sortable table with sparklines of the recent
/// closes; a double-click charts the symbol in the main window; the rows to CSV. It runs core's
/// runScan and shows the document of `rutile-cli scan --json`, so both give the same rows. Its
/// second tab is the portfolio backtest over a list (PortfolioPanel).
class ScannerWindow : public QMainWindow {
    Q_OBJECT
public:
    ScannerWindow(const QString &workspacePath, MainWindow *mainWindow);
    ~ScannerWindow() override;

    /// Opens a scanner on the main window's workspace.
    static ScannerWindow *open(MainWindow *mainWindow);

    /// Rereads the watchlists and the rule strategies the form offers.
    void reload();
    void setList(const QString &name);
    void setExpression(const QString &text);
    /// Backtest `strategy` (a built-in or rule strategy's name) instead of an expression.
    void setStrategy(const QString &name);
    /// With a strategy: optimise `axes` ("fast=5:50:5 slow=60:200:20", as --grid takes them) on
    /// each symbol; empty: one backtest per symbol.
    void setGrid(const QString &axes, backtest::Objective objective = backtest::Objective::Sharpe);
    /// The exploration: columns as lines of NAME = expression, and a filter condition (empty:
    /// every symbol is listed).
    void setColumns(const QString &lines);
    void setFilter(const QString &condition);
    /// Starts the scan the form describes; false (with the reason in the status line) when it
    /// cannot start.
    bool run();
    void cancel();
    bool isRunning() const;
    void waitForFinished(); ///< tests
    /// Writes the rows shown as CSV (what `rutile-cli scan --csv` writes) to `path`.
    Status exportCsv(const QString &path) const;

    ScanResultsModel *results() const { return m_results; }
    /// The Portfolio Backtest tab.
    PortfolioPanel *portfolio() const { return m_portfolio; }
    /// Shows the Scan (0) or the Portfolio Backtest (1) tab.
    void showPage(int page);
    QTableView *table() const { return m_table; }
    QString statusText() const;

signals:
    /// A scan ended (finished, failed or cancelled).
    void scanFinished();

private:
    struct Outcome;
    void checkExpression();
    void checkExploration();
    /// The columns and filter the form describes, or the first problem (with its line).
    Result<std::pair<std::vector<scan::ScanColumn>, std::optional<scan::ScanExpression>>> exploration(
        std::vector<rules::Diagnostic> *columnProblems = nullptr, std::vector<rules::Diagnostic> *filterProblems = nullptr) const;
    void finish();
    void showStrategyParams();
    const strategy::StrategyDescriptor *chosenStrategy() const;

    QString m_workspacePath;
    MainWindow *m_mainWindow;
    QComboBox *m_list = nullptr;
    QRadioButton *m_byExpression = nullptr;
    QRadioButton *m_byStrategy = nullptr;
    QStackedWidget *m_what = nullptr;
    QComboBox *m_presets = nullptr;
    RuleEditor *m_expression = nullptr;
    QLabel *m_problem = nullptr;
    RuleEditor *m_columns = nullptr;
    QCheckBox *m_useFilter = nullptr;
    RuleEditor *m_filter = nullptr;
    QLabel *m_explorationProblem = nullptr;
    QTimer *m_checkTimer = nullptr;
    QComboBox *m_strategy = nullptr;
    ParamForm *m_params = nullptr;
    QCheckBox *m_optimise = nullptr;
    GridEditor *m_grid = nullptr;
    QComboBox *m_objective = nullptr;
    DateRangeFilter *m_dates = nullptr;
    QPushButton *m_export = nullptr;
    TaskRunControls *m_controls = nullptr;
    ScanResultsModel *m_results = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_skipped = nullptr;
    QTabWidget *m_pages = nullptr;
    PortfolioPanel *m_portfolio = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    std::vector<rules::StrategyPtr> m_ruleStrategies;
};

/// Adds Analysis > Scanner to `window`.
void installScannerAction(MainWindow *window);

} // namespace rutile::ui
