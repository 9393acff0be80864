// The HTTP client against a scripted loopback server: every fault a provider can serve
// (error statuses, 429 with Retry-After, 5xx then success, a body too slow or cut short,
// redirects to allowed and refused addresses), the address policy, cancellation, and the
// token bucket's arithmetic.

#include "FakeHttpServer.h"
#include "net/HttpClient.h"
#include "net/RateLimiter.h"
#include "net/UrlPolicy.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

#include <atomic>
#include <thread>

using namespace rutile;
using namespace rutile::net;
using rutile::test::FakeHttpServer;
using rutile::test::FakeResponse;

namespace {

/// A policy for tests: short waits, so a retry costs milliseconds.
HttpPolicy quickPolicy()
{
    HttpPolicy p;
    p.transferTimeoutMs = 300;
    p.totalTimeoutMs = 1500;
    p.maxAttempts = 3;
    p.initialBackoffMs = 20;
    p.maxBackoffMs = 3000;
    return p;
}

QUrl at(const FakeHttpServer &server, const QString &path)
{
    QUrl url = server.baseUrl();
    url.setPath(path);
    return url;
}

} // namespace

class TestHttpClient : public QObject {
    Q_OBJECT

private slots:
    void okBodyAndHonestUserAgent()
    {
        FakeHttpServer server;
        server.route("/a", {FakeResponse::ok("hello")});
        HttpClient client(quickPolicy());
        const auto r = client.get(at(server, "/a"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->body, QByteArray("hello"));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->attempts, 1);
        const QByteArray agent = server.requests().front().userAgent;
        QVERIFY2(agent.startsWith("Rutile/"), agent.constData());
    }

