// Downloads into a workspace against a scripted loopback server: bars, skipped rows, provenance,
// dividends and the adjusted closes derived from them, Stooq and FRED files, the incremental
// update and its full refetch, batches with failures, rate limits and cancellation, and, for
// every failure, a workspace left exactly as it was.

#include "FakeHttpServer.h"
#include "ProviderFixtures.h"
#include "WorkspaceDump.h"
#include "import/HistoryDownload.h"
#include "storage/Workspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace rutile;
using namespace rutile::test;
using net::Provider;

namespace {

const QByteArray kRutPath = "/v8/finance/chart/%5ERUT";

net::HttpPolicy quickPolicy()
{
    net::HttpPolicy p;
    p.transferTimeoutMs = 500;
    p.totalTimeoutMs = 2000;
    p.maxAttempts = 2;
    p.initialBackoffMs = 10;
    return p;
}

net::HistoryQuery yahoo(const QString &symbol, QDate from = {}, QDate to = {})
{
    return net::HistoryQuery{Provider::Yahoo, symbol, from, to, {}};
}

qint64 epoch(QDate d)
{
    return d.startOfDay(Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class TestDownload : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<Workspace> freshWorkspace()
    {
        auto ws = Workspace::open(m_dir.filePath(QStringLiteral("w%1.rutile").arg(++m_n)));
        if (!ws)
            qFatal("cannot open a workspace: %s", qPrintable(ws.error().message));
        return std::move(*ws);
    }

    /// ^RUT's five days (fiveDays()) downloaded into `ws`: the cache an update starts from.
    static void downloadFiveDays(FakeHttpServer &server, Workspace &ws, net::HttpClient &client)
    {
        server.route(kRutPath, {FakeResponse::ok(yahooChartBody("^RUT", fiveDays()))});
        QVERIFY(downloadHistory(ws, client, yahoo("^RUT"), DownloadEndpoint{server.baseUrl(), {}}).ok());
    }

private slots:
    void yahooDownloadStoresTheCanonicalSymbolWithProvenance()
    {
        FakeHttpServer server;
        std::vector<FixtureRow> rows = fiveDays();
        rows[2] = {QDate(2024, 1, 4), NAN, NAN, NAN, NAN, NAN, NAN}; // Yahoo's null row
        server.route(kRutPath, {FakeResponse::ok(yahooChartBody("^RUT", rows))});
        auto ws = freshWorkspace();
        net::HttpClient client(quickPolicy());
        const auto report = downloadHistory(*ws, client, yahoo("^RUT", QDate(2024, 1, 1), QDate(2024, 1, 8)),
                                            DownloadEndpoint{server.baseUrl(), {}});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->symbol, QStringLiteral("RUT"));
        QCOMPARE(report->rowsRead, 5);
        QCOMPARE(report->rowsImported, 4);
        QCOMPARE(report->rowsSkipped, 1);
        QCOMPARE(report->skipped.front().reason, QStringLiteral("2024-01-04: no price (null in the response)"));
        QCOMPARE(report->firstDate, QDate(2024, 1, 2));
        QCOMPARE(report->lastDate, QDate(2024, 1, 8));

        // The request: the provider's path and parameters; period2 is the day after --to.
        const FakeRequest request = server.requests().front();
        QCOMPARE(request.query, QByteArray("period1=") + QByteArray::number(epoch(QDate(2024, 1, 1))) + "&period2="
                     + QByteArray::number(epoch(QDate(2024, 1, 9))) + "&interval=1d&events=div,splits");

        const auto bars = ws->readBars(QStringLiteral("RUT"));
        QVERIFY(bars.ok());
        QCOMPARE(bars->size(), std::size_t(4));
        QCOMPARE(bars->date(2), QDate(2024, 1, 5));
        QCOMPARE(bars->open[2], 102.5);
        QCOMPARE(bars->high[2], 104.0);
        QCOMPARE(bars->low[2], 102.0);
        QCOMPARE(bars->close[2], 103.0);
        QCOMPARE(bars->volume[2], 4000.0);

        const auto info = ws->symbol(QStringLiteral("RUT"));
        QCOMPARE(info->source, QStringLiteral("yahoo"));
        QCOMPARE(info->remoteSymbol, QStringLiteral("^RUT"));
        QVERIFY(info->lastUpdate.isValid());
        const ImportRecord log = ws->importLog().front();
        QCOMPARE(log.format, QStringLiteral("yahoo download"));
        QCOMPARE(log.file, report->url);
        QVERIFY2(log.file.startsWith(server.baseUrl().toString() + QStringLiteral("/v8/finance/chart/%5ERUT?period1=")),
                 qPrintable(log.file));
        QCOMPARE(log.rowsRead, 5);
        QCOMPARE(log.rowsImported, 4);
        QCOMPARE(log.rowsSkipped, 1);
    }

    void dividendsGiveDerivedAdjustedClosesAndSplitsAreKept()
    {
        FakeHttpServer server;
        // Yahoo's own adjclose is left equal to close here, so the stored one can only come
        // from the derivation: the dividend of 1.02 goes ex on 2024-01-05, the close before it
        // is 102, so every earlier close is multiplied by 1 − 1.02/102 = 0.99.
        server.route("/v8/finance/chart/IWM",
                     {FakeResponse::ok(yahooChartBody("IWM", fiveDays(),
                                                      {{QDate(2024, 1, 5), 1.02, 0, 1}, {QDate(2024, 1, 8), 0, 2, 1}}))});
        auto ws = freshWorkspace();
        net::HttpClient client(quickPolicy());
        const auto report = downloadHistory(*ws, client, yahoo("IWM"), DownloadEndpoint{server.baseUrl(), {}});
        QVERIFY(report.ok());
        QCOMPARE(report->dividends, 1);
        QCOMPARE(report->splits, 1);
        const auto bars = ws->readBars(QStringLiteral("IWM"));
        const double expected[] = {99.0, 99.99, 100.98, 103.0, 104.0};
        QCOMPARE(bars->size(), std::size(expected));
        for (std::size_t i = 0; i < bars->size(); ++i) {
            QVERIFY2(std::abs(bars->adjClose[i] - expected[i]) < 1e-9, qPrintable(QString::number(bars->adjClose[i], 'g', 17)));
            QCOMPARE(bars->close[i], 100.0 + double(i)); // the provider's closes are kept as they came
        }
        const auto actions = ws->readCorporateActions(QStringLiteral("IWM"));
        QVERIFY(actions.ok());
        QCOMPARE(actions->dividends, (std::vector<Dividend>{{QDate(2024, 1, 5), 1.02}}));
        QCOMPARE(actions->splits, (std::vector<Split>{{QDate(2024, 1, 8), 2, 1}}));
    }

    void failuresLeaveTheWorkspaceAsItWas_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("cut");
        QTest::addColumn<QString>("message");
        QTest::newRow("chart.error") << QByteArray("{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\","
                                                   "\"description\":\"No data found, symbol may be delisted\"}}}")
                                     << 200 << false
                                     << QStringLiteral("^RUT: Yahoo: No data found, symbol may be delisted (Not Found)");
        QTest::newRow("web page") << QByteArray("<!doctype html><html><head><title>Yahoo! - Will be right back</title>"
                                                "</head><body>...</body></html>")
                                  << 200 << false
                                  << QStringLiteral("^RUT: Yahoo: a web page (\"Yahoo! - Will be right back\") came back "
                                                    "instead of data");
        QTest::newRow("cut short") << QByteArray("{\"chart\":{\"result\":[{\"meta\":{") << 200 << true
                                   << QStringLiteral("^RUT: Yahoo Finance: the response was cut short (");
        QTest::newRow("server error") << QByteArray("oops") << 500 << false
                                      << QStringLiteral("^RUT: Yahoo Finance: HTTP 500 (Server Error) (after 2 tries)");
        QTest::newRow("not found") << QByteArray() << 404 << false
                                   << QStringLiteral("^RUT: Yahoo Finance: HTTP 404 (Server Error)");
    }

