// A refresh of 200 feeds where a third of the servers misbehave (issue 6, "Network faults"): refused
// connections, resets mid-body, slowloris headers, endless chunked bodies, gzip bombs, lying
// Content-Length, 60-hop redirect chains, redirects to file:, 20,000 header lines, 5xx storms and
// TLS spoken to a plain server. Every good feed is stored, every bad one is named with a reason,
// the refresh ends within the per-request deadline, and the process' peak memory stays near that of
// a normal refresh (the fetcher's shared download budget).

#include "../support/clirun.h"
#include "../support/gzip.h"
#include "../support/scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <memory>
#include <vector>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TIDINGS_TEST_ASAN 1   // clang's spelling of GCC's __SANITIZE_ADDRESS__
#endif
#endif

namespace {

constexpr int kFeeds = 200;
constexpr int kItems = 5;

QByteArray goodFeed(int n)
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Good " + QByteArray::number(n) + "</title>";
    for (int i = 0; i < kItems; ++i) {
        const QByteArray id = QByteArray::number(n) + "-" + QByteArray::number(i);
        xml += "<item><guid>" + id + "</guid><title>Item " + id + "</title><description>&lt;p&gt;Text of "
               + id + "&lt;/p&gt;</description></item>";
    }
    return xml + "</channel></rss>";
}

// Writes `bytes` one at a time, every `intervalMs`, for as long as the client stays.
void drip(QTcpSocket *socket, const QByteArray &bytes, int intervalMs)
{
    auto *timer = new QTimer(socket);
    auto position = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, bytes, position] {
        socket->write(bytes.mid(*position % bytes.size(), 1));
        ++*position;
    });
    timer->start(intervalMs);
}

} // namespace

class TstCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void aThirdMisbehaving();

private:
    ScriptedHttpServer *serverFor(int n);
    QString misbehave(int kind, ScriptedHttpServer &server);

    std::vector<std::unique_ptr<ScriptedHttpServer>> m_servers;
    QByteArray m_bomb;
};

QString TstCliFaults::misbehave(int kind, ScriptedHttpServer &server)
{
    switch (kind) {
    case 0: {   // nothing listens there any more
        QTcpServer closed;
        closed.listen(QHostAddress::LocalHost, 0);
        const quint16 port = closed.serverPort();
        closed.close();
        // The system may hand out the same free port again: the query keeps each address (and so
        // each subscription; an import skips duplicates) distinct.
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
    case 4:   // a gzip bomb: 200 KB that inflate to 200 MB of zeros
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

void TstCliFaults::aThirdMisbehaving()
{
    m_bomb = gzip({}, 200ll << 20);
    QTemporaryDir profile;
    // The good feeds share one server (the per-host limit applies to them); each bad one has its
    // own, as bad feeds on the open web live on servers of their own.
    auto good = std::make_unique<ScriptedHttpServer>();
    QByteArray opml = "<opml version=\"2.0\"><body>";
    QList<int> bad;
    for (int n = 0; n < kFeeds; ++n) {
        QString url;
        if (n % 3 == 2) {
            m_servers.push_back(std::make_unique<ScriptedHttpServer>());
            url = misbehave(int(bad.size()) % 11, *m_servers.back());
            bad.append(n);
        } else {
            const QByteArray path = "/good/" + QByteArray::number(n) + ".xml";
            good->respond(path, 200, goodFeed(n), {{"Content-Type", "application/rss+xml"}});
            url = good->url(QString::fromLatin1(path)).toString();
        }
        opml += "<outline type=\"rss\" text=\"feed " + QByteArray::number(n) + "\" xmlUrl=\""
                + url.toUtf8().toPercentEncoding(":/?=") + "\"/>";
    }
    opml += "</body></opml>";
    QFile file(profile.filePath(QStringLiteral("list.opml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(opml);
    file.close();
    QCOMPARE(runCliIn(profile.path(), {QStringLiteral("import"), file.fileName()}).exitCode, 0);

    QElapsedTimer clock;
    clock.start();
    const CliRun refresh = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("refresh")}, {}, 240000);
    const qint64 elapsedMs = clock.elapsed();
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const long peakKiB = usage.ru_maxrss;   // the largest child so far: this refresh
    qInfo("200 feeds, %d misbehaving: %lld ms, peak RSS %ld KiB", int(bad.size()), elapsedMs, peakKiB);

    // Some failed: exit 1, the total says how many, each bad feed has a line of its own with a reason.
    QCOMPARE(refresh.exitCode, 1);
    const QByteArray summary = QByteArray::number(kFeeds - bad.size()) + " ok, " + QByteArray::number(bad.size()) + " failed";
    const QByteArray total = refresh.out.trimmed().split('\n').last();
    if (!refresh.out.contains(summary)) {
        for (const QByteArray &line : refresh.out.split('\n')) {
            if (line.startsWith("ok") && line.contains("/feed.xml"))
                qWarning("a misbehaving feed passed: %s", line.constData());
            if (line.startsWith("failed") && line.contains("/good/"))
                qWarning("a good feed failed: %s", line.constData());
        }
    }
    QVERIFY2(refresh.out.contains(summary), total.constData());
    int failedLines = 0;
    for (const QByteArray &line : refresh.out.split('\n')) {
        if (!line.startsWith("failed"))
            continue;
        ++failedLines;
        // "failed   <title> (<url>): <reason>"
        QVERIFY2(line.contains("): ") && line.indexOf("): ") + 4 < line.size(), line.constData());
    }
    QCOMPARE(failedLines, int(bad.size()));
    // Ends within the per-request deadline (60 s) plus the time to store the rest.
    QVERIFY2(elapsedMs < 80000, qPrintable(QString::number(elapsedMs)));
    // Bounded memory: the bomb is refused by Qt's inflate guard, and all bodies together, received
    // or waiting to be parsed, stay within the fetcher's shared budget (96 MiB): endless bodies wait
    // with their sockets held back, and give way when others wait too (DownloadBudget). Before the
    // budget, each could fill the per-request cap (64 MiB) at once: 340-395 MiB; with it 124-125
    // MiB (Debug; docs/reliability.md). AddressSanitizer keeps freed memory in quarantine.
#if defined(__SANITIZE_ADDRESS__) || defined(TIDINGS_TEST_ASAN)
    const long boundKiB = 640 * 1024;
#else
    const long boundKiB = 160 * 1024;
#endif
    QVERIFY2(peakKiB < boundKiB, qPrintable(QString::number(peakKiB)));

    const CliRun items = runCliIn(profile.path(), {QStringLiteral("items"), QStringLiteral("--json")});
    QCOMPARE(items.exitCode, 0);
    QCOMPARE(int(items.out.count("\"guid\"")), (kFeeds - int(bad.size())) * kItems);
}

QTEST_GUILESS_MAIN(TstCliFaults)
#include "tst_clifaults.moc"
