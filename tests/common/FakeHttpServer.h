#pragma once

// A scripted HTTP/1.1 server on 127.0.0.1 for tests of the network layer: each path answers
// from a list of responses (the last one repeats), with delays, a trickling body, a body cut
// short, any status and headers. It runs on its own thread, so a test (or a rutile-cli process
// the test waits for) may block while it answers. Every request is logged.

#include <QByteArray>
#include <QHostAddress>
#include <QMetaObject>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>
#include <vector>

namespace rutile::test {

struct FakeResponse {
    int status = 200;
    QByteArray reason = "OK";
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;          ///< before the status line
    int trickleMs = 0;        ///< with a body sent 8 bytes at a time, this far apart
    bool truncated = false;   ///< announces twice the body's length, sends the body, hangs up
    bool noContentLength = false; ///< the body ends when the connection closes

    static FakeResponse ok(QByteArray body) { FakeResponse r; r.body = std::move(body); return r; }
    static FakeResponse error(int code, QByteArray reason, QByteArray body = {})
    {
        FakeResponse r;
        r.status = code;
        r.reason = std::move(reason);
        r.body = std::move(body);
        return r;
    }
    FakeResponse &header(QByteArray name, QByteArray value)
    {
        headers.emplace_back(std::move(name), std::move(value));
        return *this;
    }
};

/// One request as the server saw it.
struct FakeRequest {
    QByteArray path;  ///< without the query
    QByteArray query; ///< after '?', undecoded
    QByteArray userAgent;
};

class FakeHttpServer {
public:
    FakeHttpServer()
    {
        m_context.moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(&m_context, [this] {
            m_server = new QTcpServer(&m_context);
            m_server->listen(QHostAddress::LocalHost, 0);
            m_port = m_server->serverPort();
            QObject::connect(m_server, &QTcpServer::newConnection, &m_context, [this] {
                while (QTcpSocket *socket = m_server->nextPendingConnection())
                    serve(socket);
            });
        }, Qt::BlockingQueuedConnection);
    }

    ~FakeHttpServer()
    {
        QThread *owner = QThread::currentThread();
        QMetaObject::invokeMethod(&m_context, [this, owner] {
            qDeleteAll(m_context.children());
            m_context.moveToThread(owner); // it is destroyed on the owner's thread, after this one stops
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    FakeHttpServer(const FakeHttpServer &) = delete;
    FakeHttpServer &operator=(const FakeHttpServer &) = delete;

    /// http://127.0.0.1:PORT
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    /// Answers requests for `path` with `responses` in turn, the last one for every request after.
    void route(const QByteArray &path, std::vector<FakeResponse> responses)
    {
        QMutexLocker lock(&m_mutex);
        m_routes[path] = Route{std::move(responses), 0};
    }

    std::vector<FakeRequest> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }
    int requestCount(const QByteArray &path) const
    {
        QMutexLocker lock(&m_mutex);
        int n = 0;
        for (const FakeRequest &r : m_requests)
            n += r.path == path ? 1 : 0;
        return n;
    }

private:
    struct Route {
        std::vector<FakeResponse> responses;
        std::size_t next = 0;
    };

    void serve(QTcpSocket *socket)
    {
        socket->setParent(&m_context);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer->left(end);
            buffer->remove(0, end + 4);
            respond(socket, head);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void respond(QTcpSocket *socket, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QByteArray target = requestLine.value(1);
        FakeRequest request;
        const qsizetype question = target.indexOf('?');
        request.path = question < 0 ? target : target.left(question);
        request.query = question < 0 ? QByteArray() : target.mid(question + 1);
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("user-agent:"))
                request.userAgent = line.mid(11).trimmed();
        }
        FakeResponse response = FakeResponse::error(404, "Not Found", "no such path");
        {
            QMutexLocker lock(&m_mutex);
            m_requests.push_back(request);
            auto it = m_routes.find(request.path);
            if (it != m_routes.end() && !it->second.responses.empty()) {
                Route &route = it->second;
                response = route.responses[std::min(route.next, route.responses.size() - 1)];
                ++route.next;
            }
        }
        QTimer::singleShot(response.delayMs, socket, [socket, response] {
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
            if (!response.noContentLength)
                out += "Content-Length: " + QByteArray::number(response.body.size() * (response.truncated ? 2 : 1)) + "\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "Connection: close\r\n\r\n";
            socket->write(out);
            if (response.trickleMs <= 0) {
                socket->write(response.body);
                socket->disconnectFromHost();
                return;
            }
            auto sent = std::make_shared<qsizetype>(0);
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = response.body] {
                socket->write(body.mid(*sent, 8));
                *sent += 8;
                if (*sent >= body.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                }
            });
            timer->start(response.trickleMs);
        });
    }

    QThread m_thread;
    QObject m_context;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    std::map<QByteArray, Route> m_routes;
    std::vector<FakeRequest> m_requests;
};

} // namespace rutile::test
