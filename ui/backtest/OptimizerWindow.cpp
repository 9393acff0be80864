#include "backtest/OptimizerWindow.h"
#include "settings/AppTheme.h"
#include "FileDialog.h"
#include "report/ReportWriters.h"

#include "RecentFolders.h"
#include "TableCsvExport.h"
#include "WindowGeometry.h"
#include "backtest/BacktestFormat.h"
#include "backtest/BacktestRunner.h"
#include "backtest/GridEditor.h"
#include "backtest/GridEstimate.h"
#include "backtest/ObjectiveHeatmap.h"
#include "backtest/OptimizerResultsModel.h"
#include "backtest/StrategyPanel.h"
#include "backtest/WalkForwardView.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <cmath>

namespace rutile::ui {

namespace {

void exportWithDialog(QWidget *parent, FolderKind kind, const QString &title, const QString &suggested,
    const QString &filter, const std::function<Status(const QString &)> &write)
{
    const QString path = askSaveFileName(parent, kind, title, suggested, filter);
    if (path.isEmpty())
        return;
    if (Status s = write(path); !s)
        QMessageBox::warning(parent, OptimizerWindow::tr("Export Failed"), s.error().toString());
}

// What the time of one backtest depends on: the strategy and the bars it runs over.
QString timingKey(const BacktestJob &job)
{
    return QStringList {job.workspacePath, job.strategy, job.data.symbol, job.data.pair,
        job.data.from.toString(Qt::ISODate), job.data.to.toString(Qt::ISODate)}
        .join(QLatin1Char('|'));
}

} // namespace

OptimizerWindow::OptimizerWindow(StrategyPanel *panel, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_panel(panel)
{
    setObjectName(QStringLiteral("optimizerWindow"));
    setWindowTitle(tr("Optimiser"));
    m_runner = new BacktestRunner(this);
    m_probe = new BacktestRunner(this);

    auto *split = new QSplitter(Qt::Horizontal, this);
    setCentralWidget(split);

    // ---- left: the grid and the run controls ----
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    m_header = new QLabel(left);
    m_header->setObjectName(QStringLiteral("optimizerHeader"));
    m_header->setWordWrap(true);
    leftLayout->addWidget(m_header);

    auto *gridBox = new QGroupBox(tr("Grid"), left);
    auto *gridLayout = new QVBoxLayout(gridBox);
    m_grid = new GridEditor(gridBox);
    gridLayout->addWidget(m_grid);
    m_estimate = new QLabel(gridBox);
    m_estimate->setObjectName(QStringLiteral("gridEstimate"));
    m_estimate->setWordWrap(true);
    gridLayout->addWidget(m_estimate);
    auto *options = new QFormLayout;
    m_objective = new QComboBox(gridBox);
    m_objective->setObjectName(QStringLiteral("objectiveBox"));
    for (const QString &name : backtest::objectiveNames())
        m_objective->addItem(btfmt::objectiveText(*backtest::objectiveFromName(name)), name);
    options->addRow(tr("&Objective:"), m_objective);
    m_threads = new QSpinBox(gridBox);
    m_threads->setObjectName(QStringLiteral("threadsBox"));
    m_threads->setRange(0, 256);
    m_threads->setSpecialValueText(tr("all cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(0);
    options->addRow(tr("&Threads:"), m_threads);
    gridLayout->addLayout(options);
    m_runGrid = new QPushButton(tr("Run &Grid Search"), gridBox);
    m_runGrid->setObjectName(QStringLiteral("runGridSearch"));
    gridLayout->addWidget(m_runGrid);
    leftLayout->addWidget(gridBox);

    auto *walkBox = new QGroupBox(tr("Walk-forward"), left);
    auto *walkLayout = new QFormLayout(walkBox);
    const backtest::WalkForwardConfig walkDefaults;
    m_inSample = new QSpinBox(walkBox);
    m_inSample->setObjectName(QStringLiteral("inSampleBars"));
    m_inSample->setRange(20, 1000000);
    m_inSample->setSingleStep(21);
    m_inSample->setSuffix(tr(" bars"));
    m_inSample->setValue(walkDefaults.inSampleBars);
    m_outOfSample = new QSpinBox(walkBox);
    m_outOfSample->setObjectName(QStringLiteral("outOfSampleBars"));
    m_outOfSample->setRange(2, 1000000);
    m_outOfSample->setSingleStep(21);
    m_outOfSample->setSuffix(tr(" bars"));
    m_outOfSample->setValue(walkDefaults.outOfSampleBars);
    m_anchored = new QCheckBox(tr("Anchored (in-sample windows grow from the start)"), walkBox);
    m_anchored->setObjectName(QStringLiteral("anchoredBox"));
    m_anchored->setChecked(walkDefaults.anchored);
    walkLayout->addRow(tr("&In-sample:"), m_inSample);
    walkLayout->addRow(tr("O&ut-of-sample:"), m_outOfSample);
    walkLayout->addRow(m_anchored);
    m_runWalk = new QPushButton(tr("Run &Walk-Forward"), walkBox);
    m_runWalk->setObjectName(QStringLiteral("runWalkForward"));
    walkLayout->addRow(m_runWalk);
    leftLayout->addWidget(walkBox);

    auto *runRow = new QHBoxLayout;
    m_progress = new QProgressBar(left);
    m_progress->setObjectName(QStringLiteral("optimizerProgress"));
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel"), left);
    m_cancel->setObjectName(QStringLiteral("cancelOptimizer"));
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    leftLayout->addLayout(runRow);
    m_status = new QLabel(left);
    m_status->setObjectName(QStringLiteral("optimizerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_status);
    m_exportReport = new QPushButton(tr("Export &Report..."), left);
    m_exportReport->setObjectName(QStringLiteral("optimizerReport"));
    m_exportReport->setToolTip(tr("The last run's report as PDF or HTML: the best point's backtest with the grid's "
                                  "heat map and deflated Sharpe verdict, or the walk-forward's stitched record"));
    m_exportReport->setEnabled(false);
    leftLayout->addWidget(m_exportReport, 0, Qt::AlignLeft);
    leftLayout->addStretch(1);
    auto *leftScroll = new QScrollArea(split);
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As wide as the grid editor's rows need, with room for a vertical scroll bar.
    leftScroll->setMinimumWidth(std::max(460, left->minimumSizeHint().width() + 24));
    split->addWidget(leftScroll);

    // ---- right: results ----
    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("optimizerTabs"));
    auto *gridPage = new QWidget(m_tabs);
    auto *gridPageLayout = new QVBoxLayout(gridPage);
    m_dsr = new QLabel(gridPage);
    m_dsr->setObjectName(QStringLiteral("deflatedSharpe"));
    m_dsr->setWordWrap(true);
    m_dsr->setTextFormat(Qt::RichText);
    gridPageLayout->addWidget(m_dsr);

    auto *resultSplit = new QSplitter(Qt::Horizontal, gridPage);
    auto *tablePane = new QWidget(resultSplit);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    m_results = new OptimizerResultsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_results);
    m_proxy->setSortRole(OptimizerResultsModel::SortRole);
    m_resultsView = new QTableView(tablePane);
    m_resultsView->setObjectName(QStringLiteral("optimizerResults"));
    m_resultsView->setModel(m_proxy);
    m_resultsView->setSortingEnabled(true);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->verticalHeader()->setVisible(false);
    m_resultsView->verticalHeader()->setDefaultSectionSize(m_resultsView->fontMetrics().height() + 6);
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addCsvExportAction(m_resultsView, QStringLiteral("grid-results.csv"));
    tableLayout->addWidget(m_resultsView, 1);
    auto *tableButtons = new QHBoxLayout;
    auto *useSelected = new QPushButton(tr("&Backtest Selected"), tablePane);
    useSelected->setObjectName(QStringLiteral("backtestSelected"));
    useSelected->setToolTip(tr("Run the selected point in the strategy panel and show its trades on the chart"));
    auto *exportTable = new QPushButton(tr("Export Table..."), tablePane);
    tableButtons->addWidget(useSelected);
    tableButtons->addStretch(1);
    tableButtons->addWidget(exportTable);
    tableLayout->addLayout(tableButtons);
    resultSplit->addWidget(tablePane);

    auto *heatPane = new QWidget(resultSplit);
    auto *heatLayout = new QVBoxLayout(heatPane);
    heatLayout->setContentsMargins(0, 0, 0, 0);
    auto *heatAxes = new QHBoxLayout;
    m_heatX = new QComboBox(heatPane);
    m_heatX->setObjectName(QStringLiteral("heatmapX"));
    m_heatY = new QComboBox(heatPane);
    m_heatY->setObjectName(QStringLiteral("heatmapY"));
    heatAxes->addWidget(new QLabel(tr("X:"), heatPane));
    heatAxes->addWidget(m_heatX, 1);
    heatAxes->addWidget(new QLabel(tr("Y:"), heatPane));
    heatAxes->addWidget(m_heatY, 1);
    auto *exportHeat = new QPushButton(tr("Export PNG..."), heatPane);
    heatAxes->addWidget(exportHeat);
    heatLayout->addLayout(heatAxes);
    m_heatmap = new ObjectiveHeatmap(heatPane);
    heatLayout->addWidget(m_heatmap, 1);
    auto *heatNote = new QLabel(tr("Cell: best objective over the other grid parameters. Outlined: best point. Grey: "
                                   "not evaluated."),
        heatPane);
    heatNote->setWordWrap(true);
    heatNote->setForegroundRole(QPalette::PlaceholderText);
    heatLayout->addWidget(heatNote);
    resultSplit->addWidget(heatPane);
    resultSplit->setStretchFactor(0, 3);
    resultSplit->setStretchFactor(1, 2);
    gridPageLayout->addWidget(resultSplit, 1);
    m_tabs->addTab(gridPage, tr("Grid Search"));

    auto *walkPage = new QWidget(m_tabs);
    auto *walkPageLayout = new QVBoxLayout(walkPage);
    m_walkView = new WalkForwardView(walkPage);
    walkPageLayout->addWidget(m_walkView, 1);
    auto *walkButtons = new QHBoxLayout;
    walkButtons->addStretch(1);
    auto *exportFolds = new QPushButton(tr("Export Folds..."), walkPage);
    auto *exportWalkEquity = new QPushButton(tr("Export Equity..."), walkPage);
    auto *exportWalkChart = new QPushButton(tr("Export Chart..."), walkPage);
    walkButtons->addWidget(exportFolds);
    walkButtons->addWidget(exportWalkEquity);
    walkButtons->addWidget(exportWalkChart);
    walkPageLayout->addLayout(walkButtons);
    m_tabs->addTab(walkPage, tr("Walk-Forward"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);

    connect(m_runGrid, &QPushButton::clicked, this, &OptimizerWindow::runGridSearch);
    connect(m_runWalk, &QPushButton::clicked, this, &OptimizerWindow::runWalkForward);
    connect(m_cancel, &QPushButton::clicked, this, &OptimizerWindow::cancel);
    connect(m_runner, &BacktestRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &BacktestRunner::finished, this, &OptimizerWindow::showOutcome);
    connect(m_runner, &BacktestRunner::journaled, this, &OptimizerWindow::showJournaled);
    connect(m_heatX, &QComboBox::currentIndexChanged, this, &OptimizerWindow::updateHeatmap);
    connect(m_heatY, &QComboBox::currentIndexChanged, this, &OptimizerWindow::updateHeatmap);
    connect(useSelected, &QPushButton::clicked, this, &OptimizerWindow::backtestSelected);
    connect(m_exportReport, &QPushButton::clicked, this, [this] {
        if (!m_reportOutcome || !m_reportOutcome->entry)
            return;
        const RunRecord entry = *m_reportOutcome->entry;
        exportThroughDialog(this, tr("Export Report"),
            QStringLiteral("%1-%2-%3-report.pdf").arg(entry.symbol, entry.strategy, entry.kind), reportFileFilter(),
            [this, entry](const QString &path) { return writeRunReport(entry, path, this); });
    });
    connect(m_resultsView, &QTableView::doubleClicked, this, &OptimizerWindow::backtestSelected);
    connect(exportTable, &QPushButton::clicked, this, [this] {
        exportWithDialog(this, FolderKind::ExportCsv, tr("Export Grid Results"), QStringLiteral("grid-results.csv"),
            tr("CSV files (*.csv);;All files (*)"), [this](const QString &p) { return exportResultsCsv(p); });
    });
    connect(exportHeat, &QPushButton::clicked, this, [this] {
        exportWithDialog(this, FolderKind::ExportPng, tr("Export Heatmap"), QStringLiteral("heatmap.png"),
            tr("PNG images (*.png);;All files (*)"), [this](const QString &p) { return exportHeatmapPng(p); });
    });
    connect(exportFolds, &QPushButton::clicked, this, [this] {
        exportWithDialog(this, FolderKind::ExportCsv, tr("Export Walk-Forward Folds"), QStringLiteral("walkforward-folds.csv"),
            tr("CSV files (*.csv);;All files (*)"), [this](const QString &p) { return m_walkView->exportFoldsCsv(p); });
    });
    connect(exportWalkEquity, &QPushButton::clicked, this, [this] {
        exportWithDialog(this, FolderKind::ExportCsv, tr("Export Out-of-Sample Equity"), QStringLiteral("walkforward-equity.csv"),
            tr("CSV files (*.csv);;All files (*)"),
            [this](const QString &p) { return m_walkView->exportEquityCsv(p); });
    });
    connect(exportWalkChart, &QPushButton::clicked, this, [this] {
        exportWithDialog(this, FolderKind::ExportPng, tr("Export Walk-Forward Chart"), QStringLiteral("walkforward.png"),
            tr("PNG images (*.png);;All files (*)"),
            [this](const QString &p) { return m_walkView->exportEquityPng(p); });
    });
    connect(m_probe, &BacktestRunner::finished, this, &OptimizerWindow::onProbeFinished);
    connect(m_grid, &GridEditor::gridChanged, this, &OptimizerWindow::updateEstimate);
    connect(m_threads, &QSpinBox::valueChanged, this, &OptimizerWindow::updateEstimate);
    connect(m_panel, &StrategyPanel::strategyChanged, this, &OptimizerWindow::syncStrategy);
    connect(m_panel->symbolBox(), &QComboBox::currentIndexChanged, this, &OptimizerWindow::updateTitle);
    connect(m_panel->symbolBox(), &QComboBox::currentIndexChanged, this, &OptimizerWindow::updateEstimate);

    syncStrategy();
    updateDeflatedSharpe();
    setRunning(false);
    manageWindowGeometry(this, QStringLiteral("optimizer"), QSize(1400, 860));
}

OptimizerWindow::~OptimizerWindow() = default;

void OptimizerWindow::showGridSearch()
{
    m_tabs->setCurrentIndex(0);
}

void OptimizerWindow::showWalkForward()
{
    m_tabs->setCurrentIndex(1);
}

void OptimizerWindow::syncStrategy()
{
    const strategy::StrategyDescriptor *d = m_panel->strategy();
    if (!d)
        return;
    // A rule strategy keeps its name while the editor changes its declarations.
    if (d->name != m_strategyName || d->params != m_strategyParams) {
        m_strategyName = d->name;
        m_strategyParams = d->params;
        m_grid->setStrategy(*d, m_panel->params());
        restoreGrid();
    } else {
        m_grid->setBase(m_panel->params());
    }
    updateTitle();
}

QString OptimizerWindow::gridSettingKey() const
{
    const strategy::StrategyDescriptor *d = m_panel->strategy();
    if (!d)
        return {};
    // A rule strategy may be named like a built-in (the examples are): the two keep apart.
    const auto &rules = m_panel->ruleStrategies();
    const bool rule = std::any_of(rules.begin(), rules.end(), [d](const auto &r) { return r.get() == d; });
    return QStringLiteral("optimizer/grid/") + (rule ? QStringLiteral("rule:") : QString()) + d->name;
}

void OptimizerWindow::restoreGrid()
{
    const QString key = gridSettingKey();
    if (key.isEmpty() || m_panel->workspacePath().isEmpty())
        return;
    auto workspace = Workspace::open(m_panel->workspacePath(), WorkspaceAccess::Read);
    if (!workspace)
        return; // the grid editor keeps its suggested ranges
    if (const auto saved = (*workspace)->setting(key))
        m_grid->setAxesText(*saved);
}

void OptimizerWindow::saveGrid() const
{
    const QString key = gridSettingKey();
    const QString text = m_grid->axesText();
    if (key.isEmpty() || text.isEmpty() || m_panel->workspacePath().isEmpty())
        return;
    // Like the chart layouts, the grid belongs to the workspace (its symbols and history). A
    // read-only workspace refuses the write; the grid is then simply not remembered.
    if (auto workspace = Workspace::open(m_panel->workspacePath()); workspace && (*workspace)->isWritable())
        (void)(*workspace)->setSetting(key, text);
}

void OptimizerWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateEstimate();
}

void OptimizerWindow::updateEstimate()
{
    const std::size_t points = m_grid->pointCount();
    const int threads = m_threads->value() > 0 ? m_threads->value() : QThread::idealThreadCount();
    auto job = m_panel->job(BacktestJob::Kind::Backtest);
    if (!job) {
        m_estimate->setText(tr("Estimated time: unknown until a backtest can run (%1).").arg(job.error().message));
        return;
    }
    job->journal = false; // a timing, not a run of the user's
    const QString data = timingKey(*job);
    if (data != m_measuredData || !m_msPerBacktest) {
        // The estimate rests on one backtest timed on this data in the background: the bar loop
        // with its indicators computed afresh. Grid points reuse the indicators, so the search
        // is usually faster than said; a finished search's own rate replaces this figure.
        if (isVisible() && data != m_probedData && !m_probe->isRunning() && m_probe->start(*job))
            m_probedData = data;
        m_estimate->setText(tr("Estimated time: timing one backtest on this data..."));
        return;
    }
    if (points == 0) {
        m_estimate->clear();
        return;
    }
    m_estimate->setText(tr("Estimated time: %1 on %n thread(s) (one backtest takes %2 ms on this data).", nullptr,
        int(std::min<std::size_t>(points, std::size_t(std::max(1, threads)))))
            .arg(durationText(estimatedSeconds(points, *m_msPerBacktest, threads)), btfmt::number(*m_msPerBacktest, 2)));
}

void OptimizerWindow::onProbeFinished(const BacktestOutcomePtr &outcome)
{
    if (outcome->backtest) {
        m_msPerBacktest = outcome->backtest->elapsedMs;
        m_measuredData = timingKey(outcome->job);
    } else {
        m_probedData.clear(); // failed or cancelled: try again on the next change
    }
    updateEstimate();
}

void OptimizerWindow::updateTitle()
{
    const strategy::StrategyDescriptor *d = m_panel->strategy();
    const QString name = d ? d->displayName : QString();
    m_header->setText(tr("<b>%1</b> on <b>%2</b>. Data, costs and sizing come from the Strategy panel; parameters "
                         "left off the grid keep the panel's values.")
                          .arg(name.toHtmlEscaped(), m_panel->symbol().toHtmlEscaped()));
    setWindowTitle(tr("Optimiser - %1 on %2").arg(name, m_panel->symbol()));
}

bool OptimizerWindow::runGridSearch()
{
    showGridSearch();
    return start(BacktestJob::Kind::Optimization);
}

bool OptimizerWindow::runWalkForward()
{
    showWalkForward();
    return start(BacktestJob::Kind::WalkForward);
}

bool OptimizerWindow::start(BacktestJob::Kind kind)
{
    if (m_runner->isRunning())
        return false;
    syncStrategy();
    const auto fail = [this](const QString &message) {
        m_status->setStyleSheet(textStyle(Tone::Bad));
        m_status->setText(message);
        return false;
    };
    auto job = m_panel->job(kind);
    if (!job)
        return fail(job.error().message);
    auto grid = m_grid->grid();
    if (!grid)
        return fail(grid.error().message);
    // Wide ranges multiply quickly (and the optimiser keeps one result slot per point): ask
    // before a grid that a trader would hardly mean, saying how long it would take.
    if (grid->size() > kConfirmGridPoints) {
        const int threads = m_threads->value() > 0 ? m_threads->value() : QThread::idealThreadCount();
        QStringList text {tr("The grid has %1 points.").arg(btfmt::count(qlonglong(grid->size())))};
        if (m_msPerBacktest && m_measuredData == timingKey(*job)) // else still being timed: no guess
            text << tr("It would take %1.").arg(durationText(estimatedSeconds(grid->size(), *m_msPerBacktest, threads)));
        text << tr("Narrow the ranges or raise the steps for a faster search. Run it anyway?");
        if (QMessageBox::question(this, tr("Large Grid"), text.join(QLatin1Char(' '))) != QMessageBox::Yes)
            return false;
    }
    saveGrid();
    job->grid = *grid;
    job->optimizer.objective = *backtest::objectiveFromName(m_objective->currentData().toString());
    job->optimizer.threads = m_threads->value();
    job->walkForward.inSampleBars = m_inSample->value();
    job->walkForward.outOfSampleBars = m_outOfSample->value();
    job->walkForward.anchored = m_anchored->isChecked();
    m_status->setStyleSheet({});
    m_status->setText(kind == BacktestJob::Kind::Optimization
            ? tr("Searching %1 grid points...").arg(btfmt::count(qlonglong(grid->size())))
            : tr("Walking forward over %1 grid points per window...").arg(btfmt::count(qlonglong(grid->size()))));
    m_progress->setValue(0);
    m_runner->start(*job);
    setRunning(true);
    return true;
}

void OptimizerWindow::cancel()
{
    m_runner->cancel();
}

void OptimizerWindow::setRunning(bool running)
{
    m_runGrid->setEnabled(!running);
    m_runWalk->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_grid->setEnabled(!running);
    m_objective->setEnabled(!running);
    m_threads->setEnabled(!running);
}

void OptimizerWindow::showOutcome(const BacktestOutcomePtr &outcome)
{
    setRunning(false);
    m_shownRun = outcome->run;
    m_reportOutcome.reset(); // until the run's entry is journaled
    m_exportReport->setEnabled(false);
    if (!outcome->ok()) {
        m_progress->setValue(0);
        m_status->setStyleSheet(outcome->cancelled ? QString() : textStyle(Tone::Bad));
        m_status->setText(outcome->cancelled ? tr("Cancelled.") : outcome->error.message);
        return;
    }
    m_status->setStyleSheet({});
    if (outcome->optimization) {
        const backtest::OptimizationResult &r = *outcome->optimization;
        m_gridOutcome = outcome;
        const strategy::StrategyDescriptor *d = jobStrategy(outcome->job);
        m_results->setResult(r, d ? d->params : std::vector<ParamSpec> {});
        m_resultsView->sortByColumn(m_results->objectiveColumn(), Qt::DescendingOrder);
        if (m_proxy->rowCount() > 0)
            m_resultsView->selectRow(0);

        const QSignalBlocker bx(m_heatX);
        const QSignalBlocker by(m_heatY);
        m_heatX->clear();
        m_heatY->clear();
        for (std::size_t i = 0; i < r.grid.axes.size(); ++i) {
            if (r.grid.axes[i].values.size() < 2)
                continue;
            m_heatX->addItem(r.grid.axes[i].name, int(i));
            m_heatY->addItem(r.grid.axes[i].name, int(i));
        }
        m_heatX->setCurrentIndex(0);
        m_heatY->setCurrentIndex(m_heatY->count() > 1 ? 1 : 0);
        updateHeatmap();
        updateDeflatedSharpe();
        QString text = r.cancelled ? tr("Cancelled after %1 of %2 points.") : tr("%1 of %2 points evaluated.");
        text = text.arg(btfmt::count(qlonglong(r.results.size())), btfmt::count(qlonglong(r.gridSize)));
        if (r.skipped > 0)
            text += QStringLiteral(" ")
                + tr("%1 skipped (%2).").arg(btfmt::count(qlonglong(r.skipped)), r.firstSkipReason);
        text += QStringLiteral(" ") + tr("%1 threads, %2 s.").arg(r.threads).arg(r.elapsedMs / 1000.0, 0, 'f', 2);
        m_status->setText(text);
        // The search's own rate, threads and cached indicators included, for the next estimate.
        if (!r.results.empty() && r.threads > 0 && r.elapsedMs > 0) {
            m_msPerBacktest = r.elapsedMs * r.threads / double(r.results.size());
            m_measuredData = timingKey(outcome->job);
            updateEstimate();
        }
    } else if (outcome->walkForward) {
        m_walkView->setOutcome(outcome);
        const backtest::WalkForwardResult &r = *outcome->walkForward;
        m_status->setText((r.cancelled ? tr("Walk-forward cancelled after %n fold(s).", nullptr, int(r.folds.size()))
                                       : tr("Walk-forward finished: %n fold(s).", nullptr, int(r.folds.size())))
            + QStringLiteral(" ") + tr("%1 s.").arg(r.elapsedMs / 1000.0, 0, 'f', 2));
    }
    emit outcomeShown(outcome);
    if (outcome->entry) // given one already journaled
        showJournaled(outcome);
}

void OptimizerWindow::showJournaled(const BacktestOutcomePtr &outcome)
{
    if (outcome->run != m_shownRun || !outcome->entry)
        return;
    if (outcome->entry->id > 0)
        m_status->setText(m_status->text() + QLatin1Char(' ') + tr("Journaled as run #%1.").arg(outcome->entry->id));
    else if (!outcome->journalWarning.isEmpty())
        m_status->setText(m_status->text() + QLatin1Char(' ') + tr("Not journaled: %1").arg(outcome->journalWarning));
    m_reportOutcome = outcome;
    m_exportReport->setEnabled(true);
    emit outcomeJournaled(outcome);
}

void OptimizerWindow::updateHeatmap()
{
    if (!m_gridOutcome || !m_gridOutcome->optimization) {
        m_heatmap->showMessage(tr("Run a grid search over two or more parameters to see the heatmap."));
        return;
    }
    const backtest::OptimizationResult &r = *m_gridOutcome->optimization;
    if (m_heatX->count() < 2) {
        m_heatmap->showMessage(tr("The heatmap needs two parameters with at least two values each on the grid."));
        return;
    }
    const std::size_t x = std::size_t(m_heatX->currentData().toInt());
    const std::size_t y = std::size_t(m_heatY->currentData().toInt());
    if (x == y) {
        m_heatmap->showMessage(tr("Choose two different parameters for the heatmap's axes."));
        return;
    }
    const strategy::StrategyDescriptor *d = jobStrategy(m_gridOutcome->job);
    const auto specOf = [&](std::size_t axis) {
        const QString &name = r.grid.axes[axis].name;
        const ParamSpec *spec = d ? findParam(d->params, name) : nullptr;
        return spec ? *spec : ParamSpec::real(name, name, 0, -1e300, 1e300, 1);
    };
    std::optional<std::pair<std::size_t, std::size_t>> best;
    if (const backtest::GridPointResult *b = r.bestPoint()) {
        const std::vector<std::size_t> c = r.grid.coordinates(b->index);
        best = std::make_pair(c[x], c[y]);
    }
    m_heatmap->setSurface(
        backtest::objectiveSurface(r, x, y), specOf(x), specOf(y), btfmt::objectiveText(r.objective), best);
}

void OptimizerWindow::updateDeflatedSharpe()
{
    const auto banner = [this](Tone tone, const QString &text) {
        m_dsr->setStyleSheet(bannerStyle(tone));
        m_dsr->setText(text);
    };
    if (!m_gridOutcome || !m_gridOutcome->optimization) {
        banner(Tone::Neutral,
            tr("The deflated Sharpe ratio (Bailey &amp; López de Prado, 2014) of the best point appears here after "
               "a grid search: the probability that its Sharpe ratio beats the best of as many unskilled trials."));
        return;
    }
    const backtest::OptimizationResult &r = *m_gridOutcome->optimization;
    const backtest::DeflatedSharpeResult &dsr = r.deflatedSharpe;
    if (r.cancelled) {
        banner(Tone::Neutral,
            tr("The search was cancelled: the deflated Sharpe ratio needs every trial and was not computed."));
        return;
    }
    if (!dsr.valid) {
        banner(Tone::Neutral,
            tr("Deflated Sharpe ratio: undefined for this search (%n trial(s); it needs at least two with a defined "
               "Sharpe ratio).",
                nullptr, int(r.results.size())));
        return;
    }
    const QString figures = tr("Deflated Sharpe ratio of the best point: <b>%1</b> over %2 trials (its daily Sharpe "
                               "%3 against %4 expected from the best of %2 unskilled trials).")
                                .arg(btfmt::number(dsr.probability, 3), btfmt::count(dsr.trials),
                                    btfmt::number(dsr.sharpe, 4), btfmt::number(dsr.expectedMaxSharpe, 4));
    if (dsr.significant) {
        banner(Tone::Good,
            figures + QStringLiteral(" ")
                + tr("At or above %1: the optimum is unlikely to be luck.").arg(btfmt::number(dsr.confidence, 2)));
    } else {
        banner(Tone::Bad,
            QStringLiteral("<b>") + tr("Warning: the best point is probably luck.") + QStringLiteral("</b> ") + figures
                + QStringLiteral(" ")
                + tr("Below %1: with this many trials a Sharpe ratio this high is expected by chance; do not trust "
                     "the optimum.")
                      .arg(btfmt::number(dsr.confidence, 2)));
    }
}

void OptimizerWindow::backtestSelected()
{
    if (!m_gridOutcome || !m_gridOutcome->optimization)
        return;
    const QModelIndex current = m_resultsView->currentIndex();
    if (!current.isValid())
        return;
    const int index = current.data(OptimizerResultsModel::ResultIndexRole).toInt();
    const auto &results = m_gridOutcome->optimization->results;
    if (index < 0 || std::size_t(index) >= results.size())
        return;
    // The program that was optimised, even if the editor has changed the rules since.
    if (m_gridOutcome->job.ruleStrategy)
        m_panel->addRuleStrategy(m_gridOutcome->job.ruleStrategy);
    else if (!m_panel->setStrategy(m_gridOutcome->optimization->strategy))
        return;
    m_panel->setParams(results[std::size_t(index)].params);
    m_panel->run();
}

Status OptimizerWindow::exportResultsCsv(const QString &path) const
{
    if (!m_gridOutcome)
        return Error::invalidArgument(tr("there are no grid results to export"));
    return writeTableCsv(*m_proxy, path);
}

Status OptimizerWindow::exportHeatmapPng(const QString &path) const
{
    if (!m_gridOutcome)
        return Error::invalidArgument(tr("there is no heatmap to export"));
    if (!m_heatmap->exportPng(path))
        return Error::io(tr("cannot write the image"), path);
    return {};
}

} // namespace rutile::ui
