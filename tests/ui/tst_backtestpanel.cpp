// The strategy panel and the backtest results: a run in the background on a small workspace,
// the statistics and trade list it shows (against core run directly and against buy-and-hold
// worked out from the closes), the trade list driving the chart (range, markers, stop level),
// cancel, the exports, and the risk dashboard on the equity curve.

#include "BacktestTestSupport.h"
#include "MainWindow.h"
#include "TableCsvExport.h"
#include "backtest/BacktestResultsView.h"
#include "backtest/BacktestRunner.h"
#include "backtest/ConfigParams.h"
#include "backtest/EquityChart.h"
#include "backtest/MetricsTableModel.h"
#include "backtest/StrategyController.h"
#include "backtest/StrategyPanel.h"
#include "backtest/TradeChartLink.h"
#include "backtest/TradeTableModel.h"
#include "chart/PriceChart.h"
#include "import/SampleWorkspace.h"
#include "risk/RiskDashboardWindow.h"
#include "risk/RiskRunner.h"
#include "strategy/StrategyRegistry.h"

#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QScopeGuard>
#include <QTest>

#include <cmath>

using namespace rutile;
using namespace rutile::ui;

namespace {

ParamValues smaParams(int fast, int slow)
{
    return {{QStringLiteral("fast"), double(fast)}, {QStringLiteral("slow"), double(slow)}};
}

// Runs the panel's backtest and returns what it emitted.
BacktestOutcomePtr runPanel(StrategyPanel &panel)
{
    QSignalSpy spy(&panel, &StrategyPanel::resultReady);
    if (!panel.runButton()->isEnabled())
        return nullptr;
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    if (!spy.wait(60000))
        return nullptr;
    return spy.at(0).at(0).value<BacktestOutcomePtr>();
}

QVariant metric(const MetricsTableModel &model, const QString &key, int column)
{
    const int row = model.rowOf(key);
    return row < 0 ? QVariant() : model.index(row, column).data(kExportRole);
}

} // namespace

class TestBacktestPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void panelRunsBacktest();
    void benchmarkFollowsTheWorkspaceDefault();
    void resultsViewShowsTheRun();
    void equityAxisGroupsDigits_data();
    void equityAxisGroupsDigits();
    void panelReportsBadParameters();
    void pairStrategyNeedsAHedge();
    void cancelledJobReturnsNothing();
    void cancelStopsAGridSearch();
    void tradeRowMovesTheChart();
    void exportsWriteFiles();
    void riskDashboardOpensOnTheEquityCurve();
    void riskFreeSeriesSetsTheRate();

private:
    QTemporaryDir m_dir;
    QString m_path;
    BacktestOutcomePtr m_outcome; ///< of panelRunsBacktest
};

void TestBacktestPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    m_path = m_dir.filePath(QStringLiteral("backtest.rutile"));
    test::writeBacktestWorkspace(m_path);
}

