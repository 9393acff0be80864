#include "risk/RiskDashboard.h"
#include "settings/AppTheme.h"

#include "FileDialog.h"
#include "report/ReportWriters.h"
#include "reporting/RiskReportDocument.h"

#include "RecentFolders.h"
#include "TableCsvExport.h"
#include "report/OutputFile.h"
#include "risk/BenchmarkChoice.h"
#include "risk/RiskCsv.h"
#include "risk/RiskChartView.h"
#include "risk/RiskCharts.h"
#include "risk/RiskOptionsForm.h"
#include "risk/RiskTableModel.h"
#include "risk/RiskTables.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QChart>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace rutile::ui {

using namespace risk;

namespace {

constexpr int kDebounceMs = 150;

// Tab-separated text of the selected cells, rows in order (for Ctrl+C into a spreadsheet).
QString selectionTsv(const QTableView *view)
{
    QModelIndexList indexes = view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty())
        return {};
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : a.column() < b.column();
    });
    QString out;
    int row = indexes.front().row();
    QStringList fields;
    for (const QModelIndex &i : indexes) {
        if (i.row() != row) {
            out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
            fields.clear();
            row = i.row();
        }
        fields << i.data(Qt::DisplayRole).toString();
    }
    out += fields.join(QLatin1Char('\t')) + QLatin1Char('\n');
    return out;
}

// A table view shows its whole table without scroll bars: fixed to its contents' size.
void fitToContents(QTableView *view)
{
    view->resizeColumnsToContents();
    view->resizeRowsToContents();
    const auto *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const bool section = static_cast<const RiskTableModel *>(model)->isSection(r);
        if (section && model->columnCount() > 1)
            view->setSpan(r, 0, 1, model->columnCount());
        else if (view->columnSpan(r, 0) > 1)
            view->setSpan(r, 0, 1, 1);
    }
    // Section titles span the table, so the label column need not be as wide as they are.
    int labelWidth = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (!static_cast<const RiskTableModel *>(model)->isSection(r))
            labelWidth = std::max(
                labelWidth, view->fontMetrics().horizontalAdvance(model->index(r, 0).data().toString()) + 16);
    }
    if (labelWidth > 0)
        view->setColumnWidth(0, std::max(labelWidth, view->horizontalHeader()->sectionSizeHint(0)));
    for (int c = 1; c < model->columnCount(); ++c)
        view->setColumnWidth(c, std::max(view->columnWidth(c), 96));
    // A section title wider than the whole table widens the label column.
    int columns = 0;
    for (int c = 0; c < model->columnCount(); ++c)
        columns += view->columnWidth(c);
    QFont bold = view->font();
    bold.setBold(true);
    for (int r = 0; r < model->rowCount(); ++r) {
        if (!static_cast<const RiskTableModel *>(model)->isSection(r))
            continue;
        const int needed = QFontMetrics(bold).horizontalAdvance(model->index(r, 0).data().toString()) + 16;
        if (needed > columns) {
            view->setColumnWidth(0, view->columnWidth(0) + needed - columns);
            columns = needed;
        }
    }
    int height = view->horizontalHeader()->height() + 2 * view->frameWidth();
    for (int r = 0; r < model->rowCount(); ++r)
        height += view->rowHeight(r);
    int width = 2 * view->frameWidth();
    for (int c = 0; c < model->columnCount(); ++c)
        width += view->columnWidth(c);
    view->setFixedHeight(height);
    view->setMinimumWidth(width);
}

} // namespace

RiskDashboard::RiskDashboard(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("riskDashboard"));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &RiskDashboard::recompute);
    connect(&m_runner, &RiskRunner::finished, this, &RiskDashboard::onFinished);
    buildUi();
    clearReport();
}

RiskDashboard::~RiskDashboard() = default;

QTableView *RiskDashboard::makeTable(RiskTableModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name + QStringLiteral("Table"));
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->setAlternatingRowColors(true);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    addCsvExportAction(view, name + QStringLiteral(".csv"));
    auto *copy = new QAction(tr("Copy"), view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(copy);
    connect(copy, &QAction::triggered, view, [view] { QApplication::clipboard()->setText(selectionTsv(view)); });
    auto *copyAll = new QAction(tr("Copy Table"), view);
    view->addAction(copyAll);
    connect(copyAll, &QAction::triggered, view, [model] { QApplication::clipboard()->setText(model->toTsv()); });
    view->setProperty("exportName", name);
    m_tables.push_back(view);
    return view;
}