    void notFoundFailsAtOnce()
    {
        FakeHttpServer server;
        server.route("/gone", {FakeResponse::error(404, "Not Found")});
        HttpClient client(quickPolicy());
        const auto r = client.get(at(server, "/gone"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QCOMPARE(r.error().message, QStringLiteral("HTTP 404 (Not Found)"));
        QCOMPARE(server.requestCount("/gone"), 1); // a 404 is not tried again
    }

    void tooManyRequestsThenOkHonoursRetryAfter()
    {
        FakeHttpServer server;
        server.route("/busy", {FakeResponse::error(429, "Too Many Requests").header("Retry-After", "1"),
                               FakeResponse::ok("data")});
        HttpClient client(quickPolicy()); // its own backoff is 20 ms: only Retry-After explains a 1 s wait
        QElapsedTimer timer;
        timer.start();
        const auto r = client.get(at(server, "/busy"));
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray("data"));
        QCOMPARE(r->attempts, 2);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
    }

    void retryAfterAsHttpDate()
    {
        FakeHttpServer server;
        // As servers write it (RFC 9110's IMF-fixdate, in GMT), in English whatever the locale.
        const QByteArray when = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(2), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
                                    .toLatin1()
            + " GMT";
        server.route("/busy", {FakeResponse::error(503, "Service Unavailable").header("Retry-After", when),
                               FakeResponse::ok("data")});
        HttpClient client(quickPolicy());
        QElapsedTimer timer;
        timer.start();
        const auto r = client.get(at(server, "/busy"));
        QVERIFY(r.ok());
        // The date has whole seconds: the wait is between 1 and 2 s.
        QVERIFY2(timer.elapsed() >= 900, qPrintable(QString::number(timer.elapsed())));
    }

    void serverErrorsBackOffThenSucceed()
    {
        FakeHttpServer server;
        server.route("/flaky", {FakeResponse::error(502, "Bad Gateway"), FakeResponse::error(500, "Internal Server Error"),
                                FakeResponse::ok("fine")});
        HttpClient client(quickPolicy());
        const auto r = client.get(at(server, "/flaky"));
        QVERIFY(r.ok());
        QCOMPARE(r->attempts, 3);
        QCOMPARE(server.requestCount("/flaky"), 3);
    }

    void serverErrorsExhaustTheTries()
    {
        FakeHttpServer server;
        server.route("/down", {FakeResponse::error(503, "Service Unavailable")});
        HttpClient client(quickPolicy());
        const auto r = client.get(at(server, "/down"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("HTTP 503 (Service Unavailable) (after 3 tries)"));
        QCOMPARE(server.requestCount("/down"), 3);
    }

    void retryAfterLongerThanAllowedFailsAtOnce()
    {
        FakeHttpServer server;
        server.route("/later", {FakeResponse::error(429, "Too Many Requests").header("Retry-After", "3600")});
        HttpClient client(quickPolicy());
        QElapsedTimer timer;
        timer.start();
        const auto r = client.get(at(server, "/later"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("wait 3600 s")), qPrintable(r.error().message));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(server.requestCount("/later"), 1);
    }

    void silentServerTimesOut()
    {
        FakeHttpServer server;
        FakeResponse slow = FakeResponse::ok("late");
        slow.delayMs = 5000;
        server.route("/silent", {slow});
        HttpPolicy policy = quickPolicy();
        policy.maxAttempts = 1;
        HttpClient client(policy);
        QElapsedTimer timer;
        timer.start();
        const auto r = client.get(at(server, "/silent"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("no data for 0.3 s; timed out"));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    }

    void tricklingBodyHitsTheDeadline()
    {
        FakeHttpServer server;
        FakeResponse slow = FakeResponse::ok(QByteArray(4000, 'x'));
        slow.trickleMs = 50; // 8 bytes every 50 ms: always some data, never done in time
        server.route("/trickle", {slow});
        HttpPolicy policy = quickPolicy();
        policy.maxAttempts = 1;
        HttpClient client(policy);
        const auto r = client.get(at(server, "/trickle"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("no complete answer within 1.5 s"));
    }

    void truncatedBodyIsAnError()
    {
        FakeHttpServer server;
        FakeResponse cut = FakeResponse::ok("{\"chart\":{\"result\":[");
        cut.truncated = true;
        server.route("/cut", {cut});
        HttpPolicy policy = quickPolicy();
        policy.maxAttempts = 1;
        HttpClient client(policy);
        const auto r = client.get(at(server, "/cut"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QVERIFY2(r.error().message.startsWith(QStringLiteral("the response was cut short (")), qPrintable(r.error().message));
    }

    void followsRedirectOnLoopback()
    {
        FakeHttpServer server;
        server.route("/old", {FakeResponse::error(301, "Moved Permanently").header("Location", "/new")});
        server.route("/new", {FakeResponse::ok("moved")});
        HttpClient client(quickPolicy());
        const auto r = client.get(at(server, "/old"));
        QVERIFY(r.ok());
        QCOMPARE(r->body, QByteArray("moved"));
        QCOMPARE(r->finalUrl.path(), QStringLiteral("/new"));
    }

    void refusesRedirectToPlainHttpElsewhere()
    {
        FakeHttpServer server;
        server.route("/old", {FakeResponse::error(302, "Found").header("Location", "http://example.com/steal")});
        HttpClient client(quickPolicy());
        const auto r = client.get(at(server, "/old"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 QStringLiteral("redirected to a refused address: refusing plain http to example.com: use https "
                                "(http is allowed only to this machine)"));
    }

    void addressPolicy()
    {
        QVERIFY(allowUrl(QUrl("https://query1.finance.yahoo.com/v8")).ok());
        QVERIFY(allowUrl(QUrl("http://127.0.0.1:8080/x")).ok());
        QVERIFY(allowUrl(QUrl("http://127.5.6.7/x")).ok());
        QVERIFY(allowUrl(QUrl("http://[::1]:99/x")).ok());
        QVERIFY(allowUrl(QUrl("http://localhost/x")).ok());
        QVERIFY(!allowUrl(QUrl("http://example.com/x")).ok());
        QVERIFY(!allowUrl(QUrl("http://10.0.0.1/x")).ok());
        QVERIFY(!allowUrl(QUrl("ftp://127.0.0.1/x")).ok());
        QVERIFY(!allowUrl(QUrl("file:///etc/passwd")).ok());
        HttpClient client(quickPolicy());
        const auto r = client.get(QUrl("http://example.com/x")); // refused before any connection
        QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
    }

    void redirectsFromElsewhereNeverComeHome()
    {
        QVERIFY(allowRedirect(QUrl("https://query1.finance.yahoo.com/a"), QUrl("https://query2.finance.yahoo.com/b")).ok());
        QVERIFY(allowRedirect(QUrl("http://127.0.0.1:9/a"), QUrl("http://localhost:9/b")).ok());
        const Status home = allowRedirect(QUrl("https://mirror.example/a"), QUrl("https://127.0.0.1:8443/admin"));
        QVERIFY(!home.ok());
        QCOMPARE(home.error().message, QStringLiteral("refusing a redirect from mirror.example to this machine (127.0.0.1)"));
    }

    void rebaseAndRedaction()
    {
        const QUrl endpoint("https://stooq.com/q/d/l/?s=spy.us&apikey=SECRET");
        QCOMPARE(rebase(endpoint, QUrl("http://127.0.0.1:8080")).toString(),
                 QStringLiteral("http://127.0.0.1:8080/q/d/l/?s=spy.us&apikey=SECRET"));
        QCOMPARE(rebase(endpoint, QUrl("https://mirror.example/data/")).toString(),
                 QStringLiteral("https://mirror.example/data/q/d/l/?s=spy.us&apikey=SECRET"));
        QCOMPARE(redactedUrl(endpoint), QStringLiteral("https://stooq.com/q/d/l/?s=spy.us&apikey=..."));
    }

    void cancelStopsAWaitingRequest()
    {
        FakeHttpServer server;
        FakeResponse slow = FakeResponse::ok("late");
        slow.delayMs = 3000;
        server.route("/slow", {slow});
        HttpPolicy policy = quickPolicy();
        policy.transferTimeoutMs = 10000;
        policy.totalTimeoutMs = 10000;
        HttpClient client(policy);
        std::atomic<bool> cancel{false};
        TaskControl control;
        control.isCancellationRequested = [&] { return cancel.load(); };
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancel = true;
        });
        QElapsedTimer timer;
        timer.start();
        const auto r = client.get(at(server, "/slow"), control);
        canceller.join();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
    }

    void tokenBucketArithmetic()
    {
        using namespace std::chrono;
        RateLimiter limiter(4.0, 2.0); // 4 per second after a burst of 2
        const RateLimiter::Clock::time_point t0{};
        QCOMPARE(limiter.reserve(t0), RateLimiter::Clock::duration::zero());
        QCOMPARE(limiter.reserve(t0), RateLimiter::Clock::duration::zero());
        // The bucket is empty: the third waits 1/4 s, the fourth 2/4 s (queued behind it).
        QCOMPARE(duration_cast<milliseconds>(limiter.reserve(t0)).count(), 250);
        QCOMPARE(duration_cast<milliseconds>(limiter.reserve(t0)).count(), 500);
        // One second later 4 tokens have come back; 2 paid the debt (balance −2 → 2): two go
        // at once, the third waits 1/4 s.
        QCOMPARE(limiter.reserve(t0 + seconds(1)), RateLimiter::Clock::duration::zero());
        QCOMPARE(limiter.reserve(t0 + seconds(1)), RateLimiter::Clock::duration::zero());
        QCOMPARE(duration_cast<milliseconds>(limiter.reserve(t0 + seconds(1))).count(), 250);
        RateLimiter unlimited(0);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(unlimited.reserve(t0), RateLimiter::Clock::duration::zero());
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
