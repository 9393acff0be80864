#include "scan/PortfolioPanel.h"
#include "settings/AppTheme.h"

#include "DateRangeFilter.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "TableCsvExport.h"
#include "TaskRunControls.h"
#include "backtest/BacktestFormat.h"
#include "backtest/ConfigParams.h"
#include "backtest/EquityChart.h"
#include "backtest/TradeTableModel.h"
#include "params/ParamForm.h"
#include "risk/BenchmarkChoice.h"
#include "scan/PortfolioHoldingsModel.h"
#include "scan/PortfolioOutput.h"
#include "storage/Workspace.h"
#include "strategy/RuleEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace rutile::ui {

namespace {

// Ranks a trader starts from; the user edits them.
struct Preset {
    const char *title;
    const char *expression;
};
constexpr Preset kRankPresets[] = {
    {QT_TRANSLATE_NOOP("rutile::ui::PortfolioPanel", "Momentum, 6 months"), "change(close, 126) / ref(close, 126)"},
    {QT_TRANSLATE_NOOP("rutile::ui::PortfolioPanel", "Momentum, 12 months skipping the last"),
     "ref(close, 21) / ref(close, 252) - 1"},
    {QT_TRANSLATE_NOOP("rutile::ui::PortfolioPanel", "Distance above SMA(200)"), "(close - sma(close, 200)) / sma(close, 200)"},
    {QT_TRANSLATE_NOOP("rutile::ui::PortfolioPanel", "Low volatility"), "-stdev(change(close, 1) / ref(close, 1), 63)"},
    {QT_TRANSLATE_NOOP("rutile::ui::PortfolioPanel", "Most oversold, RSI(2)"), "-rsi(close, 2)"},
};

std::vector<ParamSpec> costSpecs()
{
    std::vector<ParamSpec> out;
    for (const ParamSpec &spec : backtest::configParamSpecs()) {
        if (scan::portfolioConfigParamNames().contains(spec.name))
            out.push_back(spec);
    }
    return out;
}

RuleEditor *oneLineEditor(QWidget *parent, int lines)
{
    auto *e = new RuleEditor(parent);
    e->setMarginWidth(0, 0);
    e->setMarginWidth(1, 0);
    e->setWrapMode(QsciScintilla::WrapWord);
    e->setFixedHeight(lines * e->fontMetrics().height() + 10);
    return e;
}

QTableView *resultTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    return view;
}

} // namespace

struct PortfolioPanel::Outcome {
    scan::PortfolioRequest request;
    QString list;
    Result<scan::PortfolioResult> result = Error::cancelled();
    QJsonObject document;
};