void TestBacktestPanel::panelRunsBacktest()
{
    auto ws = Workspace::open(m_path);
    QVERIFY(ws);
    StrategyPanel panel;
    panel.setWorkspace(m_path, (*ws)->symbols(), QStringLiteral("BENCH"));
    panel.setSymbol(QStringLiteral("WAVE"));
    QVERIFY(panel.setStrategy(QStringLiteral("sma_cross")));
    panel.setParams(smaParams(10, 30));
    QCOMPARE(panel.paramsLabel()->text(), QStringLiteral("fast 10 \u00b7 slow 30 \u00b7 short off"));
    QCOMPARE(panel.benchmarkBox()->currentData().toString(), QStringLiteral("BENCH"));
    QVERIFY(panel.runButton()->isEnabled());
    QVERIFY(!panel.cancelButton()->isEnabled());
    panel.resize(340, 520);
    panel.show();

    const BacktestOutcomePtr outcome = runPanel(panel);
    QVERIFY(outcome);
    QVERIFY2(outcome->backtest, qPrintable(outcome->error.message));
    QVERIFY(panel.runButton()->isEnabled());
    QVERIFY(!panel.cancelButton()->isEnabled());
    QVERIFY(!panel.progressBar()->isVisible());
    test::maybeSaveShot(&panel, QStringLiteral("strategy-panel"));

    // The same run through core directly: the panel adds nothing and loses nothing.
    auto wave = (*ws)->readBars(QStringLiteral("WAVE"));
    auto bench = (*ws)->readBars(QStringLiteral("BENCH"));
    QVERIFY(wave && bench);
    trading::MarketData data(*wave);
    data.setBenchmark(*bench);
    const auto direct = backtest::runBacktest(data, *strategy::StrategyRegistry::builtIn().find(u"sma_cross"),
        smaParams(10, 30), backtest::BacktestConfig {});
    QVERIFY(direct);
    const backtest::BacktestResult &r = *outcome->backtest;
    QCOMPARE(r.trades.size(), direct->trades.size());
    QVERIFY(r.trades.size() >= 3); // the wave makes the averages cross several times
    QCOMPARE(r.equity.size(), direct->equity.size());
    QCOMPARE(r.performance.finalEquity, direct->performance.finalEquity);
    QCOMPARE(r.benchmarkSymbol, QStringLiteral("BENCH"));
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("round trip")));
    m_outcome = outcome;
}

namespace {

QStringList comboData(const QComboBox *box)
{
    QStringList data;
    for (int i = 0; i < box->count(); ++i)
        data << box->itemData(i).toString();
    return data;
}

} // namespace

// Issue 12, defect 5: the benchmark is the workspace's default once it is cached, even when it
// arrives by a later import, and the traded symbol is never its own benchmark.
void TestBacktestPanel::benchmarkFollowsTheWorkspaceDefault()
{
    const QString path = m_dir.filePath(QStringLiteral("benchmark-later.rutile"));
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QVERIFY((*ws)->storeSeries(test::trendWaveSeries(60, QStringLiteral("WAVE")), {QStringLiteral("wave"), false}));
    }
    MainWindow window;
    QVERIFY(test::showWaveWindow(window, path, QSize(1280, 800)));
    auto *controller = window.findChild<StrategyController *>();
    QVERIFY(controller);
    StrategyPanel *panel = controller->panel();
    QComboBox *box = panel->benchmarkBox();
    // Only WAVE, which is traded: nothing to measure against.
    QCOMPARE(comboData(box), QStringList {QString()});
    QCOMPARE(panel->benchmark(), QString());

    // The benchmark is imported later into the open workspace and named its default.
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QVERIFY((*ws)->storeSeries(test::trendWaveSeries(60, QStringLiteral("BENCH")), {QStringLiteral("bench"), false}));
        QVERIFY((*ws)->setSetting(QString::fromLatin1(kBenchmarkSettingKey), QStringLiteral("BENCH")));
    }
    window.refreshSymbols();
    QCOMPARE(panel->symbol(), QStringLiteral("WAVE"));
    QCOMPARE(comboData(box), (QStringList {QString(), QStringLiteral("BENCH")}));
    QCOMPARE(panel->benchmark(), QStringLiteral("BENCH"));
    controller->panelDock()->show();
    test::maybeSaveShot(&window, QStringLiteral("panel-benchmark-default"));

    // Trading the benchmark itself: it is not offered, and the job has none.
    QVERIFY(window.selectSymbol(QStringLiteral("BENCH")));
    QTRY_COMPARE(panel->symbol(), QStringLiteral("BENCH"));
    QCOMPARE(comboData(box), (QStringList {QString(), QStringLiteral("WAVE")}));
    QCOMPARE(panel->benchmark(), QString());
    QVERIFY(panel->setStrategy(QStringLiteral("sma_cross")));
    auto job = panel->job();
    QVERIFY(job);
    QCOMPARE(job->data.benchmark, QString());
    // Back on WAVE the default returns.
    QVERIFY(window.selectSymbol(QStringLiteral("WAVE")));
    QTRY_COMPARE(panel->symbol(), QStringLiteral("WAVE"));
    QCOMPARE(panel->benchmark(), QStringLiteral("BENCH"));

    // An explicit "None" is the user's choice: a refresh of the same workspace keeps it.
    panel->setBenchmark(QString());
    window.refreshSymbols();
    QCOMPARE(panel->benchmark(), QString());
}

