#pragma once

#include "scan/Portfolio.h"

#include <QJsonObject>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace rutile::ui {

class DateRangeFilter;
class EquityChart;
class MainWindow;
class ParamForm;
class PortfolioHoldingsModel;
class RuleEditor;
class TaskRunControls;
class TradeTableModel;

/// The Scanner's Portfolio Backtest tab: a top-N book over a watchlist, ranked by an
/// expression of the rule language (with its completion and live errors), with the
/// portfolio's settings and the engine's costs as generated forms (the ParamSpecs of `rutile-cli
/// portfolio`), run on a worker thread with progress and Cancel. Results: the equity and
/// drawdown against the workspace's benchmark, the statistics with the risk figures, the
/// holdings after every rebalance and the trades, each exportable (PNG, CSV). It runs core's
/// runPortfolio and shows the document of `rutile-cli portfolio --json`.
class PortfolioPanel : public QWidget {
    Q_OBJECT
public:
    PortfolioPanel(const QString &workspacePath, MainWindow *mainWindow, QWidget *parent = nullptr);
    ~PortfolioPanel() override;

    /// The watchlists offered (the scanner rereads them).
    void setLists(const QStringList &lists);
    void setList(const QString &name);
    void setRank(const QString &expression);
    /// The condition a symbol must meet to be held; empty: none.
    void setFilter(const QString &condition);
    ParamForm *settingsForm() const { return m_settings; }
    ParamForm *costsForm() const { return m_costs; }

    bool run();
    void cancel();
    bool isRunning() const;
    void waitForFinished(); ///< tests
    QString statusText() const;

    /// The document of the last run (empty before one finished).
    const QJsonObject &document() const { return m_document; }
    EquityChart *equityChart() const { return m_chart; }
    QStandardItemModel *metrics() const { return m_metrics; }
    PortfolioHoldingsModel *holdings() const { return m_holdings; }
    TradeTableModel *trades() const { return m_trades; }
    QTabWidget *resultTabs() const { return m_tabs; }

signals:
    void finished();

private:
    struct Outcome;
    void checkExpressions();
    void finish();
    void showMetrics(const scan::PortfolioResult &result);

    QString m_workspacePath;
    MainWindow *m_mainWindow;
    QComboBox *m_list = nullptr;
    QComboBox *m_presets = nullptr;
    RuleEditor *m_rank = nullptr;
    QCheckBox *m_useFilter = nullptr;
    RuleEditor *m_filter = nullptr;
    QLabel *m_problem = nullptr;
    QTimer *m_checkTimer = nullptr;
    ParamForm *m_settings = nullptr;
    ParamForm *m_costs = nullptr;
    DateRangeFilter *m_dates = nullptr;
    QTabWidget *m_tabs = nullptr;
    EquityChart *m_chart = nullptr;
    QStandardItemModel *m_metrics = nullptr;
    QTableView *m_metricsView = nullptr;
    PortfolioHoldingsModel *m_holdings = nullptr;
    QSortFilterProxyModel *m_holdingsSorted = nullptr;
    QTableView *m_holdingsView = nullptr;
    TradeTableModel *m_trades = nullptr;
    QTableView *m_tradesView = nullptr;
    QPushButton *m_exportPng = nullptr;
    TaskRunControls *m_controls = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    QJsonObject m_document;
};

} // namespace rutile::ui
