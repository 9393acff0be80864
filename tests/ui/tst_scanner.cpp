// The Scanner window: live errors in the expression; a scan of the sample universe on a worker
// thread whose rows are worked out again here from the bars (the 20-bar change), ranked, sortable
// by number, with sparklines drawn; a double-click charts the symbol; a strategy scan whose rows
// are each symbol's own backtest, and with a grid each symbol's best point; the CSV export is the
// CLI's; Cancel stops a scan.

#include "MainWindow.h"
#include "UiTestSupport.h"
#include "backtest/BacktestData.h"
#include "backtest/Backtester.h"
#include "import/SampleWorkspace.h"
#include "scan/ScanOutput.h"
#include "scan/ScanResultsModel.h"
#include "scan/ScannerWindow.h"
#include "storage/Workspace.h"
#include "strategy/RuleEditor.h"
#include "strategy/StrategyRegistry.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QLocale>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace rutile;
using namespace rutile::ui;

namespace {

constexpr int kUniverse = 16;

QString cell(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

double number(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data(ScanResultsModel::kSortRole).toDouble();
}

} // namespace

class TestScanner : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    ScannerWindow *openScanner(MainWindow &main)
    {
        QAction *action = main.findChild<QAction *>(QStringLiteral("scannerAction"));
        if (!action)
            return nullptr;
        action->trigger();
        return main.findChild<ScannerWindow *>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("sample.rutile"));
        auto ws = Workspace::open(m_path);
        QVERIFY(ws && populateSampleWorkspace(**ws, kUniverse).ok());
    }

    void expressionScanOfTheUniverse()
    {
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(m_path).ok());
        main.show();
        ScannerWindow *scanner = openScanner(main);
        QVERIFY(scanner);
        QVERIFY(QTest::qWaitForWindowExposed(scanner));
        QCOMPARE(scanner->findChild<QComboBox *>(QStringLiteral("listBox"))->currentText(),
                 QString::fromLatin1(kSampleUniverseList));

        // Live errors: the unknown function is underlined where it was typed.
        auto *editor = scanner->findChild<RuleEditor *>(QStringLiteral("expressionEditor"));
        editor->setText(QStringLiteral("close > smaa(close, 3)"));
        QTRY_VERIFY(editor->isUnderlined(1, 9));
        auto *problem = scanner->findChild<QLabel *>(QStringLiteral("expressionProblem"));
        QVERIFY(problem->text().startsWith(QStringLiteral("Column 9:")));
        QVERIFY(!scanner->run());

        scanner->setExpression(QStringLiteral("change(close, 20) / ref(close, 20)"));
        QVERIFY(!editor->isUnderlined(1, 9));
        QVERIFY(scanner->run());
        scanner->waitForFinished();
        QTableView *table = scanner->table();
        const int rows = table->model()->rowCount();
        QVERIFY(rows >= 8);
        QVERIFY(scanner->statusText().contains(QStringLiteral("of %1 symbols evaluated").arg(kUniverse)));

        // Each row worked out again from the symbol's bars: close[n−1] / close[n−21] − 1.
        auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
        for (int r = 0; r < rows; ++r) {
            const auto bars = (*ws)->readBars(cell(table, r, 1));
            QVERIFY(bars && bars->size() > 21);
            const std::size_t n = bars->size();
            QCOMPARE(number(table, r, 4), bars->close[n - 1] / bars->close[n - 21] - 1);
            QCOMPARE(cell(table, r, 2), toDate(bars->day.back()).toString(Qt::ISODate));
            QCOMPARE(int(number(table, r, 0)), r + 1);
            if (r > 0)
                QVERIFY(number(table, r - 1, 4) >= number(table, r, 4));
        }

        // Sorting by the value's header, ascending: by number, not by text.
        table->sortByColumn(4, Qt::AscendingOrder);
        for (int r = 1; r < rows; ++r)
            QVERIFY(number(table, r - 1, 4) <= number(table, r, 4));

        // The sparklines are drawn: the column has green or red ink.
        const QRect spark = table->visualRect(table->model()->index(0, ScanResultsModel::kSparklineColumn));
        const QImage image = table->viewport()->grab(spark).toImage();
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                coloured += std::abs(c.red() - c.green()) > 60;
            }
        }
        QVERIFY2(coloured > 20, qPrintable(QString::number(coloured)));
        test::maybeSaveShot(scanner, QStringLiteral("scanner-expression"));

        // A double-click charts the symbol in the main window.
        const QString symbol = cell(table, 0, 1);
        const QPoint at = table->visualRect(table->model()->index(0, 1)).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at); // the press an item view's double-click needs
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(main.currentSymbol(), symbol);

        // The CSV is the CLI's: the request `scan SAMPLE-UNIVERSE --expr ... --csv` makes, run
        // here through core directly, written by the one scan writer.
        const QString csvPath = m_dir.filePath(QStringLiteral("scan.csv"));
        QVERIFY(scanner->exportCsv(csvPath).ok());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        scan::ScanRequest cli;
        cli.symbols = (*ws)->watchlist(QString::fromLatin1(kSampleUniverseList)).value();
        cli.expression = scan::compileScanExpression(QStringLiteral("change(close, 20) / ref(close, 20)")).value();
        const auto direct = scan::runScan(m_path, cli);
        QVERIFY(direct);
        QBuffer expected;
        QVERIFY(expected.open(QIODevice::WriteOnly));
        QVERIFY(scan::writeScanCsv(expected, scan::scanJson(*direct, cli, QString::fromLatin1(kSampleUniverseList))).ok());
        const QByteArray written = csv.readAll();
        QCOMPARE(written, expected.data());
        QVERIFY(written.startsWith("rank,symbol,date,value\n1,"));
        QCOMPARE(written.count('\n'), rows + 1);

        // An exploration: columns beside the value, and a filter, each checked by hand.
        scanner->setColumns(QStringLiteral("last = close\nx = smaa(close, 3)"));
        QTRY_VERIFY(scanner->findChild<RuleEditor *>(QStringLiteral("columnsEditor"))->isUnderlined(2, 5));
        QVERIFY(!scanner->run());
        scanner->setColumns(QStringLiteral("last = close\n\nhigh20 = highest(high, 20)"));
        scanner->setFilter(QStringLiteral("close > ref(close, 1)")); // the sample ends falling: few rose on its last day
        QVERIFY(scanner->run());
        scanner->waitForFinished();
        const int columns = table->model()->columnCount();
        QCOMPARE(table->model()->headerData(columns - 2, Qt::Horizontal).toString(), QStringLiteral("last"));
        QCOMPARE(table->model()->headerData(columns - 1, Qt::Horizontal).toString(), QStringLiteral("high20"));
        const int kept = table->model()->rowCount();
        QVERIFY(kept > 0 && kept < rows);
        QVERIFY(scanner->statusText().contains(QStringLiteral("left out by the filter")));
        for (int r = 0; r < kept; ++r) {
            const auto bars = (*ws)->readBars(cell(table, r, 1));
            const std::size_t n = bars->size();
            double high20 = 0;
            for (std::size_t i = n - 20; i < n; ++i)
                high20 = std::max(high20, bars->high[i]);
            QVERIFY(bars->close[n - 1] > bars->close[n - 2]);
            QCOMPARE(number(table, r, columns - 2), bars->close.back());
            QCOMPARE(number(table, r, columns - 1), high20);
        }
        test::maybeSaveShot(scanner, QStringLiteral("scanner-exploration"));
        scanner->close();
    }

    void strategyScanRowsAreTheirBacktests()
    {
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(m_path).ok());
        ScannerWindow *scanner = openScanner(main);
        QVERIFY(scanner);
        scanner->setStrategy(QStringLiteral("sma_cross"));
        QVERIFY(scanner->run());
        scanner->waitForFinished();
        QTableView *table = scanner->table();
        QVERIFY(table->model()->rowCount() >= 8);
        QCOMPARE(table->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Return"));
        const strategy::StrategyDescriptor *sma = strategy::StrategyRegistry::builtIn().find(u"sma_cross");
        auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
        for (int r : {0, table->model()->rowCount() - 1}) {
            const auto data = backtest::loadBacktestData(**ws, {cell(table, r, 1), {}, {}, {}, {}});
            QVERIFY(data);
            const auto alone = backtest::runBacktest(data->data, *sma, *strategy::resolveParams(*sma, {}), {}, data->range);
            QVERIFY(alone);
            QCOMPARE(number(table, r, 4), alone->performance.totalReturn);
            QCOMPARE(number(table, r, 6), alone->performance.sharpe);
        }
        test::maybeSaveShot(scanner, QStringLiteral("scanner-backtest"));
        scanner->close();
    }

    // With a grid, each row is the symbol's best point: every point backtested here one by one
    // on the symbol's bars, the highest Sharpe ratio kept (first on ties, fast varying slowest).
    void gridScanRowsAreEachSymbolsBestPoint()
    {
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(m_path).ok());
        ScannerWindow *scanner = openScanner(main);
        QVERIFY(scanner);
        scanner->setStrategy(QStringLiteral("sma_cross"));
        scanner->setGrid(QStringLiteral("fast=5:20:5 slow=30:60:10"));
        QVERIFY(scanner->run());
        scanner->waitForFinished();
        QTableView *table = scanner->table();
        QVERIFY(table->model()->rowCount() >= 8);
        QCOMPARE(table->model()->headerData(4, Qt::Horizontal).toString(), QStringLiteral("Best Sharpe ratio"));
        QCOMPARE(table->model()->headerData(5, Qt::Horizontal).toString(), QStringLiteral("Deflated Sharpe"));
        // Its tooltip counts every point of every symbol as a trial (16 a symbol).
        const int rows = table->model()->rowCount();
        QVERIFY2(table->model()->headerData(5, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
                     QStringLiteral("all %1 grid points").arg(QLocale().toString(16 * rows))),
                 qPrintable(table->model()->headerData(5, Qt::Horizontal, Qt::ToolTipRole).toString()));
        for (int r = 0; r < rows; ++r) {
            const double dsr = number(table, r, 5);
            QVERIFY2(dsr >= 0 && dsr <= 1, qPrintable(cell(table, r, 5))); // a probability
        }
        QCOMPARE(table->model()->headerData(6, Qt::Horizontal).toString(), QStringLiteral("fast"));
        QCOMPARE(table->model()->headerData(7, Qt::Horizontal).toString(), QStringLiteral("slow"));
        const strategy::StrategyDescriptor *sma = strategy::StrategyRegistry::builtIn().find(u"sma_cross");
        auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
        for (int r : {0, table->model()->rowCount() / 2, table->model()->rowCount() - 1}) {
            const auto data = backtest::loadBacktestData(**ws, {cell(table, r, 1), {}, {}, {}, {}});
            QVERIFY(data);
            double best = -std::numeric_limits<double>::infinity();
            double bestFast = 0, bestSlow = 0;
            int ran = 0;
            for (double fast : {5, 10, 15, 20}) {
                for (double slow : {30, 40, 50, 60}) {
                    const ParamValues p{{QStringLiteral("fast"), fast}, {QStringLiteral("slow"), slow}};
                    const auto run = backtest::runBacktest(data->data, *sma, *strategy::resolveParams(*sma, p), {}, data->range);
                    QVERIFY(run);
                    ++ran;
                    if (run->performance.sharpe > best) {
                        best = run->performance.sharpe;
                        bestFast = fast;
                        bestSlow = slow;
                    }
                }
            }
            QCOMPARE(ran, 16);
            QCOMPARE(number(table, r, 4), best);
            QCOMPARE(number(table, r, 6), bestFast);
            QCOMPARE(number(table, r, 7), bestSlow);
            if (r > 0)
                QVERIFY(number(table, r - 1, 4) >= number(table, r, 4));
        }
        test::maybeSaveShot(scanner, QStringLiteral("scanner-grid"));
        scanner->close();
    }

    void cancelStopsTheScan()
    {
        // A list long enough that a cancel right after Run always lands before the end: the
        // universe 200 times over (3,200 backtests).
        {
            auto ws = Workspace::open(m_path);
            const QStringList universe = (*ws)->watchlist(QString::fromLatin1(kSampleUniverseList)).value();
            QStringList many;
            for (int i = 0; i < 200; ++i)
                many += universe;
            QVERIFY((*ws)->setWatchlist(QStringLiteral("LONG"), many).ok());
        }
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(m_path).ok());
        ScannerWindow *scanner = openScanner(main);
        scanner->setStrategy(QStringLiteral("sma_cross"));
        QVERIFY(scanner->run()); // a first scan to the end: its rows are shown
        scanner->waitForFinished();
        QVERIFY(scanner->table()->model()->rowCount() > 0);
        QVERIFY(scanner->findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());

        scanner->setList(QStringLiteral("LONG"));
        QVERIFY(scanner->run());
        QVERIFY(scanner->isRunning());
        QCOMPARE(scanner->table()->model()->rowCount(), 0); // not the old rows beside a new run
        QVERIFY(!scanner->findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
        QVERIFY(!scanner->run()); // one at a time
        scanner->cancel();
        scanner->waitForFinished();
        QCOMPARE(scanner->statusText(), QStringLiteral("Cancelled."));
        QCOMPARE(scanner->table()->model()->rowCount(), 0);
        QVERIFY(scanner->findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());
        scanner->close();
    }
};

QTEST_MAIN(TestScanner)
#include "tst_scanner.moc"
