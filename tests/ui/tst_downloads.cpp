// The Data menu's downloads against a scripted loopback server (the mirror setting points
// there): the empty workspace's "Download the Russell 2000 and the S&P 500", Update All,
// a failure summary, Cancel that leaves the workspace as it was, the dialog's validation,
// and the symbol list's Source column.

#include "EmptyStatePanel.h"
#include "FakeHttpServer.h"
#include "MainWindow.h"
#include "ProviderFixtures.h"
#include "SymbolTableModel.h"
#include "UiTestSupport.h"
#include "WatchlistView.h"
#include "chart/PriceChart.h"
#include "download/DownloadController.h"
#include "download/DownloadDialog.h"
#include "download/DownloadRunner.h"
#include "download/LiveUpdates.h"
#include "download/NetworkSettingsPage.h"
#include "settings/SettingsDialog.h"
#include "indicators/IndicatorRegistry.h"
#include "net/NetworkSettings.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace rutile;
using namespace rutile::ui;
using namespace rutile::test;

class TestDownloads : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString newWorkspacePath() { return m_dir.filePath(QStringLiteral("d%1.rutile").arg(++m_n)); }

    static void pointAt(const FakeHttpServer &server)
    {
        net::NetworkSettings s;
        s.mirrorUrl = server.baseUrl().toString();
        s.requestsPerSecond = 0;
        s.timeoutSeconds = 2;
        s.save();
    }

    static DownloadController *controllerOf(MainWindow &window)
    {
        return window.findChild<DownloadController *>(QStringLiteral("downloadController"));
    }

    static bool waitForBatch(DownloadController *controller, int ms = 10000)
    {
        QSignalSpy done(controller, &DownloadController::batchFinished);
        return done.wait(ms);
    }

    /// `window` on a new, empty workspace, downloading from `server`.
    DownloadController *openEmpty(MainWindow &window, const FakeHttpServer &server)
    {
        pointAt(server);
        window.setPersistentSettings(false);
        if (!window.openWorkspace(newWorkspacePath()).ok())
            qFatal("cannot open a new workspace");
        return controllerOf(window);
    }

