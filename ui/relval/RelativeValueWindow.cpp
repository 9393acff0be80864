#include "relval/RelativeValueWindow.h"
#include "settings/AppTheme.h"

#include "DateRangeFilter.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "TableCsvExport.h"
#include "TaskRunControls.h"
#include "WindowGeometry.h"
#include "backtest/BacktestFormat.h"
#include "backtest/StrategyController.h"
#include "backtest/StrategyPanel.h"
#include "params/ParamForm.h"
#include "relval/FairValuePanel.h"
#include "relval/PairCharts.h"
#include "relval/PairOutput.h"
#include "report/OutputFile.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace rutile::ui {

struct RelativeValueWindow::Outcome {
    QString y, x;
    QDate from, to;
    relval::PairSettings settings;
    Result<relval::PairAnalysis> result = Error::cancelled();
};

RelativeValueWindow::RelativeValueWindow(const QString &workspacePath, MainWindow *mainWindow)
    : QMainWindow(mainWindow, Qt::Window)
    , m_workspacePath(workspacePath)
    , m_mainWindow(mainWindow)
{
    setObjectName(QStringLiteral("relativeValueWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Relative Value - %1").arg(QFileInfo(workspacePath).fileName()));

    m_y = new QComboBox(this);
    m_y->setObjectName(QStringLiteral("pairY"));
    m_y->setToolTip(tr("The symbol regressed: ln Y = α + β ln X + spread"));
    m_x = new QComboBox(this);
    m_x->setObjectName(QStringLiteral("pairX"));
    m_x->setToolTip(tr("The hedge symbol"));
    m_dates = new DateRangeFilter(QDate(2010, 1, 4), QDate::currentDate(), this);
    m_settings = new ParamForm(this);
    m_settings->setObjectName(QStringLiteral("pairSettings"));
    m_settings->setSpecs(relval::pairParamSpecs());
    m_controls = new TaskRunControls(tr("&Analyse"), this);
    m_controls->runButton()->setObjectName(QStringLiteral("analyseButton"));
    m_controls->runButton()->setDefault(true);
    m_controls->statusLabel()->setObjectName(QStringLiteral("pairStatus"));

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("pairVerdict"));
    m_verdict->setWordWrap(true);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_verdict->setFont(big);
    m_statistics = new QStandardItemModel(this);
    m_statisticsView = new QTableView(this);
    m_statisticsView->setObjectName(QStringLiteral("pairStatistics"));
    m_statisticsView->setModel(m_statistics);
    m_statisticsView->verticalHeader()->setVisible(false);
    m_statisticsView->horizontalHeader()->setVisible(false);
    m_statisticsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_statisticsView->horizontalHeader()->setStretchLastSection(true);
    m_statisticsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statisticsView->verticalHeader()->setDefaultSectionSize(m_statisticsView->fontMetrics().height() + 6);
    addCsvExportAction(m_statisticsView, QStringLiteral("pair-statistics.csv"));
    m_backtest = new QPushButton(tr("Backtest &pairs_spread with These Settings"), this);
    m_backtest->setObjectName(QStringLiteral("backtestPairsButton"));
    m_backtest->setEnabled(false);
    m_exportCsv = new QPushButton(tr("Export &CSV..."), this);
    m_exportCsv->setEnabled(false);
    m_exportPng = new QPushButton(tr("Export P&NG..."), this);
    m_exportPng->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Y:"), m_y);
    form->addRow(tr("&X (hedge):"), m_x);
    form->addRow(m_dates->checkBox(), m_dates);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_settings);
    leftLayout->addWidget(m_controls);
    leftLayout->addWidget(m_verdict);
    leftLayout->addWidget(m_statisticsView, 1);
    leftLayout->addWidget(m_backtest);
    auto *exports = new QHBoxLayout;
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportPng);
    exports->addStretch();
    leftLayout->addLayout(exports);
    left->setMinimumWidth(400);

    m_charts = new PairCharts(this);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_charts);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_fairValue = new FairValuePanel(this);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->addTab(split, tr("Pair"));
    m_pages->addTab(m_fairValue, tr("Index Futures Fair Value"));
    setCentralWidget(m_pages);

    connect(m_controls, &TaskRunControls::runRequested, this, &RelativeValueWindow::run);
    connect(m_controls, &TaskRunControls::finished, this, &RelativeValueWindow::finish);
    connect(m_backtest, &QPushButton::clicked, this, &RelativeValueWindow::backtestPairsSpread);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        exportThroughDialog(this, tr("Export the Pair's Daily Series as CSV"), QStringLiteral("pair.csv"),
                            tr("CSV files (*.csv)"), [this](const QString &path) { return exportCsv(path); });
    });
    connect(m_exportPng, &QPushButton::clicked, this, [this] {
        exportThroughDialog(this, tr("Export the Chart as PNG"), QStringLiteral("pair.png"), tr("PNG images (*.png)"),
                            [this](const QString &path) { return m_charts->exportPng(path); });
    });
    // The window works on the file it was opened on: another workspace closes it; new symbols in
    // it are offered once a running analysis has ended.
    mainWindow->followWorkspace(this, m_workspacePath, [this] { m_controls->whenIdle([this] { reload(); }); });

    reload();
    manageWindowGeometry(this, QStringLiteral("relativeValue"), QSize(1280, 800));
}