PortfolioPanel::PortfolioPanel(const QString &workspacePath, MainWindow *mainWindow, QWidget *parent)
    : QWidget(parent), m_workspacePath(workspacePath), m_mainWindow(mainWindow)
{
    setObjectName(QStringLiteral("portfolioPanel"));
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("portfolioListBox"));
    m_presets = new QComboBox(this);
    m_presets->addItem(tr("Start from..."));
    for (const Preset &p : kRankPresets)
        m_presets->addItem(tr(p.title), QString::fromLatin1(p.expression));
    m_rank = oneLineEditor(this, 3);
    m_rank->setObjectName(QStringLiteral("rankEditor"));
    m_rank->setToolTip(tr("Ranks the symbols on each rebalance day; the highest are held"));
    m_rank->setText(QString::fromLatin1(kRankPresets[0].expression));
    m_useFilter = new QCheckBox(tr("Hold only &where:"), this);
    m_useFilter->setObjectName(QStringLiteral("portfolioUseFilter"));
    m_useFilter->setChecked(true);
    m_filter = oneLineEditor(this, 2);
    m_filter->setObjectName(QStringLiteral("portfolioFilterEditor"));
    m_filter->setText(QStringLiteral("close > sma(close, 200)"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("portfolioProblem"));
    m_problem->setWordWrap(true);
    m_checkTimer = new QTimer(this);
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(250);

    m_settings = new ParamForm(this);
    m_settings->setObjectName(QStringLiteral("portfolioSettings"));
    m_settings->setSpecs(scan::portfolioParamSpecs());
    m_costs = new ParamForm(this);
    m_costs->setObjectName(QStringLiteral("portfolioCosts"));
    m_costs->setSpecs(costSpecs());

    m_dates = new DateRangeFilter(QDate(2010, 1, 4), QDate::currentDate(), this);
    m_dates->checkBox()->setToolTip(tr("Trade between the two dates (earlier bars warm the rank up)"));

    m_controls = new TaskRunControls(tr("&Backtest"), this);
    m_controls->runButton()->setObjectName(QStringLiteral("portfolioRunButton"));
    m_controls->cancelButton()->setObjectName(QStringLiteral("portfolioCancelButton"));
    m_controls->statusLabel()->setObjectName(QStringLiteral("portfolioStatus"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Watchlist:"), m_list);
    form->addRow(tr("&Rank by:"), m_presets);
    form->addRow(m_rank);
    form->addRow(m_useFilter, m_filter);
    form->addRow(m_problem);
    form->addRow(m_dates->checkBox(), m_dates);
    auto *formBox = new QWidget(this);
    auto *formLayout = new QVBoxLayout(formBox);
    formLayout->addLayout(form);
    formLayout->addWidget(new QLabel(tr("<b>Book</b>"), this));
    formLayout->addWidget(m_settings);
    formLayout->addWidget(new QLabel(tr("<b>Account and costs</b>"), this));
    formLayout->addWidget(m_costs);
    formLayout->addStretch();
    // The two forms are long: they scroll, the buttons and the status stay in view.
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 0, 0, 6);
    leftLayout->addWidget(scroll, 1);
    leftLayout->addWidget(m_controls);
    // Wide enough for the forms' longest label and their editors, with the vertical scroll bar.
    left->setMinimumWidth(formBox->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());

    // The results.
    m_chart = new EquityChart(this);
    m_chart->setObjectName(QStringLiteral("portfolioEquityChart"));
    m_exportPng = new QPushButton(tr("Export &PNG..."), this);
    m_exportPng->setEnabled(false);
    auto *chartPage = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPage);
    chartLayout->addWidget(m_chart, 1);
    auto *chartButtons = new QHBoxLayout;
    chartButtons->addStretch();
    chartButtons->addWidget(m_exportPng);
    chartLayout->addLayout(chartButtons);

    m_metrics = new QStandardItemModel(this);
    m_metricsView = resultTable(this, QStringLiteral("portfolioMetricsTable"));
    m_metricsView->setModel(m_metrics);
    addCsvExportAction(m_metricsView, QStringLiteral("portfolio-metrics.csv"));

    m_holdings = new PortfolioHoldingsModel(this);
    m_holdingsSorted = new QSortFilterProxyModel(this);
    m_holdingsSorted->setSourceModel(m_holdings);
    m_holdingsSorted->setSortRole(PortfolioHoldingsModel::SortRole);
    m_holdingsView = resultTable(this, QStringLiteral("portfolioHoldingsTable"));
    m_holdingsView->setModel(m_holdingsSorted);
    m_holdingsView->setSortingEnabled(true);
    m_holdingsView->setToolTip(tr("The book after every day with a fill. Double-click a row to chart its symbol"));
    addCsvExportAction(m_holdingsView, QStringLiteral("portfolio-holdings.csv"));

    m_trades = new TradeTableModel(this);
    auto *tradesSorted = new QSortFilterProxyModel(this);
    tradesSorted->setSourceModel(m_trades);
    tradesSorted->setSortRole(TradeTableModel::SortRole);
    m_tradesView = resultTable(this, QStringLiteral("portfolioTradesTable"));
    m_tradesView->setModel(tradesSorted);
    m_tradesView->setSortingEnabled(true);
    addCsvExportAction(m_tradesView, QStringLiteral("portfolio-trades.csv"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("portfolioResultTabs"));
    m_tabs->addTab(chartPage, tr("&Equity"));
    m_tabs->addTab(m_metricsView, tr("S&tatistics"));
    m_tabs->addTab(m_holdingsView, tr("&Holdings"));
    m_tabs->addTab(m_tradesView, tr("T&rades"));

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_controls, &TaskRunControls::finished, this, &PortfolioPanel::finish);
    connect(m_controls, &TaskRunControls::runRequested, this, &PortfolioPanel::run);
    connect(m_presets, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            m_rank->setText(m_presets->itemData(i).toString());
        m_presets->setCurrentIndex(0);
    });
    connect(m_rank, &QsciScintilla::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_filter, &QsciScintilla::textChanged, m_checkTimer, qOverload<>(&QTimer::start));
    connect(m_checkTimer, &QTimer::timeout, this, &PortfolioPanel::checkExpressions);
    connect(m_useFilter, &QCheckBox::toggled, m_filter, &QWidget::setEnabled);
    connect(m_useFilter, &QCheckBox::toggled, this, &PortfolioPanel::checkExpressions);
    connect(m_holdingsView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_mainWindow && m_mainWindow->selectSymbol(m_holdings->symbolAt(m_holdingsSorted->mapToSource(index).row()))) {
            m_mainWindow->activateWindow();
            m_mainWindow->raise();
        }
    });
    connect(m_exportPng, &QPushButton::clicked, this, [this] {
        const QString path = runFileDialog(this, FileDialogMode::Save, tr("Export the Portfolio Equity as PNG"),
                                           QDir::home().filePath(QStringLiteral("portfolio-equity.png")),
                                           tr("PNG images (*.png)"));
        if (!path.isEmpty() && !m_chart->exportPng(path))
            QMessageBox::critical(this, tr("Cannot Export"), tr("Cannot write %1.").arg(path));
    });
    checkExpressions();
}