private slots:
    void initTestCase() { isolateSettings(m_dir); }

    void emptyWorkspaceDownloadsBothIndexes()
    {
        FakeHttpServer server;
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok(yahooChartBody("^RUT", fiveDays(2000)))});
        server.route("/v8/finance/chart/%5EGSPC", {FakeResponse::ok(yahooChartBody("^GSPC", fiveDays(4700)))});
        pointAt(server);
        MainWindow window;
        window.setPersistentSettings(false);
        QVERIFY(window.openWorkspace(newWorkspacePath()).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isEmptyStateShown());
        QPushButton *button = window.emptyState()->downloadButton();
        QVERIFY(button->isVisible());
        QVERIFY2(button->width() >= button->sizeHint().width(), "the button's label is clipped");
        maybeSaveShot(&window, QStringLiteral("downloads-empty"));

        DownloadController *controller = controllerOf(window);
        QVERIFY(controller);
        QSignalSpy done(controller, &DownloadController::batchFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(controller->progressBar()->isVisible()); // progress shows while it runs
        QVERIFY(!button->isEnabled());
        QVERIFY(done.wait(10000));
        QVERIFY(!controller->progressBar()->isVisible());
        QCOMPARE(controller->statusText(), QStringLiteral("2 of 2 symbols up to date"));

        QVERIFY(!window.isEmptyStateShown());
        QCOMPARE(window.symbolModel()->rowCount(), 2);
        QCOMPARE(window.currentSymbol(), QStringLiteral("RUT"));
        QCOMPARE(window.chart()->series().size(), std::size_t(5));
        QCOMPARE(window.chart()->series().close[0], 2000.0);
        const int row = window.symbolModel()->rowOf(QStringLiteral("GSPC"));
        QCOMPARE(window.symbolModel()->data(window.symbolModel()->index(row, SymbolTableModel::SourceColumn)).toString(),
                 QStringLiteral("Yahoo"));
        maybeSaveShot(&window, QStringLiteral("downloads-done"));

        // The row's own update: one request, for that symbol only.
        const QModelIndex gspcRow = window.symbolView()->model()->index(
            window.symbolView()->model()->match(window.symbolView()->model()->index(0, 0), SymbolTableModel::SymbolRole,
                                                QStringLiteral("GSPC")).value(0).row(), 0);
        std::unique_ptr<QMenu> rowMenu(window.symbolView()->rowMenu(window.symbolView()->visualRect(gspcRow).center()));
        QAction *updateOne = rowMenu->findChild<QAction *>(QStringLiteral("updateSymbolAction"));
        QVERIFY(updateOne);
        QCOMPARE(updateOne->text(), QStringLiteral("Update GSPC from Yahoo"));
        updateOne->trigger();
        QVERIFY(waitForBatch(controller));
        QCOMPARE(server.requestCount("/v8/finance/chart/%5EGSPC"), 2);
        QCOMPARE(server.requestCount("/v8/finance/chart/%5ERUT"), 1);
        QVERIFY(window.selectSymbol(QStringLiteral("RUT"))); // the row's menu had selected GSPC

        // Update All: one request per symbol, from the overlap; two new days for RUT.
        std::vector<FixtureRow> newer = fiveDays(2000);
        newer.push_back({QDate(2024, 1, 9), 2005, 2006, 2004, 2005.5, 2005.5, 9000});
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok(yahooChartBody("^RUT", newer))});
        controller->updateAllAction()->trigger();
        QVERIFY(waitForBatch(controller));
        QCOMPARE(server.requestCount("/v8/finance/chart/%5ERUT"), 2);
        QCOMPARE(server.requestCount("/v8/finance/chart/%5EGSPC"), 3);
        QCOMPARE(window.chart()->series().size(), std::size_t(6));
    }

    void failuresAreSummarisedWithoutBlocking()
    {
        FakeHttpServer server;
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok(yahooChartBody("^RUT", fiveDays(2000)))});
        MainWindow window;
        DownloadController *controller = openEmpty(window, server);
        std::vector<DownloadJob> jobs{{net::HistoryQuery{net::Provider::Yahoo, "^RUT", {}, {}, {}}, {}},
                                      {net::HistoryQuery{net::Provider::Yahoo, "NOPE", {}, {}, {}}, {}}};
        QVERIFY(controller->start(jobs, QStringLiteral("Downloading")));
        QVERIFY(waitForBatch(controller));
        QCOMPARE(controller->statusText(), QStringLiteral("1 of 2 symbols up to date; 1 failed"));
        auto *summary = window.findChild<QMessageBox *>(QStringLiteral("downloadSummary"));
        QVERIFY(summary);
        QVERIFY(!summary->isModal() || summary->windowModality() == Qt::WindowModal);
        QCOMPARE(summary->informativeText(), QStringLiteral("NOPE: Yahoo Finance: HTTP 404 (Not Found)"));
        summary->close();
        QCOMPARE(window.symbolModel()->rowCount(), 1);
    }

    void cancelLeavesTheWorkspaceAsItWas()
    {
        FakeHttpServer server;
        FakeResponse slow = FakeResponse::ok(yahooChartBody("^RUT", fiveDays(2000)));
        slow.delayMs = 1500;
        server.route("/v8/finance/chart/%5ERUT", {slow});
        server.route("/v8/finance/chart/%5EGSPC", {slow});
        pointAt(server);
        const QString path = newWorkspacePath();
        MainWindow window;
        window.setPersistentSettings(false);
        QVERIFY(window.openWorkspace(path).ok());
        const QString before = workspaceSummary(path);
        DownloadController *controller = controllerOf(window);
        QSignalSpy done(controller, &DownloadController::batchFinished);
        controller->downloadIndexes();
        QVERIFY(controller->cancelAction()->isEnabled());
        QTest::qWait(100);
        QElapsedTimer timer;
        timer.start();
        controller->cancelAction()->trigger();
        QVERIFY(done.wait(5000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(controller->statusText(), QStringLiteral("Cancelled: 0 of 2 symbols done, 2 left as they were"));
        QCOMPARE(workspaceSummary(path), before);
        QVERIFY(window.isEmptyStateShown());
    }

    void liveUpdatesShowTheFormingBar()
    {
        FakeHttpServer server;
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok(yahooChartBody("^RUT", fiveDays(2000)))});
        MainWindow window;
        DownloadController *controller = openEmpty(window, server);
        QVERIFY(controller->start({{net::HistoryQuery{net::Provider::Yahoo, "^RUT", {}, {}, {}}, {}}}, QStringLiteral("Downloading")));
        QVERIFY(waitForBatch(controller));
        QCOMPARE(window.currentSymbol(), QStringLiteral("RUT"));
        const auto sma = indicators::parseIndicatorSpec(u"sma:3");
        QVERIFY(window.chart()->addIndicator(chart::ChartIndicator{QStringLiteral("sma"), sma->params, {}, 1.0}).ok());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Tuesday 2024-01-09, 10:00 in New York: the session's bar so far.
        std::vector<FixtureRow> today = fiveDays(2000);
        today.push_back({QDate(2024, 1, 9), 2004.5, 2012, 2001, 2010.5, 2010.5, 1500});
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok(yahooChartBody("^RUT", today))});
        auto *live = window.findChild<LiveUpdates *>(QStringLiteral("liveUpdates"));
        QVERIFY(live);
        live->setClock([] { return QDateTime(QDate(2024, 1, 9), QTime(15, 0), Qt::UTC); });
        QSignalSpy polled(live, &LiveUpdates::polled);
        live->action()->trigger();
        QVERIFY(polled.wait(5000));
        const chart::ChartDocument &doc = window.chart()->document();
        QCOMPARE(doc.liveIndex(), std::optional<std::size_t>(5));
        QCOMPARE(doc.bars().close.back(), 2010.5);
        QCOMPARE(doc.indicator(0).result.columns[0].values.back(), (2003 + 2004 + 2010.5) / 3);
        QVERIFY(window.chart()->liveMarker());
        QVERIFY2(live->statusText().startsWith(QStringLiteral("Live: RUT ")), qPrintable(live->statusText()));
        // It asked for the past week only.
        QVERIFY(server.requests().back().query.startsWith("period1="));
        maybeSaveShot(&window, QStringLiteral("downloads-live"));

        // A later tick moves the same bar; no request while the market is closed.
        today.back().close = today.back().adjClose = 2008;
        server.route("/v8/finance/chart/%5ERUT", {FakeResponse::ok(yahooChartBody("^RUT", today))});
        live->poll();
        QVERIFY(polled.wait(5000));
        QCOMPARE(doc.bars().size(), std::size_t(6));
        QCOMPARE(doc.bars().close.back(), 2008.0);
        // Wednesday's session before its first trade: the provider's last bar is Tuesday's.
        live->setClock([] { return QDateTime(QDate(2024, 1, 10), QTime(14, 31), Qt::UTC); });
        live->poll();
        QVERIFY(polled.wait(5000));
        QCOMPARE(live->statusText(), QStringLiteral("Live: RUT has no bar for 2024-01-10 yet"));
        QCOMPARE(doc.bars().close.back(), 2008.0);
        const std::size_t asked = server.requests().size();
        live->setClock([] { return QDateTime(QDate(2024, 1, 13), QTime(15, 0), Qt::UTC); }); // a Saturday
        live->poll();
        QVERIFY(live->statusText().contains(QStringLiteral("market closed")));
        QCOMPARE(server.requests().size(), asked);

        live->action()->trigger(); // off: the cached history alone
        QVERIFY(!doc.liveIndex());
        QCOMPARE(doc.bars().size(), std::size_t(5));
        QVERIFY(!window.chart()->liveMarker());
    }

    void dialogChecksWhatItIsGiven()
    {
        DownloadDialog dialog;
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.setSymbolsText(QStringLiteral("^RUT, iwm  ^GSPC"));
        QVERIFY(ok->isEnabled());
        const auto jobs = dialog.jobs();
        QCOMPARE(jobs.size(), std::size_t(3));
        QCOMPARE(jobs[1].download->remoteSymbol, QStringLiteral("iwm"));
        QCOMPARE(jobs[1].download->provider, net::Provider::Yahoo);
        QVERIFY(!jobs[0].download->from.isValid()); // all history by default

        const QString list = m_dir.filePath(QStringLiteral("watch.txt"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# the indexes\n^RUT ^GSPC\nIWM\n");
        file.close();
        QVERIFY(dialog.loadSymbolList(list).ok());
        QCOMPARE(dialog.symbolsBox()->currentText(), QStringLiteral("^RUT ^GSPC IWM"));
        QCOMPARE(dialog.jobs().size(), std::size_t(3));

        dialog.setSymbolsText(QStringLiteral("R$T"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("downloadProblem"))->text().contains(QStringLiteral("'R$T'")));

        dialog.setSymbolsText(QStringLiteral("spy.us"));
        dialog.setProvider(net::Provider::Stooq);
        dialog.apiKeyEdit()->clear();
        QVERIFY(dialog.apiKeyEdit()->isVisibleTo(&dialog));
        QVERIFY(!ok->isEnabled());
        dialog.apiKeyEdit()->setText(QStringLiteral("K3Y"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.jobs().front().download->apiKey, QStringLiteral("K3Y"));
        dialog.setProvider(net::Provider::Fred);
        QVERIFY(!dialog.apiKeyEdit()->isVisibleTo(&dialog));
        maybeSaveShot(&dialog, QStringLiteral("downloads-dialog"));
    }

    void networkSettingsRefuseAPlainHttpMirrorElsewhere()
    {
        // Settings > Data providers (Data > Network Settings... opens the dialog there).
        SettingsDialog dialog({});
        dialog.showPage(SettingsDialog::Page::DataProviders);
        QVERIFY(qobject_cast<NetworkSettingsPage *>(dialog.tabs()->currentWidget()));
        auto *mirror = dialog.findChild<QLineEdit *>(QStringLiteral("mirrorUrl"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        mirror->setText(QStringLiteral("http://example.com"));
        QVERIFY(!ok->isEnabled());
        mirror->setText(QStringLiteral("http://127.0.0.1:8080"));
        QVERIFY(ok->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(net::NetworkSettings::load().mirrorUrl, QStringLiteral("http://127.0.0.1:8080"));
        maybeSaveShot(&dialog, QStringLiteral("downloads-network-settings"));
    }
};

QTEST_MAIN(TestDownloads)
#include "tst_downloads.moc"
