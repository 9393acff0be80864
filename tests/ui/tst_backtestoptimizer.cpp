// The optimiser window: a grid search from the grid editor in the background, the sortable
// results table, the heatmap with the best cell outlined (checked on rendered pixels), the
// deflated Sharpe ratio banner, walk-forward folds and its stitched out-of-sample equity,
// the exports, and sending a grid point back to the strategy panel.

#include "BacktestTestSupport.h"
#include "settings/AppTheme.h"
#include "TableCsvExport.h"
#include "backtest/BacktestFormat.h"
#include "backtest/BacktestRunner.h"
#include "backtest/EquityChart.h"
#include "backtest/GridEditor.h"
#include "backtest/GridEstimate.h"
#include "backtest/ObjectiveHeatmap.h"
#include "backtest/OptimizerResultsModel.h"
#include "backtest/OptimizerWindow.h"
#include "backtest/StrategyPanel.h"
#include "backtest/WalkForwardView.h"
#include "strategy/StrategyRegistry.h"

#include <QComboBox>
#include <QHeaderView>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace rutile;
using namespace rutile::ui;

namespace {

bool nearColor(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

BacktestOutcomePtr waitForOutcome(OptimizerWindow &window)
{
    QSignalSpy spy(&window, &OptimizerWindow::outcomeShown);
    if (!spy.wait(120000))
        return nullptr;
    return spy.at(0).at(0).value<BacktestOutcomePtr>();
}

} // namespace

class TestBacktestOptimizer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void estimateArithmetic();
    void defaultGridIsSmallWithAnEstimate();
    void largeGridAsksFirst();
    void gridSearchFillsTheTable();
    void lastGridComesBackPerStrategy();
    void heatmapMarksTheBestCell();
    void deflatedSharpeBanner_data();
    void deflatedSharpeBanner();
    void walkForwardShowsFolds();
    void heatmapMessageFitsItsWidth();
    void heatmapTickLabelsStandApart_data();
    void heatmapTickLabelsStandApart();
    void foldLabelsDoNotOverlap_data();
    void foldLabelsDoNotOverlap();
    void exportsWriteFiles();
    void backtestSelectedRunsInThePanel();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StrategyPanel> m_panel;
    std::unique_ptr<OptimizerWindow> m_window;
    BacktestOutcomePtr m_grid; ///< of gridSearchFillsTheTable
};

void TestBacktestOptimizer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    m_path = m_dir.filePath(QStringLiteral("optimizer.rutile"));
    test::writeBacktestWorkspace(m_path);
}

void TestBacktestOptimizer::init()
{
    auto ws = Workspace::open(m_path);
    QVERIFY(ws);
    m_panel = std::make_unique<StrategyPanel>();
    m_panel->setWorkspace(m_path, (*ws)->symbols(), QStringLiteral("BENCH"));
    m_panel->setSymbol(QStringLiteral("WAVE"));
    QVERIFY(m_panel->setStrategy(QStringLiteral("sma_cross")));
    m_window = std::make_unique<OptimizerWindow>(m_panel.get());
    m_window->resize(1500, 900);
    m_window->threadsBox()->setValue(2);
    m_window->show();
}

void TestBacktestOptimizer::cleanup()
{
    m_window.reset();
    m_panel.reset();
}

void TestBacktestOptimizer::estimateArithmetic()
{
    // 121 points of 0.5 ms on 2 threads: 121 · 0.5 / 2 = 30.25 ms.
    QCOMPARE(estimatedSeconds(121, 0.5, 2), 0.03025);
    // More threads than points: each point on a thread of its own.
    QCOMPARE(estimatedSeconds(3, 10, 8), 0.01);
    QCOMPARE(estimatedSeconds(10, 4, 0), 0.04); // no thread count: one
    QCOMPARE(durationText(0.4), QStringLiteral("under a second"));
    QCOMPARE(durationText(12.4), QStringLiteral("about 12 s"));
    QCOMPARE(durationText(240), QStringLiteral("about 4 min"));
    QCOMPARE(durationText(7500), QStringLiteral("about 2 h 5 min"));
}