RelativeValueWindow::~RelativeValueWindow() = default;

RelativeValueWindow *RelativeValueWindow::open(MainWindow *mainWindow)
{
    auto *window = new RelativeValueWindow(mainWindow->workspace()->path(), mainWindow);
    window->show();
    return window;
}

// The symbols offered, the last picks kept; a first opening picks RUT (or the sample's small
// caps) against the S&P 500 (or the sample's large caps) when they are cached.
void RelativeValueWindow::reload()
{
    const QString keepY = m_y->currentText(), keepX = m_x->currentText();
    QStringList symbols;
    if (auto ws = Workspace::open(m_workspacePath, WorkspaceAccess::Read)) {
        if (const auto cached = (*ws)->readSymbols()) {
            for (const SymbolInfo &info : *cached) {
                if (info.bars > 0)
                    symbols << info.symbol;
            }
        }
    }
    for (QComboBox *box : {m_y, m_x}) {
        box->clear();
        box->addItems(symbols);
    }
    const auto pick = [&symbols](QComboBox *box, const QString &keep, std::initializer_list<const char *> preferred) {
        if (symbols.contains(keep)) {
            box->setCurrentText(keep);
            return;
        }
        for (const char *p : preferred) {
            if (symbols.contains(QLatin1String(p))) {
                box->setCurrentText(QLatin1String(p));
                return;
            }
        }
    };
    pick(m_y, keepY, {"RUT", "^RUT", "IWM", "SYN-SMALL"});
    pick(m_x, keepX, {"SPX", "^GSPC", "GSPC", "SPY", "SYN-LARGE"});
    m_fairValue->setWorkspace(m_workspacePath, symbols, m_y->currentText());
    if (symbols.size() < 2)
        m_controls->setStatus(tr("The pair needs two cached symbols: import or download RUT and the S&P 500."));
}

void RelativeValueWindow::setPair(const QString &y, const QString &x)
{
    m_y->setCurrentText(y);
    m_x->setCurrentText(x);
}

void RelativeValueWindow::setDates(QDate from, QDate to)
{
    m_dates->setRange(from, to);
}

void RelativeValueWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
}

bool RelativeValueWindow::isRunning() const
{
    return m_controls->isRunning();
}

void RelativeValueWindow::waitForFinished()
{
    m_controls->waitForFinished();
}

QString RelativeValueWindow::statusText() const
{
    return m_controls->status();
}

bool RelativeValueWindow::run()
{
    if (isRunning())
        return false;
    auto outcome = std::make_shared<Outcome>();
    outcome->y = m_y->currentText();
    outcome->x = m_x->currentText();
    if (outcome->y.isEmpty() || outcome->x.isEmpty() || outcome->y == outcome->x) {
        m_controls->setStatus(tr("Choose two different symbols."));
        return false;
    }
    const auto settings = relval::pairSettingsFromParams(m_settings->values());
    if (!settings) {
        m_controls->setStatus(settings.error().toString());
        return false;
    }
    outcome->settings = *settings;
    const auto dates = m_dates->range();
    if (!dates) {
        m_controls->setStatus(dates.error().message);
        return false;
    }
    std::tie(outcome->from, outcome->to) = *dates;
    m_outcome = outcome;
    m_controls->setStatus(tr("Testing %1 against %2...").arg(outcome->y, outcome->x));
    const QString path = m_workspacePath;
    return m_controls->start([outcome, path](const TaskControl &control) {
        auto ws = Workspace::open(path, WorkspaceAccess::Read);
        if (!ws) {
            outcome->result = ws.error();
            return;
        }
        const auto y = (*ws)->readBars(outcome->y);
        const auto x = (*ws)->readBars(outcome->x);
        if (!y || !x) {
            outcome->result = (y ? x : y).error();
            return;
        }
        outcome->result = relval::analysePair(*y, *x, outcome->from, outcome->to, outcome->settings, control);
    });
}