    void failuresLeaveTheWorkspaceAsItWas()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(bool, cut);
        QFETCH(QString, message);
        FakeHttpServer server;
        auto ws = freshWorkspace();
        net::HttpClient client(quickPolicy());
        const DownloadEndpoint endpoint{server.baseUrl(), {}};
        downloadFiveDays(server, *ws, client);
        const QString before = dumpWorkspace(*ws);
        QVERIFY(before.contains(QStringLiteral("RUT 19725"))); // 2024-01-02 is there to lose

        FakeResponse bad = FakeResponse::error(status, "Server Error", body);
        bad.truncated = cut;
        server.route(kRutPath, {bad});
        const auto report = downloadHistory(*ws, client, yahoo("^RUT", QDate(2024, 1, 1)), endpoint);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.startsWith(message), qPrintable(report.error().message));
        QVERIFY(!report.error().message.contains(QLatin1Char('\n')));
        QCOMPARE(dumpWorkspace(*ws), before);
    }

    void stooqNeedsItsKeyAndKeepsItOutOfTheLog()
    {
        FakeHttpServer server;
        server.route("/q/d/l/", {FakeResponse::ok("Date,Open,High,Low,Close,Volume\r\n"
                                                  "2024-01-02,470.1,472.5,468.0,471.0,1000\r\n"
                                                  "2024-01-03,471.0,471.0,465.25,466.5,2000\r\n")});
        auto ws = freshWorkspace();
        net::HttpClient client(quickPolicy());
        const auto noKey = downloadHistory(*ws, client, {Provider::Stooq, "spy.us", {}, {}, {}},
                                           DownloadEndpoint{server.baseUrl(), {}});
        QCOMPARE(noKey.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(noKey.error().message.contains(QStringLiteral("Stooq needs an API key")));
        QCOMPARE(server.requests().size(), std::size_t(0));

        const auto report = downloadHistory(*ws, client, {Provider::Stooq, "spy.us", QDate(2024, 1, 2), QDate(2024, 1, 3), {}},
                                            DownloadEndpoint{server.baseUrl(), QStringLiteral("K3Y")});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(server.requests().front().query, QByteArray("s=spy.us&i=d&d1=20240102&d2=20240103&apikey=K3Y"));
        QCOMPARE(report->symbol, QStringLiteral("SPY.US"));
        const auto bars = ws->readBars(QStringLiteral("SPY.US"));
        QCOMPARE(bars->size(), std::size_t(2));
        QCOMPARE(bars->low[1], 465.25);
        QCOMPARE(bars->close[1], 466.5);
        QCOMPARE(bars->adjClose[1], 466.5);
        QVERIFY(!ws->importLog().front().file.contains(QStringLiteral("K3Y")));
        QVERIFY(ws->importLog().front().file.endsWith(QStringLiteral("apikey=...")));

        server.route("/q/d/l/", {FakeResponse::ok("Exceeded the daily hits limit")});
        const QString before = dumpWorkspace(*ws);
        const auto limited = downloadHistory(*ws, client, {Provider::Stooq, "spy.us", {}, {}, {}},
                                             DownloadEndpoint{server.baseUrl(), QStringLiteral("K3Y")});
        QCOMPARE(limited.error().message,
                 QStringLiteral("spy.us: Stooq: expected a CSV with the header Date,Open,High,Low,Close,Volume, found "
                                "'Exceeded the daily hits limit'"));
        QCOMPARE(dumpWorkspace(*ws), before);
    }

    void fredKeepsZeroAndNegativeValuesAndSkipsDots()
    {
        FakeHttpServer server;
        server.route("/graph/fredgraph.csv", {FakeResponse::ok("observation_date,DGS3MO\n2024-01-01,.\n2024-01-02,5.46\n"
                                                               "2024-01-03,0\n2024-01-04,-0.1\n")});
        auto ws = freshWorkspace();
        net::HttpClient client(quickPolicy());
        const auto report = downloadHistory(*ws, client, {Provider::Fred, "DGS3MO", QDate(2024, 1, 1), {}, {}},
                                            DownloadEndpoint{server.baseUrl(), {}});
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(server.requests().front().query.startsWith("id=DGS3MO&cosd=2024-01-01&coed="));
        QCOMPARE(report->rowsSkipped, 1);
        QCOMPARE(report->skipped.front().line, 2);
        QCOMPARE(report->skipped.front().reason, QStringLiteral("missing value '.' for Close"));
        const auto bars = ws->readBars(QStringLiteral("DGS3MO"));
        QCOMPARE(bars->size(), std::size_t(3));
        QCOMPARE(bars->close[0], 5.46);
        QCOMPARE(bars->close[1], 0.0);
        QCOMPARE(bars->close[2], -0.1);
        QCOMPARE(bars->open[2], -0.1);
        QCOMPARE(ws->symbol(QStringLiteral("DGS3MO"))->source, QStringLiteral("fred"));
    }

    void updateFetchesFromTheOverlapAndAppends()
    {
        FakeHttpServer server;
        auto ws = freshWorkspace();
        net::HttpClient client(quickPolicy());
        const DownloadEndpoint endpoint{server.baseUrl(), {}};
        downloadFiveDays(server, *ws, client);

        // The provider agrees on the overlap (the last cached bar, 2024-01-08, was the forming
        // bar and closed higher) and has two new days.
        const std::vector<FixtureRow> cached = fiveDays();
        std::vector<FixtureRow> newer(cached.begin() + 2, cached.end());
        newer.back().close = newer.back().adjClose = 104.75;
        newer.push_back({QDate(2024, 1, 9), 105, 106, 104, 105.5, 105.5, 7000});
        newer.push_back({QDate(2024, 1, 10), 105.5, 107, 105, 106.5, 106.5, 8000});
        server.route(kRutPath, {FakeResponse::ok(yahooChartBody("^RUT", newer))});
        const auto report = updateHistory(*ws, client, QStringLiteral("RUT"), endpoint);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(!report->fullRefetch);
        QCOMPARE(report->rowsImported, 5);
        // From kUpdateOverlapDays (14) before the last cached day.
        QVERIFY(server.requests().back().query.startsWith(QByteArray("period1=" + QByteArray::number(epoch(QDate(2023, 12, 25))) + "&")));
        const auto bars = ws->readBars(QStringLiteral("RUT"));
        QCOMPARE(bars->size(), std::size_t(7));
        QCOMPARE(bars->close[4], 104.75);
        QCOMPARE(bars->lastDate(), QDate(2024, 1, 10));
    }

    void updateRefetchesAndReplacesARewrittenHistory()
    {
        FakeHttpServer server;
        auto ws = freshWorkspace();
        net::HttpClient client(quickPolicy());
        const DownloadEndpoint endpoint{server.baseUrl(), {}};
        downloadFiveDays(server, *ws, client);

        // A 2:1 split upstream: every close halves. The full history no longer has 2024-01-02.
        std::vector<FixtureRow> halved = fiveDays(50);
        halved.erase(halved.begin());
        server.route(kRutPath, {FakeResponse::ok(yahooChartBody("^RUT", halved)),
                                FakeResponse::ok(yahooChartBody("^RUT", halved))});
        const auto report = updateHistory(*ws, client, QStringLiteral("RUT"), endpoint);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(report->fullRefetch);
        QCOMPARE(report->note, QStringLiteral("Yahoo Finance rewrote its history (2024-01-03: cached close 101, now 51); "
                                              "the full history was fetched again and replaced the cached bars"));
        QCOMPARE(server.requestCount(kRutPath), 3);
        QVERIFY(server.requests().back().query.startsWith(QByteArray("period1=" + QByteArray::number(epoch(QDate(1900, 1, 1))) + "&")));
        const auto bars = ws->readBars(QStringLiteral("RUT"));
        QCOMPARE(bars->size(), std::size_t(4)); // replaced, not merged: 2024-01-02 at 100 is gone
        QCOMPARE(bars->firstDate(), QDate(2024, 1, 3));
        QCOMPARE(bars->close[0], 51.0);
    }

    void aDividendKnownBeforeItsBarAdjustsOnceTheBarArrives()
    {
        // The dividend of 1.04 goes ex on 2024-01-09, announced with the history to 2024-01-08:
        // nothing to adjust yet. The update brings 2024-01-09 (close before it: 104), so every
        // earlier close is multiplied by 1 − 1.04/104 = 0.99.
        FakeHttpServer server;
        server.route("/v8/finance/chart/IWM",
                     {FakeResponse::ok(yahooChartBody("IWM", fiveDays(), {{QDate(2024, 1, 9), 1.04, 0, 1}}))});
        auto ws = freshWorkspace();
        net::HttpClient client(quickPolicy());
        const DownloadEndpoint endpoint{server.baseUrl(), {}};
        QVERIFY(downloadHistory(*ws, client, yahoo("IWM"), endpoint).ok());
        QCOMPARE(ws->readBars(QStringLiteral("IWM"))->adjClose[0], 100.0);
        std::vector<FixtureRow> later = fiveDays();
        later.push_back({QDate(2024, 1, 9), 103, 104, 102, 103.5, 103.5, 900});
        server.route("/v8/finance/chart/IWM", {FakeResponse::ok(yahooChartBody("IWM", later))}); // no events this time
        QVERIFY(updateHistory(*ws, client, QStringLiteral("IWM"), endpoint).ok());
        const auto bars = ws->readBars(QStringLiteral("IWM"));
        QCOMPARE(bars->size(), std::size_t(6));
        QVERIFY(std::abs(bars->adjClose[0] - 99.0) < 1e-9);
        QVERIFY(std::abs(bars->adjClose[4] - 104 * 0.99) < 1e-9);
        QCOMPARE(bars->adjClose[5], 103.5);
    }

    void updateRefusesASymbolImportedFromAFile()
    {
        auto ws = freshWorkspace();
        BarSeries s;
        s.symbol = QStringLiteral("SPX");
        s.append({toDayNumber(QDate(2024, 1, 2)), 1, 1, 1, 1, 1, 0});
        QVERIFY(ws->storeSeries(s, {}).ok());
        net::HttpClient client(quickPolicy());
        const auto report = updateHistory(*ws, client, QStringLiteral("SPX"));
        QCOMPARE(report.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(report.error().message, QStringLiteral("SPX: imported from a file, not downloaded; download it once "
                                                        "(rutile-cli download) to update it"));
    }

    void batchReportsEveryFailureAndFinishesTheRest()
    {
        FakeHttpServer server;
        server.route(kRutPath, {FakeResponse::ok(yahooChartBody("^RUT", fiveDays()))});
        server.route("/v8/finance/chart/%5EGSPC", {FakeResponse::ok(yahooChartBody("^GSPC", fiveDays(4700)))});
        auto ws = freshWorkspace();
        BatchOptions options;
        options.concurrency = 2;
        options.http = quickPolicy();
        options.endpoint.baseUrl = server.baseUrl();
        std::atomic<int> finished{0};
        options.onFinished = [&](std::size_t, const DownloadOutcome &) { ++finished; };
        const std::vector<DownloadJob> jobs{{yahoo("^RUT"), {}}, {yahoo("NOPE"), {}}, {yahoo("^GSPC"), {}}};
        const auto outcomes = runDownloads(ws->path(), jobs, options);
        QCOMPARE(outcomes.size(), std::size_t(3));
        QCOMPARE(finished.load(), 3);
        QVERIFY(outcomes[0].ok());
        QCOMPARE(outcomes[0].report->symbol, QStringLiteral("RUT"));
        QVERIFY(!outcomes[1].ok());
        QCOMPARE(outcomes[1].error->message, QStringLiteral("NOPE: Yahoo Finance: HTTP 404 (Not Found)"));
        QVERIFY(outcomes[2].ok());
        QCOMPARE(ws->readBars(QStringLiteral("GSPC"))->close[0], 4700.0);
        QVERIFY(!ws->symbol(QStringLiteral("NOPE")));
    }

    void batchSharesTheRateLimit()
    {
        FakeHttpServer server;
        std::vector<DownloadJob> jobs;
        for (int i = 0; i < 6; ++i) {
            const QString symbol = QStringLiteral("S%1").arg(i);
            server.route("/v8/finance/chart/" + symbol.toLatin1(), {FakeResponse::ok(yahooChartBody(symbol, fiveDays()))});
            jobs.push_back({yahoo(symbol), {}});
        }
        auto ws = freshWorkspace();
        BatchOptions options;
        options.concurrency = 4;
        options.requestsPerSecond = 5;
        options.burst = 1;
        options.http = quickPolicy();
        options.endpoint.baseUrl = server.baseUrl();
        QElapsedTimer timer;
        timer.start();
        const auto outcomes = runDownloads(ws->path(), jobs, options);
        // Six requests at 5 per second after a burst of one: the last may go 1 s after the first.
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(server.requests().size(), std::size_t(6));
        for (const DownloadOutcome &o : outcomes)
            QVERIFY(o.ok());
    }

    void cancelledBatchWritesNothing()
    {
        FakeHttpServer server;
        FakeResponse slow = FakeResponse::ok(yahooChartBody("^RUT", fiveDays()));
        slow.delayMs = 400;
        server.route(kRutPath, {slow});
        auto ws = freshWorkspace();
        const QString before = dumpWorkspace(*ws);
        BatchOptions options;
        options.http = quickPolicy();
        options.endpoint.baseUrl = server.baseUrl();
        std::atomic<bool> cancel{false};
        TaskControl control;
        control.isCancellationRequested = [&] { return cancel.load(); };
        QTimer::singleShot(100, [&] { cancel = true; });
        std::vector<DownloadOutcome> outcomes;
        std::thread runner([&] { outcomes = runDownloads(ws->path(), {{yahoo("^RUT"), {}}, {yahoo("^RUT"), {}}}, options, control); });
        while (!cancel)
            QTest::qWait(20);
        runner.join();
        for (const DownloadOutcome &o : outcomes)
            QCOMPARE(o.error->kind, ErrorKind::Cancelled);
        QCOMPARE(outcomes.size(), std::size_t(2));
        QCOMPARE(dumpWorkspace(*ws), before);
    }
};

QTEST_GUILESS_MAIN(TestDownload)
#include "tst_download.moc"
