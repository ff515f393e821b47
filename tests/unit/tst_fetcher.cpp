// One feed request against a real HTTP server on 127.0.0.1: every outcome, conditional GET,
// redirects (threats.md §4 and §6 items 29-37). Slow, endless and oversized responses are in
// tst_fetchlimits.cpp; queueing and concurrency in tst_fetchqueue.cpp.

#include "../support/fetchhelpers.h"
#include "../support/gzip.h"
#include "../support/scriptedhttpserver.h"
#include "../support/selfsignedcert.h"
#include "../support/testca.h"
#include "core/net/networkthreads.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace tidings;

class TstFetcher : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void requestHeaders();
    void conditionalGet();
    void sameBodyIsUnchanged();
    void gzipIsDecoded();
    void permanentRedirectChainIsMoved();
    void temporaryRedirectIsNotMoved();
    void permanentThenTemporaryRedirect();
    void redirectLoopIsRefused();
    void hopLimit();
    void redirectToOtherSchemesIsRefused_data();
    void redirectToOtherSchemesIsRefused();
    void httpStatuses_data();
    void httpStatuses();
    void retryAfterDate();
    void emptyBodyIsServed();
    void bodyCutShortIsAnError();
    void wrongContentTypeIsServed();
    void tlsFailureIsReported();
    void selfSignedCertificateIsRefused();
    void expiredAndWrongHostCertificatesAreRefused_data();
    void expiredAndWrongHostCertificatesAreRefused();
    void nonWebUrlIsRefused();
};

namespace {

const QByteArray kFeed = "<rss version=\"2.0\"><channel><title>Loopback</title></channel></rss>";

} // namespace

void TstFetcher::cleanupTestCase()
{
    // Leaving while a TLS case's network thread is still ending can free OpenSSL state twice
    // (core/net/networkthreads.h).
    QVERIFY(net::waitForNetworkThreadsToEnd(std::chrono::milliseconds(5000)));
}

void TstFetcher::requestHeaders()
{
    ScriptedHttpServer server;
    server.respond("/feed", 200, kFeed);
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/feed"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::Ok);
    QCOMPARE(server.requests().size(), 1);
    const auto &headers = server.requests().first().headers;
    QVERIFY(headers.value("user-agent").startsWith("Tidings/" TIDINGS_VERSION " (+" TIDINGS_HOMEPAGE ")"));
    QVERIFY(headers.value("accept").startsWith("application/rss+xml"));
    QVERIFY(headers.value("accept-encoding").contains("gzip"));
    QVERIFY(!headers.contains("if-none-match"));
    QVERIFY(!headers.contains("if-modified-since"));
}

void TstFetcher::conditionalGet()
{
    ScriptedHttpServer server;
    const QByteArray etag = "\"v1\"";
    const QByteArray modified = "Wed, 04 Mar 2026 17:10:44 GMT";
    server.on("/feed", [&](const ScriptedHttpServer::Request &request, QTcpSocket *socket) {
        if (request.headers.value("if-none-match") == etag)
            socket->write(ScriptedHttpServer::response(304, {}, {{"ETag", etag}}));
        else
            socket->write(ScriptedHttpServer::response(200, kFeed, {{"ETag", etag}, {"Last-Modified", modified}}));
        socket->disconnectFromHost();
    });
    FetchRequest request = feedRequest(server.url(QStringLiteral("/feed")), 7);
    const FetchResult first = fetchOne(request);
    QCOMPARE_OUTCOME(first, FetchOutcome::Ok);
    QCOMPARE(first.feedId, 7);
    QCOMPARE(first.httpStatus, 200);
    QCOMPARE(first.body, kFeed);
    QCOMPARE(first.etag, etag);
    QCOMPARE(first.lastModified, modified);
    QVERIFY(first.message.isEmpty());

    request.etag = first.etag;
    request.lastModified = first.lastModified;
    const FetchResult second = fetchOne(request);
    QCOMPARE_OUTCOME(second, FetchOutcome::NotModified);
    QCOMPARE(second.httpStatus, 304);
    QVERIFY(second.body.isEmpty());
    // The 304 did not repeat Last-Modified: the stored value carries over.
    QCOMPARE(second.etag, etag);
    QCOMPARE(second.lastModified, modified);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).headers.value("if-none-match"), etag);
    QCOMPARE(server.requests().at(1).headers.value("if-modified-since"), modified);
}