// Issue 12, defect 6: ticking both parameters of an SMA crossover gives 121 points around the
// defaults (it gave 1..1000 × 2..5000, five million), with the time it will take.
void TestBacktestOptimizer::defaultGridIsSmallWithAnEstimate()
{
    GridEditor *grid = m_window->gridEditor();
    // Nothing has run for sma_cross in this workspace yet: no parameter is on the grid.
    QVERIFY(grid->includeBox(QStringLiteral("fast")) && grid->includeBox(QStringLiteral("slow")));
    QVERIFY(!grid->includeBox(QStringLiteral("fast"))->isChecked());
    grid->includeBox(QStringLiteral("fast"))->setChecked(true);
    grid->includeBox(QStringLiteral("slow"))->setChecked(true);
    const auto range = [grid](const QString &name) {
        const auto value = [](QAbstractSpinBox *box) { return qobject_cast<QSpinBox *>(box)->value(); };
        return QList<int> {value(grid->startBox(name)), value(grid->stopBox(name)), value(grid->stepBox(name))};
    };
    // fast 20: 20/2/5 = 2 → 10..30 by 2; slow 50: 50/2/5 = 5 → 25..75 by 5.
    QCOMPARE(range(QStringLiteral("fast")), (QList<int> {10, 30, 2}));
    QCOMPARE(range(QStringLiteral("slow")), (QList<int> {25, 75, 5}));
    QCOMPARE(grid->pointCount(), std::size_t(11 * 11));
    QCOMPARE(grid->countLabel()->text(), QStringLiteral("121 grid points"));
    QVERIFY(m_window->runGridButton()->isEnabled());

    // One backtest is timed on WAVE in the background; the estimate is 121 of them on 2 threads.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->msPerBacktest().has_value(), 30000);
    const double ms = *m_window->msPerBacktest();
    QVERIFY(ms > 0);
    const QString text = m_window->estimateLabel()->text();
    QVERIFY2(text.contains(durationText(121 * ms / 2 / 1000)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("on 2 thread")), qPrintable(text));
    QVERIFY2(text.contains(btfmt::number(ms, 2) + QStringLiteral(" ms")), qPrintable(text));
    test::maybeSaveShot(m_window.get(), QStringLiteral("optimizer-default-grid"));
    // That timing is not a run of the user's: the journal did not keep it. (The window's
    // runners, closing, wait for every entry still to be written.)
    m_window.reset();
    auto ws = Workspace::open(m_path);
    QVERIFY(ws);
    const auto runs = (*ws)->runs();
    QVERIFY(runs);
    QCOMPARE(runs->size(), std::size_t(0));
}

// More than OptimizerWindow::kConfirmGridPoints points: the window asks, and No runs nothing.
void TestBacktestOptimizer::largeGridAsksFirst()
{
    GridEditor *grid = m_window->gridEditor();
    QVERIFY(grid->setAxis(QStringLiteral("fast"), 1, 200, 1));
    QVERIFY(grid->setAxis(QStringLiteral("slow"), 2, 201, 1));
    QCOMPARE(grid->pointCount(), std::size_t(200 * 200));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->msPerBacktest().has_value(), 30000); // the question says how long
    QString asked;
    QTimer::singleShot(0, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            test::maybeSaveScreen(QStringLiteral("optimizer-large-grid-question"));
            box->button(QMessageBox::No)->click();
        }
    });
    QVERIFY(!m_window->runGridSearch());
    QVERIFY2(asked.contains(QStringLiteral("The grid has %1 points.").arg(btfmt::count(40000))), qPrintable(asked));
    const QString time = durationText(estimatedSeconds(40000, *m_window->msPerBacktest(), 2));
    QVERIFY2(asked.contains(QStringLiteral("It would take %1.").arg(time)), qPrintable(asked));
    QVERIFY(!m_window->runner()->isRunning());

    // 99 × 101 = 9,999 points, under the threshold: it runs without a question.
    QVERIFY(grid->setAxis(QStringLiteral("fast"), 1, 99, 1));
    QVERIFY(grid->setAxis(QStringLiteral("slow"), 2, 102, 1));
    QCOMPARE(grid->pointCount(), std::size_t(9999));
    asked.clear();
    QTimer::singleShot(0, this, [&asked] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(QMessageBox::No)->click();
        }
    });
    QSignalSpy finished(m_window->runner(), &BacktestRunner::finished);
    QVERIFY(m_window->runGridSearch());
    QVERIFY(m_window->runner()->isRunning());
    QVERIFY(asked.isEmpty());
    m_window->cancel(); // a search cancelled before its first point shows no outcome: wait for the runner
    QVERIFY(finished.wait(60000));
}