void RiskDashboard::buildUi()
{
    // Controls.
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("riskTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("riskFrom"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("riskTo"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(e, &QDateEdit::dateChanged, this, &RiskDashboard::scheduleRecompute);
    }
    m_benchmark = new QComboBox(this);
    m_benchmark->setObjectName(QStringLiteral("riskBenchmark"));
    m_benchmark->setMinimumContentsLength(10);
    connect(m_benchmark, &QComboBox::currentIndexChanged, this, &RiskDashboard::scheduleRecompute);
    m_riskFree = new QComboBox(this);
    m_riskFree->setObjectName(QStringLiteral("riskFreeSeries"));
    m_riskFree->setToolTip(tr("The risk-free rate of the benchmark regression: the rate in the options, or the mean of "
                              "a downloaded rate series (FRED's DGS3MO) over the range"));
    connect(m_riskFree, &QComboBox::currentIndexChanged, this, &RiskDashboard::scheduleRecompute);
    m_riskFreeLabel = new QLabel(tr("Risk-free"), this);

    m_optionsButton = new QToolButton(this);
    m_optionsButton->setObjectName(QStringLiteral("riskOptionsButton"));
    m_optionsButton->setText(tr("Options"));
    m_optionsButton->setCheckable(true);
    auto *exportButton = new QPushButton(tr("Export All..."), this);
    exportButton->setObjectName(QStringLiteral("riskExportAll"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString folder = askExistingFolder(this, FolderKind::Report, tr("Export Charts and Tables to Folder"));
        if (folder.isEmpty())
            return;
        if (Status s = exportAll(folder); !s)
            QMessageBox::warning(this, tr("Export Failed"), s.error().toString());
    });
    auto *reportButton = new QPushButton(tr("Export Report..."), this);
    reportButton->setObjectName(QStringLiteral("riskExportReport"));
    reportButton->setToolTip(tr("The risk report as PDF or HTML: data, level and returns, statistics, the "
                                "distribution with its Gaussian fit, VaR, ES and EVT stress values, both tails "
                                "and the benchmark"));
    connect(reportButton, &QPushButton::clicked, this, [this] {
        if (!m_report)
            return;
        exportThroughDialog(this, tr("Export Risk Report"), filePrefix() + QStringLiteral("-risk-report.pdf"),
                            reportFileFilter(), [this](const QString &path) { return exportReport(path); });
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("riskStatus"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_title);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("From"), this));
    controls->addWidget(m_from);
    controls->addWidget(new QLabel(tr("To"), this));
    controls->addWidget(m_to);
    controls->addSpacing(8);
    controls->addWidget(new QLabel(tr("Benchmark"), this));
    controls->addWidget(m_benchmark);
    controls->addSpacing(8);
    // Only where the workspace holds a rate series: otherwise the options' rate is the one way.
    controls->addWidget(m_riskFreeLabel);
    controls->addWidget(m_riskFree);
    controls->addSpacing(8);
    controls->addWidget(m_optionsButton);
    controls->addWidget(reportButton);
    controls->addWidget(exportButton);
    controls->addStretch(1);
    controls->addWidget(m_status);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("riskWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(bannerStyle(Tone::Warning));
    m_warnings->hide();

    // Tables.
    m_returnModel = new RiskTableModel(this);
    m_tailModel = new RiskTableModel(this);
    m_otherModel = new RiskTableModel(this);
    auto *tableColumn = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tableColumn);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(makeTable(m_returnModel, QStringLiteral("returns")));
    tableLayout->addWidget(makeTable(m_tailModel, QStringLiteral("tails")));
    tableLayout->addWidget(makeTable(m_otherModel, QStringLiteral("drawdown-benchmark")));
    tableLayout->addStretch(1);
    auto *tableScroll = m_tableScroll = new QScrollArea(this);
    tableScroll->setWidget(tableColumn);
    tableScroll->setWidgetResizable(true);
    tableScroll->setFrameShape(QFrame::NoFrame);
    tableScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    const auto chart = [this](const QString &name) {
        auto *view = new RiskChartView(name, this);
        m_charts.push_back(view);
        return view;
    };

    // Summary: tables | histogram over QQ-plot.
    auto *summary = new QSplitter(Qt::Horizontal, this);
    summary->setObjectName(QStringLiteral("riskSummary"));
    summary->addWidget(tableScroll);
    auto *summaryCharts = new QSplitter(Qt::Vertical, summary);
    summaryCharts->addWidget(chart(QStringLiteral("histogram")));
    summaryCharts->addWidget(chart(QStringLiteral("qq-plot")));
    summary->addWidget(summaryCharts);
    summary->setStretchFactor(0, 0);
    summary->setStretchFactor(1, 1);
    summary->setChildrenCollapsible(false);

    auto *tails = new QWidget(this);
    auto *tailGrid = new QGridLayout(tails);
    tailGrid->setContentsMargins(0, 0, 0, 0);
    tailGrid->addWidget(chart(QStringLiteral("mean-excess-left")), 0, 0);
    tailGrid->addWidget(chart(QStringLiteral("tail-fit-left")), 0, 1);
    tailGrid->addWidget(chart(QStringLiteral("mean-excess-right")), 1, 0);
    tailGrid->addWidget(chart(QStringLiteral("tail-fit-right")), 1, 1);

    auto *volatility = new QSplitter(Qt::Vertical, this);
    volatility->addWidget(chart(QStringLiteral("rolling-volatility")));
    volatility->addWidget(chart(QStringLiteral("underwater")));

    RiskChartView *benchmarkChart = chart(QStringLiteral("rolling-beta"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("riskTabs"));
    m_tabs->addTab(summary, tr("Summary"));
    m_tabs->addTab(tails, tr("Tails (EVT)"));
    m_tabs->addTab(volatility, tr("Volatility && Drawdown"));
    m_tabs->addTab(benchmarkChart, tr("Benchmark"));

    // Options panel on the right, hidden until asked for.
    m_optionsForm = new RiskOptionsForm(this);
    connect(m_optionsForm, &RiskOptionsForm::optionsChanged, this, &RiskDashboard::scheduleRecompute);
    m_optionsPanel = new QWidget(this);
    m_optionsPanel->setObjectName(QStringLiteral("riskOptionsPanel"));
    auto *optionsLayout = new QVBoxLayout(m_optionsPanel);
    auto *optionsTitle = new QLabel(tr("<b>Options</b>"), m_optionsPanel);
    optionsLayout->addWidget(optionsTitle);
    optionsLayout->addWidget(m_optionsForm);
    auto *reset = new QPushButton(tr("Defaults"), m_optionsPanel);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_optionsForm->setOptions(RiskOptions {});
        scheduleRecompute();
    });
    optionsLayout->addWidget(reset);
    optionsLayout->addStretch(1);
    m_optionsPanel->hide();
    connect(m_optionsButton, &QToolButton::toggled, m_optionsPanel, &QWidget::setVisible);

    auto *body = new QHBoxLayout;
    body->addWidget(m_tabs, 1);
    body->addWidget(m_optionsPanel);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_warnings);
    layout->addLayout(body, 1);
}

