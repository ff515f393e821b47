#pragma once

// The refresh of issue 6 ("Network faults"): 200 feeds where every third one misbehaves, shared by
// tst_clifaults (the command line) and tst_appfaults (the desktop app). The good feeds share one
// loopback server (the per-host limit applies to them); each bad one has a server of its own, as bad
// feeds on the open web live on servers of their own, with 11 kinds of misbehaviour in turn: refused
// connections, resets mid-body, slowloris headers, endless chunked bodies, gzip bombs, lying
// Content-Length, 60-hop redirect chains, redirects to file:, 20,000 header lines, 5xx storms and
// TLS spoken to a plain server (docs/reliability.md).
//
// The servers answer on the event loop of the thread that builds them: build and destroy a
// FaultyFeeds on that thread. Header-only; tests link zlib (gzip.h).

#include "gzip.h"
#include "scriptedhttpserver.h"

#include <QStringList>

#include <memory>
#include <vector>

class FaultyFeeds
{
public:
    static constexpr int kFeeds = 200;
    static constexpr int kItems = 5;   // in each good feed
    static constexpr int kKinds = 11;

    FaultyFeeds()
        : m_good(std::make_unique<ScriptedHttpServer>())
        , m_bomb(gzip({}, 200ll << 20))   // 200 KB that inflate to 200 MB of zeros
    {
        for (int n = 0; n < kFeeds; ++n) {
            if (isBad(n)) {
                m_servers.push_back(std::make_unique<ScriptedHttpServer>());
                m_urls.append(misbehave(badCount() % kKinds, *m_servers.back()));
                ++m_bad;
            } else {
                const QByteArray path = "/good/" + QByteArray::number(n) + ".xml";
                m_good->respond(path, 200, goodFeed(n), {{"Content-Type", "application/rss+xml"}});
                m_urls.append(m_good->url(QString::fromLatin1(path)).toString());
            }
        }
    }

    static bool isBad(int n) { return n % 3 == 2; }
    int badCount() const { return m_bad; }
    int goodCount() const { return kFeeds - m_bad; }
    // Feed n's address, in subscription order.
    const QStringList &urls() const { return m_urls; }

    static QString goodTitle(int n) { return QStringLiteral("Good %1").arg(n); }

    static QByteArray goodFeed(int n)
    {
        QByteArray xml = "<rss version=\"2.0\"><channel><title>" + goodTitle(n).toUtf8() + "</title>";
        for (int i = 0; i < kItems; ++i) {
            const QByteArray id = QByteArray::number(n) + "-" + QByteArray::number(i);
            xml += "<item><guid>" + id + "</guid><title>Item " + id + "</title><description>&lt;p&gt;Text of "
                   + id + "&lt;/p&gt;</description></item>";
        }
        return xml + "</channel></rss>";
    }

    // The whole list as an OPML document, for `tidings-cli import`.
    QByteArray opml() const
    {
        QByteArray opml = "<opml version=\"2.0\"><body>";
        for (int n = 0; n < kFeeds; ++n) {
            opml += "<outline type=\"rss\" text=\"feed " + QByteArray::number(n) + "\" xmlUrl=\""
                    + m_urls[n].toUtf8().toPercentEncoding(":/?=") + "\"/>";
        }
        return opml + "</body></opml>";
    }

private:
    // Writes `bytes` one at a time, every `intervalMs`, for as long as the client stays.
    static void drip(QTcpSocket *socket, const QByteArray &bytes, int intervalMs)
    {
        auto position = std::make_shared<qsizetype>(0);
        ScriptedHttpServer::repeat(socket, intervalMs, [bytes, position] { return bytes.mid((*position)++ % bytes.size(), 1); });
    }

    QString misbehave(int kind, ScriptedHttpServer &server)
    {
        switch (kind) {
        case 0: {   // nothing listens there any more
            QTcpServer closed;
            closed.listen(QHostAddress::LocalHost, 0);
            const quint16 port = closed.serverPort();
            closed.close();
            // The system may hand out the same free port again: the query keeps each address (and
            // so each subscription; adding skips duplicates) distinct.
            return QStringLiteral("http://127.0.0.1:%1/feed.xml?refused=%2").arg(port).arg(m_servers.size());
        }
        case 1:   // reset half-way through the body
            server.on("/feed.xml", [](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 5000\r\n\r\n<rss><channel>");
                socket->flush();
                QTimer::singleShot(50, socket, [socket] { socket->abort(); });
            });
            break;
        case 2:   // slowloris: a header byte every 400 ms, never finished
            server.on("/feed.xml", [](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
                drip(socket, "HTTP/1.1 200 OK\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 400);
            });
            break;
        case 3:   // an endless chunked body
            server.on("/feed.xml", [](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n\r\n");
                const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n";
                auto *timer = new QTimer(socket);
                QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk] {
                    if (socket->bytesToWrite() < (1 << 20))
                        socket->write(chunk);
                });
                timer->start(1);
            });
            break;
        case 4:   // a gzip bomb
            server.respond("/feed.xml", 200, m_bomb, {{"Content-Type", "application/rss+xml"}, {"Content-Encoding", "gzip"}});
            break;
        case 5:   // Content-Length says 100,000; 30 bytes come, then the connection closes
            server.on("/feed.xml", [](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 100000\r\n\r\n"
                              "<rss><channel><title>cut</tit");
                socket->disconnectFromHost();
            });
            break;
        case 6:   // sixty hops, each to the next
            for (int hop = 0; hop < 60; ++hop) {
                server.respond("/feed.xml" + (hop ? "?" + QByteArray::number(hop) : QByteArray()), 302, {},
                               {{"Location", server.url(QStringLiteral("/feed.xml?%1").arg(hop + 1)).toEncoded()}});
            }
            break;
        case 7:   // to the local file system
            server.respond("/feed.xml", 301, {}, {{"Location", "file:///etc/passwd"}});
            break;
        case 8:   // 20,000 header lines, then nothing
            server.on("/feed.xml", [](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
                QByteArray headers = "HTTP/1.1 200 OK\r\n";
                for (int i = 0; i < 20000; ++i)
                    headers += "X-Filler-" + QByteArray::number(i) + ": yes\r\n";
                socket->write(headers);
            });
            break;
        case 9:   // a 5xx storm
            server.respond("/feed.xml", 503, "overloaded", {{"Retry-After", "120"}});
            break;
        default:   // TLS spoken to a server that only speaks plain HTTP
            server.respond("/feed.xml", 200, goodFeed(-1));
            return QStringLiteral("https://127.0.0.1:%1/feed.xml").arg(server.serverPort());
        }
        return server.url(QStringLiteral("/feed.xml")).toString();
    }

    std::unique_ptr<ScriptedHttpServer> m_good;
    std::vector<std::unique_ptr<ScriptedHttpServer>> m_servers;
    QByteArray m_bomb;
    QStringList m_urls;
    int m_bad = 0;
};