void TestBacktestOptimizer::gridSearchFillsTheTable()
{
    GridEditor *grid = m_window->gridEditor();
    // fast 5, 10, …, 25 (5 values) × slow 30, 40, …, 70 (5 values) = 25 points.
    QVERIFY(grid->setAxis(QStringLiteral("fast"), 5, 25, 5));
    QVERIFY(grid->setAxis(QStringLiteral("slow"), 30, 70, 10));
    QCOMPARE(grid->pointCount(), std::size_t(25));
    QSignalSpy journaled(m_window.get(), &OptimizerWindow::outcomeJournaled);
    QTest::mouseClick(m_window->runGridButton(), Qt::LeftButton);
    QVERIFY(!m_window->runGridButton()->isEnabled());
    QVERIFY(m_window->cancelButton()->isEnabled());
    const BacktestOutcomePtr outcome = waitForOutcome(*m_window);
    QVERIFY(outcome);
    QVERIFY2(outcome->optimization, qPrintable(outcome->error.message));
    const backtest::OptimizationResult &r = *outcome->optimization;
    QCOMPARE(r.gridSize, std::size_t(25));
    QCOMPARE(r.results.size(), std::size_t(25)); // fast < slow everywhere: nothing skipped
    QVERIFY(m_window->runGridButton()->isEnabled());
    QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("25 of 25 points")));
    // The journal entry follows the results: then the status line names it and the report can be written.
    QCOMPARE(m_window->exportReportButton()->isEnabled(), journaled.count() == 1);
    QVERIFY(journaled.count() == 1 || journaled.wait(30000));
    QVERIFY(m_window->exportReportButton()->isEnabled());
    const auto entered = journaled.at(0).at(0).value<BacktestOutcomePtr>();
    QCOMPARE(entered->run, outcome->run);
    QVERIFY(entered->entry && entered->entry->id > 0);
    QVERIFY2(m_window->statusLabel()->text().endsWith(QStringLiteral("Journaled as run #%1.").arg(entered->entry->id)),
             qPrintable(m_window->statusLabel()->text()));

    // The table: one row per point, sorted by the objective, best first and bold.
    QTableView *view = m_window->resultsView();
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), 25);
    OptimizerResultsModel *source = m_window->resultsModel();
    const int objective = source->objectiveColumn();
    QCOMPARE(source->headerData(objective, Qt::Horizontal).toString(), QStringLiteral("Objective (Sharpe ratio)"));
    const backtest::GridPointResult *best = r.bestPoint();
    QVERIFY(best);
    QCOMPARE(model->index(0, objective).data(kExportRole).toDouble(), best->value);
    QVERIFY(model->index(0, 1).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(model->rowCount() > 1);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->index(row - 1, objective).data(OptimizerResultsModel::SortRole).toDouble()
            >= model->index(row, objective).data(OptimizerResultsModel::SortRole).toDouble());
    // Clicking the fast column's header sorts by fast.
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(view->horizontalHeader()->sectionViewportPosition(1) + 5, 5));
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), 1);
    const double first = model->index(0, 1).data(OptimizerResultsModel::SortRole).toDouble();
    const double last = model->index(24, 1).data(OptimizerResultsModel::SortRole).toDouble();
    QVERIFY((first == 5 && last == 25) || (first == 25 && last == 5));

    // The deflated Sharpe ratio of core's result is on the banner.
    QVERIFY(r.deflatedSharpe.valid);
    QCOMPARE(r.deflatedSharpe.trials, 25);
    QVERIFY(m_window->deflatedSharpeLabel()->text().contains(QStringLiteral("over 25 trials")));
    test::maybeSaveShot(m_window.get(), QStringLiteral("optimizer-grid"));
    m_grid = outcome;
}

