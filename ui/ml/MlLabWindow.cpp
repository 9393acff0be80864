#include "ml/MlLabWindow.h"
#include "settings/AppTheme.h"

#include "journal/RunEntries.h"

#include "DateRangeFilter.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "TableCsvExport.h"
#include "TaskRunControls.h"
#include "WindowGeometry.h"
#include "backtest/BacktestFormat.h"
#include "backtest/StrategyController.h"
#include "backtest/StrategyPanel.h"
#include "ml/EvaluationOutput.h"
#include "ml/EvaluationParams.h"
#include "ml/FeaturePicker.h"
#include "ml/MlCharts.h"
#include "ml/SavedModel.h"
#include "params/ParamForm.h"
#include "report/OutputFile.h"
#include "storage/Workspace.h"
#include "strategy/MlSignalStrategy.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace rutile::ui {

namespace {

const ml::EvaluationMethod kMethods[] = {ml::EvaluationMethod::Shuffled, ml::EvaluationMethod::Chronological,
                                         ml::EvaluationMethod::Purged, ml::EvaluationMethod::WalkForward};

QString methodLabel(ml::EvaluationMethod m)
{
    switch (m) {
    case ml::EvaluationMethod::Shuffled: return MlLabWindow::tr("Shuffled split (the seed's; leaks the future)");
    case ml::EvaluationMethod::Chronological: return MlLabWindow::tr("Chronological split");
    case ml::EvaluationMethod::Purged: return MlLabWindow::tr("Purged k-fold with embargo");
    case ml::EvaluationMethod::WalkForward: return MlLabWindow::tr("Walk-forward retraining");
    }
    return {};
}

QTableView *tableView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    return view;
}

// The ml_signal model of an evaluated request: its features, model and walk-forward schedule.
ml::SignalModelSpec signalModelOf(const ml::EvaluationRequest &r)
{
    ml::SignalModelSpec spec;
    spec.features = r.features;
    spec.horizon = r.horizon;
    spec.model = r.model;
    spec.modelParams = r.modelParams;
    spec.minTrain = r.walkForward.initialTrain;
    spec.refitEvery = r.walkForward.refitEvery;
    spec.window = r.walkForward.expanding ? 0 : r.walkForward.initialTrain;
    return spec;
}

QStandardItem *numberItem(double value, const QString &text)
{
    auto *cell = new QStandardItem(text);
    cell->setData(btfmt::exportValue(value), kExportRole);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

} // namespace

struct MlLabWindow::Outcome {
    enum class Kind { Evaluate, Save } kind = Kind::Evaluate;
    QString symbol;
    QDate from, to;
    ml::EvaluationRequest request;
    QString name; ///< Save
    Result<ml::Evaluation> result = Error::cancelled();
    Status saved = Error::cancelled();
    Result<qint64> journaled = qint64(0); ///< the evaluation's run id, or why it was not journaled
};

