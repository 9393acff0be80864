#include "scan/ScannerWindow.h"
#include "settings/AppTheme.h"

#include "DateRangeFilter.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "TaskRunControls.h"
#include "WatchlistBar.h"
#include "WindowGeometry.h"
#include "backtest/BacktestFormat.h"
#include "backtest/GridEditor.h"
#include "params/ParamForm.h"
#include "report/OutputFile.h"
#include "scan/PortfolioPanel.h"
#include "scan/ScanOutput.h"
#include "scan/ScanResultsModel.h"
#include "scan/SparklineDelegate.h"
#include "storage/Workspace.h"
#include "strategy/StrategyRegistry.h"
#include "strategy/RuleEditor.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace rutile::ui {

namespace {

// Expressions a trader starts from (the columns and filter); the user edits them.
struct Preset {
    const char *title;
    const char *expression;
};
constexpr Preset kPresets[] = {
    {QT_TRANSLATE_NOOP("rutile::ui::ScannerWindow", "Distance from SMA(200)"), "(close - sma(close, 200)) / sma(close, 200)"},
    {QT_TRANSLATE_NOOP("rutile::ui::ScannerWindow", "Change over 20 bars"), "change(close, 20) / ref(close, 20)"},
    {QT_TRANSLATE_NOOP("rutile::ui::ScannerWindow", "RSI(14)"), "rsi(close, 14)"},
    {QT_TRANSLATE_NOOP("rutile::ui::ScannerWindow", "Close to the 52-week high"), "close / highest(high, 252)"},
    {QT_TRANSLATE_NOOP("rutile::ui::ScannerWindow", "Above SMA(200), RSI(14) below 30"),
     "close > sma(close, 200) and rsi(close, 14) < 30"},
    {QT_TRANSLATE_NOOP("rutile::ui::ScannerWindow", "Last close"), "close"},
};

// The sort proxy compares the model's numbers, not their text.
class NumberSortProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant a = left.data(ScanResultsModel::kSortRole), b = right.data(ScanResultsModel::kSortRole);
        if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
            return a.toString() < b.toString();
        const double x = a.toDouble(), y = b.toDouble();
        if (std::isnan(x) != std::isnan(y))
            return std::isnan(x); // undefined first ascending, last descending
        return x < y;
    }
};

} // namespace

struct ScannerWindow::Outcome {
    scan::ScanRequest request;
    QString list;
    Result<scan::ScanResult> result = Error::cancelled();
    QJsonObject document;
};