void TestBacktestPanel::resultsViewShowsTheRun()
{
    QVERIFY(m_outcome);
    const backtest::BacktestResult &r = *m_outcome->backtest;
    BacktestResultsView view;
    view.resize(1200, 480);
    view.setOutcome(m_outcome);
    view.show();

    // Statistics: the strategy's from core, buy-and-hold from the closes themselves.
    MetricsTableModel &m = *view.metricsModel();
    QCOMPARE(m.columnCount(), 4); // statistic, strategy, buy & hold, benchmark
    QCOMPARE(m.headerData(MetricsTableModel::BenchmarkColumn, Qt::Horizontal).toString(),
        QStringLiteral("Benchmark (BENCH)"));
    QCOMPARE(metric(m, QStringLiteral("sharpe"), MetricsTableModel::StrategyColumn).toDouble(), r.performance.sharpe);
    QCOMPARE(
        metric(m, QStringLiteral("trades"), MetricsTableModel::StrategyColumn).toDouble(), double(r.tradeStats.trades));
    const BarSeries wave = test::trendWaveSeries(test::kWaveBars, QStringLiteral("WAVE"));
    // Buy and hold from the first close to the last: close_last / close_first − 1.
    const double holdReturn = wave.close.back() / wave.close.front() - 1;
    RUTILE_COMPARE_REL(
        metric(m, QStringLiteral("total_return"), MetricsTableModel::BuyAndHoldColumn).toDouble(), holdReturn, 1e-9);
    const BarSeries bench = test::trendWaveSeries(test::kWaveBars, QStringLiteral("BENCH"), 2000, 0.03, 1.0);
    RUTILE_COMPARE_REL(metric(m, QStringLiteral("total_return"), MetricsTableModel::BenchmarkColumn).toDouble(),
        bench.close.back() / bench.close.front() - 1, 1e-9);
    // Trade statistics belong to the strategy: the other cells are blank.
    const int tradesRow = m.rowOf(QStringLiteral("trades"));
    QCOMPARE(m.index(tradesRow, MetricsTableModel::BuyAndHoldColumn).data().toString(), QString());
    QCOMPARE(m.index(m.rowOf(QStringLiteral("total_return")), MetricsTableModel::StrategyColumn).data().toString(),
        QStringLiteral("%1%").arg(QLocale().toString(r.performance.totalReturn * 100, 'f', 2)));

    // Trades: one row each, in exit order, with the pnl rule of the README.
    QCOMPARE(view.tradeModel()->rowCount(), int(r.trades.size()));
    const QAbstractItemModel *trades = view.tradeView()->model();
    const trading::Trade &t = r.trades.front();
    QCOMPARE(
        trades->index(0, TradeTableModel::EntryDateColumn).data().toString(), toDate(t.entryDay).toString(Qt::ISODate));
    QCOMPARE(trades->index(0, TradeTableModel::SymbolColumn).data().toString(), QStringLiteral("WAVE"));
    QCOMPARE(trades->index(0, TradeTableModel::SideColumn).data().toString(), QStringLiteral("Long"));
    // No commission: pnl = (exit − entry) · size for a long.
    RUTILE_COMPARE_REL(trades->index(0, TradeTableModel::PnlColumn).data(kExportRole).toDouble(),
        (t.exitPrice - t.entryPrice) * t.size, 1e-9);
    // Sorting by P&L puts the largest loss first.
    view.tradeView()->sortByColumn(TradeTableModel::PnlColumn, Qt::AscendingOrder);
    double lowest = r.trades.front().pnl;
    for (const trading::Trade &x : r.trades)
        lowest = std::min(lowest, x.pnl);
    QCOMPARE(trades->index(0, TradeTableModel::PnlColumn).data(kExportRole).toDouble(), lowest);

    // Equity chart: the strategy, buy-and-hold and the benchmark, one point per bar.
    EquityChart *chart = view.equityChart();
    QCOMPARE(chart->strategyGraph()->dataCount(), int(r.equity.size()));
    QVERIFY(chart->buyAndHoldGraph()->visible());
    QVERIFY(chart->benchmarkGraph()->visible());
    QCOMPARE(chart->strategyDrawdownGraph()->dataCount(), int(r.drawdown.size()));
    QCOMPARE(view.warningsLabel()->isVisible(), !r.warnings.empty());
    test::maybeSaveShot(&view, QStringLiteral("results-equity"));
    view.tabs()->setCurrentIndex(1);
    test::maybeSaveShot(&view, QStringLiteral("results-trades"));
}