Status RiskDashboard::setWorkspace(const QString &path)
{
    auto ws = Workspace::open(path, WorkspaceAccess::Read);
    if (!ws)
        return ws.error();
    m_workspacePath = path;
    const QSignalBlocker block(m_benchmark);
    m_benchmark->clear();
    m_benchmark->addItem(tr("(none)"), QString());
    for (const SymbolInfo &s : (*ws)->symbols())
        m_benchmark->addItem(s.symbol, s.symbol);
    if (const auto chosen = defaultBenchmark(**ws))
        m_benchmark->setCurrentIndex(std::max(0, m_benchmark->findData(*chosen)));
    const QSignalBlocker blockRate(m_riskFree);
    m_riskFree->clear();
    m_riskFree->addItem(tr("rate in the options"), QString());
    for (const SymbolInfo &s : (*ws)->symbols()) {
        if (s.source == QLatin1String("fred"))
            m_riskFree->addItem(s.symbol, s.symbol);
    }
    m_riskFree->setVisible(m_riskFree->count() > 1);
    m_riskFreeLabel->setVisible(m_riskFree->count() > 1);
    return {};
}

void RiskDashboard::showSymbol(const QString &symbol)
{
    m_symbol = symbol;
    m_series.reset();
    m_title->setText(symbol);
    // The whole history by default: the date edits span the symbol's range.
    if (auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read)) {
        if (const auto info = (*ws)->symbol(symbol)) {
            const QSignalBlocker a(m_from);
            const QSignalBlocker b(m_to);
            m_from->setDateRange(info->firstDate, info->lastDate);
            m_to->setDateRange(info->firstDate, info->lastDate);
            m_from->setDate(info->firstDate);
            m_to->setDate(info->lastDate);
            if (info->synthetic)
                m_title->setText(tr("%1 (synthetic data)").arg(symbol));
        }
    }
    recompute();
}

