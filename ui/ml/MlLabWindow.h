#pragma once

#include "ml/Evaluation.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace rutile::ui {

class DateRangeFilter;
class FeaturePicker;
class MainWindow;
class MlCharts;
class ParamForm;
class TaskRunControls;

/// Analysis > ML Lab: a direction classifier on a symbol's bars, evaluated the leaky way (the
/// seed's shuffled split) or honestly (chronological, purged k-fold, walk-forward). Pick the
/// features (presets or any registry indicator), the model and its parameters (generated forms
/// of core's ParamSpecs), the evaluation; Train runs core's ml::evaluate on a worker thread
/// (progress, cancel) and shows the document of `rutile-cli ml --json`: the verdict against
/// always-up/always-down, the metrics, the confusion matrix, the importance, calibration and
/// accuracy-over-time charts. Backtest This Signal hands the model to the strategy panel as
/// ml_signal; Save Model keeps the model trained on every row in the workspace, and a kept model
/// predicts the latest bar. Exports: the tables and the test rows' predictions to CSV, a chart
/// to PNG.
class MlLabWindow : public QMainWindow {
    Q_OBJECT
public:
    MlLabWindow(const QString &workspacePath, MainWindow *mainWindow);
    ~MlLabWindow() override;

    static MlLabWindow *open(MainWindow *mainWindow);

    void setSymbol(const QString &symbol);
    void setDates(QDate from, QDate to); ///< null: the whole history
    void setModel(ml::ModelKind kind);
    void setMethod(ml::EvaluationMethod method);
    FeaturePicker *features() const { return m_features; }
    ParamForm *modelForm() const { return m_modelForm; }
    ParamForm *evaluationForm() const { return m_evaluationForm; }

    /// Trains and evaluates off the GUI thread; false when the request is refused (the status
    /// says why) or a run is under way.
    bool run();
    bool isRunning() const;
    void waitForFinished(); ///< tests
    QString statusText() const;

    const ml::Evaluation *evaluation() const { return m_evaluation.get(); }
    const QJsonObject &document() const { return m_document; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *warningsLabel() const { return m_warnings; }
    QStandardItemModel *metrics() const { return m_metrics; }
    QStandardItemModel *confusion() const { return m_confusion; }
    MlCharts *charts() const { return m_charts; }
    QPushButton *backtestButton() const { return m_backtest; }

    /// Hands the evaluated model to the strategy panel as ml_signal; false before an
    /// evaluation or when its features are not one of ml_signal's sets.
    bool backtestSignal();
    /// Trains the evaluated model on every row and keeps it as `name` (off the GUI thread).
    bool saveModel(const QString &name);
    QComboBox *savedModels() const { return m_savedModels; }
    /// The prediction of the selected kept model for the symbol's latest bar, also shown.
    QString predictLatest();
    /// Writes the test rows' predictions (`ml --csv`) to `path`.
    Status exportCsv(const QString &path) const;

signals:
    void evaluated();

private:
    struct Outcome;
    void reload();
    void reloadSavedModels();
    void finish();
    void showMethodOptions();
    void showResults(const ml::Evaluation &e);
    /// Every evaluation option: the values kept, overridden by those the form shows.
    ParamValues evaluationOptions() const;
    Result<ml::EvaluationRequest> request() const;

    QString m_workspacePath;
    MainWindow *m_mainWindow;
    QComboBox *m_symbol = nullptr;
    DateRangeFilter *m_dates = nullptr;
    FeaturePicker *m_features = nullptr;
    QComboBox *m_model = nullptr;
    ParamForm *m_modelForm = nullptr;
    QComboBox *m_method = nullptr;
    ParamForm *m_evaluationForm = nullptr;
    ParamValues m_evaluationValues; ///< every option's value as of the last method switch
    TaskRunControls *m_controls = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_warnings = nullptr;
    QStandardItemModel *m_metrics = nullptr;
    QStandardItemModel *m_confusion = nullptr;
    QPushButton *m_backtest = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportPng = nullptr;
    QComboBox *m_savedModels = nullptr;
    QPushButton *m_predict = nullptr;
    QLabel *m_prediction = nullptr;
    MlCharts *m_charts = nullptr;
    std::shared_ptr<Outcome> m_outcome;
    std::unique_ptr<ml::Evaluation> m_evaluation;
    ml::EvaluationRequest m_evaluatedRequest;
    QString m_evaluatedSymbol;
    QDate m_evaluatedFrom, m_evaluatedTo;
    QJsonObject m_document;
};

/// Adds Analysis > ML Lab to `window`.
void installMlLabAction(MainWindow *window);

} // namespace rutile::ui