void TestBacktestPanel::equityAxisGroupsDigits_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("logarithmic");
    QTest::addColumn<QString>("million");
    QTest::newRow("English") << QStringLiteral("en_US") << false << QStringLiteral("1,000,000");
    QTest::newRow("German") << QStringLiteral("de_DE") << false << QStringLiteral("1.000.000");
    QTest::newRow("English, log scale") << QStringLiteral("en_US") << true << QStringLiteral("1,000,000");
}

// Issue 12, defect 12: the equity axis wrote 1500000; it groups digits as the locale does.
void TestBacktestPanel::equityAxisGroupsDigits()
{
    QFETCH(QString, locale);
    QFETCH(bool, logarithmic);
    QFETCH(QString, million);
    const QLocale saved;
    QLocale::setDefault(QLocale(locale));
    EquityChart chart;
    EquityCurves curves;
    const QDate start(2020, 1, 6);
    for (int i = 0; i <= 100; ++i) {
        curves.days.push_back(toDayNumber(start.addDays(i)));
        curves.equity.push_back(1'000'000 + 10'000.0 * i); // 1,000,000 to 2,000,000
        curves.drawdown.push_back(0);
    }
    chart.setCurves(curves);
    chart.setLogScale(logarithmic);
    chart.resize(800, 500);
    chart.replot();
    QCPAxis *axis = chart.equityRect()->axis(QCPAxis::atLeft);
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    QLocale::setDefault(saved);
    QCOMPARE(labels.size(), ticks.size());
    QVERIFY(ticks.size() >= 2);
    for (qsizetype i = 0; i < ticks.size(); ++i)
        QCOMPARE(labels[i], QLocale(locale).toString(ticks[i], 'f', 0));
    QVERIFY2(labels.contains(million), qPrintable(labels.toList().join(QLatin1Char(' '))));
}

void TestBacktestPanel::panelReportsBadParameters()
{
    auto ws = Workspace::open(m_path);
    QVERIFY(ws);
    StrategyPanel panel;
    panel.setWorkspace(m_path, (*ws)->symbols(), {});
    panel.setSymbol(QStringLiteral("WAVE"));
    QVERIFY(panel.setStrategy(QStringLiteral("sma_cross")));
    panel.setParams(smaParams(50, 50));
    QVERIFY(!panel.run());
    QCOMPARE(panel.statusLabel()->text(), QStringLiteral("sma_cross: fast (50) must be less than slow (50)"));
    QVERIFY(!panel.runner()->isRunning());

    // A window longer than the history is the engine's data error, shown after the run.
    panel.setParams(smaParams(10, 4000));
    QSignalSpy finished(panel.runner(), &BacktestRunner::finished);
    QVERIFY(panel.run());
    QVERIFY(finished.wait(60000));
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("not enough data")));
}