void TstFetcher::sameBodyIsUnchanged()
{
    ScriptedHttpServer server;
    server.respond("/feed", 200, kFeed);
    FetchRequest request = feedRequest(server.url(QStringLiteral("/feed")));
    const FetchResult first = fetchOne(request);
    QCOMPARE_OUTCOME(first, FetchOutcome::Ok);
    QCOMPARE(first.bodyHash.size(), 32);   // hex XXH3-128
    request.bodyHash = first.bodyHash;
    const FetchResult second = fetchOne(request);
    QCOMPARE_OUTCOME(second, FetchOutcome::Unchanged);
    QCOMPARE(second.bodyHash, first.bodyHash);
    // Positive control: a different stored hash means the body is new.
    request.bodyHash = QByteArray(40, '0');
    QCOMPARE(fetchOne(request).outcome, FetchOutcome::Ok);
}

void TstFetcher::gzipIsDecoded()
{
    ScriptedHttpServer server;
    server.respond("/gz", 200, gzip(kFeed), {{"Content-Encoding", "gzip"}});
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/gz"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::Ok);
    QCOMPARE(result.body, kFeed);
}

void TstFetcher::permanentRedirectChainIsMoved()
{
    ScriptedHttpServer server;
    server.respond("/a", 301, "moved", {{"Location", "/b"}});
    server.respond("/b", 308, {}, {{"Location", server.url(QStringLiteral("/c")).toEncoded()}});
    server.respond("/c", 200, kFeed);
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/a"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::Moved);
    QCOMPARE(result.finalUrl, server.url(QStringLiteral("/c")));
    QCOMPARE(result.permanentUrl, server.url(QStringLiteral("/c")));
    QCOMPARE(result.redirects, 2);
    QVERIFY(result.allRedirectsPermanent);
    QCOMPARE(result.body, kFeed);   // nothing of the redirect bodies
    QVERIFY(needsParsing(result.outcome));
}

void TstFetcher::temporaryRedirectIsNotMoved()
{
    ScriptedHttpServer server;
    server.respond("/a", 302, {}, {{"Location", "/c"}});
    server.respond("/c", 200, kFeed);
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/a"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::Ok);
    QCOMPARE(result.finalUrl, server.url(QStringLiteral("/c")));
    QVERIFY(result.permanentUrl.isEmpty());
    QCOMPARE(result.redirects, 1);
    QVERIFY(!result.allRedirectsPermanent);
}

void TstFetcher::permanentThenTemporaryRedirect()
{
    // The feed moved to /b for good; /b's own 307 is a detour that must not be stored.
    ScriptedHttpServer server;
    server.respond("/a", 301, {}, {{"Location", "/b"}});
    server.respond("/b", 307, {}, {{"Location", "/c"}});
    server.respond("/c", 200, kFeed);
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/a"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::Moved);
    QCOMPARE(result.permanentUrl, server.url(QStringLiteral("/b")));
    QCOMPARE(result.finalUrl, server.url(QStringLiteral("/c")));
    QVERIFY(!result.allRedirectsPermanent);
}

void TstFetcher::redirectLoopIsRefused()
{
    ScriptedHttpServer server;
    server.respond("/loop", 301, {}, {{"Location", "/loop"}});
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/loop"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::RedirectRefused);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(server.requests().size(), 11);   // the first request and ten hops, no more
}

void TstFetcher::hopLimit()
{
    ScriptedHttpServer server;
    for (int i = 0; i < 11; ++i)
        server.respond("/h" + QByteArray::number(i), 302, {}, {{"Location", "/h" + QByteArray::number(i + 1)}});
    server.respond("/h11", 200, kFeed);
    // Ten hops are allowed (positive control), eleven are not.
    const FetchResult ten = fetchOne(feedRequest(server.url(QStringLiteral("/h1"))));
    QCOMPARE_OUTCOME(ten, FetchOutcome::Ok);
    QCOMPARE(ten.redirects, 10);
    const FetchResult eleven = fetchOne(feedRequest(server.url(QStringLiteral("/h0"))));
    QCOMPARE_OUTCOME(eleven, FetchOutcome::RedirectRefused);
    QVERIFY2(eleven.message.contains(QLatin1String("10 redirects")), qPrintable(eleven.message));
}

