// Analysis > Index Lab driven with QTest: the real IWM export imported through the Holdings tab
// (top ten, sectors, concentration as tst_holdings computed them independently), a second
// snapshot compared, the sector filter, the sector chart's pixels; the Build tab building an
// index from the sample universe on a worker thread (stored as a symbol, attribution filled), a
// cancelled build leaving the workspace as it was, and the sample universe generated from the
// tab when the sample workspace has none.

#include "MainWindow.h"
#include "TableCsvExport.h"
#include "UiTestSupport.h"
#include "WorkspaceDump.h"
#include "import/SampleWorkspace.h"
#include "index/HoldingsPanel.h"
#include "index/IndexBuildPanel.h"
#include "index/IndexLabTables.h"
#include "index/IndexLabWindow.h"
#include "index/SampleUniverseController.h"
#include "risk/RiskChartView.h"
#include "storage/Sqlite.h"
#include "SymbolTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QPointer>
#include <QSemaphore>
#include <QThreadPool>
#include <QTimer>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace rutile;
using namespace rutile::ui;

namespace {

QString cell(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data().toString();
}

double exported(const QTableView *view, int row, int column)
{
    return view->model()->index(row, column).data(kExportRole).toDouble();
}

// Pixels of the chart that are neither white nor near-white: bars or lines were drawn.
int inkedPixels(QWidget *view)
{
    const QImage image = view->grab().toImage();
    int inked = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            inked += qGray(image.pixel(x, y)) < 200;
    return inked;
}

} // namespace

