// The run journal and reports in the GUI (issue 18): a backtest and a grid search run through
// the strategy panel's job are journaled with their entries; Analysis > Run Journal lists them,
// filters by kind, symbol, strategy and date, shows a run's details, opens its report (charts
// drawn), compares two runs with the differing rows marked, runs one again (same data: same
// fingerprint and results; a revised bar: flagged; an ML evaluation too), and exports its report
// (qpdf --check passes on every PDF written here). The backtest
// results, the optimiser's outcome and the risk dashboard export reports too.

#include "BacktestTestSupport.h"
#include "UiTestSupport.h"

#include "DateRangeFilter.h"
#include "MainWindow.h"
#include "TableCsvExport.h"
#include "backtest/BacktestJob.h"
#include "backtest/BacktestRunner.h"
#include "backtest/BacktestResultsView.h"
#include "backtest/ConfigParams.h"
#include "journal/JournalWindow.h"
#include "journal/ReportBrowser.h"
#include "journal/RunComparisonDialog.h"
#include "journal/RunEntries.h"
#include "journal/RunTableModel.h"
#include "ml/EvaluationOutput.h"
#include "report/ReportWriters.h"
#include "risk/RiskDashboard.h"
#include "strategy/StrategyRegistry.h"

#include <QAction>
#include <QComboBox>
#include <QScopeGuard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QAbstractTextDocumentLayout>
#include <QTextBrowser>

#include <sqlite3.h>

#include <algorithm>

using namespace rutile;
using namespace rutile::ui;