MlLabWindow::MlLabWindow(const QString &workspacePath, MainWindow *mainWindow)
    : QMainWindow(mainWindow, Qt::Window)
    , m_workspacePath(workspacePath)
    , m_mainWindow(mainWindow)
{
    setObjectName(QStringLiteral("mlLabWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("ML Lab - %1").arg(QFileInfo(workspacePath).fileName()));

    // Inputs.
    m_symbol = new QComboBox(this);
    m_symbol->setObjectName(QStringLiteral("mlSymbol"));
    m_dates = new DateRangeFilter(QDate(1990, 1, 2), QDate::currentDate(), this);
    m_features = new FeaturePicker(this);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("mlModel"));
    m_model->addItem(tr("Random forest (OpenCV)"), ml::modelName(ml::ModelKind::RandomForest));
    m_model->addItem(tr("Gradient-boosted trees (XGBoost)"), ml::modelName(ml::ModelKind::GradientBoosting));
    m_modelForm = new ParamForm(this);
    m_modelForm->setObjectName(QStringLiteral("mlModelParams"));
    m_modelForm->setSpecs(ml::modelParamSpecs(ml::ModelKind::RandomForest));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("mlMethod"));
    for (ml::EvaluationMethod m : kMethods)
        m_method->addItem(methodLabel(m), ml::evaluationName(m));
    m_method->setCurrentIndex(1); // chronological, as the CLI
    m_evaluationForm = new ParamForm(this);
    m_evaluationForm->setObjectName(QStringLiteral("mlEvaluationParams"));
    m_evaluationValues = ml::evaluationParams(ml::EvaluationRequest{});
    m_controls = new TaskRunControls(tr("&Train and Evaluate"), this);
    m_controls->runButton()->setObjectName(QStringLiteral("mlTrainButton"));
    m_controls->runButton()->setDefault(true);
    m_controls->statusLabel()->setObjectName(QStringLiteral("mlStatus"));

    m_savedModels = new QComboBox(this);
    m_savedModels->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_savedModels->setMinimumContentsLength(12);
    m_savedModels->setObjectName(QStringLiteral("mlSavedModels"));
    m_predict = new QPushButton(tr("Predict &Latest Bar"), this);
    m_predict->setObjectName(QStringLiteral("mlPredictButton"));
    m_prediction = new QLabel(this);
    m_prediction->setObjectName(QStringLiteral("mlPrediction"));
    m_prediction->setWordWrap(true);
    auto *savedBox = new QGroupBox(tr("Models kept in the workspace"), this);
    auto *savedLayout = new QGridLayout(savedBox);
    savedLayout->addWidget(m_savedModels, 0, 0);
    savedLayout->addWidget(m_predict, 1, 0, Qt::AlignLeft);
    savedLayout->addWidget(m_prediction, 2, 0);

    auto *form = new QFormLayout;
    form->addRow(tr("&Symbol:"), m_symbol);
    form->addRow(m_dates->checkBox(), m_dates);
    auto *inputs = new QWidget(this);
    auto *inputLayout = new QVBoxLayout(inputs);
    inputLayout->addLayout(form);
    auto *featureBox = new QGroupBox(tr("Features"), inputs);
    (new QVBoxLayout(featureBox))->addWidget(m_features);
    inputLayout->addWidget(featureBox);
    auto *modelBox = new QGroupBox(tr("Model"), inputs);
    auto *modelLayout = new QVBoxLayout(modelBox);
    modelLayout->addWidget(m_model);
    modelLayout->addWidget(m_modelForm);
    inputLayout->addWidget(modelBox);
    auto *methodBox = new QGroupBox(tr("Evaluation"), inputs);
    auto *methodLayout = new QVBoxLayout(methodBox);
    methodLayout->addWidget(m_method);
    methodLayout->addWidget(m_evaluationForm);
    inputLayout->addWidget(methodBox);
    inputLayout->addWidget(savedBox);
    inputLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mlInputsScroll"));
    scroll->setWidget(inputs);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The inputs scroll up and down only: the pane is never narrower than they are (the dates'
    // end and the feature picker's buttons were cut off at the splitter).
    scroll->setMinimumWidth(inputs->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    // Train and the status stay in sight below the inputs, which scroll on a small screen.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(m_controls);

    // Results.
    m_verdict = new QLabel(tr("Train a model to see whether it beats always-up."), this);
    m_verdict->setObjectName(QStringLiteral("mlVerdict"));
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_verdict->setFont(big);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("mlWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(textStyle(Tone::Warning));
    m_metrics = new QStandardItemModel(this);
    m_confusion = new QStandardItemModel(this);
    QTableView *metricsView = tableView(m_metrics, QStringLiteral("mlMetrics"), this);
    metricsView->horizontalHeader()->setVisible(false);
    addCsvExportAction(metricsView, QStringLiteral("ml-metrics.csv"));
    QTableView *confusionView = tableView(m_confusion, QStringLiteral("mlConfusion"), this);
    confusionView->verticalHeader()->setVisible(true);
    addCsvExportAction(confusionView, QStringLiteral("ml-confusion.csv"));
    confusionView->setFixedHeight(confusionView->verticalHeader()->defaultSectionSize() * 4 + 8);
    auto *tables = new QWidget(this);
    auto *tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(metricsView, 1);
    auto *confusionTitle = new QLabel(tr("Confusion matrix (rows: actual, columns: predicted)"), this);
    confusionTitle->setWordWrap(true);
    tablesLayout->addWidget(confusionTitle);
    tablesLayout->addWidget(confusionView);
    tables->setMinimumWidth(320);
    m_charts = new MlCharts(this);
    m_charts->setMinimumWidth(360);
    auto *resultSplit = new QSplitter(this);
    resultSplit->addWidget(tables);
    resultSplit->addWidget(m_charts);
    resultSplit->setStretchFactor(1, 1);
    resultSplit->setChildrenCollapsible(false);
    resultSplit->setSizes({340, 560});
    m_backtest = new QPushButton(tr("&Backtest This Signal"), this);
    m_backtest->setObjectName(QStringLiteral("mlBacktestButton"));
    m_save = new QPushButton(tr("Sa&ve Model..."), this);
    m_save->setObjectName(QStringLiteral("mlSaveButton"));
    m_exportCsv = new QPushButton(tr("Export &CSV..."), this);
    m_exportPng = new QPushButton(tr("Export P&NG..."), this);
    for (QPushButton *b : {m_backtest, m_save, m_exportCsv, m_exportPng})
        b->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_backtest, m_save, m_exportCsv, m_exportPng})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *results = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(results);
    resultLayout->addWidget(m_verdict);
    resultLayout->addWidget(m_warnings);
    resultLayout->addWidget(resultSplit, 1);
    resultLayout->addLayout(buttons);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(results);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({380, 900});
    setCentralWidget(split);

    connect(m_controls, &TaskRunControls::runRequested, this, &MlLabWindow::run);
    connect(m_controls, &TaskRunControls::finished, this, &MlLabWindow::finish);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        const auto kind = ml::modelFromName(m_model->currentData().toString());
        m_modelForm->setSpecs(ml::modelParamSpecs(*kind));
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, &MlLabWindow::showMethodOptions);
    connect(m_backtest, &QPushButton::clicked, this, &MlLabWindow::backtestSignal);
    connect(m_save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save Model"), tr("Keep the model, trained on every row, as:"),
                                                   QLineEdit::Normal,
                                                   QStringLiteral("%1 %2 h%3")
                                                       .arg(m_evaluatedSymbol, ml::modelName(m_evaluatedRequest.model))
                                                       .arg(m_evaluatedRequest.horizon),
                                                   &ok);
        if (ok)
            saveModel(name);
    });
    connect(m_predict, &QPushButton::clicked, this, &MlLabWindow::predictLatest);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        exportThroughDialog(this, tr("Export the Test Rows' Predictions as CSV"), QStringLiteral("ml-predictions.csv"),
                            tr("CSV files (*.csv)"), [this](const QString &path) { return exportCsv(path); });
    });
    connect(m_exportPng, &QPushButton::clicked, this, [this] {
        exportThroughDialog(this, tr("Export the Chart as PNG"), QStringLiteral("ml-chart.png"), tr("PNG images (*.png)"),
                            [this](const QString &path) { return m_charts->exportPng(path); });
    });
    // The window works on the file it was opened on; new symbols and models in it are offered
    // once a running task has ended.
    mainWindow->followWorkspace(this, m_workspacePath, [this] { m_controls->whenIdle([this] { reload(); }); });

    showMethodOptions();
    reload();
    manageWindowGeometry(this, QStringLiteral("mlLab"), QSize(1280, 800));
}

