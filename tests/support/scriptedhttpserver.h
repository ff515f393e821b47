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

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }

    void on(const QByteArray &path, Handler handler) { m_handlers.insert(path, std::move(handler)); }

    // A complete response with a body, closed after writing.
    void respond(const QByteArray &path, int status, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        on(path, [=](const Request &, QTcpSocket *socket) {
            QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + " Scripted\r\n";
            bool hasLength = false;
            for (const auto &header : headers) {
                response += header.first + ": " + header.second + "\r\n";
                hasLength = hasLength || header.first.compare("Content-Length", Qt::CaseInsensitive) == 0;
            }
            if (!hasLength)
                response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
            response += "Connection: close\r\n\r\n" + body;
            socket->write(response);
            socket->disconnectFromHost();
        });
    }

    const QList<Request> &requests() const { return m_requests; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
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
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    QHash<QByteArray, Handler> m_handlers;
    QList<Request> m_requests;
};