PortfolioPanel::~PortfolioPanel() = default;

void PortfolioPanel::setLists(const QStringList &lists)
{
    const QString keep = m_list->currentText();
    m_list->clear();
    m_list->addItems(lists);
    if (m_list->findText(keep) >= 0)
        m_list->setCurrentText(keep);
}

void PortfolioPanel::setList(const QString &name)
{
    m_list->setCurrentText(name);
}

void PortfolioPanel::setRank(const QString &expression)
{
    m_rank->setText(expression);
    checkExpressions();
}

void PortfolioPanel::setFilter(const QString &condition)
{
    m_useFilter->setChecked(!condition.isEmpty());
    if (!condition.isEmpty())
        m_filter->setText(condition);
    checkExpressions();
}

void PortfolioPanel::checkExpressions()
{
    m_checkTimer->stop();
    std::vector<rules::Diagnostic> rankProblems, filterProblems;
    const auto rank = scan::compileScanExpression(m_rank->text(), &rankProblems);
    m_rank->setDiagnostics(rankProblems);
    QString problem;
    if (!rank)
        problem = tr("Rank: %1").arg(rank.error().message);
    if (m_useFilter->isChecked()) {
        const auto filter = scan::compileScanExpression(m_filter->text(), &filterProblems);
        if (problem.isEmpty() && !filter)
            problem = tr("Filter: %1").arg(filter.error().message);
        else if (problem.isEmpty() && !filter->condition)
            problem = tr("Filter: it must be a condition (true or false), such as close > sma(close, 200)");
    }
    m_filter->setDiagnostics(filterProblems);
    m_problem->setText(problem);
    m_problem->setStyleSheet(problem.isEmpty() ? QString() : textStyle(Tone::Bad));
    m_problem->setVisible(!problem.isEmpty());
}

bool PortfolioPanel::isRunning() const
{
    return m_controls->isRunning();
}

void PortfolioPanel::waitForFinished()
{
    m_controls->waitForFinished();
}