MlLabWindow::~MlLabWindow() = default;

MlLabWindow *MlLabWindow::open(MainWindow *mainWindow)
{
    auto *window = new MlLabWindow(mainWindow->workspace()->path(), mainWindow);
    window->show();
    return window;
}

// The symbols offered, the last pick kept; a first opening picks RUT (or the sample's small caps).
void MlLabWindow::reload()
{
    const QString keep = m_symbol->currentText();
    QStringList symbols;
    if (auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read)) {
        if (const auto cached = (*ws)->readSymbols()) {
            for (const SymbolInfo &info : *cached)
                if (info.bars > 0)
                    symbols << info.symbol;
        }
    }
    m_symbol->clear();
    m_symbol->addItems(symbols);
    for (const QString &p : {keep, QStringLiteral("RUT"), QStringLiteral("^RUT"), QStringLiteral("IWM"),
                             QStringLiteral("SYN-SMALL")}) {
        if (symbols.contains(p)) {
            m_symbol->setCurrentText(p);
            break;
        }
    }
    reloadSavedModels();
    if (symbols.isEmpty())
        m_controls->setStatus(tr("Import or download a symbol's daily history first."));
}

void MlLabWindow::reloadSavedModels()
{
    const QString keep = m_savedModels->currentText();
    m_savedModels->clear();
    if (auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read)) {
        for (const SavedModelRecord &r : (*ws)->savedModels())
            m_savedModels->addItem(r.name);
    }
    if (m_savedModels->findText(keep) >= 0)
        m_savedModels->setCurrentText(keep);
    m_predict->setEnabled(m_savedModels->count() > 0);
    if (m_savedModels->count() == 0)
        m_prediction->setText(tr("None yet: train a model, then Save Model."));
}

