#pragma once

// Analysis > Run Journal: every backtest, grid search, walk-forward and ML evaluation run in
// the workspace, from the GUI or rutile-cli, newest first. Filter by kind, symbol, strategy and
// date; the selected run's inputs and results below; Open Results shows its report again;
// Compare puts two selected runs side by side; Re-run repeats a run with its recorded
// inputs (off the GUI thread, cancellable: a strategy run or an ML evaluation) and says whether
// the data changed since; Export
// Report writes its PDF or HTML.

#include "backtest/BacktestJob.h"
#include "storage/Workspace.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace rutile::ui {

class BackgroundTask;
class BacktestRunner;
class DateRangeFilter;
class MainWindow;
class ReportBrowser;
class RunFilterProxy;
class RunTableModel;

class JournalWindow : public QMainWindow {
    Q_OBJECT
public:
    JournalWindow(const QString &workspacePath, QWidget *parent = nullptr);
    ~JournalWindow() override;

    /// Opens the window on the main window's workspace (closed when another one is opened).
    static JournalWindow *open(MainWindow *mainWindow);

    /// Reads the journal again.
    void reload();
    /// Reads the journal and lists it again only when runs were added or purged since (from any
    /// window or rutile-cli): the selection, the details and the status line stay otherwise.
    /// Done whenever the window becomes active.
    void reloadIfChanged();
    /// Selects the run `id` (false when it is not listed).
    bool selectRun(qint64 id);
    /// The runs selected, in list order.
    std::vector<RunRecord> selectedRuns() const;

    /// The actions of the buttons (tests drive them).
    QWidget *openResults();
    QDialog *compareSelected();
    bool rerunSelected();
    Status exportReport(const QString &path);

    RunTableModel *model() const { return m_model; }
    RunFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *symbolEdit() const { return m_symbol; }
    QLineEdit *strategyEdit() const { return m_strategy; }
    DateRangeFilter *dateFilter() const { return m_dates; }
    QTextBrowser *details() const { return m_details; }
    QLabel *statusLabel() const { return m_status; }
    BacktestRunner *runner() const { return m_runner; }

signals:
    /// A re-run ended; `dataChanged` when its bars' fingerprint differs from the original's.
    void rerunFinished(bool ok, bool dataChanged);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Lists `runs` (newest first), keeping the selection.
    void showRuns(std::vector<RunRecord> runs);
    Result<std::vector<RunRecord>> readRuns() const;
    void applyFilter();
    void showSelection();
    void onRerunFinished(const BacktestOutcomePtr &outcome);
    void onRerunJournaled(const BacktestOutcomePtr &outcome);
    /// Starts an ML evaluation's re-run (ml::evaluate with the recorded request).
    bool rerunMl(const RunRecord &run);
    /// Says how a re-run went: `again` is its entry (id 0 when not journaled, `journalWarning`
    /// why); none when it failed with `error` or was cancelled.
    void finishRerun(const std::optional<RunRecord> &again, const QString &journalWarning, const QString &error,
                     bool cancelled);
    bool isRerunning() const;
    /// The full entry of the current run (its results read from the workspace).
    std::optional<RunRecord> currentRun(QString *error = nullptr) const;

    QString m_workspacePath;
    RunTableModel *m_model = nullptr;
    RunFilterProxy *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_symbol = nullptr;
    QLineEdit *m_strategy = nullptr;
    DateRangeFilter *m_dates = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_rerun = nullptr;
    QPushButton *m_report = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    BacktestRunner *m_runner = nullptr;
    BackgroundTask *m_mlTask = nullptr;
    struct MlRerun;
    std::shared_ptr<MlRerun> m_mlRerun;
    std::optional<RunRecord> m_rerunOf; ///< the run being repeated
};

/// Adds Analysis > Run Journal... (Ctrl+Shift+J) to `window`.
void installJournalAction(MainWindow *window);

} // namespace rutile::ui
