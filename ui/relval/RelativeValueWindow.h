#pragma once

#include "relval/PairAnalysis.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTabWidget;

namespace rutile::ui {

class DateRangeFilter;
class FairValuePanel;
class MainWindow;
class PairCharts;
class ParamForm;
class TaskRunControls;

/// Analysis > Relative Value: pick Y and X (RUT and the S&P 500) and a range; the Engle–Granger
/// test with its verdict in words, the hedge ratio and half-life, and the charts (rebased
/// prices, the spread and pairs_spread's z-score with its bands, the OLS, rolling and Kalman
/// hedge ratios, the rolling p-value); "Backtest pairs_spread with these settings" hands Y, X,
/// the range and the bands to the strategy panel. A second tab computes index-futures fair
/// value. It runs core's analysePair on a worker thread and shows the document of
/// `rutile-cli pair --json`; exports: the statistics and the daily series to CSV, a chart to PNG.
class RelativeValueWindow : public QMainWindow {
    Q_OBJECT
public:
    RelativeValueWindow(const QString &workspacePath, MainWindow *mainWindow);
    ~RelativeValueWindow() override;

    static RelativeValueWindow *open(MainWindow *mainWindow);

    void setPair(const QString &y, const QString &x);
    void setDates(QDate from, QDate to); ///< null: the whole history
    ParamForm *settingsForm() const { return m_settings; }
    bool run();
    bool isRunning() const;
    void waitForFinished(); ///< tests
    QString statusText() const;

    /// The last analysis (empty before one finished) and its JSON document.
    const relval::PairAnalysis *analysis() const { return m_analysis.get(); }
    const QJsonObject &document() const { return m_document; }
    QLabel *verdictLabel() const { return m_verdict; }
    QStandardItemModel *statistics() const { return m_statistics; }
    PairCharts *charts() const { return m_charts; }
    FairValuePanel *fairValue() const { return m_fairValue; }
    /// Hands the pair to the strategy panel (pairs_spread); false before an analysis.
    bool backtestPairsSpread();
    /// Writes the daily series (`pair --csv`) to `path`.
    Status exportCsv(const QString &path) const;
    /// Shows the pair analysis (0) or the fair value (1).
    void showPage(int page);

signals:
    void analysed();

private:
    struct Outcome;
    void reload();
    void finish();
    void showStatistics(const relval::PairAnalysis &a);

    QString m_workspacePath;
    MainWindow *m_mainWindow;
    QComboBox *m_y = nullptr;
    QComboBox *m_x = nullptr;
    DateRangeFilter *m_dates = nullptr;
    ParamForm *m_settings = nullptr;
    TaskRunControls *m_controls = nullptr;
    QLabel *m_verdict = nullptr;
    QStandardItemModel *m_statistics = nullptr;
    QTableView *m_statisticsView = nullptr;
    QPushButton *m_backtest = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportPng = nullptr;
    PairCharts *m_charts = nullptr;
    FairValuePanel *m_fairValue = nullptr;
    QTabWidget *m_pages = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    std::unique_ptr<relval::PairAnalysis> m_analysis;
    QJsonObject m_document;
};

/// Adds Analysis > Relative Value to `window`.
void installRelativeValueAction(MainWindow *window);

} // namespace rutile::ui
