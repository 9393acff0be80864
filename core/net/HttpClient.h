#pragma once

#include "net/RateLimiter.h"
#include "util/Error.h"
#include "util/TaskControl.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace rutile::net {

/// How patient and how polite a client is.
struct HttpPolicy {
    int transferTimeoutMs = 30'000;  ///< give up when no byte arrives for this long
    int totalTimeoutMs = 120'000;    ///< give up on one attempt after this long, however it trickles
    int maxAttempts = 4;             ///< tries of one request, the first included
    int initialBackoffMs = 1'000;    ///< wait before the second try; doubles for each later one
    int maxBackoffMs = 60'000;       ///< longest wait between tries, a server's Retry-After included
    qint64 maxBodyBytes = 64ll << 20; ///< a larger body is refused (no daily history comes near it)
    int maxRedirects = 5;
    QString userAgent = defaultUserAgent();

    /// "Rutile/<version> (desktop charting workstation; Qt <version>)": who asks, honestly,
    /// as providers request, rather than a browser's disguise.
    static QString defaultUserAgent();
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    QUrl finalUrl; ///< after redirects
    int attempts = 0;
};

/// A blocking HTTP GET for worker threads (and the CLI), on Qt Network.
///
/// Every URL, the redirects' included, must pass allowUrl (https, or http to loopback).
/// 429 and 5xx answers and dropped or timed-out connections are tried again, after the
/// server's Retry-After when it sends one (seconds or an HTTP date), otherwise after an
/// exponential backoff; other 4xx answers fail at once. Each try first takes a token from the
/// shared RateLimiter, when there is one.
///
/// An HttpClient owns a QNetworkAccessManager and runs a local event loop while it waits, so
/// it must be created, used and destroyed on one thread (any thread: it needs no running
/// event loop of its own). Errors (ErrorKind::Io; InvalidArgument for a refused URL;
/// Cancelled) carry only the cause, one line; the caller names the symbol and provider.
class HttpClient {
public:
    explicit HttpClient(HttpPolicy policy = {}, std::shared_ptr<RateLimiter> limiter = {});
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    const HttpPolicy &policy() const { return m_policy; }

    /// GETs `url` and returns a 2xx response's body. Cancellation is seen within 50 ms.
    Result<HttpResponse> get(const QUrl &url, const TaskControl &control = {});

private:
    struct Attempt;
    Attempt fetchOnce(const QUrl &url, const TaskControl &control);

    HttpPolicy m_policy;
    std::shared_ptr<RateLimiter> m_limiter;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace rutile::net