// The grid last run for a strategy comes back in a new window, from the workspace.
void TestBacktestOptimizer::lastGridComesBackPerStrategy()
{
    QVERIFY(m_grid); // gridSearchFillsTheTable ran fast 5..25 by 5 × slow 30..70 by 10
    auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
    QVERIFY(ws);
    QCOMPARE((*ws)->setting(QStringLiteral("optimizer/grid/sma_cross")).value_or(QString()),
        QStringLiteral("fast=5:25:5 slow=30:70:10"));
    GridEditor *grid = m_window->gridEditor();
    QCOMPARE(grid->axesText(), QStringLiteral("fast=5:25:5 slow=30:70:10"));
    QVERIFY(grid->includeBox(QStringLiteral("fast"))->isChecked());
    QVERIFY(!grid->includeBox(QStringLiteral("short"))->isChecked());
    QCOMPARE(grid->pointCount(), std::size_t(25));

    // Another strategy has its own: EMA crossover has none yet, so nothing is on its grid.
    QVERIFY(m_panel->setStrategy(QStringLiteral("ema_cross")));
    QCOMPARE(grid->axesText(), QString());
    grid->includeBox(QStringLiteral("fast"))->setChecked(true);
    // EMA fast 12: 12/2/5 = 1.2 → 1 → 7..17 by 1.
    QCOMPARE(grid->axesText(), QStringLiteral("fast=7:17:1"));
    QVERIFY(m_panel->setStrategy(QStringLiteral("sma_cross")));
    QCOMPARE(grid->axesText(), QStringLiteral("fast=5:25:5 slow=30:70:10"));
}

