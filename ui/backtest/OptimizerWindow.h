#pragma once

#include "backtest/BacktestJob.h"

#include <QMainWindow>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace rutile::ui {

class BacktestRunner;
class GridEditor;
class ObjectiveHeatmap;
class OptimizerResultsModel;
class StrategyPanel;
class WalkForwardView;

/// The optimiser: a grid over any subset of the strategy panel's strategy parameters
/// (GridEditor), searched on all cores in the background with progress and cancel; the
/// sortable results table, the objective heatmap over two chosen parameters with the best
/// cell marked, and the deflated Sharpe ratio of the best point with a warning when it is
/// probably luck (DSR below the confidence). The walk-forward tab optimises rolling or
/// anchored in-sample windows over the same grid and shows the stitched out-of-sample equity
/// and the efficiency table.
///
/// The strategy, its fixed parameters, the data, the costs and the sizing are the strategy
/// panel's: what the optimiser varies is the grid. "Backtest Selected" sends a point's
/// parameters back to the panel and runs it there (trades on the chart).
///
/// Under the grid the window estimates the search's time from one backtest timed on the
/// panel's data (a finished search's own rate replaces it), and it asks before a grid of more
/// than kConfirmGridPoints points. The last grid run for a strategy is kept in the workspace's
/// settings (optimizer/grid/<strategy>, like the chart layouts) and comes back with it.
class OptimizerWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Grids above this many points need a confirmation before they run.
    static constexpr std::size_t kConfirmGridPoints = 10'000;

    explicit OptimizerWindow(StrategyPanel *panel, QWidget *parent = nullptr);
    ~OptimizerWindow() override;

    GridEditor *gridEditor() const { return m_grid; }
    QComboBox *objectiveBox() const { return m_objective; }
    QSpinBox *threadsBox() const { return m_threads; }
    QSpinBox *inSampleBox() const { return m_inSample; }
    QSpinBox *outOfSampleBox() const { return m_outOfSample; }
    QCheckBox *anchoredBox() const { return m_anchored; }
    QPushButton *runGridButton() const { return m_runGrid; }
    QPushButton *runWalkForwardButton() const { return m_runWalk; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportReportButton() const { return m_exportReport; }
    QLabel *deflatedSharpeLabel() const { return m_dsr; }
    QLabel *estimateLabel() const { return m_estimate; }
    /// Milliseconds of one backtest on the current data, once measured.
    std::optional<double> msPerBacktest() const { return m_msPerBacktest; }
    QTableView *resultsView() const { return m_resultsView; }
    OptimizerResultsModel *resultsModel() const { return m_results; }
    QSortFilterProxyModel *resultsProxy() const { return m_proxy; }
    ObjectiveHeatmap *heatmap() const { return m_heatmap; }
    QComboBox *heatmapXBox() const { return m_heatX; }
    QComboBox *heatmapYBox() const { return m_heatY; }
    WalkForwardView *walkForwardView() const { return m_walkView; }
    QTabWidget *tabs() const { return m_tabs; }
    BacktestRunner *runner() const { return m_runner; }
    const BacktestOutcomePtr &gridOutcome() const { return m_gridOutcome; }

    /// Shows the grid-search tab or the walk-forward tab.
    void showGridSearch();
    void showWalkForward();

    Status exportResultsCsv(const QString &path) const;
    Status exportHeatmapPng(const QString &path) const;

public slots:
    /// Shows a grid-search or walk-forward outcome (what a finished run delivers).
    void showOutcome(const rutile::ui::BacktestOutcomePtr &outcome);
    /// The shown run's journal entry (BacktestRunner::journaled): the status line says its
    /// number, and Export Report writes its report.
    void showJournaled(const rutile::ui::BacktestOutcomePtr &outcome);
    bool runGridSearch();
    bool runWalkForward();
    void cancel();
    /// Sends the selected row's parameters to the strategy panel and runs the backtest there.
    void backtestSelected();

signals:
    /// A grid search or walk-forward finished (after the views were updated).
    void outcomeShown(const rutile::ui::BacktestOutcomePtr &outcome);
    /// After outcomeShown(), once the run is journaled (or could not be).
    void outcomeJournaled(const rutile::ui::BacktestOutcomePtr &outcome);

protected:
    void showEvent(QShowEvent *event) override;

private:
    bool start(BacktestJob::Kind kind);
    /// Shows the estimated time of the grid; times one backtest first when the data changed.
    void updateEstimate();
    void onProbeFinished(const BacktestOutcomePtr &outcome);
    /// The workspace setting that keeps the current strategy's last grid.
    QString gridSettingKey() const;
    void restoreGrid();
    void saveGrid() const;
    void syncStrategy();
    void updateHeatmap();
    void updateDeflatedSharpe();
    void setRunning(bool running);
    void updateTitle();

    StrategyPanel *m_panel = nullptr;
    BacktestRunner *m_runner = nullptr;
    BacktestRunner *m_probe = nullptr; ///< times one backtest for the estimate
    QString m_probedData; ///< the data (timingKey) the probe ran or runs on
    QString m_measuredData; ///< the data m_msPerBacktest was measured on
    std::optional<double> m_msPerBacktest;
    BacktestOutcomePtr m_gridOutcome;
    QString m_strategyName; ///< the strategy the grid editor was built for
    std::vector<ParamSpec> m_strategyParams; ///< of the strategy the grid was made for

    QLabel *m_header = nullptr;
    GridEditor *m_grid = nullptr;
    QComboBox *m_objective = nullptr;
    QSpinBox *m_threads = nullptr;
    QSpinBox *m_inSample = nullptr;
    QSpinBox *m_outOfSample = nullptr;
    QCheckBox *m_anchored = nullptr;
    QPushButton *m_runGrid = nullptr;
    QPushButton *m_runWalk = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_exportReport = nullptr;
    BacktestOutcomePtr m_reportOutcome; ///< the last finished run, journaled, whose report Export Report writes
    quint64 m_shownRun = 0;             ///< BacktestOutcome::run of the outcome shown
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_estimate = nullptr;

    QTabWidget *m_tabs = nullptr;
    QLabel *m_dsr = nullptr;
    OptimizerResultsModel *m_results = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_resultsView = nullptr;
    ObjectiveHeatmap *m_heatmap = nullptr;
    QComboBox *m_heatX = nullptr;
    QComboBox *m_heatY = nullptr;
    WalkForwardView *m_walkView = nullptr;
};

} // namespace rutile::ui