ScannerWindow::ScannerWindow(const QString &workspacePath, MainWindow *mainWindow)
    : QMainWindow(mainWindow, Qt::Window)
    , m_workspacePath(workspacePath)
    , m_mainWindow(mainWindow)
{
    setObjectName(QStringLiteral("scannerWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Scanner - %1").arg(QFileInfo(workspacePath).fileName()));

    // The form.
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("listBox"));
    m_list->setToolTip(tr("The watchlist to scan (lists are made with 'rutile-cli list', from a fund's holdings in "
                          "the Index Lab, or are the sample universe)"));
    m_byExpression = new QRadioButton(tr("&Expression"), this);
    m_byExpression->setObjectName(QStringLiteral("byExpression"));
    m_byStrategy = new QRadioButton(tr("Strategy &backtest"), this);
    m_byStrategy->setObjectName(QStringLiteral("byStrategy"));
    m_byExpression->setChecked(true);
    auto *kind = new QButtonGroup(this);
    kind->addButton(m_byExpression);
    kind->addButton(m_byStrategy);

    m_presets = new QComboBox(this);
    m_presets->setObjectName(QStringLiteral("presetBox"));
    m_presets->addItem(tr("Start from..."));
    for (const Preset &p : kPresets)
        m_presets->addItem(tr(p.title), QString::fromLatin1(p.expression));
    m_expression = new RuleEditor(this);
    m_expression->setObjectName(QStringLiteral("expressionEditor"));
    m_expression->setMarginWidth(0, 0); // one expression: no line numbers
    m_expression->setMarginWidth(1, 0);
    m_expression->setMinimumHeight(4 * fontMetrics().height());
    m_expression->setMaximumHeight(6 * fontMetrics().height());
    m_expression->setWrapMode(QsciScintilla::WrapWord);
    m_expression->setText(QString::fromLatin1(kPresets[0].expression));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("expressionProblem"));
    m_problem->setWordWrap(true);
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);
    auto *expressionPage = new QWidget(this);
    auto *expressionLayout = new QVBoxLayout(expressionPage);
    expressionLayout->setContentsMargins(0, 0, 0, 0);
    expressionLayout->addWidget(m_presets);
    expressionLayout->addWidget(m_expression);
    expressionLayout->addWidget(m_problem);
    expressionLayout->addStretch();

    m_strategy = new QComboBox(this);
    m_strategy->setObjectName(QStringLiteral("strategyBox"));
    m_params = new ParamForm(this);
    auto *strategyPage = new QWidget(this);
    auto *strategyLayout = new QVBoxLayout(strategyPage);
    strategyLayout->setContentsMargins(0, 0, 0, 0);
    strategyLayout->addWidget(m_strategy);
    strategyLayout->addWidget(m_params);
    // A grid per symbol: each row is the symbol's best point (scan --grid).
    m_optimise = new QCheckBox(tr("&Optimise a grid on each symbol"), this);
    m_optimise->setObjectName(QStringLiteral("optimiseGrid"));
    m_grid = new GridEditor(this);
    m_grid->setObjectName(QStringLiteral("scanGridEditor"));
    m_grid->setVisible(false);
    m_objective = new QComboBox(this);
    m_objective->setObjectName(QStringLiteral("scanObjectiveBox"));
    for (const QString &name : backtest::objectiveNames())
        m_objective->addItem(btfmt::objectiveText(*backtest::objectiveFromName(name)), name);
    m_objective->setVisible(false);
    strategyLayout->addWidget(m_optimise);
    strategyLayout->addWidget(m_grid);
    strategyLayout->addWidget(m_objective);
    auto *costs = new QLabel(tr("The engine's default account and costs; rows are ranked by Sharpe ratio, or with a grid "
                                "by the objective of each symbol's best point."),
                             this);
    costs->setWordWrap(true);
    strategyLayout->addWidget(costs);
    strategyLayout->addStretch();

    m_what = new QStackedWidget(this);
    m_what->addWidget(expressionPage);
    m_what->addWidget(strategyPage);

    // The exploration: columns shown beside the ranked value, and a filter.
    m_columns = new RuleEditor(this);
    m_columns->setObjectName(QStringLiteral("columnsEditor"));
    m_columns->setMarginWidth(1, 0);
    m_columns->setMinimumHeight(4 * fontMetrics().height());
    m_columns->setMaximumHeight(5 * fontMetrics().height());
    m_columns->setToolTip(tr("Columns shown beside the ranked value, one a line as NAME = expression, e.g. "
                             "rsi = rsi(close, 14)"));
    m_useFilter = new QCheckBox(tr("&Only where:"), this);
    m_useFilter->setObjectName(QStringLiteral("useFilter"));
    m_useFilter->setToolTip(tr("List only the symbols meeting this condition on their last bar"));
    m_filter = new RuleEditor(this);
    m_filter->setObjectName(QStringLiteral("filterEditor"));
    m_filter->setMarginWidth(0, 0);
    m_filter->setMarginWidth(1, 0);
    m_filter->setFixedHeight(2 * fontMetrics().height() + 8);
    m_filter->setText(QStringLiteral("close > sma(close, 200)"));
    m_filter->setEnabled(false);
    m_explorationProblem = new QLabel(this);
    m_explorationProblem->setObjectName(QStringLiteral("explorationProblem"));
    m_explorationProblem->setWordWrap(true);

    m_dates = new DateRangeFilter(QDate(2010, 1, 4), QDate::currentDate(), this);
    m_dates->checkBox()->setObjectName(QStringLiteral("limitRange"));
    m_dates->checkBox()->setToolTip(tr("An expression is evaluated on the last bar up to the end date; a backtest "
                                       "trades between the two (earlier bars warm the indicators up)"));

    m_controls = new TaskRunControls(tr("&Run"), this);
    m_controls->runButton()->setObjectName(QStringLiteral("runButton"));
    m_controls->runButton()->setDefault(true);
    m_controls->cancelButton()->setObjectName(QStringLiteral("cancelButton"));
    m_controls->statusLabel()->setObjectName(QStringLiteral("scanStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Watchlist:"), m_list);
    auto *kinds = new QHBoxLayout;
    kinds->addWidget(m_byExpression);
    kinds->addWidget(m_byStrategy);
    kinds->addStretch();
    form->addRow(tr("Scan:"), kinds);
    form->addRow(m_what);
    form->addRow(tr("Colu&mns:"), m_columns);
    form->addRow(m_useFilter, m_filter);
    form->addRow(m_explorationProblem);
    form->addRow(m_dates->checkBox(), m_dates);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_controls);
    leftLayout->addStretch();
    left->setMinimumWidth(360);

    // The results.
    m_results = new ScanResultsModel(this);
    m_sorted = new NumberSortProxy(this);
    m_sorted->setSourceModel(m_results);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resultsTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(ScanResultsModel::kSparklineColumn,
                                      new SparklineDelegate(ScanResultsModel::kSparklineRole, this));
    m_table->setToolTip(tr("Double-click a row to chart its symbol in the main window"));
    m_skipped = new QLabel(this);
    m_skipped->setObjectName(QStringLiteral("skippedLabel"));
    m_skipped->setWordWrap(true);
    m_export = new QPushButton(tr("Export &CSV..."), this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_export->setEnabled(false);
    auto *below = new QHBoxLayout;
    below->addWidget(m_skipped, 1);
    below->addWidget(m_export);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addLayout(below);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    // Scans and the portfolio backtest over the same lists, as AmiBroker's Analysis window.
    m_portfolio = new PortfolioPanel(workspacePath, mainWindow, this);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("scannerPages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(split, tr("Scan"));
    m_pages->addTab(m_portfolio, tr("Portfolio Backtest"));
    setCentralWidget(m_pages);

    connect(m_controls, &TaskRunControls::finished, this, &ScannerWindow::finish);
    connect(m_controls, &TaskRunControls::runRequested, this, &ScannerWindow::run);
    connect(m_byStrategy, &QRadioButton::toggled, this, [this](bool on) { m_what->setCurrentIndex(on ? 1 : 0); });
    connect(m_presets, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            m_expression->setText(m_presets->itemData(i).toString());
        m_presets->setCurrentIndex(0);
    });
    connect(m_expression, &QsciScintilla::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_checkTimer, &QTimer::timeout, this, &ScannerWindow::checkExpression);
    connect(m_checkTimer, &QTimer::timeout, this, &ScannerWindow::checkExploration);
    connect(m_columns, &QsciScintilla::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QsciScintilla::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_useFilter, &QCheckBox::toggled, m_filter, &QWidget::setEnabled);
    connect(m_useFilter, &QCheckBox::toggled, this, &ScannerWindow::checkExploration);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &ScannerWindow::showStrategyParams);
    connect(m_optimise, &QCheckBox::toggled, m_grid, &QWidget::setVisible);
    // The grid's rows (name, start, stop, step, values) need more width than the form alone.
    connect(m_optimise, &QCheckBox::toggled, this, [this, left](bool on) {
        left->setMinimumWidth(on ? std::max(360, left->layout()->contentsMargins().left() * 2 + m_grid->sizeHint().width()) : 360);
    });
    connect(m_optimise, &QCheckBox::toggled, m_objective, &QWidget::setVisible);
    connect(m_params, &ParamForm::valuesChanged, this, [this] { m_grid->setBase(m_params->values()); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString symbol = m_results->symbolAt(m_sorted->mapToSource(index).row());
        if (m_mainWindow->selectSymbol(symbol)) {
            m_mainWindow->activateWindow();
            m_mainWindow->raise();
        }
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        exportThroughDialog(this, tr("Export the Scan as CSV"), QStringLiteral("scan.csv"), tr("CSV files (*.csv)"),
                            [this](const QString &path) { return exportCsv(path); });
    });
    // The scanner works on the file it was opened on: another workspace closes it.
    // (workspaceChanged also says the open workspace's symbols changed: the lists may have too.)
    // Lists edited in the symbol list come from its bar. Both wait for a running scan to end.
    const auto reloadWhenIdle = [this] { m_controls->whenIdle([this] { reload(); }); };
    mainWindow->followWorkspace(this, m_workspacePath, reloadWhenIdle);
    connect(mainWindow->watchlistBar(), &WatchlistBar::listsChanged, this, reloadWhenIdle);

    reload();
    checkExpression();
    manageWindowGeometry(this, QStringLiteral("scanner"), QSize(1280, 800));
}