void TestBacktestOptimizer::heatmapMarksTheBestCell()
{
    QVERIFY(m_grid);
    m_window->showOutcome(m_grid);
    ObjectiveHeatmap *heatmap = m_window->heatmap();
    QCOMPARE(m_window->heatmapXBox()->currentText(), QStringLiteral("fast"));
    QCOMPARE(m_window->heatmapYBox()->currentText(), QStringLiteral("slow"));
    const backtest::ObjectiveSurface &s = heatmap->surface();
    QCOMPARE(s.nx, std::size_t(5));
    QCOMPARE(s.ny, std::size_t(5));
    QVERIFY(heatmap->bestMarker()->visible());

    // Where the best point lies on the grid: fast = 5 + 5·x, slow = 30 + 10·y.
    const backtest::GridPointResult *best = m_grid->optimization->bestPoint();
    const std::size_t bx = std::size_t(std::lround((best->params.value(u"fast") - 5) / 5));
    const std::size_t by = std::size_t(std::lround((best->params.value(u"slow") - 30) / 10));
    // Every point was evaluated, so the surface is the objective itself at each cell.
    QCOMPARE(s.values[by * s.nx + bx], best->value);

    heatmap->replot();
    const QImage image = heatmap->grab().toImage();
    test::maybeSaveShot(heatmap, QStringLiteral("heatmap"));
    const QPointF centre = heatmap->cellCenter(bx, by);
    // The outline runs along the cell's edges, 0.46 cells from the centre (3 px wide).
    const double halfWidth = std::abs(heatmap->xAxis->coordToPixel(double(bx) + 0.46) - centre.x());
    const double halfHeight = std::abs(heatmap->yAxis->coordToPixel(double(by) + 0.46) - centre.y());
    const QPoint topEdge(int(std::lround(centre.x())), int(std::lround(centre.y() - halfHeight)));
    // Off the row's centre, where the value axis has its tick.
    const QPoint leftEdge(int(std::lround(centre.x() - halfWidth)), int(std::lround(centre.y() + halfHeight / 2)));
    const QColor marker = ObjectiveHeatmap::bestMarkerColor();
    QVERIFY2(nearColor(image.pixelColor(topEdge), marker, 40),
        qPrintable(image.pixelColor(topEdge).name() + QStringLiteral(" at top edge")));
    QVERIFY2(nearColor(image.pixelColor(leftEdge), marker, 40),
        qPrintable(image.pixelColor(leftEdge).name()
            + QStringLiteral(" at left edge (%1, %2), cell %3 %4")
                  .arg(leftEdge.x())
                  .arg(leftEdge.y())
                  .arg(bx)
                  .arg(by)));
    // The cell's inside has the gradient's colour of its value, not the marker's.
    const QColor inside = image.pixelColor(centre.toPoint());
    const QColor expected
        = QColor::fromRgb(heatmap->colorMap()->gradient().color(best->value, heatmap->colorMap()->dataRange(), false));
    QVERIFY2(nearColor(inside, expected, 6), qPrintable(inside.name() + QStringLiteral(" vs ") + expected.name()));
    // Another cell: no marker on its edge.
    const std::size_t ox = bx == 0 ? 4 : 0;
    const QPointF other = heatmap->cellCenter(ox, by);
    const QColor otherEdge = image.pixelColor(int(std::lround(other.x())), int(std::lround(other.y() - halfHeight)));
    QVERIFY2(!nearColor(otherEdge, marker, 40), qPrintable(otherEdge.name()));
    QVERIFY(heatmap->xAxis->label().contains(QStringLiteral("fast")));
    QCOMPARE(heatmap->colorScale()->axis()->label(), QStringLiteral("Sharpe ratio"));

    // A single-parameter grid has no heatmap, and says so.
    backtest::OptimizationResult one = *m_grid->optimization;
    one.grid.axes.resize(1);
    auto outcome = std::make_shared<BacktestOutcome>(*m_grid);
    outcome->optimization = one;
    m_window->showOutcome(outcome);
    QVERIFY(!heatmap->colorMap()->visible());
}

void TestBacktestOptimizer::deflatedSharpeBanner_data()
{
    QTest::addColumn<double>("probability");
    QTest::addColumn<bool>("significant");
    QTest::addColumn<QString>("expected");
    QTest::newRow("luck") << 0.42 << false << QStringLiteral("Warning: the best point is probably luck.");
    QTest::newRow("skill") << 0.97 << true << QStringLiteral("the optimum is unlikely to be luck");
}

void TestBacktestOptimizer::deflatedSharpeBanner()
{
    QFETCH(double, probability);
    QFETCH(bool, significant);
    QFETCH(QString, expected);
    // A result as core reports it; the banner only words it.
    auto outcome = std::make_shared<BacktestOutcome>();
    backtest::OptimizationResult r;
    r.valid = true;
    r.strategy = QStringLiteral("sma_cross");
    r.gridSize = 3;
    for (int i = 0; i < 3; ++i) {
        backtest::GridPointResult p;
        p.index = std::size_t(i);
        p.value = 0.1 * i;
        r.results.push_back(p);
    }
    r.best = 2;
    r.deflatedSharpe.valid = true;
    r.deflatedSharpe.trials = 3;
    r.deflatedSharpe.probability = probability;
    r.deflatedSharpe.significant = significant;
    r.deflatedSharpe.confidence = 0.95;
    r.deflatedSharpe.sharpe = 0.05;
    r.deflatedSharpe.expectedMaxSharpe = 0.04;
    outcome->optimization = r;
    m_window->showOutcome(outcome);
    const QString text = m_window->deflatedSharpeLabel()->text();
    QVERIFY2(text.contains(expected), qPrintable(text));
    QVERIFY(text.contains(QLocale().toString(probability, 'f', 3)));
    QCOMPARE(m_window->deflatedSharpeLabel()->styleSheet(), bannerStyle(significant ? Tone::Good : Tone::Bad));
    QVERIFY(bannerStyle(Tone::Good) != bannerStyle(Tone::Bad));
    test::maybeSaveShot(
        m_window->deflatedSharpeLabel(), QStringLiteral("dsr-") + QString::fromLatin1(QTest::currentDataTag()));
}

