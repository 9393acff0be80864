// Analysis > Relative Value: the pair picked by default, an analysis on a worker thread whose
// verdict, statistics and charts are core's analysePair (what `rutile-cli pair` prints), drawn
// (pixels of the series' colour); "Backtest pairs_spread with these settings" fills the strategy
// panel; the fair-value tab computes as typed and values a futures series in history mode; the
// real RUT on S&P 500 test, as in the README.

#include "MainWindow.h"
#include "TableCsvExport.h"
#include "UiTestSupport.h"
#include "backtest/StrategyController.h"
#include "backtest/StrategyPanel.h"
#include "import/HistoryImporter.h"
#include "import/SampleWorkspace.h"
#include "params/ParamForm.h"
#include "relval/FairValuePanel.h"
#include "relval/PairCharts.h"
#include "relval/PairOutput.h"
#include "relval/RelativeValueWindow.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace rutile;
using namespace rutile::ui;

namespace {

RelativeValueWindow *openWindow(MainWindow &main)
{
    QAction *action = main.findChild<QAction *>(QStringLiteral("relativeValueAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return main.findChild<RelativeValueWindow *>();
}


} // namespace

class TestRelativeValue : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::isolateSettings(m_dir);
        m_path = m_dir.filePath(QStringLiteral("sample.rutile"));
        auto ws = Workspace::open(m_path);
        QVERIFY(ws && populateSampleWorkspace(**ws, 0).ok());
    }

    void analysisOfTheSampleIndices()
    {
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(m_path).ok());
        main.show();
        RelativeValueWindow *w = openWindow(main);
        QVERIFY(w);
        QVERIFY(QTest::qWaitForWindowExposed(w));
        // The sample's small caps against its large caps, picked by default.
        QCOMPARE(w->findChild<QComboBox *>(QStringLiteral("pairY"))->currentText(), QStringLiteral("SYN-SMALL"));
        QCOMPARE(w->findChild<QComboBox *>(QStringLiteral("pairX"))->currentText(), QStringLiteral("SYN-LARGE"));
        ParamValues settings = w->settingsForm()->values();
        settings.set(QStringLiteral("z_window"), 40);
        settings.set(QStringLiteral("test_window"), 504);
        w->settingsForm()->setValues(settings);
        w->setDates(QDate(2000, 1, 1), QDate(2015, 12, 31));
        QVERIFY(w->run());
        w->waitForFinished();
        QTRY_VERIFY(w->analysis() != nullptr);

        // Core's analysis of the same request.
        auto ws = Workspace::open(m_path, WorkspaceAccess::Read);
        relval::PairSettings s;
        s.zWindow = 40;
        s.testWindow = 504;
        const auto expected = relval::analysePair(*(*ws)->readBars(QStringLiteral("SYN-SMALL")),
                                                  *(*ws)->readBars(QStringLiteral("SYN-LARGE")), QDate(2000, 1, 1),
                                                  QDate(2015, 12, 31), s);
        QVERIFY(expected);
        QCOMPARE(w->document(), relval::pairJson(*expected));
        QCOMPARE(w->verdictLabel()->text(),
                 QStringLiteral("SYN-SMALL and SYN-LARGE: ") + relval::cointegrationVerdict(expected->test));
        const QStandardItemModel *stats = w->statistics();
        QVERIFY(stats->rowCount() >= 12);
        QCOMPARE(stats->item(1, 1)->data(kExportRole).toDouble(), expected->test.hedgeRatio);
        QCOMPARE(stats->item(4, 1)->data(kExportRole).toDouble(), expected->test.pvalue);

        // Every tab drawn with the series' blue.
        PairCharts *charts = w->charts();
        for (int tab = 0; tab < 4; ++tab) {
            charts->setCurrentIndex(tab);
            QCustomPlot *plot = charts->plot(PairCharts::Tab(tab));
            QVERIFY(plot->graphCount() >= 1);
            QVERIFY2(test::inkOf(plot, QColor(0x1f, 0x5f, 0xbf)) > 50, qPrintable(QStringLiteral("tab %1").arg(tab)));
            test::maybeSaveShot(w, QStringLiteral("relval-tab%1").arg(tab));
        }
        QCOMPARE(charts->plot(PairCharts::RollingTab)->graph(0)->data()->size(), int(expected->rolling.size()));

