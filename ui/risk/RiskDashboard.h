#pragma once

#include "risk/ReturnSeries.h"
#include "risk/RiskOptions.h"
#include "risk/RiskRunner.h"
#include "util/Error.h"

#include <QDate>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QScrollArea;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace rutile::ui {

class RiskChartView;
class RiskOptionsForm;
class RiskTableModel;

/// The risk dashboard: return statistics, tail risk (historical, Gaussian, Cornish–Fisher,
/// EVT) and benchmark analytics of one value series — a symbol's closes or a backtest's
/// equity curve — in research-paper tables and Qt Charts.
///
/// Tabs: Summary (three tables, histogram with the fitted normal density, normal QQ-plot),
/// Tails (mean-excess plots with the threshold and fitted GPD line, GPD tail fits, both
/// tails), Volatility & drawdown (rolling volatility, underwater curve), Benchmark (rolling
/// beta and correlation). Every chart exports to PNG and every table to CSV from its context
/// menu (tables also copy as tab-separated text); Export All writes everything to a folder.
///
/// The analysis runs on a worker thread (RiskRunner); edits to the range, the benchmark or
/// the options recompute after a short pause, the latest request winning.
class RiskDashboard : public QWidget {
    Q_OBJECT
public:
    explicit RiskDashboard(QWidget *parent = nullptr);
    ~RiskDashboard() override;

    /// The workspace whose symbols can be analysed and serve as benchmark; the default
    /// benchmark (risk::defaultBenchmark) is selected.
    Status setWorkspace(const QString &path);
    /// Analyses the closes of `symbol` over its whole history (the range can be narrowed).
    void showSymbol(const QString &symbol);
    /// Analyses a value series, e.g. a backtest's equity curve (`values.name` is its title).
    void showSeries(const risk::DatedSeries &values);

    /// Benchmark symbol of the workspace; empty for none.
    void setBenchmark(const QString &symbol);
    QString benchmark() const;
    void setDateRange(QDate from, QDate to);
    void setOptions(const risk::RiskOptions &options);
    risk::RiskOptions options() const;

    /// Starts the analysis now (instead of after the edit pause).
    void recompute();
    bool isComputing() const;
    /// The last successful report, or nullptr.
    const risk::RiskReport *report() const;
    QString statusText() const;
    QString warningText() const;

    /// Writes every chart as <prefix>-<name>.png, and every table and every chart's series as a
    /// tidy <prefix>-<name>.csv (risk::riskCsvNames()) into `folder` (prefix: the symbol or
    /// series name), each file atomically. The error names the file that failed; without a
    /// report nothing is written.
    Status exportAll(const QString &folder);
    /// The risk report (PDF or HTML by the file's name) of the last analysis: the symbol's bars
    /// over the range analysed, or the value series.
    Status exportReport(const QString &path);

    QTabWidget *tabs() const { return m_tabs; }
    const std::vector<RiskChartView *> &chartViews() const { return m_charts; }
    RiskChartView *chartView(const QString &exportName) const;
    const std::vector<QTableView *> &tableViews() const { return m_tables; }
    RiskOptionsForm *optionsForm() const { return m_optionsForm; }
    QComboBox *benchmarkBox() const { return m_benchmark; }

signals:
    /// A computation ended: with a new report (ok) or an error shown in the status line.
    void finished(bool ok);

private:
    void buildUi();
    void scheduleRecompute();
    void onFinished(const RiskOutcome &outcome);
    void showReport();
    void clearReport();
    QString filePrefix() const;
    QTableView *makeTable(RiskTableModel *model, const QString &name);
    void fitTables();

    RiskRunner m_runner;
    QString m_workspacePath;
    QString m_symbol;
    std::optional<risk::DatedSeries> m_series;
    std::optional<risk::RiskReport> m_report;
    risk::RiskPlots m_plots;
    bool m_computing = false;

    QLabel *m_title = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_benchmark = nullptr;
    QComboBox *m_riskFree = nullptr; ///< "rate in the options", or a FRED rate series
    QLabel *m_riskFreeLabel = nullptr;
    QToolButton *m_optionsButton = nullptr;
    QWidget *m_optionsPanel = nullptr;
    RiskOptionsForm *m_optionsForm = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_warnings = nullptr;
    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_tableScroll = nullptr;
    QTimer *m_debounce = nullptr;
    RiskTableModel *m_returnModel = nullptr;
    RiskTableModel *m_tailModel = nullptr;
    RiskTableModel *m_otherModel = nullptr;
    std::vector<QTableView *> m_tables;
    std::vector<RiskChartView *> m_charts;
};

} // namespace rutile::ui