void TestBacktestPanel::pairStrategyNeedsAHedge()
{
    auto ws = Workspace::open(m_path);
    QVERIFY(ws);
    StrategyPanel panel;
    panel.setWorkspace(m_path, (*ws)->symbols(), QStringLiteral("BENCH"));
    panel.show();
    panel.setSymbol(QStringLiteral("WAVE"));
    QVERIFY(panel.setStrategy(QStringLiteral("pairs_spread")));
    QVERIFY(panel.hedgeBox()->isVisible());
    panel.setHedge(QStringLiteral("WAVE"));
    auto job = panel.job();
    QVERIFY(!job);
    QVERIFY(job.error().message.contains(QStringLiteral("hedge")));
    panel.setHedge(QStringLiteral("BENCH"));
    job = panel.job();
    QVERIFY(job);
    QCOMPARE(job->data.pair, QStringLiteral("BENCH"));
    QVERIFY(panel.setStrategy(QStringLiteral("rsi_revert")));
    QVERIFY(!panel.hedgeBox()->isVisible());
}

void TestBacktestPanel::cancelledJobReturnsNothing()
{
    // A single backtest checks the flag before loading and after its bar loop: cancelled
    // means no result, whenever the flag was raised.
    BacktestJob job;
    job.workspacePath = m_path;
    job.strategy = QStringLiteral("sma_cross");
    job.data.symbol = QStringLiteral("WAVE");
    TaskControl control;
    control.isCancellationRequested = [] { return true; };
    const BacktestOutcome outcome = runBacktestJob(job, control);
    QVERIFY(outcome.cancelled);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error.kind, ErrorKind::Cancelled);

    // Not cancelled, the same job runs.
    const BacktestOutcome ran = runBacktestJob(job);
    QVERIFY2(ran.backtest, qPrintable(ran.error.message));
}

void TestBacktestPanel::cancelStopsAGridSearch()
{
    // 200 fast × 400 slow periods = 80,000 backtests: far longer than it takes the GUI to
    // see the first progress report and cancel.
    BacktestJob job;
    job.kind = BacktestJob::Kind::Optimization;
    job.workspacePath = m_path;
    job.strategy = QStringLiteral("sma_cross");
    job.data.symbol = QStringLiteral("WAVE");
    const strategy::StrategyDescriptor &d = *strategy::StrategyRegistry::builtIn().find(u"sma_cross");
    job.grid.base = defaultValues(d.params);
    job.grid.axes.push_back(*backtest::GridAxis::range(d.params[0], 1, 200, 1));
    job.grid.axes.push_back(*backtest::GridAxis::range(d.params[1], 201, 600, 1));
    job.optimizer.threads = 2;

    BacktestRunner runner;
    QSignalSpy progress(&runner, &BacktestRunner::progressChanged);
    QSignalSpy finished(&runner, &BacktestRunner::finished);
    QVERIFY(runner.start(job));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(job)); // one job at a time
    // The first report of a finished grid point (the watcher may first report 0).
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() > 0, 60000);
    runner.cancel();
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    const auto outcome = finished.at(0).at(0).value<BacktestOutcomePtr>();
    QVERIFY2(outcome->optimization, qPrintable(outcome->error.message));
    QVERIFY(outcome->cancelled);
    QVERIFY(outcome->optimization->cancelled);
    QVERIFY(outcome->optimization->results.size() < outcome->optimization->gridSize);
    QCOMPARE(outcome->optimization->gridSize, std::size_t(80000));
    QVERIFY(!outcome->optimization->deflatedSharpe.valid); // not computed for a partial search
}