void TestBacktestOptimizer::walkForwardShowsFolds()
{
    QVERIFY(m_window->gridEditor()->setAxis(QStringLiteral("fast"), 5, 15, 5));
    QVERIFY(m_window->gridEditor()->setAxis(QStringLiteral("slow"), 30, 50, 10));
    m_window->inSampleBox()->setValue(250);
    m_window->outOfSampleBox()->setValue(100);
    QTest::mouseClick(m_window->runWalkForwardButton(), Qt::LeftButton);
    const BacktestOutcomePtr outcome = waitForOutcome(*m_window);
    QVERIFY(outcome);
    QVERIFY2(outcome->walkForward, qPrintable(outcome->error.message));
    const backtest::WalkForwardResult &r = *outcome->walkForward;
    // 700 bars, in-sample 250, out-of-sample 100: out-of-sample windows start at 250, 350,
    // 450, 550, 650 (the last one 50 bars long) → 5 folds and 450 stitched bars.
    QCOMPARE(r.folds.size(), std::size_t(5));
    QCOMPARE(r.days.size(), std::size_t(450));
    WalkForwardView *view = m_window->walkForwardView();
    QCOMPARE(view->foldModel()->rowCount(), 5);
    QCOMPARE(view->foldView()->model()->index(0, WalkForwardFoldModel::OutOfSampleColumn).data().toString(),
        QStringLiteral("%1 \u2013 %2")
            .arg(toDate(outcome->dataDays[250]).toString(Qt::ISODate),
                toDate(outcome->dataDays[349]).toString(Qt::ISODate)));
    QVERIFY(view->summaryLabel()->text().contains(QStringLiteral("Walk-forward efficiency")));
    QCOMPARE(view->equityChart()->strategyGraph()->dataCount(), 450);
    QCOMPARE(view->equityChart()->benchmarkGraph()->dataCount(), 450);
    // Rolling: each in-sample window is the 250 bars before its out-of-sample window.
    QCOMPARE(r.folds[2].inSampleFirst, std::size_t(200));
    QCOMPARE(r.folds[2].inSampleLast, std::size_t(450));
    test::maybeSaveShot(m_window.get(), QStringLiteral("optimizer-walkforward"));

    // Anchored: every in-sample window starts at the first bar.
    m_window->anchoredBox()->setChecked(true);
    QVERIFY(m_window->runWalkForward());
    const BacktestOutcomePtr anchored = waitForOutcome(*m_window);
    QVERIFY(anchored && anchored->walkForward);
    QVERIFY(anchored->walkForward->folds.size() > 1);
    for (const backtest::WalkForwardFold &f : anchored->walkForward->folds)
        QCOMPARE(f.inSampleFirst, std::size_t(0));

    const QString folds = m_dir.filePath(QStringLiteral("folds.csv"));
    QVERIFY(view->exportFoldsCsv(folds).ok());
    QCOMPARE(test::fileLines(folds).size(), 6);
    const QString equity = m_dir.filePath(QStringLiteral("wf-equity.csv"));
    QVERIFY(view->exportEquityCsv(equity).ok());
    QCOMPARE(test::fileLines(equity).size(), 451);
    const QString png = m_dir.filePath(QStringLiteral("wf.png"));
    QVERIFY(view->exportEquityPng(png).ok());
    QVERIFY(!QImage(png).isNull());
}