class TestIndexLab : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::isolateSettings(m_dir); }

    void holdingsTabReadsTheRealFile()
    {
        RUTILE_REQUIRE_SHARED_DATA(iwm, "IWM_holdings_2026-04-10.csv");
        const QString path = m_dir.filePath(QStringLiteral("holdings.rutile"));
        QVERIFY(Workspace::open(path).ok());
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(path).ok());
        QAction *action = main.findChild<QAction *>(QStringLiteral("indexLabAction"));
        QVERIFY(action);
        action->trigger();
        auto *lab = main.findChild<IndexLabWindow *>();
        QVERIFY(lab);
        lab->resize(1280, 800);
        HoldingsPanel *panel = lab->holdings();
        auto *summary = panel->findChild<QLabel *>(QStringLiteral("concentrationLabel"));
        QVERIFY(summary->text().contains(QStringLiteral("Import")));

        QVERIFY(panel->importFile(iwm));
        auto *top = panel->findChild<QTableView *>(QStringLiteral("top10Table"));
        QCOMPARE(top->model()->rowCount(), 10);
        QCOMPARE(cell(top, 0, 1), QStringLiteral("BE"));
        QCOMPARE(cell(top, 0, 3), QStringLiteral("Industrials"));
        QVERIFY(std::abs(exported(top, 0, 5) - 0.011781798813767258) < 1e-15);
        auto *sectors = panel->findChild<QTableView *>(QStringLiteral("sectorsTable"));
        QCOMPARE(sectors->model()->rowCount(), 11);
        QCOMPARE(cell(sectors, 0, 0), QStringLiteral("Industrials"));
        QCOMPARE(cell(sectors, 0, 1), QStringLiteral("260"));
        QVERIFY(summary->text().contains(QStringLiteral("1,936 equities")));
        QVERIFY(summary->text().contains(QStringLiteral("631.0")));
        auto *chart = panel->findChild<RiskChartView *>(QStringLiteral("sector-weightsChart"));
        lab->show();
        QVERIFY(QTest::qWaitForWindowExposed(lab));
        QVERIFY(inkedPixels(chart) > 500);
        test::maybeSaveShot(lab, QStringLiteral("indexlab-holdings-1280"));

        // Download Constituents offers the snapshot's tickers: 1,936 equity rows, two of them
        // unlisted ("-"), ADRO twice and "MPTI RT" no symbol, so 1,932 tickers (Python's csv
        // module on the file).
        const QStringList tickers = panel->uncachedTickers();
        QCOMPARE(tickers.size(), 1932);
        QCOMPARE(tickers.first(), QStringLiteral("BE"));
        QVERIFY(!tickers.contains(QStringLiteral("-")));
        QSignalSpy asked(panel, &HoldingsPanel::downloadRequested);
        // The main window's Download dialog opens with them filled in; closed here unaccepted.
        QString offered;
        QTimer::singleShot(0, this, [&offered] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                if (auto *field = dialog->findChild<QComboBox *>(QStringLiteral("downloadSymbols")))
                    offered = field->currentText();
                dialog->reject();
            }
        });
        panel->findChild<QPushButton *>(QStringLiteral("downloadConstituentsButton"))->click();
        QCOMPARE(asked.count(), 1);
        QVERIFY2(offered.startsWith(QStringLiteral("BE ")), qPrintable(offered.left(40)));
        QCOMPARE(asked.first().first().toStringList().size(), 1932);

        // Sector filter: only Energy's 105 stocks.
        auto *filter = panel->findChild<QComboBox *>(QStringLiteral("sectorFilter"));
        auto *all = panel->findChild<QTableView *>(QStringLiteral("holdingsTable"));
        QCOMPARE(all->model()->rowCount(), 1936);
        filter->setCurrentIndex(filter->findData(QStringLiteral("Energy")));
        QCOMPARE(all->model()->rowCount(), 105);
        for (int r = 0; r < all->model()->rowCount(); ++r)
            QCOMPARE(cell(all, r, 3), QStringLiteral("Energy"));

        // A second fund (the same file under another name) compared: differences of zero.
        QVERIFY(main.workspace());
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            auto snapshot = (*ws)->readHoldings(QStringLiteral("IWM"));
            QVERIFY(snapshot);
            QVERIFY((*ws)->storeHoldings(QStringLiteral("COPY"), *snapshot, QStringLiteral("copy.csv")).ok());
        }
        panel->reload();
        panel->setComparison(QStringLiteral("COPY"));
        QCOMPARE(sectors->model()->columnCount(), 6);
        for (int r = 0; r < sectors->model()->rowCount(); ++r)
            QCOMPARE(exported(sectors, r, 5), 0.0);
        lab->resize(1600, 1000);
        test::maybeSaveShot(lab, QStringLiteral("indexlab-compare-1600"));
        // A workspace with snapshots and no watchlist: the build tab starts on Holdings, usable.
        auto *holdingsBox = lab->builder()->findChild<QComboBox *>(QStringLiteral("holdingsBox"));
        QVERIFY(holdingsBox->isEnabled());
        QCOMPARE(holdingsBox->currentText(), QStringLiteral("IWM"));
        lab->close();
        IndexLabWindow *again = IndexLabWindow::open(&main);
        QVERIFY(again->builder()->findChild<QComboBox *>(QStringLiteral("holdingsBox"))->isEnabled());
        // Opening another workspace closes the lab: it works on the file it was opened on.
        QPointer<IndexLabWindow> watched(again);
        QVERIFY(main.openWorkspace(m_dir.filePath(QStringLiteral("other.rutile"))).ok());
        QTRY_VERIFY(watched.isNull());
    }

    void buildTabBuildsAndStoresAnIndex()
    {
        const QString path = m_dir.filePath(QStringLiteral("sample.rutile"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            QVERIFY(populateSampleWorkspace(**ws, 40).ok());
        }
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(path).ok());
        IndexLabWindow *lab = IndexLabWindow::open(&main);
        lab->resize(1280, 800);
        lab->tabs()->setCurrentIndex(1);
        IndexBuildPanel *builder = lab->builder();
        auto *list = builder->findChild<QComboBox *>(QStringLiteral("listBox"));
        QCOMPARE(list->currentText(), QStringLiteral("SAMPLE-UNIVERSE"));
        QVERIFY(!builder->findChild<QPushButton *>(QStringLiteral("generateUniverseButton"))->isVisible());

        // Cancelled before it starts: every thread of the pool is held until Cancel was pressed,
        // so the build sees the cancellation at its first check, and nothing is stored.
        const QString before = test::dumpWorkspace(**Workspace::open(path, WorkspaceAccess::Read));
        builder->setIndexName(QStringLiteral("syn-idx")); // stored in its canonical form
        {
            QThreadPool *pool = QThreadPool::globalInstance();
            const int threads = pool->maxThreadCount();
            QSemaphore started, gate;
            for (int i = 0; i < threads; ++i)
                pool->start([&started, &gate] {
                    started.release();
                    gate.acquire();
                });
            started.acquire(threads);
            QVERIFY(builder->build());
            builder->cancel();
            gate.release(threads);
            builder->waitForFinished();
        }
        auto *status = builder->findChild<QLabel *>(QStringLiteral("buildStatus"));
        QCOMPARE(status->text(), QStringLiteral("Cancelled; the workspace is unchanged."));
        QCOMPARE(test::dumpWorkspace(**Workspace::open(path, WorkspaceAccess::Read)), before);

        QSignalSpy stored(builder, &IndexBuildPanel::indexStored);
        QVERIFY(builder->build());
        builder->waitForFinished();
        QCOMPARE(stored.count(), 1);
        QVERIFY2(status->text().startsWith(QStringLiteral("Stored SYN-IDX")), qPrintable(status->text()));
        const auto info = Workspace::open(path, WorkspaceAccess::Read).value()->symbol(QStringLiteral("SYN-IDX"));
        QVERIFY(info);
        QVERIFY(info->synthetic);
        QCOMPARE(info->firstDate, QDate(1988, 1, 4));
        auto *constituents = builder->findChild<QTableView *>(QStringLiteral("attribution-constituentsTable"));
        QVERIFY(constituents->model()->rowCount() > 20);
        double sum = 0;
        for (int r = 0; r < constituents->model()->rowCount(); ++r)
            sum += exported(constituents, r, 3);
        const auto levels = Workspace::open(path, WorkspaceAccess::Read).value()->readBars(QStringLiteral("SYN-IDX"));
        QVERIFY(std::abs(sum - (levels->close.back() / levels->close.front() - 1)) < 1e-9 * std::abs(sum));

        // Attribution over 2020 only: the contributions add up to that year's return of the level.
        builder->setAttributionRange(QDate(2020, 1, 2), QDate(2020, 12, 31));
        QVERIFY(builder->build());
        builder->waitForFinished();
        const auto stored2020 = Workspace::open(path, WorkspaceAccess::Read).value()->readBars(
            QStringLiteral("SYN-IDX"), QDate(2020, 1, 2), QDate(2020, 12, 31));
        QVERIFY(stored2020 && stored2020->size() > 200);
        const double year = stored2020->close.back() / stored2020->close.front() - 1;
        double sum2020 = 0;
        for (int r = 0; r < constituents->model()->rowCount(); ++r)
            sum2020 += exported(constituents, r, 3);
        QVERIFY2(std::abs(sum2020 - year) < 1e-9, qPrintable(QStringLiteral("%1 %2").arg(sum2020).arg(year)));
        builder->setAttributionRange({}, {});

        lab->show();
        QVERIFY(QTest::qWaitForWindowExposed(lab));
        QVERIFY(inkedPixels(builder->findChild<RiskChartView *>(QStringLiteral("index-levelChart"))) > 300);
        test::maybeSaveShot(lab, QStringLiteral("indexlab-build-1280"));
        lab->resize(1600, 1000);
        test::maybeSaveShot(lab, QStringLiteral("indexlab-build-1600"));

        // Show on Chart selects the new symbol in the main window.
        auto *show = lab->findChild<QPushButton *>(QStringLiteral("showOnChartButton"));
        QVERIFY(show->isEnabled());
        show->click();
        QCOMPARE(main.currentSymbol(), QStringLiteral("SYN-IDX"));
        lab->close();
    }

    void sampleWorkspaceOffersTheUniverse()
    {
        const QString path = m_dir.filePath(QStringLiteral("bare-sample.rutile"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
                QVERIFY(populateSampleWorkspace(**ws).ok()); // the two indices only
            // The user's own benchmark choice survives the universe's generation.
            QVERIFY((*ws)->setSetting(QString::fromLatin1(kBenchmarkSettingKey), QStringLiteral("SYN-SMALL")).ok());
        }
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(path).ok());
        IndexLabWindow *lab = IndexLabWindow::open(&main);
        lab->tabs()->setCurrentIndex(1);
        IndexBuildPanel *builder = lab->builder();
        auto *generate = builder->findChild<QPushButton *>(QStringLiteral("generateUniverseButton"));
        QVERIFY(QTest::qWaitForWindowExposed(lab));
        QVERIFY(generate->isVisible());
        // Generate starts the main window's background fill; the button waits for it.
        auto *universe = main.findChild<SampleUniverseController *>();
        QVERIFY(universe);
        universe->setUniverseSize(5);
        QSignalSpy done(universe, &SampleUniverseController::finished);
        QTest::mouseClick(generate, Qt::LeftButton);
        QVERIFY(universe->isRunning());
        QVERIFY(!generate->isEnabled());
        universe->waitForFinished();
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!generate->isVisible());
        QCOMPARE(main.symbolModel()->rowCount(), 2 + 5);
        QCOMPARE(builder->findChild<QComboBox *>(QStringLiteral("listBox"))->currentText(), QStringLiteral("SAMPLE-UNIVERSE"));
        QCOMPARE(Workspace::open(path, WorkspaceAccess::Read).value()->watchlist(QStringLiteral("SAMPLE-UNIVERSE"))->size(), 5);
        QCOMPARE(*Workspace::open(path, WorkspaceAccess::Read).value()->setting(QString::fromLatin1(kBenchmarkSettingKey)),
                 QStringLiteral("SYN-SMALL"));
        // The universe's fund is in the holdings tab at once: five stocks, their weights.
        auto *fund = lab->findChild<QComboBox *>(QStringLiteral("fundBox"));
        QVERIFY(fund);
        QCOMPARE(fund->count(), 1);
        QVERIFY2(fund->currentText().startsWith(QStringLiteral("SAMPLE-FUND")), qPrintable(fund->currentText()));
        QVERIFY2(lab->findChild<QLabel *>(QStringLiteral("concentrationLabel"))->text().startsWith(QStringLiteral("5 equities")),
                 qPrintable(lab->findChild<QLabel *>(QStringLiteral("concentrationLabel"))->text()));
        lab->close();
    }

    void sampleMadeBeforeTheFundGetsIt()
    {
        // A sample made before the universe had its fund: the stocks and their watchlist, no
        // snapshot. The background fill, complete otherwise, writes the fund (and keeps the stocks).
        const QString path = m_dir.filePath(QStringLiteral("old-sample.rutile"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws && populateSampleWorkspace(**ws, 4).ok());
        }
        {
            auto db = sqlite::Connection::open(path, sqlite::Connection::Mode::ReadWrite);
            QVERIFY(db);
            QVERIFY(db->exec("DELETE FROM holdings; DELETE FROM holdings_snapshots;").ok());
        }
        QVERIFY(!Workspace::open(path, WorkspaceAccess::Read).value()->readHoldings(QString::fromLatin1(kSampleFundName)));
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(path).ok());
        auto *universe = main.findChild<SampleUniverseController *>();
        QVERIFY(universe);
        universe->setUniverseSize(4);
        QVERIFY(universe->start(path));
        universe->waitForFinished();
        auto ws = Workspace::open(path, WorkspaceAccess::Read);
        QVERIFY(ws);
        const auto fund = (*ws)->readHoldings(QString::fromLatin1(kSampleFundName));
        QVERIFY2(fund, fund ? "" : qPrintable(fund.error().toString()));
        QVERIFY(!fund->holdings.empty());
        QCOMPARE((*ws)->watchlist(QString::fromLatin1(kSampleUniverseList))->size(), 4);
        QCOMPARE(int((*ws)->symbols().size()), 2 + 4); // the stocks kept, none written twice
        // Complete now: the next opening starts nothing.
        QVERIFY(!universe->start(path));
    }
};

QTEST_MAIN(TestIndexLab)
#include "tst_indexlab.moc"
