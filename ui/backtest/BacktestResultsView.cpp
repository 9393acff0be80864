#include "backtest/BacktestResultsView.h"
#include "settings/AppTheme.h"

#include "TableCsvExport.h"
#include "report/ReportWriters.h"
#include "backtest/BacktestFormat.h"
#include "backtest/EquityChart.h"
#include "backtest/MetricsTableModel.h"
#include "backtest/ResultCsv.h"
#include "backtest/TradeTableModel.h"
#include "risk/RiskDashboardWindow.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace rutile::ui {

namespace {

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

} // namespace

BacktestResultsView::BacktestResultsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("backtestResults"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new QLabel(
        tr("Run a backtest from the Strategy panel to see its statistics, trades and equity here."), m_stack);
    m_empty->setObjectName(QStringLiteral("backtestResultsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_title = new ElidedLabel(page);
    m_title->setObjectName(QStringLiteral("backtestTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    header->addWidget(m_title, 1);

    m_log = new QCheckBox(tr("Log scale"), page);
    m_log->setObjectName(QStringLiteral("equityLogScale"));
    header->addWidget(m_log);

    m_risk = new QToolButton(page);
    m_risk->setObjectName(QStringLiteral("openRiskDashboard"));
    m_risk->setText(tr("Risk Dashboard"));
    m_risk->setToolTip(tr("Open the risk dashboard for this equity curve"));
    m_risk->setToolButtonStyle(Qt::ToolButtonTextOnly);
    header->addWidget(m_risk);

    m_export = new QToolButton(page);
    m_export->setObjectName(QStringLiteral("backtestExport"));
    m_export->setText(tr("Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Trades as CSV..."), this, [this] {
        exportDialog(FolderKind::ExportCsv, tr("Export Trades"), filePrefix() + QStringLiteral("-trades.csv"),
            tr("CSV files (*.csv);;All files (*)"), [this](const QString &p) { return exportTradesCsv(p); });
    });
    menu->addAction(tr("Equity Curve as CSV..."), this, [this] {
        exportDialog(FolderKind::ExportCsv, tr("Export Equity Curve"), filePrefix() + QStringLiteral("-equity.csv"),
            tr("CSV files (*.csv);;All files (*)"), [this](const QString &p) { return exportEquityCsv(p); });
    });
    menu->addAction(tr("Statistics as CSV..."), this, [this] {
        exportDialog(FolderKind::ExportCsv, tr("Export Statistics"), filePrefix() + QStringLiteral("-metrics.csv"),
            tr("CSV files (*.csv);;All files (*)"), [this](const QString &p) { return exportMetricsCsv(p); });
    });
    menu->addAction(tr("Equity Chart as PNG..."), this, [this] {
        exportDialog(FolderKind::ExportPng, tr("Export Equity Chart"), filePrefix() + QStringLiteral("-equity.png"),
            tr("PNG images (*.png);;All files (*)"), [this](const QString &p) { return exportEquityPng(p); });
    });
    menu->addSeparator();
    m_reportAction = menu->addAction(tr("Report (PDF or HTML)..."), this, [this] {
        exportDialog(FolderKind::Report, tr("Export Report"), filePrefix() + QStringLiteral("-report.pdf"),
            reportFileFilter(), [this](const QString &p) { return exportReport(p); });
    });
    m_export->setMenu(menu);
    header->addWidget(m_export);
    layout->addLayout(header);

    m_warnings = new QLabel(page);
    m_warnings->setObjectName(QStringLiteral("backtestWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(bannerStyle(Tone::Warning));
    layout->addWidget(m_warnings);

    auto *split = new QSplitter(Qt::Horizontal, page);
    split->setObjectName(QStringLiteral("backtestSplit"));
    m_metrics = new MetricsTableModel(this);
    m_metricsView = makeTable(split, QStringLiteral("metricsTable"));
    m_metricsView->setModel(m_metrics);
    m_metricsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metricsView->horizontalHeader()->setStretchLastSection(false);
    addCsvExportAction(m_metricsView, QStringLiteral("metrics.csv"));
    split->addWidget(m_metricsView);

    m_tabs = new QTabWidget(split);
    m_tabs->setObjectName(QStringLiteral("backtestTabs"));
    m_equity = new EquityChart(m_tabs);
    m_tabs->addTab(m_equity, tr("Equity && Drawdown"));
    m_trades = new TradeTableModel(this);
    m_tradeProxy = new QSortFilterProxyModel(this);
    m_tradeProxy->setSourceModel(m_trades);
    m_tradeProxy->setSortRole(TradeTableModel::SortRole);
    m_tradeView = makeTable(m_tabs, QStringLiteral("tradeTable"));
    m_tradeView->setModel(m_tradeProxy);
    m_tradeView->setSortingEnabled(true);
    m_tradeView->sortByColumn(TradeTableModel::NumberColumn, Qt::AscendingOrder);
    m_tradeView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    addCsvExportAction(m_tradeView, QStringLiteral("trades.csv"));
    m_tabs->addTab(m_tradeView, tr("Trades"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_stack->addWidget(page);

    auto *pngAction = new QAction(tr("Export as PNG..."), m_equity);
    m_equity->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_equity->addAction(pngAction);
    connect(pngAction, &QAction::triggered, this, [this] {
        exportDialog(FolderKind::ExportPng, tr("Export Equity Chart"), filePrefix() + QStringLiteral("-equity.png"),
            tr("PNG images (*.png);;All files (*)"), [this](const QString &p) { return exportEquityPng(p); });
    });
    connect(m_log, &QCheckBox::toggled, m_equity, &EquityChart::setLogScale);
    connect(m_risk, &QToolButton::clicked, this, [this] { openRiskDashboard(); });
    connect(m_tradeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid())
                emit tradeActivated(current.data(TradeTableModel::TradeIndexRole).toInt());
        });
    clear();
}

const backtest::BacktestResult *BacktestResultsView::result() const
{
    return m_outcome && m_outcome->backtest ? &*m_outcome->backtest : nullptr;
}

void BacktestResultsView::setJournaled(const BacktestOutcomePtr &outcome)
{
    if (!outcome || !m_outcome || outcome->run != m_outcome->run)
        return;
    m_outcome = outcome;
    showBanner();
}

void BacktestResultsView::showBanner()
{
    QString title = m_runTitle;
    if (m_outcome->entry && m_outcome->entry->id > 0)
        title += QStringLiteral("  ·  ") + tr("run #%1").arg(m_outcome->entry->id);
    m_title->setFullText(title);
    QStringList warnings = m_runWarnings;
    if (!m_outcome->journalWarning.isEmpty())
        warnings << tr("Not journaled: %1").arg(m_outcome->journalWarning);
    m_warnings->setStyleSheet(bannerStyle(Tone::Warning)); // in the theme of now
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    // The report is of the run as journaled: there once the entry is (a few ms after the results).
    m_reportAction->setEnabled(m_outcome->entry.has_value());
}

void BacktestResultsView::clear()
{
    m_outcome.reset();
    m_reportAction->setEnabled(false);
    m_metrics->clear();
    m_trades->setTrades({}, {});
    m_equity->clearCurves();
    m_title->setFullText({});
    m_warnings->hide();
    m_stack->setCurrentWidget(m_empty);
}

void BacktestResultsView::setOutcome(const BacktestOutcomePtr &outcome)
{
    if (!outcome || !outcome->backtest)
        return;
    m_outcome = outcome;
    const backtest::BacktestResult &r = *outcome->backtest;

    const strategy::StrategyDescriptor *descriptor = jobStrategy(outcome->job);
    const QString strategyName = descriptor ? descriptor->displayName : r.strategy;
    const QString params = descriptor ? btfmt::paramSummary(descriptor->params, r.params) : QString();
    QString title = tr("%1 on %2").arg(strategyName, r.symbols.join(QStringLiteral(" / ")));
    if (!params.isEmpty())
        title += QStringLiteral("  (") + params + QLatin1Char(')');
    if (!r.days.empty())
        title += QStringLiteral(",  ") + tr("%1 to %2").arg(btfmt::date(r.days.front()), btfmt::date(r.days.back()));
    if (!r.benchmarkSymbol.isEmpty())
        title += QStringLiteral(",  ") + tr("benchmark %1").arg(r.benchmarkSymbol);
    m_runTitle = title;
    m_runWarnings.clear();
    for (const backtest::BacktestWarning &w : r.warnings)
        m_runWarnings << w.message;
    showBanner();

    m_metrics->setResult(r);
    // The statistics table as wide as its columns (a benchmark adds one), so no value is cut.
    m_metricsView->resizeColumnsToContents();
    int width = 2 * m_metricsView->frameWidth() + m_metricsView->verticalScrollBar()->sizeHint().width() + 2;
    for (int c = 0; c < m_metrics->columnCount(); ++c)
        width += m_metricsView->columnWidth(c);
    m_metricsView->setMinimumWidth(std::min(width, 640));
    m_trades->setTrades(r.trades, r.symbols);
    m_tradeView->sortByColumn(TradeTableModel::NumberColumn, Qt::AscendingOrder);

    EquityCurves curves;
    curves.days = r.days;
    curves.strategyName = strategyName;
    curves.equity = r.equity;
    curves.drawdown = r.drawdown;
    curves.buyAndHoldName = tr("Buy & hold %1").arg(r.symbols.value(0));
    curves.buyAndHold = r.buyAndHoldEquity;
    curves.benchmarkName = r.benchmarkSymbol;
    curves.benchmark = r.benchmarkEquity;
    m_equity->setCurves(curves);
    m_equity->setLogScale(m_log->isChecked());
    m_stack->setCurrentIndex(1);
}

QString BacktestResultsView::filePrefix() const
{
    const backtest::BacktestResult *r = result();
    return r ? r->symbols.value(0) + QLatin1Char('-') + r->strategy : QStringLiteral("backtest");
}

Status BacktestResultsView::exportTradesCsv(const QString &path) const
{
    const backtest::BacktestResult *r = result();
    if (!r)
        return Error::invalidArgument(tr("there is no backtest to export"));
    // A pair strategy's rows need the leg's symbol; a one-symbol run keeps the CLI's columns.
    return backtest::writeTradesCsv(path, r->trades, r->symbols.size() > 1 ? r->symbols : QStringList());
}

Status BacktestResultsView::exportEquityCsv(const QString &path) const
{
    const backtest::BacktestResult *r = result();
    if (!r)
        return Error::invalidArgument(tr("there is no backtest to export"));
    return backtest::writeEquityCsv(path, r->days, r->equity, r->drawdown, r->benchmarkEquity);
}

Status BacktestResultsView::exportMetricsCsv(const QString &path) const
{
    if (!result())
        return Error::invalidArgument(tr("there is no backtest to export"));
    return writeTableCsv(*m_metrics, path);
}

Status BacktestResultsView::exportEquityPng(const QString &path) const
{
    if (!result())
        return Error::invalidArgument(tr("there is no backtest to export"));
    if (!m_equity->exportPng(path))
        return Error::io(tr("cannot write the image"), path);
    return {};
}

Status BacktestResultsView::exportReport(const QString &path) const
{
    if (!result() || !m_outcome->entry)
        return Error::invalidArgument(tr("there is no backtest to report"));
    return writeRunReport(*m_outcome->entry, path, window());
}

void BacktestResultsView::exportDialog(FolderKind kind, const QString &title, const QString &suggested,
    const QString &filter, const std::function<Status(const QString &)> &write)
{
    const QString path = askSaveFileName(this, kind, title, suggested, filter);
    if (path.isEmpty())
        return;
    if (Status s = write(path); !s && s.error().kind != ErrorKind::Cancelled) // a cancel needs no message
        QMessageBox::warning(this, tr("Export Failed"), s.error().toString());
}

RiskDashboardWindow *BacktestResultsView::openRiskDashboard()
{
    const backtest::BacktestResult *r = result();
    if (!r || r->equity.size() < 3)
        return nullptr;
    risk::DatedSeries series;
    series.name = tr("%1 %2 equity").arg(r->symbols.value(0), r->strategy);
    series.day = r->days;
    series.value = r->equity;
    return RiskDashboardWindow::openForSeries(window(), m_outcome->job.workspacePath, series);
}

void BacktestResultsView::selectTrade(int index)
{
    for (int row = 0; row < m_tradeProxy->rowCount(); ++row) {
        const QModelIndex i = m_tradeProxy->index(row, 0);
        if (i.data(TradeTableModel::TradeIndexRole).toInt() == index) {
            m_tradeView->selectionModel()->setCurrentIndex(
                i, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_tradeView->scrollTo(i);
            return;
        }
    }
}

} // namespace rutile::ui