void RiskDashboard::showSeries(const DatedSeries &values)
{
    m_series = values;
    m_symbol.clear();
    m_title->setText(values.name);
    if (!values.empty()) {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        const QDate first = toDate(values.day.front());
        const QDate last = toDate(values.day.back());
        m_from->setDateRange(first, last);
        m_to->setDateRange(first, last);
        m_from->setDate(first);
        m_to->setDate(last);
    }
    recompute();
}

void RiskDashboard::setBenchmark(const QString &symbol)
{
    const int index = m_benchmark->findData(symbol);
    m_benchmark->setCurrentIndex(std::max(0, index));
}

QString RiskDashboard::benchmark() const
{
    return m_benchmark->currentData().toString();
}

void RiskDashboard::setDateRange(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void RiskDashboard::setOptions(const RiskOptions &options)
{
    m_optionsForm->setOptions(options);
    scheduleRecompute();
}

RiskOptions RiskDashboard::options() const
{
    const auto o = m_optionsForm->options();
    return o ? *o : RiskOptions {};
}

void RiskDashboard::scheduleRecompute()
{
    if (m_symbol.isEmpty() && !m_series)
        return;
    m_debounce->start();
}

void RiskDashboard::recompute()
{
    m_debounce->stop();
    if (m_symbol.isEmpty() && !m_series)
        return;
    const auto options = m_optionsForm->options();
    if (!options) {
        m_status->setText(options.error().message);
        return;
    }
    RiskRequest request;
    request.workspacePath = m_workspacePath;
    request.symbol = m_symbol;
    request.series = m_series;
    request.from = m_from->date();
    request.to = m_to->date();
    request.benchmarkSymbol = benchmark();
    request.riskFreeSymbol = m_riskFree->currentData().toString();
    request.options = *options;
    m_computing = true;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Computing..."));
    m_runner.start(request);
}

bool RiskDashboard::isComputing() const
{
    return m_computing;
}

const RiskReport *RiskDashboard::report() const
{
    return m_report ? &*m_report : nullptr;
}

QString RiskDashboard::statusText() const
{
    return m_status->text();
}

QString RiskDashboard::warningText() const
{
    return m_warnings->isHidden() ? QString() : m_warnings->text();
}

void RiskDashboard::onFinished(const RiskOutcome &outcome)
{
    m_computing = false;
    if (!outcome.ok()) {
        m_status->setStyleSheet(textStyle(Tone::Bad));
        m_status->setText(outcome.error.toString());
        clearReport();
        emit finished(false);
        return;
    }
    m_report = *outcome.report;
    m_plots = outcome.plots;
    m_status->setStyleSheet(QString());
    m_status->setText(
        tr("%1 returns, computed in %2 ms").arg(m_report->stats.count).arg(m_report->elapsedMs, 0, 'f', 1));
    showReport();
    emit finished(true);
}

void RiskDashboard::clearReport()
{
    m_report.reset();
    m_plots = {};
    clearRiskTables(*m_returnModel, *m_tailModel, *m_otherModel);
    fitTables();
    for (RiskChartView *c : m_charts) {
        auto *chart = new QChart;
        chart->setTitle(tr("No data"));
        c->replaceChart(chart);
    }
    m_warnings->hide();
}

void RiskDashboard::showReport()
{
    const RiskReport &r = *m_report;
    fillReturnTable(*m_returnModel, r);
    fillTailTable(*m_tailModel, r);
    fillDrawdownBenchmarkTable(*m_otherModel, r);
    fitTables();

    const QString prefix = filePrefix();
    for (RiskChartView *view : m_charts) {
        const QString &name = view->exportName();
        QChart *chart = nullptr;
        if (name == QLatin1String("histogram"))
            chart = makeHistogramChart(r, m_plots);
        else if (name == QLatin1String("qq-plot"))
            chart = makeQqChart(r, m_plots);
        else if (name == QLatin1String("mean-excess-left"))
            chart = makeMeanExcessChart(r, m_plots, Tail::Left);
        else if (name == QLatin1String("mean-excess-right"))
            chart = makeMeanExcessChart(r, m_plots, Tail::Right);
        else if (name == QLatin1String("tail-fit-left"))
            chart = makeTailFitChart(r, m_plots, Tail::Left);
        else if (name == QLatin1String("tail-fit-right"))
            chart = makeTailFitChart(r, m_plots, Tail::Right);
        else if (name == QLatin1String("rolling-volatility"))
            chart = makeRollingVolatilityChart(r);
        else if (name == QLatin1String("underwater"))
            chart = makeUnderwaterChart(r);
        else if (name == QLatin1String("rolling-beta"))
            chart = makeBenchmarkChart(r);
        if (chart)
            view->replaceChart(chart);
        view->setFilePrefix(prefix);
    }

    QStringList warnings;
    for (const RiskWarning &w : r.warnings)
        warnings << QStringLiteral("⚠ ") + w.message;
    m_warnings->setStyleSheet(bannerStyle(Tone::Warning)); // in the theme of now
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
}

void RiskDashboard::fitTables()
{
    // The table column is as wide as its widest table (plus a vertical scroll bar for short
    // windows): the tables are never clipped, the charts take the rest.
    int width = 0;
    for (QTableView *t : m_tables) {
        fitToContents(t);
        width = std::max(width, t->minimumWidth());
    }
    // One width for all three, the difference going to the label column, so that the
    // tables line up like the panels of one table.
    for (QTableView *t : m_tables) {
        const int extra = width - t->minimumWidth();
        if (extra > 0) {
            t->setColumnWidth(0, t->columnWidth(0) + extra);
            t->setMinimumWidth(width);
        }
    }
    m_tableScroll->setMinimumWidth(width + m_tableScroll->verticalScrollBar()->sizeHint().width() + 4);
}

QString RiskDashboard::filePrefix() const
{
    QString name = m_series ? m_series->name : m_symbol;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    return name.isEmpty() ? QStringLiteral("risk") : name;
}

RiskChartView *RiskDashboard::chartView(const QString &exportName) const
{
    for (RiskChartView *v : m_charts) {
        if (v->exportName() == exportName)
            return v;
    }
    return nullptr;
}

Status RiskDashboard::exportReport(const QString &path)
{
    if (!m_report)
        return Error::invalidArgument(tr("there is no analysis to report"));
    std::optional<BarSeries> bars;
    if (!m_symbol.isEmpty() && !m_report->day.empty()) {
        auto workspace = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
        if (!workspace)
            return workspace.error();
        auto read = (*workspace)->readBars(m_symbol, toDate(m_report->day.front()), toDate(m_report->day.back()));
        if (!read)
            return read.error();
        bars = std::move(*read);
    }
    return writeReport(reporting::riskReportDocument(*m_report, bars ? &*bars : nullptr), path, reportFormatOf(path), this);
}

Status RiskDashboard::exportAll(const QString &folder)
{
    if (!m_report)
        return Error::invalidArgument(tr("there is no analysis to export yet"));
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error::io(tr("cannot create the folder"), folder);
    const QString prefix = filePrefix();
    for (RiskChartView *view : m_charts) {
        // Charts on tabs never shown have no size yet; export them at a readable one.
        if (!view->isVisible() && (view->width() < 400 || view->height() < 300))
            view->resize(960, 600);
        const QString path = dir.filePath(prefix + QLatin1Char('-') + view->exportName() + QStringLiteral(".png"));
        if (Status s = view->savePng(path); !s)
            return s;
    }
    // The tables as shown interleave section titles, text and numbers for reading; the files
    // are core's tidy tables and the charts' series, for a spreadsheet or a script.
    for (const QString &name : risk::riskCsvNames()) {
        const QString path = dir.filePath(prefix + QLatin1Char('-') + name + QStringLiteral(".csv"));
        const Status s = writeOutputFile(
            path, [&](QIODevice &device) { return risk::writeRiskCsv(device, name, *m_report, m_plots); });
        if (!s)
            return s;
    }
    return {};
}

} // namespace rutile::ui