ScannerWindow::~ScannerWindow() = default;

ScannerWindow *ScannerWindow::open(MainWindow *mainWindow)
{
    auto *window = new ScannerWindow(mainWindow->workspace()->path(), mainWindow);
    window->show();
    return window;
}

void ScannerWindow::reload()
{
    const QString keepList = m_list->currentText();
    const QString keepStrategy = m_strategy->currentData().toString();
    const ParamValues keepValues = m_params->values();
    m_list->clear();
    m_ruleStrategies.clear();
    QStringList lists;
    if (auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read)) {
        if (auto read = (*ws)->watchlists())
            lists = std::move(*read);
        for (rules::StrategyPtr &s : rules::loadRuleStrategies(**ws).strategies) {
            if (!s->needsPair())
                m_ruleStrategies.push_back(std::move(s));
        }
    }
    m_list->addItems(lists);
    if (m_list->findText(keepList) >= 0)
        m_list->setCurrentText(keepList);
    m_portfolio->setLists(lists);
    const QSignalBlocker block(m_strategy);
    m_strategy->clear();
    for (const strategy::StrategyDescriptor &d : strategy::StrategyRegistry::builtIn().all()) {
        if (!d.needsPair()) // a scan backtests one symbol at a time
            m_strategy->addItem(d.displayName, d.name);
    }
    for (const rules::StrategyPtr &s : m_ruleStrategies)
        m_strategy->addItem(tr("%1 (rule)").arg(s->displayName), s->name);
    const int index = m_strategy->findData(keepStrategy);
    m_strategy->setCurrentIndex(index >= 0 ? index : 0);
    // The values typed stay when the strategy does (a reload after an import, say).
    const strategy::StrategyDescriptor *d = chosenStrategy();
    m_params->setSpecs(d ? d->params : std::vector<ParamSpec>{},
                       d && d->name == keepStrategy ? keepValues : ParamValues());
    if (d && d->name != keepStrategy)
        m_grid->setStrategy(*d, m_params->values());
    if (m_list->count() == 0)
        m_controls->setStatus(tr("This workspace has no watchlist yet: make one with 'rutile-cli list', from a fund's "
                             "holdings, or open the sample workspace (its universe is one)."));
}

void ScannerWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
}

void ScannerWindow::setList(const QString &name)
{
    m_list->setCurrentText(name);
}

void ScannerWindow::setExpression(const QString &text)
{
    m_byExpression->setChecked(true);
    m_expression->setText(text);
    checkExpression();
}

void ScannerWindow::setColumns(const QString &lines)
{
    m_columns->setText(lines);
    checkExploration();
}

void ScannerWindow::setFilter(const QString &condition)
{
    m_useFilter->setChecked(!condition.isEmpty());
    if (!condition.isEmpty())
        m_filter->setText(condition);
    checkExploration();
}

Result<std::pair<std::vector<scan::ScanColumn>, std::optional<scan::ScanExpression>>> ScannerWindow::exploration(
    std::vector<rules::Diagnostic> *columnProblems, std::vector<rules::Diagnostic> *filterProblems) const
{
    std::pair<std::vector<scan::ScanColumn>, std::optional<scan::ScanExpression>> out;
    std::optional<Error> first;
    const QStringList lines = m_columns->text().split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        std::vector<rules::Diagnostic> found;
        auto column = scan::parseScanColumn(lines[i], &found);
        if (column) {
            out.first.push_back(std::move(*column));
            continue;
        }
        Error e = column.error();
        e.line = i + 1;
        if (found.empty()) // a malformed NAME = part: the start of the line
            found.push_back({int(i) + 1, 1, e.message});
        for (rules::Diagnostic &d : found) {
            d.line = int(i) + 1;
            if (columnProblems)
                columnProblems->push_back(d);
        }
        if (!first)
            first = e;
    }
    if (m_useFilter->isChecked()) {
        std::vector<rules::Diagnostic> found;
        auto filter = scan::compileScanExpression(m_filter->text(), &found);
        if (filter && !filter->condition)
            filter = Error::invalidArgument(tr("the filter must be a condition (true or false)"));
        if (filterProblems)
            *filterProblems = found;
        if (!filter && !first)
            first = filter.error();
        if (filter)
            out.second = std::move(*filter);
    }
    if (first)
        return *first;
    return out;
}