void PortfolioPanel::cancel()
{
    m_controls->cancel();
}

QString PortfolioPanel::statusText() const
{
    return m_controls->status();
}

bool PortfolioPanel::run()
{
    if (isRunning())
        return false;
    auto outcome = std::make_shared<Outcome>();
    outcome->list = m_list->currentText();
    if (outcome->list.isEmpty()) {
        m_controls->setStatus(tr("Choose a watchlist."));
        return false;
    }
    scan::PortfolioRequest &request = outcome->request;
    auto rank = scan::compileScanExpression(m_rank->text());
    if (!rank) {
        checkExpressions();
        m_controls->setStatus(tr("The rank has a problem: %1").arg(rank.error().message));
        return false;
    }
    request.rank = std::move(*rank);
    if (m_useFilter->isChecked()) {
        auto filter = scan::compileScanExpression(m_filter->text());
        if (!filter || !filter->condition) {
            checkExpressions();
            m_controls->setStatus(tr("The filter has a problem: %1").arg(m_problem->text()));
            return false;
        }
        request.filter = std::move(*filter);
    }
    const auto settings = scan::portfolioSettingsFromParams(m_settings->values());
    const auto config = backtest::configFromParams(m_costs->values());
    if (!settings || !config) {
        m_controls->setStatus((settings ? config.error() : settings.error()).toString());
        return false;
    }
    request.settings = *settings;
    request.config = *config;
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
    // The benchmark of `rutile-cli portfolio` without --benchmark: the workspace's default.
    request.benchmark = risk::defaultBenchmark(**workspace).value_or(QString());
    m_outcome = outcome;
    m_controls->setStatus(tr("Backtesting the top %1 of %2 symbols of %3...")
                          .arg(request.settings.top)
                          .arg(QLocale().toString(request.symbols.size()), outcome->list));
    const QString path = m_workspacePath;
    return m_controls->start([outcome, path](const TaskControl &control) {
        outcome->result = scan::runPortfolio(path, outcome->request, control);
        if (outcome->result)
            outcome->document = scan::portfolioJson(*outcome->result, outcome->request, outcome->list);
    });
}

void PortfolioPanel::finish()
{
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome)
        return;
    if (!outcome->result) {
        m_controls->setStatus(outcome->result.error().kind == ErrorKind::Cancelled ? tr("Cancelled.")
                                                                             : outcome->result.error().toString());
        emit finished();
        return;
    }
    const scan::PortfolioResult &r = *outcome->result;
    m_document = outcome->document;
    EquityCurves curves;
    curves.days = r.days;
    curves.strategyName = tr("Top %1 of %2").arg(outcome->request.settings.top).arg(outcome->list);
    curves.equity = r.equity;
    curves.drawdown.resize(r.equity.size());
    backtest::drawdownCurve(r.equity, curves.drawdown);
    curves.benchmarkName = r.benchmarkSymbol;
    curves.benchmark = r.benchmarkEquity;
    m_chart->setCurves(curves);
    m_exportPng->setEnabled(true);
    showMetrics(r);
    m_holdings->setResult(r);
    m_holdingsSorted->sort(-1);
    m_holdingsView->resizeColumnsToContents();
    m_trades->setTrades(r.trades, r.symbols);
    m_tradesView->resizeColumnsToContents();
    const QLocale l;
    QString text = tr("%1 rebalances, %2 trades, %3 to %4.")
                       .arg(l.toString(qlonglong(r.rebalances.size())), l.toString(r.tradeStats.trades),
                            btfmt::date(r.days.front()), btfmt::date(r.days.back()));
    if (!r.skipped.empty()) {
        QStringList skipped;
        for (const scan::ScanSkip &s : r.skipped)
            skipped << tr("%1: %2").arg(s.symbol, s.reason);
        text += QLatin1Char(' ') + tr("%1 symbols skipped (hover for why).").arg(l.toString(qlonglong(r.skipped.size())));
        m_controls->statusLabel()->setToolTip(skipped.mid(0, 40).join(QLatin1Char('\n')) + (skipped.size() > 40 ? QStringLiteral("\n...") : QString()));
    } else {
        m_controls->statusLabel()->setToolTip({});
    }
    m_controls->setStatus(text);
    emit finished();
}

