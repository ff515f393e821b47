#pragma once

// A real HTTP server on 127.0.0.1 for tests: each path answers with exactly the bytes the test
// scripted (so a test can send malformed, slow, lying or endless responses), and every request is
// recorded. Header-only so every test can include it.

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>

class ScriptedHttpServer : public QTcpServer
{
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers;   // lower-case names
    };
    // Gets the request and the socket; writes whatever it likes, whenever it likes.
    using Handler = std::function<void(const Request &, QTcpSocket *)>;

    ScriptedHttpServer() { QTcpServer::listen(QHostAddress::LocalHost, 0); }

    ~ScriptedHttpServer() override
    {
        // Sockets still open would report their disconnection to a half-destroyed server.
        const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
        for (QTcpSocket *socket : sockets) {
            socket->disconnect();
            delete socket;
        }
    }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    void on(const QByteArray &path, Handler handler) { m_handlers.insert(path, std::move(handler)); }

    // The bytes of a complete response with a body, for handlers that send it themselves.
    static QByteArray response(int status, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
        bool hasLength = false;
        for (const auto &header : headers) {
            out += header.first + ": " + header.second + "\r\n";
            hasLength = hasLength || header.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
        }
        if (!hasLength)
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        return out + "Connection: close\r\n\r\n" + body;
    }

    // A complete response with a body, closed after writing; `delayMs` later when given, so tests
    // can keep several requests in flight at once.
    void respond(const QByteArray &path, int status, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {}, int delayMs = 0)
    {
        on(path, [=](const Request &, QTcpSocket *socket) {
            const QByteArray bytes = response(status, body, headers);
            if (delayMs <= 0) {
                socket->write(bytes);
                socket->disconnectFromHost();
                return;
            }
            QPointer<QTcpSocket> guarded(socket);
            QTimer::singleShot(delayMs, socket, [guarded, bytes] {
                if (!guarded)
                    return;
                guarded->write(bytes);
                guarded->disconnectFromHost();
            });
        });
    }

    // Writes `chunk` every `intervalMs` until the client goes away (drips, endless bodies).
    static void repeat(QTcpSocket *socket, int intervalMs, std::function<QByteArray()> chunk)
    {
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk = std::move(chunk)] {
            if (socket->state() == QAbstractSocket::ConnectedState)
                socket->write(chunk());
        });
        timer->start(intervalMs);
    }

    // Connections open right now and the most that were ever open at once.
    int openConnections() const { return m_open; }
    int maxOpenConnections() const { return m_maxOpen; }

    const QList<Request> &requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        m_maxOpen = qMax(m_maxOpen, ++m_open);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            // Not HTTP at all (a TLS handshake, say): answer the way a plain server would and hang up.
            if (!buffer->isEmpty() && (buffer->at(0) < 'A' || buffer->at(0) > 'Z')) {
                socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
                buffer->clear();
                return;
            }
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Request request;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            buffer->clear();
            m_requests.append(request);
            const auto handler = m_handlers.constFind(request.path);
            if (handler != m_handlers.constEnd()) {
                (*handler)(request, socket);
            } else {
                socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
    }

private:
    QHash<QByteArray, Handler> m_handlers;
    QList<Request> m_requests;
    int m_open = 0;
    int m_maxOpen = 0;
};