// Issue 12, defect 12: the heatmap's placeholder was one line wider than a narrow heatmap and
// lost its first and last letters at the plot's edges.
void TestBacktestOptimizer::heatmapMessageFitsItsWidth()
{
    ObjectiveHeatmap heatmap;
    heatmap.resize(330, 300);
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    heatmap.showMessage(QStringLiteral("Run a grid search over two or more parameters to see the heatmap."));
    heatmap.replot();
    QCPItemText *message = heatmap.messageItem();
    const QRect plot = heatmap.axisRect()->rect();
    const double left = message->topLeft->pixelPosition().x();
    const double right = message->topRight->pixelPosition().x();
    QVERIFY2(left >= plot.left() && right <= plot.right() + 1,
        qPrintable(QStringLiteral("text %1..%2 in %3..%4").arg(left).arg(right).arg(plot.left()).arg(plot.right())));
    // Every word is still there, only broken into lines.
    QCOMPARE(message->text().split(QLatin1Char('\n')).join(QLatin1Char(' ')),
        QStringLiteral("Run a grid search over two or more parameters to see the heatmap."));
    QVERIFY(message->text().contains(QLatin1Char('\n')));
    test::maybeSaveShot(&heatmap, QStringLiteral("heatmap-message"));
}

void TestBacktestOptimizer::heatmapTickLabelsStandApart_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("all");
    // fast 10..30 step 2 (11 values): about 14 px a cell at 260 px, where "10" "12" ... ran
    // together ("101214161820..."); at 1200 px every value keeps its label.
    QTest::newRow("260 px") << 260 << false;
    QTest::newRow("1200 px") << 1200 << true;
}

void TestBacktestOptimizer::heatmapTickLabelsStandApart()
{
    QFETCH(int, width);
    QFETCH(bool, all);
    const strategy::StrategyDescriptor *sma = strategy::StrategyRegistry::builtIn().find(u"sma_cross");
    QVERIFY(sma && sma->params.size() >= 2);
    backtest::ObjectiveSurface surface;
    for (int v = 10; v <= 30; v += 2)
        surface.xValues.push_back(v);
    for (int v = 25; v <= 75; v += 5)
        surface.yValues.push_back(v);
    surface.nx = surface.xValues.size();
    surface.ny = surface.yValues.size();
    for (std::size_t i = 0; i < surface.nx * surface.ny; ++i)
        surface.values.push_back(double(i % 7));
    ObjectiveHeatmap heatmap;
    heatmap.resize(width, 320);
    heatmap.show();
    QVERIFY(QTest::qWaitForWindowExposed(&heatmap));
    heatmap.setSurface(surface, sma->params[0], sma->params[1], QStringLiteral("Sharpe ratio"), std::nullopt);
    QCoreApplication::processEvents(); // the replot queued once the labels were thinned to the size
    heatmap.replot();
    test::maybeSaveShot(&heatmap, QStringLiteral("heatmap-%1").arg(width));
    const auto ticker = qSharedPointerCast<QCPAxisTickerText>(heatmap.xAxis->ticker());
    QVERIFY(ticker);
    const QMap<double, QString> ticks = ticker->ticks();
    QVERIFY(ticks.size() >= 2);
    QCOMPARE(ticks.size() == int(surface.nx), all);
    const QFontMetrics metrics(heatmap.xAxis->tickLabelFont());
    int checked = 0;
    for (auto it = ticks.cbegin(), next = std::next(it); next != ticks.cend(); ++it, ++next) {
        const double gap = heatmap.xAxis->coordToPixel(next.key()) - heatmap.xAxis->coordToPixel(it.key());
        const double halves = (metrics.horizontalAdvance(it.value()) + metrics.horizontalAdvance(next.value())) / 2.0;
        QVERIFY2(gap > halves + 2, qPrintable(QStringLiteral("%1 and %2: %3 px apart, %4 px of text")
                                                  .arg(it.value(), next.value()).arg(gap).arg(halves)));
        ++checked;
    }
    QCOMPARE(checked, ticks.size() - 1);
}