void RelativeValueWindow::finish()
{
    const std::shared_ptr<Outcome> outcome = std::move(m_outcome);
    if (!outcome)
        return;
    if (!outcome->result) {
        m_controls->setStatus(outcome->result.error().kind == ErrorKind::Cancelled ? tr("Cancelled.")
                                                                                 : outcome->result.error().toString());
        emit analysed();
        return;
    }
    m_analysis = std::make_unique<relval::PairAnalysis>(std::move(*outcome->result));
    const relval::PairAnalysis &a = *m_analysis;
    m_document = relval::pairJson(a);
    m_verdict->setText(tr("%1 and %2: %3").arg(a.y, a.x, relval::cointegrationVerdict(a.test)));
    m_verdict->setStyleSheet(a.test.tstat < a.test.critical5 ? textStyle(Tone::Good) : textStyle(Tone::Bad));
    showStatistics(a);
    m_charts->setAnalysis(a);
    m_backtest->setEnabled(true);
    m_exportCsv->setEnabled(true);
    m_exportPng->setEnabled(true);
    m_controls->setStatus(tr("%1 common days, %2 to %3.")
                              .arg(QLocale().toString(qlonglong(a.days.size())), btfmt::date(a.days.front()),
                                   btfmt::date(a.days.back())));
    // The fair value starts from the index's last close.
    m_fairValue->setSpot(std::exp(a.logY.back()), tr("%1's close on %2").arg(a.y, btfmt::date(a.days.back())));
    emit analysed();
}

// The figures of `rutile-cli pair`, labelled; kExportRole gives the raw numbers for CSV.
void RelativeValueWindow::showStatistics(const relval::PairAnalysis &a)
{
    m_statistics->clear();
    const auto add = [this](const QString &label, double value, int decimals, const QString &tip = {}) {
        auto *name = new QStandardItem(label);
        name->setToolTip(tip);
        auto *cell = new QStandardItem(btfmt::number(value, decimals));
        cell->setData(btfmt::exportValue(value), kExportRole);
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_statistics->appendRow({name, cell});
    };
    const relval::EngleGrangerResult &t = a.test;
    add(tr("Common days"), double(t.n), 0);
    add(tr("Hedge ratio β"), t.hedgeRatio, 4, tr("OLS slope of ln %1 on ln %2").arg(a.y, a.x));
    add(tr("Intercept α"), t.intercept, 4);
    add(tr("Engle–Granger τ (%n lags)", nullptr, t.adfLags), t.tstat, 3,
        tr("ADF statistic of the residuals, lags chosen by AIC"));
    add(tr("p-value (MacKinnon)"), t.pvalue, 4);
    add(tr("Critical value 1 %"), t.critical1, 3);
    add(tr("Critical value 5 %"), t.critical5, 3);
    add(tr("Critical value 10 %"), t.critical10, 3);
    add(tr("Half-life (days)"), a.halfLifeDays, 1, tr("−ln 2 / ln(1 + b) from Δs = a + b·s₋₁; blank without reversion"));
    add(tr("Spread, last"), t.residuals.back(), 4);
    add(tr("z-score, last"), a.zscore.back(), 2, tr("pairs_spread's z over %1 days").arg(a.settings.zWindow));
    add(tr("Kalman β, last"), a.kalmanBeta.back(), 4);
    if (!a.rolling.empty()) {
        int held = 0;
        for (const relval::RollingCointegration &r : a.rolling)
            held += r.pvalue < 0.05;
        add(tr("Windows cointegrated at 5 % (%)"), 100.0 * held / double(a.rolling.size()), 0,
            tr("Of %1 rolling windows of %2 days").arg(a.rolling.size()).arg(a.settings.testWindow));
    }
}

bool RelativeValueWindow::backtestPairsSpread()
{
    if (!m_analysis)
        return false;
    auto *controller = m_mainWindow->findChild<StrategyController *>();
    if (!controller)
        return false;
    StrategyPanel *panel = controller->panel();
    const relval::PairAnalysis &a = *m_analysis;
    m_mainWindow->selectSymbol(a.y);
    panel->setSymbol(a.y);
    if (!panel->setStrategy(QStringLiteral("pairs_spread")))
        return false;
    panel->setHedge(a.x);
    panel->setParams({{QStringLiteral("lookback"), a.settings.zWindow},
                      {QStringLiteral("entry_z"), a.settings.entryZ},
                      {QStringLiteral("exit_z"), a.settings.exitZ}});
    panel->setDates(toDate(a.days.front()), toDate(a.days.back()));
    controller->panelDock()->show();
    controller->panelDock()->raise();
    m_mainWindow->activateWindow();
    m_mainWindow->raise();
    return true;
}

Status RelativeValueWindow::exportCsv(const QString &path) const
{
    if (!m_analysis)
        return Error::invalidArgument(tr("There is nothing to export: analyse a pair first."));
    return writeOutputFile(path, [this](QIODevice &d) { return relval::writePairCsv(d, *m_analysis); });
}

void installRelativeValueAction(MainWindow *window)
{
    QAction *action = window->menu(MainWindow::Menu::Analysis)->addAction(MainWindow::tr("Relati&ve Value..."));
    action->setObjectName(QStringLiteral("relativeValueAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    action->setStatusTip(MainWindow::tr("Test whether two symbols are cointegrated (RUT against the S&P 500), their "
                                        "spread and hedge ratios; index-futures fair value"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        if (!window->workspace()) {
            QMessageBox::information(window, MainWindow::tr("Relative Value"), MainWindow::tr("Open a workspace first."));
            return;
        }
        RelativeValueWindow::open(window);
    });
}

} // namespace rutile::ui