void MlLabWindow::setSymbol(const QString &symbol)
{
    m_symbol->setCurrentText(symbol);
}

void MlLabWindow::setDates(QDate from, QDate to)
{
    m_dates->setRange(from, to);
}

void MlLabWindow::setModel(ml::ModelKind kind)
{
    m_model->setCurrentIndex(m_model->findData(ml::modelName(kind)));
}

void MlLabWindow::setMethod(ml::EvaluationMethod method)
{
    m_method->setCurrentIndex(m_method->findData(ml::evaluationName(method)));
}

// The form shows the options the chosen evaluation reads; the seed is the model's (one seed for
// the split, the importance and the model, as on the CLI).
void MlLabWindow::showMethodOptions()
{
    m_evaluationValues = evaluationOptions(); // keep what the previous method's form held
    const auto method = ml::evaluationFromName(m_method->currentData().toString());
    const QStringList names = ml::evaluationParamsOf(*method);
    std::vector<ParamSpec> specs;
    for (const ParamSpec &s : ml::evaluationParamSpecs())
        if (names.contains(s.name) && s.name != u"seed")
            specs.push_back(s);
    m_evaluationForm->setSpecs(specs, m_evaluationValues);
}

bool MlLabWindow::isRunning() const
{
    return m_controls->isRunning();
}

void MlLabWindow::waitForFinished()
{
    m_controls->waitForFinished();
}

QString MlLabWindow::statusText() const
{
    return m_controls->status();
}

ParamValues MlLabWindow::evaluationOptions() const
{
    ParamValues options = m_evaluationValues; // every option, then those the form shows
    const ParamValues shown = m_evaluationForm->values();
    for (const auto &[name, value] : shown.entries())
        options.set(name, value);
    return options;
}

Result<ml::EvaluationRequest> MlLabWindow::request() const
{
    ml::EvaluationRequest r;
    r.features = m_features->features();
    if (r.features.isEmpty())
        return Error::invalidArgument(tr("Choose at least one feature."));
    r.model = *ml::modelFromName(m_model->currentData().toString());
    r.modelParams = m_modelForm->values();
    r.method = *ml::evaluationFromName(m_method->currentData().toString());
    ml::applyEvaluationParams(evaluationOptions(), r);
    r.seed = std::uint64_t(r.modelParams.value(u"seed", 1));
    return r;
}

