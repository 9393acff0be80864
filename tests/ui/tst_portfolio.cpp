// The Scanner's Portfolio Backtest tab: live errors in the rank; a top-5 book over the sample
// universe run on a worker thread whose figures are core's runPortfolio for the same request
// (what `rutile-cli portfolio` runs), the statistics, holdings and trades shown from it, the
// equity curve drawn; the settings form is the ParamSpecs'; Cancel stops a run.

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "backtest/ConfigParams.h"
#include "backtest/EquityChart.h"
#include "backtest/TradeTableModel.h"
#include "import/SampleWorkspace.h"
#include "params/ParamForm.h"
#include "risk/BenchmarkChoice.h"
#include "scan/PortfolioHoldingsModel.h"
#include "scan/PortfolioPanel.h"
#include "scan/ScannerWindow.h"
#include "storage/Workspace.h"
#include "TableCsvExport.h"
#include "strategy/RuleEditor.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rutile;
using namespace rutile::ui;

namespace {

constexpr int kUniverse = 16;

// The row of the statistics table labelled `label`, or -1.
int metricRow(const QStandardItemModel *m, const QString &label)
{
    for (int r = 0; r < m->rowCount(); ++r) {
        if (m->item(r, 0)->text() == label)
            return r;
    }
    return -1;
}

double metric(const QStandardItemModel *m, const QString &label, int column = 1)
{
    const int row = metricRow(m, label);
    return row < 0 ? std::nan("") : m->item(row, column)->data(kExportRole).toDouble();
}

} // namespace

class TestPortfolioPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    PortfolioPanel *openPortfolio(MainWindow &main)
    {
        QAction *action = main.findChild<QAction *>(QStringLiteral("scannerAction"));
        if (!action)
            return nullptr;
        action->trigger();
        auto *scanner = main.findChild<ScannerWindow *>();
        if (!scanner)
            return nullptr;
        scanner->showPage(1);
        return scanner->portfolio();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sample.rutile"));
        auto ws = Workspace::open(m_path);
        QVERIFY(ws && populateSampleWorkspace(**ws, kUniverse).ok());
    }

    void topFiveOfTheUniverse()
    {
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(m_path).ok());
        main.show();
        PortfolioPanel *panel = openPortfolio(main);
        QVERIFY(panel);
        QVERIFY(QTest::qWaitForWindowExposed(panel->window()));
        QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("portfolioListBox"))->currentText(),
                 QString::fromLatin1(kSampleUniverseList));

        // Live errors in the rank, underlined where typed; no run with them.
        auto *rank = panel->findChild<RuleEditor *>(QStringLiteral("rankEditor"));
        rank->setText(QStringLiteral("change(close, 20) / reff(close, 20)"));
        QTRY_VERIFY(rank->isUnderlined(1, 21));
        auto *problem = panel->findChild<QLabel *>(QStringLiteral("portfolioProblem"));
        QVERIFY(problem->text().startsWith(QStringLiteral("Rank:")));
        QVERIFY(!panel->run());

        // The form is the ParamSpecs of `rutile-cli portfolio`: top 5, weekly, 0.1 % commission.
        panel->setRank(QStringLiteral("change(close, 20) / ref(close, 20)"));
        panel->setFilter(QStringLiteral("close > sma(close, 50)"));
        QVERIFY(problem->text().isEmpty());
        QCOMPARE(panel->settingsForm()->specs(), scan::portfolioParamSpecs());
        ParamValues settings = panel->settingsForm()->values();
        settings.set(QStringLiteral("top"), 5);
        settings.set(QStringLiteral("rebalance"), 1);
        panel->settingsForm()->setValues(settings);
        ParamValues costs = panel->costsForm()->values();
        costs.set(QStringLiteral("commission_pct"), 0.1);
        panel->costsForm()->setValues(costs);
        QVERIFY(panel->run());
        panel->waitForFinished();
        QTRY_VERIFY(!panel->document().isEmpty());

        // The same request through core, as the CLI makes it.
        scan::PortfolioRequest request;
        auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
        request.symbols = (*ws)->watchlist(QString::fromLatin1(kSampleUniverseList)).value();
        request.rank = scan::compileScanExpression(QStringLiteral("change(close, 20) / ref(close, 20)")).value();
        request.filter = scan::compileScanExpression(QStringLiteral("close > sma(close, 50)")).value();
        request.settings.top = 5;
        request.settings.rebalance = scan::RebalancePeriod::Weekly;
        request.config.commission = backtest::PercentCommissionParams{0.001};
        request.benchmark = risk::defaultBenchmark(**ws).value_or(QString());
        QVERIFY(!request.benchmark.isEmpty());
        const auto expected = scan::runPortfolio(m_path, request);
        QVERIFY(expected.ok());
        QVERIFY(expected->tradeStats.trades > 50);
        QCOMPARE(panel->document().value(QStringLiteral("final_equity")).toDouble(), expected->performance.finalEquity);
        QCOMPARE(panel->document().value(QStringLiteral("benchmark")).toString(), request.benchmark);

        const QStandardItemModel *metrics = panel->metrics();
        QCOMPARE(metric(metrics, QStringLiteral("Final equity")), expected->performance.finalEquity);
        QCOMPARE(metric(metrics, QStringLiteral("Sharpe ratio")), expected->performance.sharpe);
        QCOMPARE(metric(metrics, QStringLiteral("Maximum drawdown")), expected->performance.maxDrawdown);
        QCOMPARE(metric(metrics, QStringLiteral("Total return"), 2), expected->benchmarkHeld.totalReturn);
        QCOMPARE(metric(metrics, QStringLiteral("Round trips")), double(expected->tradeStats.trades));
        QVERIFY(metricRow(metrics, QStringLiteral("Daily VaR 5% (historical)")) >= 0);
        // The EVT stress value is a return like the VaR beside it: a loss is negative, and
        // deeper than the VaR (a 1 % tail beyond a 5 % one).
        QVERIFY(expected->risk.has_value());
        const double stress = metric(metrics, QStringLiteral("EVT stress value (p = 1%)"));
        QCOMPARE(stress, expected->risk->left.pot.stressReturn);
        QVERIFY2(stress < metric(metrics, QStringLiteral("Daily VaR 5% (historical)")) && stress < 0,
                 qPrintable(QString::number(stress)));

        std::size_t holdings = 0;
        for (const scan::PortfolioSnapshot &s : expected->snapshots)
            holdings += s.holdings.size();
        QVERIFY(holdings > 0);
        QCOMPARE(std::size_t(panel->holdings()->rowCount()), holdings);
        QCOMPARE(panel->trades()->trades().size(), expected->trades.size());
        QCOMPARE(panel->holdings()->symbolAt(0), expected->symbols[expected->snapshots.front().holdings.front().position]);

        // The curve is the core's, and drawn: the equity pane has the strategy's blue ink.
        EquityChart *chart = panel->equityChart();
        QCOMPARE(chart->strategyGraph()->data()->size(), int(expected->equity.size()));
        QCOMPARE(chart->strategyGraph()->data()->at(chart->strategyGraph()->data()->size() - 1)->value,
                 expected->equity.back());
        QVERIFY(chart->benchmarkGraph()->data()->size() > 0);
        const QImage image = chart->grab().toImage();
        const QColor ink = chart->strategyGraph()->pen().color();
        int inked = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                inked += std::abs(c.red() - ink.red()) + std::abs(c.green() - ink.green()) + std::abs(c.blue() - ink.blue()) < 40;
            }
        }
        QVERIFY2(inked > 100, qPrintable(QStringLiteral("%1 pixels of the equity colour").arg(inked)));
        test::maybeSaveShot(panel->window(), QStringLiteral("portfolio-equity"));
        panel->resultTabs()->setCurrentIndex(1);
        test::maybeSaveShot(panel->window(), QStringLiteral("portfolio-statistics"));
        panel->resultTabs()->setCurrentIndex(2);
        test::maybeSaveShot(panel->window(), QStringLiteral("portfolio-holdings"));
    }

    void cancelStopsARun()
    {
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(m_path).ok());
        PortfolioPanel *panel = openPortfolio(main);
        QVERIFY(panel);
        QVERIFY(panel->run());
        panel->cancel();
        panel->waitForFinished();
        QTRY_VERIFY(!panel->isRunning());
        // A cancel that came after the last step lets the run finish: either is honest.
        QTRY_VERIFY(panel->statusText() == QStringLiteral("Cancelled.") || !panel->document().isEmpty());
    }
};

QTEST_MAIN(TestPortfolioPanel)
#include "tst_portfolio.moc"