void TstFetcher::redirectToOtherSchemesIsRefused_data()
{
    QTest::addColumn<QByteArray>("location");
    QTest::newRow("file") << QByteArray("file:///etc/passwd");
    QTest::newRow("ftp") << QByteArray("ftp://127.0.0.1/feed.xml");
    QTest::newRow("javascript") << QByteArray("javascript:alert(1)");
    QTest::newRow("data") << QByteArray("data:text/plain,root:x:0:0");
}

void TstFetcher::redirectToOtherSchemesIsRefused()
{
    QFETCH(QByteArray, location);
    ScriptedHttpServer server;
    server.respond("/evil", 302, {}, {{"Location", location}});
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/evil"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::RedirectRefused);
    QVERIFY(result.body.isEmpty());
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(server.requests().size(), 1);
}

void TstFetcher::httpStatuses_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<FetchOutcome>("outcome");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("404") << 404 << QByteArray() << FetchOutcome::HttpError << qint64(-1);
    QTest::newRow("410") << 410 << QByteArray() << FetchOutcome::Gone << qint64(-1);
    QTest::newRow("429") << 429 << QByteArray("120") << FetchOutcome::RateLimited << qint64(120);
    QTest::newRow("429 no Retry-After") << 429 << QByteArray() << FetchOutcome::RateLimited << qint64(-1);
    QTest::newRow("503 Retry-After") << 503 << QByteArray("30") << FetchOutcome::RateLimited << qint64(30);
    QTest::newRow("503") << 503 << QByteArray() << FetchOutcome::HttpError << qint64(-1);
    QTest::newRow("500") << 500 << QByteArray() << FetchOutcome::HttpError << qint64(-1);
    QTest::newRow("400") << 400 << QByteArray() << FetchOutcome::HttpError << qint64(-1);
    QTest::newRow("300") << 300 << QByteArray() << FetchOutcome::HttpError << qint64(-1);
}

void TstFetcher::httpStatuses()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(FetchOutcome, outcome);
    QFETCH(qint64, seconds);
    ScriptedHttpServer server;
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    server.respond("/feed", status, "<html>error page</html>", headers);
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/feed"))));
    QCOMPARE_OUTCOME(result, outcome);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.retryAfterSeconds, seconds);
    QVERIFY(result.body.isEmpty());
    QVERIFY(!result.message.isEmpty() && result.message.at(0).isLower() && !result.message.endsWith(u'.'));
    if (outcome == FetchOutcome::HttpError)
        QVERIFY2(result.message.contains(QString::number(status)), qPrintable(result.message));
}

void TstFetcher::retryAfterDate()
{
    // Measured against the server's Date header, not our clock.
    ScriptedHttpServer server;
    server.respond("/feed", 429, {}, {{"Date", "Wed, 21 Oct 2015 07:28:00 GMT"},
                                      {"Retry-After", "Wed, 21 Oct 2015 07:30:00 GMT"}});
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/feed"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::RateLimited);
    QCOMPARE(result.retryAfterSeconds, 120);
}

// A connection reset after part of the announced body: Qt sometimes ends such a reply without an
// error; the half document must not be taken for the whole feed (tst_clifaults found it).
void TstFetcher::bodyCutShortIsAnError()
{
    ScriptedHttpServer server;
    server.on("/cut", [](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 5000\r\n\r\n"
                      "<rss version=\"2.0\"><channel><title>half</title>");
        socket->flush();
        QTimer::singleShot(20, socket, [socket] { socket->abort(); });
    });
    for (int attempt = 0; attempt < 5; ++attempt) {
        const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/cut"))));
        QVERIFY2(result.outcome != FetchOutcome::Ok, qPrintable(result.message));
        QVERIFY(result.body.isEmpty());
    }
}

void TstFetcher::emptyBodyIsServed()
{
    // An empty 200 is the parser's to judge ("empty document"), not a network failure.
    ScriptedHttpServer server;
    server.respond("/empty", 200, {});
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/empty"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::Ok);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(result.bodyHash, QByteArray("99aa06d3014798d86001c324468d497f"));   // XXH3-128 of nothing
}