void ScannerWindow::checkExploration()
{
    std::vector<rules::Diagnostic> columnProblems, filterProblems;
    const auto checked = exploration(&columnProblems, &filterProblems);
    m_columns->setDiagnostics(columnProblems);
    m_filter->setDiagnostics(filterProblems);
    if (checked) {
        m_explorationProblem->clear();
        return;
    }
    const Error &e = checked.error();
    m_explorationProblem->setText(e.line > 0 ? tr("Columns, line %1: %2").arg(e.line).arg(e.message)
                                             : tr("Filter: %1").arg(e.message));
    m_explorationProblem->setStyleSheet(textStyle(Tone::Bad));
}

void ScannerWindow::setStrategy(const QString &name)
{
    m_byStrategy->setChecked(true);
    m_strategy->setCurrentIndex(std::max(0, m_strategy->findData(name)));
}

const strategy::StrategyDescriptor *ScannerWindow::chosenStrategy() const
{
    const QString name = m_strategy->currentData().toString();
    if (const auto *d = strategy::StrategyRegistry::builtIn().find(name))
        return d;
    for (const rules::StrategyPtr &s : m_ruleStrategies) {
        if (s->name == name)
            return s.get();
    }
    return nullptr;
}

void ScannerWindow::showStrategyParams()
{
    const strategy::StrategyDescriptor *d = chosenStrategy();
    m_params->setSpecs(d ? d->params : std::vector<ParamSpec>{});
    if (d)
        m_grid->setStrategy(*d, m_params->values());
}

void ScannerWindow::setGrid(const QString &axes, backtest::Objective objective)
{
    m_optimise->setChecked(!axes.isEmpty());
    if (!axes.isEmpty())
        m_grid->setAxesText(axes);
    m_objective->setCurrentIndex(std::max(0, m_objective->findData(backtest::objectiveName(objective))));
}

void ScannerWindow::checkExpression()
{
    m_checkTimer->stop();
    std::vector<rules::Diagnostic> diagnostics;
    const auto compiled = scan::compileScanExpression(m_expression->text(), &diagnostics);
    m_expression->setDiagnostics(diagnostics);
    if (compiled) {
        m_problem->setText(compiled->condition ? tr("A condition: true ranks above false.")
                                               : tr("A number: the highest ranks first."));
        m_problem->setStyleSheet(QString());
    } else {
        m_problem->setText(compiled.error().column > 0
                               ? tr("Column %1: %2").arg(compiled.error().column).arg(compiled.error().message)
                               : compiled.error().message);
        m_problem->setStyleSheet(textStyle(Tone::Bad));
    }
}

bool ScannerWindow::isRunning() const
{
    return m_controls->isRunning();
}

void ScannerWindow::waitForFinished()
{
    m_controls->waitForFinished();
}

void ScannerWindow::cancel()
{
    m_controls->cancel();
}

QString ScannerWindow::statusText() const
{
    return m_controls->status();
}