void TestBacktestOptimizer::foldLabelsDoNotOverlap_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("all");
    // 34 folds over 700 bars: some 15 px apart at 600 px, so labels must go; at 3000 px every
    // fold has some 80 px and keeps its label.
    QTest::newRow("600 px") << 600 << false;
    QTest::newRow("3000 px") << 3000 << true;
}

// Issue 12, defect 12: walk-forward fold labels F10–F34 were drawn over each other.
void TestBacktestOptimizer::foldLabelsDoNotOverlap()
{
    QFETCH(int, width);
    QFETCH(bool, all);
    EquityChart chart;
    EquityCurves curves;
    const BarSeries wave = test::trendWaveSeries(test::kWaveBars, QStringLiteral("WAVE"));
    curves.days = wave.day;
    curves.equity = wave.close;
    curves.drawdown.assign(wave.day.size(), 0.0);
    chart.setCurves(curves);
    for (int k = 0; k < 34; ++k)
        chart.addDayMarker(wave.day[std::size_t(20 + 20 * k)], QStringLiteral("F%1").arg(k + 1));
    chart.resize(width, 400);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.replot();
    const std::vector<QCPItemText *> &labels = chart.dayMarkerLabels();
    QCOMPARE(labels.size(), std::size_t(34));
    QVERIFY(labels.front()->visible()); // F1 always
    // Labels stand under the curves (a lower layer), where the curve runs through their place.
    QVERIFY(chart.graphCount() > 0);
    for (QCPItemText *label : labels)
        QVERIFY2(label->layer()->index() < chart.graph(0)->layer()->index(), qPrintable(label->text()));
    int shown = 0;
    double lastRight = -1e9;
    for (QCPItemText *label : labels) {
        if (!label->visible())
            continue;
        ++shown;
        const double left = label->topLeft->pixelPosition().x();
        QVERIFY2(left > lastRight, qPrintable(label->text() + QStringLiteral(" overlaps the label before it")));
        lastRight = label->topRight->pixelPosition().x();
    }
    if (all)
        QCOMPARE(shown, 34);
    else
        QVERIFY2(shown >= 8 && shown < 34, qPrintable(QString::number(shown)));
    test::maybeSaveShot(&chart, QStringLiteral("fold-labels-%1").arg(width));
}

void TestBacktestOptimizer::exportsWriteFiles()
{
    QVERIFY(m_grid);
    m_window->showOutcome(m_grid);
    const QString csv = m_dir.filePath(QStringLiteral("grid.csv"));
    QVERIFY(m_window->exportResultsCsv(csv).ok());
    const QStringList lines = test::fileLines(csv);
    QCOMPARE(lines.size(), 26);
    QVERIFY(lines.value(0).startsWith(QStringLiteral("Point,fast,slow,Objective (Sharpe ratio),Sharpe,")));
    const QString png = m_dir.filePath(QStringLiteral("heatmap.png"));
    QVERIFY(m_window->exportHeatmapPng(png).ok());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 700);
}

void TestBacktestOptimizer::backtestSelectedRunsInThePanel()
{
    QVERIFY(m_grid);
    m_window->showOutcome(m_grid);
    // Row 0 is the best point (sorted by the objective).
    m_window->resultsView()->selectRow(0);
    QSignalSpy ran(m_panel.get(), &StrategyPanel::resultReady);
    m_window->backtestSelected();
    QVERIFY(ran.wait(60000));
    const auto outcome = ran.at(0).at(0).value<BacktestOutcomePtr>();
    QVERIFY(outcome->backtest);
    const backtest::GridPointResult *best = m_grid->optimization->bestPoint();
    QCOMPARE(outcome->backtest->params.value(u"fast"), best->params.value(u"fast"));
    QCOMPARE(outcome->backtest->params.value(u"slow"), best->params.value(u"slow"));
    // The same parameters on the same data give the same Sharpe ratio as in the grid.
    QCOMPARE(outcome->backtest->performance.sharpe, best->performance.sharpe);
}

QTEST_MAIN(TestBacktestOptimizer)
#include "tst_backtestoptimizer.moc"