void TstFetcher::wrongContentTypeIsServed()
{
    ScriptedHttpServer server;
    server.respond("/feed", 200, kFeed, {{"Content-Type", "application/octet-stream"}});
    const FetchResult result = fetchOne(feedRequest(server.url(QStringLiteral("/feed"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::Ok);
    QCOMPARE(result.contentType, QByteArray("application/octet-stream"));
    QCOMPARE(result.body, kFeed);
}

void TstFetcher::tlsFailureIsReported()
{
    // An https URL on a plain-HTTP port: the handshake fails, and that is never papered over.
    ScriptedHttpServer server;
    server.respond("/feed", 200, kFeed);
    QUrl url = server.url(QStringLiteral("/feed"));
    url.setScheme(QStringLiteral("https"));
    const FetchResult result = fetchOne(feedRequest(url));
    QCOMPARE_OUTCOME(result, FetchOutcome::TlsError);
    QVERIFY(result.body.isEmpty());
}

void TstFetcher::selfSignedCertificateIsRefused()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(kSelfSignedCertificate));
    tls.setPrivateKey(QSslKey(kSelfSignedKey, QSsl::Ec));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("https://127.0.0.1:%1/feed").arg(server.serverPort()));

    // Positive control: the server does speak TLS, so the failure below is about the certificate.
    QSslSocket probe;
    QSignalSpy encrypted(&probe, &QSslSocket::encrypted);
    connect(&probe, &QSslSocket::sslErrors, &probe, [&probe] { probe.ignoreSslErrors(); });
    probe.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.serverPort());
    QVERIFY(encrypted.wait(5000));
    probe.abort();

    const FetchResult result = fetchOne(feedRequest(url));
    QCOMPARE_OUTCOME(result, FetchOutcome::TlsError);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.message.startsWith(QLatin1String("the secure connection failed")), qPrintable(result.message));
    qInfo("%s", qPrintable(result.message));
}

// threats.md §6 item 36, the other two TLS errors. The fetcher is made to trust a test CA, so that a
// certificate it signed for 127.0.0.1 is accepted (positive control) and the refusals below are about
// the expiry and the host name alone, not about an unknown issuer.
void TstFetcher::expiredAndWrongHostCertificatesAreRefused_data()
{
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<FetchOutcome>("outcome");
    QTest::addColumn<QString>("reason");   // in the message, case-insensitive; empty: none
    QTest::newRow("valid for 127.0.0.1 (control)") << kLoopbackCertificate << FetchOutcome::Ok << QString();
    QTest::newRow("expired in 2021") << kExpiredLoopbackCertificate << FetchOutcome::TlsError << QStringLiteral("expired");
    QTest::newRow("issued for another host") << kWrongHostCertificate << FetchOutcome::TlsError
                                             << QStringLiteral("host name");
}

void TstFetcher::expiredAndWrongHostCertificatesAreRefused()
{
    QFETCH(QByteArray, certificate);
    QFETCH(FetchOutcome, outcome);
    QFETCH(QString, reason);
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    const QSslConfiguration systemDefault = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = systemDefault;
    trusting.addCaCertificate(QSslCertificate(kTestCaCertificate));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(systemDefault); });

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain({QSslCertificate(certificate), QSslCertificate(kTestCaCertificate)});
    tls.setPrivateKey(QSslKey(kTestCaServerKey, QSsl::Ec));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int requests = 0;
    connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &requests] {
                socket->setProperty("request", socket->property("request").toByteArray() + socket->readAll());
                if (!socket->property("request").toByteArray().contains("\r\n\r\n"))
                    return;
                ++requests;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: "
                              + QByteArray::number(kFeed.size()) + "\r\nConnection: close\r\n\r\n" + kFeed);
                socket->disconnectFromHost();
            });
        }
    });

    const FetchResult result = fetchOne(feedRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/feed").arg(server.serverPort()))));
    qInfo("%s", qPrintable(result.message));
    QCOMPARE_OUTCOME(result, outcome);
    if (outcome == FetchOutcome::Ok) {
        QCOMPARE(result.body, kFeed);
        QCOMPARE(requests, 1);
        return;
    }
    QVERIFY(result.body.isEmpty());
    QCOMPARE(requests, 0);   // no request was sent over the refused connection
    QVERIFY2(result.message.startsWith(QLatin1String("the secure connection failed"))
                 && result.message.contains(reason, Qt::CaseInsensitive),
             qPrintable(result.message));
}

void TstFetcher::nonWebUrlIsRefused()
{
    const FetchResult result = fetchOne(feedRequest(QUrl(QStringLiteral("file:///etc/passwd"))));
    QCOMPARE_OUTCOME(result, FetchOutcome::NetworkError);
    QVERIFY(result.body.isEmpty());
}

QTEST_GUILESS_MAIN(TstFetcher)
#include "tst_fetcher.moc"