namespace {

BacktestJob waveJob(const QString &path, BacktestJob::Kind kind)
{
    BacktestJob job;
    job.kind = kind;
    job.workspacePath = path;
    job.data.symbol = QStringLiteral("WAVE");
    job.data.benchmark = QStringLiteral("BENCH");
    job.strategy = QStringLiteral("sma_cross");
    job.params = ParamValues{{QStringLiteral("fast"), 10}, {QStringLiteral("slow"), 40}};
    if (kind != BacktestJob::Kind::Backtest) {
        const auto *d = strategy::StrategyRegistry::builtIn().find(job.strategy);
        job.grid.base = job.params;
        job.grid.axes.push_back(*backtest::GridAxis::range(d->params[0], 5, 15, 5));
        job.grid.axes.push_back(*backtest::GridAxis::range(d->params[1], 30, 50, 10));
    }
    return job;
}

/// qpdf --check on a PDF the test wrote: every report the tests write must pass it.
bool qpdfAccepts(const QString &pdf)
{
    QProcess qpdf;
    qpdf.start(QStringLiteral(RUTILE_QPDF), {QStringLiteral("--check"), pdf});
    return qpdf.waitForFinished(60000) && qpdf.exitStatus() == QProcess::NormalExit && qpdf.exitCode() == 0;
}

QByteArray head(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

} // namespace

class TestJournal : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_backtestId = 0;
    qint64 m_gridId = 0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("w.rutile"));
        test::writeBacktestWorkspace(m_path);
    }

    void jobsAreJournaled()
    {
        const BacktestOutcome bt = runBacktestJob(waveJob(m_path, BacktestJob::Kind::Backtest));
        QVERIFY2(bt.backtest, qPrintable(bt.error.toString()));
        QVERIFY(bt.entry);
        QVERIFY(bt.journalWarning.isEmpty());
        QCOMPARE(bt.entry->id, 1);
        m_backtestId = bt.entry->id;
        QCOMPARE(bt.entry->summary.value(QStringLiteral("trades")).toInt(), bt.backtest->tradeStats.trades);
        QCOMPARE(bt.entry->summary.value(QStringLiteral("cagr")).toDouble(), bt.backtest->performance.cagr);

        const BacktestOutcome grid = runBacktestJob(waveJob(m_path, BacktestJob::Kind::Optimization));
        QVERIFY(grid.optimization && grid.entry);
        m_gridId = grid.entry->id;
        QCOMPARE(m_gridId, 2);
        const QJsonObject bestRun = journal::resultsJson(*grid.entry).value(QStringLiteral("best_run")).toObject();
        QCOMPARE(bestRun.value(QStringLiteral("params")).toObject(),
                 grid.entry->summary.value(QStringLiteral("best")).toObject().value(QStringLiteral("params")).toObject());

        // A read-only workspace still runs, with the reason it was not journaled.
        const QString readOnly = m_dir.filePath(QStringLiteral("ro.rutile"));
        QVERIFY(QFile::copy(m_path, readOnly));
        QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner));
        const BacktestOutcome ro = runBacktestJob(waveJob(readOnly, BacktestJob::Kind::Backtest));
        QVERIFY(ro.backtest && ro.entry);
        QCOMPARE(ro.entry->id, 0);
        QVERIFY2(ro.journalWarning.contains(QStringLiteral("read-only")), qPrintable(ro.journalWarning));
    }

    void listsFiltersAndDetails()
    {
        JournalWindow window(m_path);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.model()->rowCount(), 2);
        QCOMPARE(window.proxy()->rowCount(), 2);
        // Newest first; the first row selected and described.
        QCOMPARE(window.proxy()->index(0, RunTableModel::Id).data().toLongLong(), m_gridId);
        QVERIFY(window.details()->toPlainText().contains(QStringLiteral("Run #%1").arg(m_gridId)));
        // A grid's results by their titles: the objective by its name, the deflated Sharpe ratio's
        // figures titled and in percent where they are probabilities, not as keys.
        const QString gridDetails = window.details()->toPlainText();
        QVERIFY2(gridDetails.contains(QStringLiteral("Objective\nSharpe ratio")), qPrintable(gridDetails));
        QVERIFY2(gridDetails.contains(QStringLiteral("Probability that the best is skill: ")), qPrintable(gridDetails));
        QVERIFY2(gridDetails.contains(QStringLiteral("Confidence required: 95.00%")), qPrintable(gridDetails));
        QVERIFY2(!gridDetails.contains(QStringLiteral("expected_max_sharpe")), qPrintable(gridDetails));
        // The backtest's figures read as a trader reads them: CAGR in percent.
        window.view()->clearSelection();
        QVERIFY(window.selectRun(m_backtestId));
        const double cagr = window.selectedRuns().front().summary.value(QStringLiteral("cagr")).toDouble();
        // Titled as the app titles it, not by its key (cagr).
        const QString expected = QStringLiteral("CAGR\n") + QString::number(cagr * 100, 'f', 2) + QLatin1Char('%');
        QVERIFY2(window.details()->toPlainText().contains(expected), qPrintable(window.details()->toPlainText().left(400)));
        QVERIFY(window.proxy()->index(1, RunTableModel::Result).data().toString().startsWith(QStringLiteral("CAGR ")));
        // Engine settings a line each, by their form labels and a choice by its label.
        const auto settings = backtest::configParamSpecs();
        const auto fill = std::find_if(settings.begin(), settings.end(),
                                       [](const ParamSpec &s) { return s.name == QLatin1String("fill"); });
        QVERIFY(fill != settings.end() && fill->choices.contains(QStringLiteral("next_open")));
        const QString nextOpen = fill->choiceLabel(int(fill->choices.indexOf(QStringLiteral("next_open"))));
        QVERIFY2(window.details()->toPlainText().contains(QString(fill->label + QStringLiteral(": ") + nextOpen)),
                 qPrintable(window.details()->toPlainText()));
        QVERIFY(!window.details()->toPlainText().contains(QStringLiteral("fill=")));
        QVERIFY(window.details()->toPlainText().contains(QStringLiteral("fast = 10")));
        QCOMPARE(window.proxy()->index(1, RunTableModel::Params).data().toString(), QStringLiteral("fast=10 short=false slow=40"));
        // Kinds as the menus name them, not the journal's keys; inputs with nothing to say
        // (no pair was given) have no row.
        QCOMPARE(window.proxy()->index(0, RunTableModel::Kind).data().toString(), QStringLiteral("Grid search"));
        // The grid's objective as the optimiser names it, not its key (sharpe).
        const QString gridResult = window.proxy()->index(0, RunTableModel::Result).data().toString();
        QVERIFY2(gridResult.startsWith(QStringLiteral("best Sharpe ratio ")), qPrintable(gridResult));
        // The list exports as CSV like every table: one header line and a line a run.
        bool exportable = false;
        for (QAction *action : window.view()->actions())
            exportable = exportable || action->text().startsWith(QStringLiteral("Export as CSV"));
        QVERIFY(exportable);
        const QStringList csv = ui::tableToCsv(*window.view()->model()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(csv.size(), 3);
        QVERIFY2(csv.front().startsWith(window.model()->headerData(0, Qt::Horizontal).toString()), qPrintable(csv.front()));
        QCOMPARE(window.proxy()->index(1, RunTableModel::Kind).data().toString(), QStringLiteral("Backtest"));
        QCOMPARE(window.selectedRuns().front().inputs.value(QStringLiteral("pair")).toString(), QString());
        QVERIFY(window.details()->toPlainText().contains(QStringLiteral("Run #%1: Backtest").arg(m_backtestId)));
        QVERIFY2(!window.details()->toPlainText().contains(QStringLiteral("\npair\n")),
                 qPrintable(window.details()->toPlainText()));

        window.kindBox()->setCurrentIndex(window.kindBox()->findData(QStringLiteral("backtest")));
        QCOMPARE(window.proxy()->rowCount(), 1);
        // The grid run, selected before, is hidden: the run left is selected and described.
        QCOMPARE(window.selectedRuns().size(), std::size_t(1));
        QVERIFY(window.details()->toPlainText().contains(QStringLiteral("Run #%1").arg(m_backtestId)));
        window.kindBox()->setCurrentIndex(window.kindBox()->findData(QStringLiteral("optimize")));
        QCOMPARE(window.proxy()->rowCount(), 1);
        window.kindBox()->setCurrentIndex(0);
        window.symbolEdit()->setText(QStringLiteral("wav"));
        QCOMPARE(window.proxy()->rowCount(), 2);
        window.symbolEdit()->setText(QStringLiteral("BENCH"));
        QCOMPARE(window.proxy()->rowCount(), 0);
        window.symbolEdit()->clear();
        window.strategyEdit()->setText(QStringLiteral("ema"));
        QCOMPARE(window.proxy()->rowCount(), 0);
        window.strategyEdit()->clear();
        window.dateFilter()->setRange(QDate::currentDate().addDays(-400), QDate::currentDate().addDays(-300));
        QCOMPARE(window.proxy()->rowCount(), 0);
        window.dateFilter()->setRange(QDate::currentDate().addDays(-1), QDate::currentDate().addDays(1));
        QCOMPARE(window.proxy()->rowCount(), 2);
        test::maybeSaveShot(&window, QStringLiteral("journal"));
    }

    void opensAReportAndExportsIt()
    {
        JournalWindow window(m_path);
        window.show();
        QVERIFY(window.selectRun(m_backtestId));
        window.view()->clearSelection();
        QVERIFY(window.selectRun(m_backtestId));
        QWidget *results = window.openResults();
        QVERIFY(results);
        auto *browser = results->findChild<ReportBrowser *>();
        QVERIFY(browser);
        const QString text = browser->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Backtest report: sma_cross on WAVE")));
        QVERIFY(text.contains(QStringLiteral("Run #%1").arg(m_backtestId)) || text.contains(QStringLiteral("#%1").arg(m_backtestId)));
        QVERIFY(text.contains(QStringLiteral("Headline metrics")));
        results->resize(900, 860);
        QVERIFY(QTest::qWaitForWindowExposed(results));
        // The equity chart is drawn: its strategy line's blue is on the page.
        browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum() / 4);
        QTest::qWait(50);
        QVERIFY(test::inkOf(browser->viewport(), QColor(0x1f, 0x5f, 0xa8)) > 50);
        test::maybeSaveShot(results, QStringLiteral("journal-results"));
        // Each chart in a block of its own: no heading holds an image (a chart's height of blank).
        int headings = 0;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0)
                continue;
            ++headings;
            QVERIFY2(!block.text().contains(QChar::ObjectReplacementCharacter), qPrintable(block.text()));
            QVERIFY(browser->document()->documentLayout()->blockBoundingRect(block).height() < 60);
        }
        QVERIFY(headings >= 5);

        const QString pdf = m_dir.filePath(QStringLiteral("run.pdf"));
        const QString html = m_dir.filePath(QStringLiteral("run.html"));
        QVERIFY(window.exportReport(pdf).ok());
        QVERIFY(window.exportReport(html).ok());
        QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));
        QVERIFY(QFileInfo(pdf).size() > 20000);
        QVERIFY(qpdfAccepts(pdf));
        QVERIFY(head(html, 15) == QByteArray("<!DOCTYPE html>"));
    }

    void comparesTwoRuns()
    {
        JournalWindow window(m_path);
        window.show();
        window.view()->selectAll();
        QCOMPARE(window.selectedRuns().size(), std::size_t(2));
        auto *dialog = qobject_cast<RunComparisonDialog *>(window.compareSelected());
        QVERIFY(dialog);
        QTableWidget *table = dialog->table();
        // Rows titled as the app titles them: facts and results by their titles, engine settings
        // by their form labels; the kinds as the Kind column names them.
        int kindRow = -1, symbolRow = -1, commissionRow = -1, fillRow = -1;
        const auto spec = [](const char *name) {
            for (const ParamSpec &s : backtest::configParamSpecs())
                if (s.name == QLatin1String(name))
                    return s;
            return ParamSpec{};
        };
        const QString commission = spec("commission_pct").label;
        QVERIFY(!commission.isEmpty() && commission != QLatin1String("commission_pct"));
        const ParamSpec fill = spec("fill");
        QVERIFY(fill.choices.contains(QStringLiteral("next_open")));
        const QString nextOpen = fill.choiceLabel(int(fill.choices.indexOf(QStringLiteral("next_open"))));
        QVERIFY(nextOpen != QLatin1String("next_open"));
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 1)->text() == QLatin1String("Kind"))
                kindRow = r;
            if (table->item(r, 1)->text() == QLatin1String("Symbol"))
                symbolRow = r;
            if (table->item(r, 0)->text() == QLatin1String("Setting") && table->item(r, 1)->text() == commission)
                commissionRow = r;
            if (table->item(r, 0)->text() == QLatin1String("Setting") && table->item(r, 1)->text() == fill.label)
                fillRow = r;
        }
        QVERIFY(kindRow >= 0 && symbolRow >= 0 && commissionRow >= 0 && fillRow >= 0);
        QCOMPARE(table->item(fillRow, 2)->text(), nextOpen); // the default fill, by its label
        QCOMPARE(table->item(kindRow, 2)->text(), QStringLiteral("Grid search"));
        QCOMPARE(table->item(kindRow, 3)->text(), QStringLiteral("Backtest"));
        QVERIFY(table->item(kindRow, 2)->font().bold());   // differs: marked
        QVERIFY(!table->item(symbolRow, 2)->font().bold()); // the same symbol: not marked
        QVERIFY(dialog->differences() > 1);
        dialog->resize(820, 640);
        test::maybeSaveShot(dialog, QStringLiteral("journal-compare"));
        dialog->close();
    }

    void rerunsAndFlagsChangedData()
    {
        JournalWindow window(m_path);
        window.show();
        window.view()->clearSelection();
        QVERIFY(window.selectRun(m_backtestId));
        QSignalSpy finished(&window, &JournalWindow::rerunFinished);
        QVERIFY(window.rerunSelected());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toBool(), false); // the same bars
        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("Same data")), qPrintable(window.statusLabel()->text()));
        QVERIFY(window.statusLabel()->text().contains(QStringLiteral("Same results")));
        QCOMPARE(window.model()->rowCount(), 3);

        // One close of WAVE revised: the next re-run says the data changed.
        {
            auto ws = Workspace::open(m_path);
            QVERIFY(ws);
            auto bars = (*ws)->readBars(QStringLiteral("WAVE"));
            QVERIFY(bars);
            BarSeries revised = *bars;
            revised.close[300] *= 1.01;
            revised.adjClose[300] = revised.close[300];
            revised.high[300] = std::max(revised.high[300], revised.close[300]);
            QVERIFY((*ws)->storeSeries(revised, {QStringLiteral("revised"), false}));
        }
        window.view()->clearSelection();
        QVERIFY(window.selectRun(m_backtestId));
        QVERIFY(window.rerunSelected());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(1).at(1).toBool(), true);
        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("The data changed since")),
                 qPrintable(window.statusLabel()->text()));
        QCOMPARE(window.model()->rowCount(), 4);
        window.resize(1280, 800);
        test::maybeSaveShot(&window, QStringLiteral("journal-rerun"));
    }

    void rerunsAnMlEvaluation()
    {
        // An evaluation journaled as the ML Lab journals it, then run again from the journal.
        ml::EvaluationRequest request;
        request.features = {QStringLiteral("ret:1"), QStringLiteral("ret:5"), QStringLiteral("rsi:14")};
        request.modelParams = ParamValues{{QStringLiteral("trees"), 10}};
        auto workspace = Workspace::open(m_path, WorkspaceAccess::Read);
        QVERIFY(workspace);
        const auto bars = (*workspace)->readBars(QStringLiteral("WAVE"));
        QVERIFY(bars);
        const auto evaluation = ml::evaluate(*bars, request);
        QVERIFY(evaluation);
        const RunRecord entry = journal::mlEntry(request, *bars, {}, {}, ml::evaluationJson(*evaluation, request, QStringLiteral("WAVE")));
        const auto id = journal::journalRun(m_path, entry);
        QVERIFY(id);

        JournalWindow window(m_path);
        window.show();
        const int before = window.model()->rowCount();
        window.view()->clearSelection();
        QVERIFY(window.selectRun(*id));
        QSignalSpy finished(&window, &JournalWindow::rerunFinished);
        QVERIFY(window.rerunSelected());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY2(window.statusLabel()->text().contains(QStringLiteral("Same data")), qPrintable(window.statusLabel()->text()));
        QVERIFY(window.statusLabel()->text().contains(QStringLiteral("Same results"))); // seeded: the same model
        QCOMPARE(window.model()->rowCount(), before + 1);
        QCOMPARE(window.selectedRuns().front().kind, QStringLiteral("ml"));
    }

    void listsRunsJournaledElsewhere()
    {
        JournalWindow window(m_path);
        window.show();
        const int before = window.model()->rowCount();
        QVERIFY(before > 0);
        QVERIFY(window.selectRun(m_gridId));
        // Nothing new: nothing is listed again, so the status line stays.
        window.statusLabel()->setText(QStringLiteral("kept"));
        window.reloadIfChanged();
        QCOMPARE(window.statusLabel()->text(), QStringLiteral("kept"));

        // A run journaled by another window (or rutile-cli) is listed when the window is
        // next activated, and the selection stays.
        const BacktestOutcome other = runBacktestJob(waveJob(m_path, BacktestJob::Kind::Backtest));
        QVERIFY(other.entry && other.entry->id > 0);
        QCOMPARE(window.model()->rowCount(), before);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTRY_COMPARE(window.model()->rowCount(), before + 1);
        QCOMPARE(window.model()->runs().front().id, other.entry->id);
        QCOMPARE(window.selectedRuns().size(), std::size_t(1));
        QCOMPARE(window.selectedRuns().front().id, m_gridId);
    }

    void resultsDoNotWaitForTheJournal()
    {
        // Another connection holds the workspace's write lock, as a long import would: the
        // journal entry has to wait for it (up to SQLite's busy timeout), the results do not.
        sqlite3 *lock = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(m_path), &lock), SQLITE_OK);
        const auto release = qScopeGuard([&] { sqlite3_close(lock); });
        QCOMPARE(sqlite3_exec(lock, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        const std::size_t before = (*Workspace::open(m_path))->runs()->size();

        BacktestRunner runner;
        QSignalSpy finished(&runner, &BacktestRunner::finished);
        QSignalSpy journaled(&runner, &BacktestRunner::journaled);
        QVERIFY(runner.start(waveJob(m_path, BacktestJob::Kind::Optimization)));
        QVERIFY(finished.wait(60000));
        const auto shown = finished.at(0).at(0).value<BacktestOutcomePtr>();
        QVERIFY2(shown->optimization, qPrintable(shown->error.message));
        QVERIFY(!shown->entry);         // shown before its entry was written ...
        QCOMPARE(journaled.count(), 0); // ... which is still waiting for the lock
        QVERIFY(runner.isJournaling());
        QVERIFY(!runner.isRunning());
        // The next run starts meanwhile, and its results come too.
        QVERIFY(runner.start(waveJob(m_path, BacktestJob::Kind::Backtest)));
        QVERIFY(finished.wait(60000));
        const auto second = finished.at(1).at(0).value<BacktestOutcomePtr>();
        QVERIFY2(second->backtest, qPrintable(second->error.message));
        QCOMPARE(journaled.count(), 0);

        QCOMPARE(sqlite3_exec(lock, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        QTRY_COMPARE_WITH_TIMEOUT(journaled.count(), 2, 30000);
        const auto entered = journaled.at(0).at(0).value<BacktestOutcomePtr>();
        QCOMPARE(entered->run, shown->run); // entries in the order of the runs
        QCOMPARE(entered->optimization->results.size(), shown->optimization->results.size());
        QVERIFY2(entered->entry && entered->entry->id > 0, qPrintable(entered->journalWarning));
        const auto enteredSecond = journaled.at(1).at(0).value<BacktestOutcomePtr>();
        QCOMPARE(enteredSecond->run, second->run);
        QVERIFY2(enteredSecond->entry && enteredSecond->entry->id == entered->entry->id + 1,
                 qPrintable(enteredSecond->journalWarning));
        QVERIFY(!runner.isJournaling());
        const auto runs = (*Workspace::open(m_path))->runs();
        QCOMPARE(runs->size(), before + 2);
        QCOMPARE(runs->at(1).id, entered->entry->id);
        QCOMPARE(runs->at(1).kind, QStringLiteral("optimize"));
        QCOMPARE(runs->at(0).kind, QStringLiteral("backtest"));

        // A run that failed is not journaled: no journaled() after its finished().
        BacktestJob bad = waveJob(m_path, BacktestJob::Kind::Backtest);
        bad.data.symbol = QStringLiteral("NOPE");
        QVERIFY(runner.start(bad));
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.last().at(0).value<BacktestOutcomePtr>()->ok());
        runner.waitForFinished();
        QCOMPARE(journaled.count(), 2);
        QCOMPARE((*Workspace::open(m_path))->runs()->size(), before + 2);
    }

    void resultsOptimiserAndRiskExportReports()
    {
        // The backtest results view: title with the run id, Export > Report.
        auto outcome = std::make_shared<BacktestOutcome>(runBacktestJob(waveJob(m_path, BacktestJob::Kind::Backtest)));
        QVERIFY(outcome->entry && outcome->entry->id > 0);
        BacktestResultsView view;
        // Shown before its entry is written (BacktestRunner): no run number, no report yet.
        auto shown = std::make_shared<BacktestOutcome>(*outcome);
        shown->entry.reset();
        view.setOutcome(shown);
        QVERIFY(!view.titleLabel()->fullText().contains(QStringLiteral("run #")));
        QVERIFY(!view.reportAction()->isEnabled());
        // Another run's entry changes nothing; its own adds the number and the report.
        auto other = std::make_shared<BacktestOutcome>(*outcome);
        other->run = outcome->run + 1;
        view.setJournaled(other);
        QVERIFY(!view.titleLabel()->fullText().contains(QStringLiteral("run #")));
        view.setJournaled(outcome);
        QVERIFY(view.titleLabel()->fullText().contains(QStringLiteral("run #%1").arg(outcome->entry->id)));
        QVERIFY(view.reportAction()->isEnabled());
        const QString pdf = m_dir.filePath(QStringLiteral("view.pdf"));
        QVERIFY(view.exportReport(pdf).ok());
        QCOMPARE(head(pdf, 5), QByteArray("%PDF-"));
        QVERIFY(qpdfAccepts(pdf));

        // The risk dashboard of a symbol: its report holds the symbol's bars.
        RiskDashboard dashboard;
        QVERIFY(dashboard.setWorkspace(m_path).ok());
        QSignalSpy done(&dashboard, &RiskDashboard::finished);
        dashboard.showSymbol(QStringLiteral("WAVE"));
        QVERIFY(done.wait(30000));
        const QString html = m_dir.filePath(QStringLiteral("risk.html"));
        QVERIFY(dashboard.exportReport(html).ok());
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("Risk report: WAVE"));
        QVERIFY(bytes.contains("Expected shortfall"));
        QCOMPARE(bytes.count("data:image/png;base64,"), 3);
    }

    void menuActions()
    {
        MainWindow window;
        QVERIFY(test::showWaveWindow(window, m_path, QSize(1280, 800)));
        auto *journal = window.findChild<QAction *>(QStringLiteral("journalAction"));
        QVERIFY(journal);
        QCOMPARE(journal->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
        journal->trigger();
        auto *opened = window.findChild<JournalWindow *>();
        QVERIFY(opened);
        QVERIFY(opened->model()->rowCount() >= 4);
        QVERIFY(window.exportReportAction());
        QVERIFY(!window.exportReportAction()->isEnabled()); // no backtest run in this window yet
        opened->close();
    }
};

QTEST_MAIN(TestJournal)
#include "tst_journal.moc"