        // The PNG of a chart and the CSV of the series, through the outputs' rules.
        const QString png = m_dir.filePath(QStringLiteral("pair.png")), csv = m_dir.filePath(QStringLiteral("pair.csv"));
        QVERIFY(charts->exportPng(png).ok());
        QCOMPARE(QImage(png).isNull(), false);
        QVERIFY(w->exportCsv(csv).ok());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), qsizetype(expected->days.size() + 1));

        // The strategy panel takes the pair, the range and the bands.
        QVERIFY(w->backtestPairsSpread());
        StrategyPanel *panel = main.findChild<StrategyController *>()->panel();
        QCOMPARE(panel->strategy()->name, QStringLiteral("pairs_spread"));
        QCOMPARE(panel->symbol(), QStringLiteral("SYN-SMALL"));
        QCOMPARE(panel->hedgeBox()->currentText(), QStringLiteral("SYN-LARGE"));
        QCOMPARE(panel->params().value(u"lookback"), 40.0);
        QCOMPARE(panel->params().value(u"entry_z"), 2.0);

        // The fair value starts from Y's last close and computes as typed.
        w->showPage(1);
        FairValuePanel *fv = w->fairValue();
        QCOMPARE(fv->spotBox()->value(), std::round(std::exp(expected->logY.back()) * 100) / 100);
        fv->spotBox()->setValue(2000);
        fv->futuresBox()->setValue(2030);
        QVERIFY(fv->resultText().contains(QStringLiteral("Fair value: %1").arg(QLocale().toString(2000 * std::exp(0.035 * 90 / 365.0), 'f', 2))));
        QCOMPARE(fv->signalLabel()->text(), QStringLiteral("Sell the futures, buy the index"));
        fv->futuresBox()->setValue(2018);
        QCOMPARE(fv->signalLabel()->text(), QStringLiteral("No arbitrage: the futures price is inside the band."));
        test::maybeSaveShot(w, QStringLiteral("relval-fairvalue"));
        w->close();
    }

    // History mode: a futures series written at fair value (r 5 %, q 1.5 %, the calculator's
    // defaults) on 2019's days of SYN-SMALL but 1 % rich on one of them, valued against the index.
    void fairValueHistoryMode()
    {
        const QString path = m_dir.filePath(QStringLiteral("futures.rutile"));
        QVERIFY(QFile::copy(m_path, path));
        int rich = -1;
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            const BarSeries spot = (*ws)->readBars(QStringLiteral("SYN-SMALL"), QDate(2019, 1, 1), QDate(2019, 12, 31)).value();
            BarSeries futures;
            futures.symbol = QStringLiteral("SYN=F");
            for (std::size_t i = 0; i < spot.size(); ++i) {
                double f = spot.close[i] * std::exp((0.05 - 0.015) * relval::daysToQuarterlyExpiry(spot.date(i)) / 365.0);
                if (i == 100) {
                    f *= 1.01;
                    rich = int(i);
                }
                futures.append(Bar{spot.day[i], f, f, f, f, f, 1});
            }
            QVERIFY((*ws)->storeSeries(futures, {}).ok());
        }
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(path).ok());
        RelativeValueWindow *w = openWindow(main);
        QVERIFY(w);
        w->showPage(1);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        FairValuePanel *fv = w->fairValue();
        auto *futuresBox = fv->findChild<QComboBox *>(QStringLiteral("fvFuturesSymbol"));
        QCOMPARE(futuresBox->currentText(), QStringLiteral("SYN=F"));
        // Without a series that looks like a futures contract none is chosen (the first symbol,
        // an index, was): the history asks for one instead of charting nonsense.
        fv->setWorkspace(path, {QStringLiteral("MY-INDEX"), QStringLiteral("SYN-SMALL")}, QStringLiteral("SYN-SMALL"));
        QCOMPARE(futuresBox->currentIndex(), -1);
        QVERIFY(!fv->showHistory());
        QVERIFY(fv->historyText().contains(QStringLiteral("Pick a futures series")));
        fv->setWorkspace(path, {QStringLiteral("SYN-SMALL"), QStringLiteral("SYN=F")}, QStringLiteral("SYN-SMALL"));
        QCOMPARE(futuresBox->currentText(), QStringLiteral("SYN=F"));
        fv->setHistorySymbols(QStringLiteral("SYN-SMALL"), QStringLiteral("SYN=F"));
        QVERIFY(fv->showHistory());
        QVERIFY(fv->history().size() > 200);
        int outside = 0;
        for (std::size_t i = 0; i < fv->history().size(); ++i) {
            const relval::FairValuePoint &p = fv->history()[i];
            outside += p.signal != relval::FairValueSignal::None;
            if (int(i) != rich)
                QVERIFY(std::abs(p.mispricing) < 1e-9 * p.spot);
        }
        QCOMPARE(outside, 1);
        QCOMPARE(fv->history()[std::size_t(rich)].signal, relval::FairValueSignal::SellFutures);
        QVERIFY(fv->historyText().contains(QStringLiteral("outside the band on 1 of them")));
        QVERIFY(test::inkOf(fv->historyChart(), QColor(0x1f, 0x5f, 0xbf)) > 20);
        test::maybeSaveShot(w, QStringLiteral("relval-fairvalue-history"));
        w->close();
    }

    // The README's picture and numbers: RUT on the S&P 500, 1987–2024.
    void russell2000OnSp500()
    {
        RUTILE_REQUIRE_SHARED_DATA(rut, "RUT_yahoo_1987-2024.csv");
        RUTILE_REQUIRE_SHARED_DATA(spx, "SPX_yfinance_1927-2026.csv");
        const QString path = m_dir.filePath(QStringLiteral("real.rutile"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws.ok());
            for (const auto &[file, symbol] : {std::pair{rut, QStringLiteral("RUT")}, {spx, QStringLiteral("SPX")}}) {
                ImportRequest request;
                request.filePath = file;
                request.symbol = symbol;
                QVERIFY(importHistory(**ws, request).ok());
            }
        }
        MainWindow main;
        main.setPersistentSettings(false);
        QVERIFY(main.openWorkspace(path).ok());
        RelativeValueWindow *w = openWindow(main);
        QVERIFY(w);
        QCOMPARE(w->findChild<QComboBox *>(QStringLiteral("pairY"))->currentText(), QStringLiteral("RUT"));
        QCOMPARE(w->findChild<QComboBox *>(QStringLiteral("pairX"))->currentText(), QStringLiteral("SPX"));
        QVERIFY(w->run());
        w->waitForFinished();
        QTRY_VERIFY(w->analysis() != nullptr);
        QCOMPARE(w->analysis()->test.n, std::size_t(9297));
        QCOMPARE(w->verdictLabel()->text(), QStringLiteral("RUT and SPX: not cointegrated at 5 % (p = 0.56)"));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->charts()->setCurrentIndex(PairCharts::RollingTab);
        test::maybeSaveShot(w, QStringLiteral("relval-rut-spx"));
        w->close();
    }
};

QTEST_MAIN(TestRelativeValue)
#include "tst_relval.moc"