bool MlLabWindow::run()
{
    if (isRunning())
        return false;
    auto outcome = std::make_shared<Outcome>();
    outcome->symbol = m_symbol->currentText();
    if (outcome->symbol.isEmpty()) {
        m_controls->setStatus(tr("Choose a symbol."));
        return false;
    }
    const auto r = request();
    if (!r) {
        m_controls->setStatus(r.error().toString());
        return false;
    }
    outcome->request = *r;
    const auto dates = m_dates->range();
    if (!dates) {
        m_controls->setStatus(dates.error().message);
        return false;
    }
    std::tie(outcome->from, outcome->to) = *dates;
    m_outcome = outcome;
    m_controls->setStatus(tr("Training on %1...").arg(outcome->symbol));
    const QString path = m_workspacePath;
    return m_controls->start([outcome, path](const TaskControl &control) {
        auto ws = Workspace::open(path, WorkspaceAccess::Read);
        if (!ws) {
            outcome->result = ws.error();
            return;
        }
        const auto bars = (*ws)->readBars(outcome->symbol, outcome->from, outcome->to);
        if (!bars) {
            outcome->result = bars.error();
            return;
        }
        outcome->result = ml::evaluate(*bars, outcome->request, control);
        if (outcome->result && !control.cancelled())
            outcome->journaled = journal::journalRun(path, journal::mlEntry(outcome->request, *bars, outcome->from, outcome->to,
                ml::evaluationJson(*outcome->result, outcome->request, outcome->symbol)));
    });
}

bool MlLabWindow::saveModel(const QString &name)
{
    if (isRunning() || !m_evaluation)
        return false;
    if (Status s = ml::checkModelName(name); !s) {
        m_controls->setStatus(s.error().toString());
        return false;
    }
    auto outcome = std::make_shared<Outcome>();
    outcome->kind = Outcome::Kind::Save;
    outcome->symbol = m_evaluatedSymbol;
    outcome->from = m_evaluatedFrom;
    outcome->to = m_evaluatedTo;
    outcome->request = m_evaluatedRequest;
    outcome->name = name;
    m_outcome = outcome;
    m_controls->setStatus(tr("Training %1 on every row...").arg(name));
    const QString path = m_workspacePath;
    return m_controls->start([outcome, path](const TaskControl &control) {
        auto ws = Workspace::open(path, WorkspaceAccess::OpenOrCreate);
        if (!ws) {
            outcome->saved = ws.error();
            return;
        }
        const auto bars = (*ws)->readBars(outcome->symbol, outcome->from, outcome->to);
        if (!bars) {
            outcome->saved = bars.error();
            return;
        }
        const ml::EvaluationRequest &r = outcome->request;
        const auto model = ml::trainOnAllRows(*bars, r.features, r.horizon, r.model, r.modelParams, r.threads);
        if (!model) {
            outcome->saved = model.error();
            return;
        }
        if (control.cancelled()) // nothing written yet: cancelling keeps the workspace as it was
            return;
        outcome->saved = ml::saveTrainedModel(**ws, outcome->name, *model);
    });
}