bool ScannerWindow::run()
{
    if (isRunning())
        return false;
    auto outcome = std::make_shared<Outcome>();
    outcome->list = m_list->currentText();
    if (outcome->list.isEmpty()) {
        m_controls->setStatus(tr("Choose a watchlist to scan."));
        return false;
    }
    scan::ScanRequest &request = outcome->request;
    if (m_byExpression->isChecked()) {
        auto compiled = scan::compileScanExpression(m_expression->text());
        if (!compiled) {
            checkExpression();
            m_controls->setStatus(tr("The expression has a problem: %1").arg(compiled.error().message));
            return false;
        }
        request.expression = std::move(*compiled);
    } else {
        const strategy::StrategyDescriptor *d = chosenStrategy();
        if (!d) {
            m_controls->setStatus(tr("Choose a strategy."));
            return false;
        }
        auto params = strategy::resolveParams(*d, m_params->values());
        if (!params) {
            m_controls->setStatus(params.error().toString());
            return false;
        }
        // Rule strategies are owned by this window's list; a built-in lives in the registry.
        rules::StrategyPtr owned = rules::builtInStrategy(*d);
        for (const rules::StrategyPtr &s : m_ruleStrategies) {
            if (s.get() == d)
                owned = s;
        }
        request.strategy = owned;
        request.params = *params;
        if (m_optimise->isChecked()) {
            m_grid->setBase(*params);
            auto grid = m_grid->grid();
            if (!grid || grid->axes.empty()) {
                m_controls->setStatus(grid ? tr("Put at least one parameter on the grid, or untick Optimise.")
                                       : tr("The grid has a problem: %1").arg(grid.error().message));
                return false;
            }
            request.grid = std::move(*grid);
            request.objective = *backtest::objectiveFromName(m_objective->currentData().toString());
        }
    }
    auto explored = exploration();
    if (!explored) {
        checkExploration();
        m_controls->setStatus(tr("The columns or the filter have a problem: %1").arg(explored.error().message));
        return false;
    }
    request.columns = std::move(explored->first);
    request.filter = std::move(explored->second);
    const auto dates = m_dates->range();
    if (!dates) {
        m_controls->setStatus(dates.error().message);
        return false;
    }
    std::tie(request.from, request.to) = *dates;
    auto workspace = Workspace::open(m_workspacePath, WorkspaceAccess::Read);
    if (!workspace) {
        m_controls->setStatus(workspace.error().toString());
        return false;
    }
    auto symbols = (*workspace)->watchlist(outcome->list);
    if (!symbols) {
        m_controls->setStatus(symbols.error().toString());
        return false;
    }
    request.symbols = std::move(*symbols);
    m_outcome = outcome;
    // The rows shown are always those of the last scan that finished; none while one runs.
    m_results->clear();
    m_export->setEnabled(false);
    m_skipped->clear();
    m_skipped->setToolTip({});
    m_controls->setStatus(tr("Scanning %1 symbols of %2...").arg(QLocale().toString(request.symbols.size()), outcome->list));
    const QString path = m_workspacePath;
    return m_controls->start([outcome, path](const TaskControl &control) {
        outcome->result = scan::runScan(path, outcome->request, control);
        if (outcome->result)
            outcome->document = scan::scanJson(*outcome->result, outcome->request, outcome->list);
    });
}

void ScannerWindow::finish()
{
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome)
        return;
    if (!outcome->result) {
        m_controls->setStatus(outcome->result.error().kind == ErrorKind::Cancelled ? tr("Cancelled.")
                                                                             : outcome->result.error().toString());
        emit scanFinished();
        return;
    }
    const scan::ScanResult &r = *outcome->result;
    m_results->setResult(outcome->document, r);
    m_sorted->sort(-1); // the scan's own ranking until a header is clicked
    m_table->resizeColumnsToContents();
    // About two pixels a close: wider, a sparkline flattens into a line.
    m_table->setColumnWidth(ScanResultsModel::kSparklineColumn, 150);
    m_export->setEnabled(true);
    const QLocale l;
    m_controls->setStatus(r.filteredOut.empty()
                          ? tr("%1 of %2 symbols evaluated.").arg(l.toString(qlonglong(r.rows.size())), l.toString(r.last - r.first))
                          : tr("%1 of %2 symbols evaluated, %3 left out by the filter.")
                                .arg(l.toString(qlonglong(r.rows.size())), l.toString(r.last - r.first),
                                     l.toString(qlonglong(r.filteredOut.size()))));
    QStringList skipped;
    for (const scan::ScanSkip &s : r.skipped)
        skipped << tr("%1: %2").arg(s.symbol, s.reason);
    m_skipped->setText(skipped.isEmpty() ? QString() : tr("%1 skipped (hover for why).").arg(l.toString(qlonglong(skipped.size()))));
    m_skipped->setToolTip(skipped.mid(0, 40).join(QLatin1Char('\n')) + (skipped.size() > 40 ? QStringLiteral("\n...") : QString()));
    emit scanFinished();
}

Status ScannerWindow::exportCsv(const QString &path) const
{
    if (m_results->rowCount() == 0)
        return Error::invalidArgument(tr("There are no rows to export: run a scan first."));
    const QJsonObject document = m_results->document();
    return writeOutputFile(path, [&document](QIODevice &d) { return scan::writeScanCsv(d, document); });
}

void installScannerAction(MainWindow *window)
{
    QAction *action = window->menu(MainWindow::Menu::Analysis)->addAction(MainWindow::tr("&Scanner..."));
    action->setObjectName(QStringLiteral("scannerAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    action->setStatusTip(MainWindow::tr("Rank every symbol of a watchlist by an expression or a strategy's backtest, or "
                                        "backtest a top-N portfolio over it"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        if (!window->workspace()) {
            QMessageBox::information(window, MainWindow::tr("Scanner"), MainWindow::tr("Open a workspace first."));
            return;
        }
        ScannerWindow::open(window);
    });
}

} // namespace rutile::ui