// The statistics beside holding the benchmark; raw numbers (fractions) for CSV.
void PortfolioPanel::showMetrics(const scan::PortfolioResult &r)
{
    m_metrics->clear();
    const bool benchmark = !r.benchmarkSymbol.isEmpty();
    m_metrics->setHorizontalHeaderLabels(benchmark ? QStringList{tr("Statistic"), tr("Portfolio"), tr("%1 held").arg(r.benchmarkSymbol)}
                                                   : QStringList{tr("Statistic"), tr("Portfolio")});
    enum class Kind { Percent, Ratio, Money, Count };
    const auto add = [&](const QString &label, Kind kind, double value, double held = backtest::kUndefined) {
        const auto cell = [kind](double v) {
            auto *item = new QStandardItem(kind == Kind::Percent ? btfmt::percent(v)
                                           : kind == Kind::Money ? btfmt::money(v)
                                           : kind == Kind::Count ? btfmt::count((long long)v)
                                                                 : btfmt::number(v));
            item->setData(btfmt::exportValue(v), kExportRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        QList<QStandardItem *> row{new QStandardItem(label), cell(value)};
        if (benchmark)
            row << (std::isnan(held) ? new QStandardItem : cell(held));
        m_metrics->appendRow(row);
    };
    const backtest::PerformanceStats &p = r.performance;
    const backtest::PerformanceStats &b = r.benchmarkHeld;
    add(tr("Final equity"), Kind::Money, p.finalEquity, b.finalEquity);
    add(tr("Total return"), Kind::Percent, p.totalReturn, b.totalReturn);
    add(tr("CAGR"), Kind::Percent, p.cagr, b.cagr);
    add(tr("Annual volatility"), Kind::Percent, p.annualVolatility, b.annualVolatility);
    add(tr("Sharpe ratio"), Kind::Ratio, p.sharpe, b.sharpe);
    add(tr("Sortino ratio"), Kind::Ratio, p.sortino, b.sortino);
    add(tr("Calmar ratio"), Kind::Ratio, p.calmar, b.calmar);
    add(tr("Maximum drawdown"), Kind::Percent, p.maxDrawdown, b.maxDrawdown);
    add(tr("Average exposure"), Kind::Percent, p.averageGrossExposure);
    add(tr("Annual turnover"), Kind::Ratio, r.annualTurnover);
    add(tr("Round trips"), Kind::Count, r.tradeStats.trades);
    add(tr("Win rate"), Kind::Percent, r.tradeStats.winRate);
    add(tr("Profit factor"), Kind::Ratio, r.tradeStats.profitFactor);
    add(tr("Total commission"), Kind::Money, r.tradeStats.totalCommission);
    if (benchmark) {
        add(tr("Beta to %1").arg(r.benchmarkSymbol), Kind::Ratio, r.benchmark.beta);
        add(tr("Alpha (annual)"), Kind::Percent, r.benchmark.annualAlpha);
    }
    if (r.risk) {
        const risk::RiskReport &risk = *r.risk;
        const QString level = QLocale().toString(risk.options.varLevel * 100, 'g', 3);
        add(tr("Daily VaR %1% (historical)").arg(level), Kind::Percent, risk.left.historical.var);
        add(tr("Daily ES %1% (historical)").arg(level), Kind::Percent, risk.left.historical.expectedShortfall);
        // A return, as VaR and ES beside it and the risk dashboard show it (the loss is negative).
        add(tr("EVT stress value (p = %1%)").arg(QLocale().toString(risk.options.stressLevel * 100, 'g', 3)), Kind::Percent,
            risk.left.pot.stressReturn);
    }
    m_metricsView->resizeColumnsToContents();
}

} // namespace rutile::ui