void MlLabWindow::finish()
{
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome)
        return;
    if (outcome->kind == Outcome::Kind::Save) {
        if (outcome->saved) {
            reloadSavedModels();
            m_savedModels->setCurrentText(outcome->name);
            m_controls->setStatus(tr("Kept %1 in the workspace.").arg(outcome->name));
        } else {
            m_controls->setStatus(outcome->saved.error().kind == ErrorKind::Cancelled ? tr("Cancelled.")
                                                                                    : outcome->saved.error().toString());
        }
        return;
    }
    if (!outcome->result) {
        m_controls->setStatus(outcome->result.error().kind == ErrorKind::Cancelled ? tr("Cancelled.")
                                                                                 : outcome->result.error().toString());
        emit evaluated();
        return;
    }
    m_evaluation = std::make_unique<ml::Evaluation>(std::move(*outcome->result));
    m_evaluatedRequest = outcome->request;
    m_evaluatedSymbol = outcome->symbol;
    m_evaluatedFrom = outcome->from;
    m_evaluatedTo = outcome->to;
    m_document = ml::evaluationJson(*m_evaluation, m_evaluatedRequest, m_evaluatedSymbol);
    showResults(*m_evaluation);
    const bool tradable = strategy::mlSignalParams(signalModelOf(m_evaluatedRequest)).has_value();
    m_backtest->setEnabled(tradable);
    m_backtest->setToolTip(tradable ? tr("Open the strategy panel with ml_signal: this model, refit on the same "
                                         "schedule, trading its walk-forward probability")
                                    : tr("ml_signal trades the preset feature sets; choose one to backtest the signal"));
    for (QPushButton *b : {m_save, m_exportCsv, m_exportPng})
        b->setEnabled(true);
    const QString journaled = outcome->journaled ? tr("Journaled as run #%1.").arg(*outcome->journaled)
                                                 : tr("Not journaled: %1").arg(outcome->journaled.error().message);
    m_controls->setStatus(tr("%1 rows, %2 tested (%3 to %4).")
                              .arg(QLocale().toString(qlonglong(m_evaluation->rows)),
                                   QLocale().toString(qlonglong(m_evaluation->testRows)),
                                   btfmt::date(m_evaluation->testFirstDay), btfmt::date(m_evaluation->testLastDay))
                          + QLatin1Char(' ') + journaled);
    emit evaluated();
}

void MlLabWindow::showResults(const ml::Evaluation &e)
{
    const ml::ClassifierMetrics &m = e.metrics;
    const bool beats = ml::beatsBaseline(m);
    const QString verdict = ml::baselineVerdict(m);
    m_verdict->setText(verdict.front().toUpper() + verdict.mid(1));
    m_verdict->setStyleSheet(beats ? textStyle(Tone::Good) : textStyle(Tone::Bad));
    QStringList warnings;
    for (const QString &w : e.warnings)
        if (w != verdict) // shown above
            warnings << w.front().toUpper() + w.mid(1);
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());

    m_metrics->clear();
    const auto add = [this](const QString &label, double value, const QString &text, const QString &tip = {}) {
        auto *name = new QStandardItem(label);
        name->setToolTip(tip);
        m_metrics->appendRow({name, numberItem(value, text)});
    };
    const QString side = m.baseRate >= 0.5 ? tr("always-up") : tr("always-down");
    add(tr("Accuracy"), m.accuracy, btfmt::number(m.accuracy, 3));
    add(tr("Baseline (%1)").arg(side), m.baselineAccuracy, btfmt::number(m.baselineAccuracy, 3),
        tr("The better of always-up and always-down on the test rows"));
    add(tr("Edge over the baseline"), m.edge, btfmt::number(m.edge, 3));
    add(tr("p-value of the edge"), m.pValue,
        m.pValue < 0.001 ? QLocale().toString(m.pValue, 'g', 2) : btfmt::number(m.pValue, 3),
        tr("One-sided binomial test: P(as many right or more) for a coin with the baseline's accuracy"));
    add(tr("Balanced accuracy"), m.balancedAccuracy, btfmt::number(m.balancedAccuracy, 3));
    add(tr("ROC AUC"), m.auc, btfmt::number(m.auc, 3));
    add(tr("Log loss"), m.logLoss, btfmt::number(m.logLoss, 4));
    add(tr("Base rate (share of up)"), m.baseRate, btfmt::number(m.baseRate, 3));
    add(tr("Rows"), double(e.rows), btfmt::count(qlonglong(e.rows)));
    add(tr("Training rows per model"), double(e.trainRows), btfmt::count(qlonglong(e.trainRows)));
    add(tr("Test rows"), double(e.testRows), btfmt::count(qlonglong(e.testRows)));
    add(tr("Models trained"), double(e.folds.size()), btfmt::count(qlonglong(e.folds.size())));

    m_confusion->clear();
    m_confusion->setHorizontalHeaderLabels({tr("Predicted down"), tr("Predicted up")});
    const auto cell = [](std::size_t v) { return numberItem(double(v), btfmt::count(qlonglong(v))); };
    m_confusion->appendRow({cell(m.trueNegatives), cell(m.falsePositives)});
    m_confusion->appendRow({cell(m.falseNegatives), cell(m.truePositives)});
    m_confusion->setVerticalHeaderLabels({tr("Actual down"), tr("Actual up")});
    m_charts->setEvaluation(e);
}

