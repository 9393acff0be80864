#include "net/HttpClient.h"

#include "net/UrlPolicy.h"
#include "util/MessageText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace rutile::net {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rutile::net::HttpClient)
};

using Milliseconds = std::chrono::milliseconds;

/// The wait a Retry-After header asks for: delay-seconds or an HTTP date (RFC 9110 §10.2.3).
std::optional<Milliseconds> retryAfter(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok) // a year at most: anything longer is refused as "longer than allowed" all the same
        return seconds >= 0 ? std::optional(Milliseconds(std::min<qint64>(seconds, 366ll * 86400) * 1000)) : std::nullopt;
    // HTTP dates end in "GMT" (IMF-fixdate, RFC 9110 §5.6.7), which Qt's RFC 2822 reader does
    // not take for a zone: it reads "+0000".
    QString text = QString::fromLatin1(value);
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text = text.chopped(4) + QStringLiteral(" +0000");
    const QDateTime when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return Milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

bool transientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3);
}

} // namespace

QString HttpPolicy::defaultUserAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return QStringLiteral("Rutile/%1 (desktop charting workstation; Qt %2)")
        .arg(version.isEmpty() ? QStringLiteral("dev") : version, QString::fromLatin1(qVersion()));
}

/// The outcome of one try: a response, or an error, and whether another try may help.
struct HttpClient::Attempt {
    std::optional<HttpResponse> response;
    std::optional<Error> error;
    bool retry = false;
    std::optional<Milliseconds> retryAfter;
};

HttpClient::HttpClient(HttpPolicy policy, std::shared_ptr<RateLimiter> limiter)
    : m_policy(std::move(policy)), m_limiter(std::move(limiter)), m_manager(std::make_unique<QNetworkAccessManager>())
{
    // The redirect policy is per request (UserVerifiedRedirectPolicy, below), so every hop is
    // checked against allowUrl rather than trusted because the first URL was.
    m_manager->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

HttpClient::Attempt HttpClient::fetchOnce(const QUrl &url, const TaskControl &control)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_policy.userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_manager->get(request));

    std::optional<Error> stop; // why the reply was aborted from here, if it was
    bool timedOut = false;
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::redirected, &loop, [&](const QUrl &target) {
        if (Status allowed = allowRedirect(url, target); !allowed) {
            stop = Error::invalidArgument(Text::tr("redirected to a refused address: %1").arg(allowed.error().message));
            reply->abort();
            return;
        }
        emit reply->redirectAllowed();
    });
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > m_policy.maxBodyBytes && !stop) {
            stop = Error::io(Text::tr("the response is larger than %1 MiB; refused").arg(m_policy.maxBodyBytes >> 20));
            reply->abort();
        }
    });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (control.cancelled() && !stop) {
            stop = Error::cancelled(Text::tr("cancelled"));
            reply->abort();
        }
    });
    poll.start(50);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        if (!stop) {
            timedOut = true;
            reply->abort();
        }
    });
    deadline.start(m_policy.totalTimeoutMs);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);

    Attempt attempt;
    if (stop) {
        attempt.error = *stop;
        return attempt;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (timedOut) {
        attempt.error = Error::io(Text::tr("no complete answer within %1 s").arg(seconds(m_policy.totalTimeoutMs)));
        attempt.retry = true;
        return attempt;
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        attempt.response = HttpResponse{status, reply->readAll(), reply->url(), 0};
        return attempt;
    }
    if (status >= 200 && status < 300) {
        // Headers came, the body did not: the connection dropped before Content-Length bytes.
        attempt.error = Error::io(Text::tr("the response was cut short (%1)").arg(escapeControlCharacters(reply->errorString())));
        attempt.retry = true;
        return attempt;
    }
    if (status != 0) {
        const QString reason = escapeControlCharacters(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().left(80));
        attempt.error = Error::io(reason.isEmpty() ? Text::tr("HTTP %1").arg(status)
                                                   : Text::tr("HTTP %1 (%2)").arg(status).arg(reason));
        attempt.retry = status == 429 || status >= 500;
        if (attempt.retry)
            attempt.retryAfter = retryAfter(reply->rawHeader("Retry-After"));
        return attempt;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Qt aborts a reply this way when the transfer timeout passes without a byte.
        attempt.error = Error::io(Text::tr("no data for %1 s; timed out").arg(seconds(m_policy.transferTimeoutMs)));
        attempt.retry = true;
        return attempt;
    }
    attempt.error = Error::io(escapeControlCharacters(reply->errorString()));
    attempt.retry = transientNetworkError(reply->error());
    return attempt;
}

Result<HttpResponse> HttpClient::get(const QUrl &url, const TaskControl &control)
{
    if (Status allowed = allowUrl(url); !allowed)
        return allowed.error();
    Milliseconds backoff(m_policy.initialBackoffMs);
    for (int attempt = 1;; ++attempt) {
        if (m_limiter && !m_limiter->acquire(control))
            return Error::cancelled(Text::tr("cancelled"));
        if (control.cancelled())
            return Error::cancelled(Text::tr("cancelled"));
        Attempt result = fetchOnce(url, control);
        if (result.response) {
            result.response->attempts = attempt;
            return std::move(*result.response);
        }
        Error error = std::move(*result.error);
        if (!result.retry || attempt >= m_policy.maxAttempts) {
            if (result.retry && attempt > 1)
                error.message = Text::tr("%1 (after %2 tries)").arg(error.message).arg(attempt);
            return error;
        }
        Milliseconds wait = backoff;
        if (result.retryAfter) {
            if (*result.retryAfter > Milliseconds(m_policy.maxBackoffMs))
                return Error::io(Text::tr("%1; the server asks to wait %2 s before trying again, longer than the %3 s "
                                          "allowed")
                                     .arg(error.message)
                                     .arg(result.retryAfter->count() / 1000)
                                     .arg(seconds(m_policy.maxBackoffMs)));
            wait = *result.retryAfter;
        }
        if (!waitFor(wait, control))
            return Error::cancelled(Text::tr("cancelled"));
        backoff = std::min(backoff * 2, Milliseconds(m_policy.maxBackoffMs));
    }
}

} // namespace rutile::net