void TestBacktestPanel::tradeRowMovesTheChart()
{
    MainWindow window;
    QVERIFY(test::showWaveWindow(window, m_path, QSize(1400, 900)));

    auto *controller = window.findChild<StrategyController *>();
    QVERIFY(controller);
    QVERIFY(window.menuBar()->findChild<QMenu *>(QStringLiteral("strategyMenu")));
    StrategyPanel *panel = controller->panel();
    QCOMPARE(panel->symbol(), QStringLiteral("WAVE"));
    QCOMPARE(panel->workspacePath(), m_path);
    QVERIFY(panel->setStrategy(QStringLiteral("sma_cross")));
    panel->setParams(smaParams(10, 30));
    ParamValues settings = defaultValues(backtest::configParamSpecs());
    settings.set(QStringLiteral("stop_loss_pct"), 5);
    panel->setSettings(settings);
    QVERIFY(!controller->resultsDock()->isVisible());

    const BacktestOutcomePtr outcome = runPanel(*panel);
    QVERIFY(outcome && outcome->backtest);
    const backtest::BacktestResult &r = *outcome->backtest;
    QVERIFY(controller->resultsDock()->isVisible());
    PriceChart *chart = window.chart();
    QCOMPARE(chart->tradeMarkers().size(), 2 * r.trades.size());

    // The first trade lies in the first months of the data; the chart opens on the last year.
    const trading::Trade &t = r.trades.front();
    const std::size_t entryBar = chart->series().lowerBound(t.entryDay);
    const std::size_t exitBar = chart->series().lowerBound(t.exitDay);
    auto [firstVisible, lastVisible] = chart->visibleBars();
    QVERIFY(entryBar < firstVisible);

    BacktestResultsView *results = controller->results();
    results->tabs()->setCurrentWidget(results->tradeView());
    QTableView *view = results->tradeView();
    const int row = test::rowWhere(*view->model(), 1, Qt::DisplayRole); // trade #1
    QVERIFY(row >= 0);
    const QRect cell = view->visualRect(view->model()->index(row, TradeTableModel::EntryDateColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCoreApplication::processEvents();

    std::tie(firstVisible, lastVisible) = chart->visibleBars();
    QVERIFY2(firstVisible <= entryBar && exitBar < lastVisible,
        qPrintable(QStringLiteral("visible [%1, %2), trade %3 to %4")
                       .arg(firstVisible)
                       .arg(lastVisible)
                       .arg(entryBar)
                       .arg(exitBar)));
    QCOMPARE(controller->chartLink()->selectedTrade(), 0);
    // The stop level of a long: 5% under the entry fill.
    QVERIFY(!chart->levels().empty());
    RUTILE_COMPARE_REL(chart->levels().front().price, t.entryPrice * 0.95, 1e-12);
    // The price axis fits the stop level too, even when the bars in view stay above it.
    QVERIFY(chart->priceAxis()->range().contains(chart->levels().front().price));
    QCOMPARE(chart->shadedPeriods().size(), std::size_t(1));
    QCOMPARE(chart->shadedPeriods().front().from, toDate(t.entryDay));
    QCOMPARE(chart->shadedPeriods().front().to, toDate(t.exitDay));
    test::maybeSaveShot(&window, QStringLiteral("mainwindow-backtest"));

    // Charting another symbol takes the trades away; coming back brings them back.
    QVERIFY(window.selectSymbol(QStringLiteral("BENCH")));
    QCoreApplication::processEvents();
    QVERIFY(chart->tradeMarkers().empty());
    QCOMPARE(panel->symbol(), QStringLiteral("BENCH"));
    QVERIFY(window.selectSymbol(QStringLiteral("WAVE")));
    QCoreApplication::processEvents();
    QCOMPARE(chart->tradeMarkers().size(), 2 * r.trades.size());
}

void TestBacktestPanel::exportsWriteFiles()
{
    QVERIFY(m_outcome);
    const backtest::BacktestResult &r = *m_outcome->backtest;
    BacktestResultsView view;
    view.resize(1000, 500);
    view.setOutcome(m_outcome);
    view.show();

    const QString trades = m_dir.filePath(QStringLiteral("trades.csv"));
    QVERIFY(view.exportTradesCsv(trades).ok());
    QStringList lines = test::fileLines(trades);
    QCOMPARE(lines.value(0),
        QStringLiteral("entry_date,entry_price,exit_date,exit_price,side,size,pnl,commission,exit_reason"));
    QCOMPARE(lines.size(), int(r.trades.size()) + 1);
    QVERIFY(lines.value(1).startsWith(toDate(r.trades.front().entryDay).toString(Qt::ISODate) + QLatin1Char(',')));

    const QString equity = m_dir.filePath(QStringLiteral("equity.csv"));
    QVERIFY(view.exportEquityCsv(equity).ok());
    lines = test::fileLines(equity);
    QCOMPARE(lines.value(0), QStringLiteral("date,equity,drawdown,benchmark"));
    QCOMPARE(lines.size(), int(r.days.size()) + 1);

    const QString metrics = m_dir.filePath(QStringLiteral("metrics.csv"));
    QVERIFY(view.exportMetricsCsv(metrics).ok());
    lines = test::fileLines(metrics);
    QCOMPARE(lines.value(0), QStringLiteral("Statistic,Strategy,Buy & hold,Benchmark (BENCH)"));
    QCOMPARE(lines.size(), view.metricsModel()->rowCount() + 1);
    const int sharpeLine = view.metricsModel()->rowOf(QStringLiteral("sharpe")) + 1;
    QVERIFY(lines.value(sharpeLine).startsWith(QStringLiteral("sharpe,")));

    const QString png = m_dir.filePath(QStringLiteral("equity.png"));
    QVERIFY(view.exportEquityPng(png).ok());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);

    // Nothing to export without a result.
    BacktestResultsView empty;
    QVERIFY(!empty.exportTradesCsv(m_dir.filePath(QStringLiteral("none.csv"))).ok());
}

void TestBacktestPanel::riskDashboardOpensOnTheEquityCurve()
{
    QVERIFY(m_outcome);
    QWidget parent;
    BacktestResultsView view(&parent);
    view.setOutcome(m_outcome);
    RiskDashboardWindow *dashboard = view.openRiskDashboard();
    QVERIFY(dashboard);
    QVERIFY(dashboard->windowTitle().contains(QStringLiteral("WAVE sma_cross equity")));
    dashboard->close();
}


// A downloaded rate series as the risk-free rate, in the strategy panel and the risk dashboard's
// runner: the mean over the bars used (a flat 3 % here: 0.03 exactly, whatever the range).
void TestBacktestPanel::riskFreeSeriesSetsTheRate()
{
    auto ws = Workspace::open(m_path);
    QVERIFY(ws);
    const auto wave = (*ws)->readBars(QStringLiteral("WAVE"));
    QVERIFY(wave && !wave->empty());
    BarSeries rate;
    rate.symbol = QStringLiteral("RATE");
    for (DayNumber d : wave->day)
        rate.append({d, 3, 3, 3, 3, 3, 0});
    SymbolMetadata meta;
    meta.source = QStringLiteral("fred");
    meta.remoteSymbol = QStringLiteral("RATE");
    QVERIFY((*ws)->storeSeries(rate, meta).ok());
    const auto cleanup = qScopeGuard([&] { QVERIFY((*ws)->removeSymbol(QStringLiteral("RATE")).ok()); });

    StrategyPanel panel;
    panel.setWorkspace(m_path, (*ws)->symbols(), QStringLiteral("BENCH"));
    auto *box = panel.findChild<QComboBox *>(QStringLiteral("riskFreeBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), 2); // the run settings' rate, and the one rate series (not WAVE or BENCH)
    QCOMPARE(box->itemData(1).toString(), QStringLiteral("RATE"));
    box->setCurrentIndex(1);
    panel.setSymbol(QStringLiteral("WAVE"));
    QVERIFY(panel.setStrategy(QStringLiteral("sma_cross")));
    const BacktestOutcomePtr outcome = runPanel(panel);
    QVERIFY(outcome && outcome->backtest);
    QCOMPARE(outcome->job.config.metrics.riskFreeRate, 0.03);

    RiskRequest request;
    request.workspacePath = m_path;
    request.symbol = QStringLiteral("WAVE");
    request.riskFreeSymbol = QStringLiteral("RATE");
    const RiskOutcome risk = RiskRunner::run(request, {});
    QVERIFY2(risk.ok(), qPrintable(risk.error.message));
    QCOMPARE(risk.report->options.riskFreeRate, 0.03);
}

QTEST_MAIN(TestBacktestPanel)
#include "tst_backtestpanel.moc"