bool MlLabWindow::backtestSignal()
{
    if (!m_evaluation)
        return false;
    const auto params = strategy::mlSignalParams(signalModelOf(m_evaluatedRequest));
    if (!params) {
        m_controls->setStatus(tr("ml_signal trades the preset feature sets; choose one to backtest the signal."));
        return false;
    }
    auto *controller = m_mainWindow->findChild<StrategyController *>();
    if (!controller)
        return false;
    StrategyPanel *panel = controller->panel();
    m_mainWindow->selectSymbol(m_evaluatedSymbol);
    panel->setSymbol(m_evaluatedSymbol);
    if (!panel->setStrategy(QStringLiteral("ml_signal")))
        return false;
    panel->setParams(*params);
    if (m_evaluatedFrom.isValid() || m_evaluatedTo.isValid())
        panel->setDates(m_evaluatedFrom, m_evaluatedTo);
    controller->panelDock()->show();
    controller->panelDock()->raise();
    m_mainWindow->activateWindow();
    m_mainWindow->raise();
    return true;
}

QString MlLabWindow::predictLatest()
{
    const QString name = m_savedModels->currentText();
    const QString symbol = m_symbol->currentText();
    QString text;
    auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    const auto model = ws ? ml::loadTrainedModel(**ws, name) : Result<ml::TrainedModel>(ws.error());
    const auto bars = model ? (*ws)->readBars(symbol) : Result<BarSeries>(model.error());
    const auto latest = bars ? ml::predictLatest(*model, *bars) : Result<ml::LatestPrediction>(bars.error());
    if (!latest)
        text = latest.error().toString();
    else
        text = tr("%1 (trained on %2, %3 rows to %4): probability that %5 closes higher %n bar(s) after %6: %7",
                  nullptr, model->horizon)
                   .arg(name, model->symbol, QLocale().toString(qlonglong(model->rows)), btfmt::date(model->lastDay),
                        symbol, btfmt::date(latest->day), btfmt::number(latest->probability, 3));
    m_prediction->setText(text);
    return text;
}

Status MlLabWindow::exportCsv(const QString &path) const
{
    if (!m_evaluation)
        return Error::invalidArgument(tr("There is nothing to export: train a model first."));
    return writeOutputFile(path, [this](QIODevice &d) { return ml::writePredictionsCsv(d, *m_evaluation); });
}

void installMlLabAction(MainWindow *window)
{
    QAction *action = window->menu(MainWindow::Menu::Analysis)->addAction(MainWindow::tr("&ML Lab..."));
    action->setObjectName(QStringLiteral("mlLabAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)); // T for train: L is the trend line
    action->setStatusTip(MainWindow::tr("Train a direction classifier on a symbol's indicators and see whether it beats "
                                        "always-up once evaluated without leaking the future"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        if (!window->workspace()) {
            QMessageBox::information(window, MainWindow::tr("ML Lab"), MainWindow::tr("Open a workspace first."));
            return;
        }
        MlLabWindow::open(window);
    });
}

} // namespace rutile::ui
