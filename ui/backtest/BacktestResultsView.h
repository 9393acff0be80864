#pragma once

#include "ElidedLabel.h"
#include "RecentFolders.h"
#include "backtest/BacktestJob.h"

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace rutile::ui {

class EquityChart;
class MetricsTableModel;
class RiskDashboardWindow;
class TradeTableModel;

/// The result of one backtest: the statistics beside buy-and-hold and the benchmark (left),
/// the trade list and the equity and drawdown charts (tabs on the right), the warnings, and
/// the exports: trades and equity as the CLI writes them (core/backtest/ResultCsv), the
/// statistics table as CSV, the chart as PNG. Selecting a trade emits tradeActivated() (the
/// main window shows it on the chart); "Risk dashboard" opens the risk dashboard on the
/// equity curve.
class BacktestResultsView : public QWidget {
    Q_OBJECT
public:
    explicit BacktestResultsView(QWidget *parent = nullptr);

    /// Shows a backtest outcome (ignored unless it holds a BacktestResult).
    void setOutcome(const BacktestOutcomePtr &outcome);
    /// The shown run, now journaled (BacktestRunner::journaled): the title gains its run
    /// number, or the banner says why it was not journaled. Ignored for another run.
    void setJournaled(const BacktestOutcomePtr &outcome);
    void clear();
    const BacktestOutcomePtr &outcome() const { return m_outcome; }
    const backtest::BacktestResult *result() const;

    MetricsTableModel *metricsModel() const { return m_metrics; }
    TradeTableModel *tradeModel() const { return m_trades; }
    QTableView *metricsView() const { return m_metricsView; }
    QTableView *tradeView() const { return m_tradeView; }
    QSortFilterProxyModel *tradeProxy() const { return m_tradeProxy; }
    EquityChart *equityChart() const { return m_equity; }
    QTabWidget *tabs() const { return m_tabs; }
    ElidedLabel *titleLabel() const { return m_title; }
    QLabel *warningsLabel() const { return m_warnings; }

    /// The exports behind the Export menu (the menu asks for the file names).
    Status exportTradesCsv(const QString &path) const;
    Status exportEquityCsv(const QString &path) const;
    Status exportMetricsCsv(const QString &path) const;
    Status exportEquityPng(const QString &path) const;
    /// The backtest report (PDF or HTML by the file's name) of the run as journaled.
    Status exportReport(const QString &path) const;
    QAction *reportAction() const { return m_reportAction; }

    /// Opens the risk dashboard on the strategy's equity curve; nullptr without a result.
    RiskDashboardWindow *openRiskDashboard();
    /// Selects trade `index` (of TradeTableModel::trades()) in the list, which emits tradeActivated.
    void selectTrade(int index);

signals:
    /// The trade `index` of the result's trade list was selected.
    void tradeActivated(int index);

private:
    /// Asks for a file in the last folder of `kind` and writes it; a failure is shown.
    void exportDialog(FolderKind kind, const QString &title, const QString &suggested, const QString &filter,
        const std::function<Status(const QString &)> &write);
    /// "RUT-sma_cross": the stem of the suggested file names.
    QString filePrefix() const;

    void showBanner();

    BacktestOutcomePtr m_outcome;
    QString m_runTitle;         ///< the title without the journal's run number
    QStringList m_runWarnings;  ///< the backtest's warnings, without the journal's
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    ElidedLabel *m_title = nullptr; ///< cut with "…" when the dock is narrow, whole in its tooltip
    QLabel *m_warnings = nullptr;
    QToolButton *m_export = nullptr;
    QAction *m_reportAction = nullptr;
    QToolButton *m_risk = nullptr;
    QCheckBox *m_log = nullptr;
    MetricsTableModel *m_metrics = nullptr;
    QTableView *m_metricsView = nullptr;
    TradeTableModel *m_trades = nullptr;
    QSortFilterProxyModel *m_tradeProxy = nullptr;
    QTableView *m_tradeView = nullptr;
    EquityChart *m_equity = nullptr;
    QTabWidget *m_tabs = nullptr;
};

} // namespace rutile::ui
