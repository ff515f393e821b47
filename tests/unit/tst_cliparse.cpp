// `tidings-cli parse URL` against a real HTTP server on loopback: what reaches the parser, what the
// user sees when the server misbehaves.

#include "../support/clirun.h"
#include "../support/gzip.h"
#include "../support/scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QTest>

class TstCliParse : public QObject
{
    Q_OBJECT

private slots:
    void charsetFromHttpHeader();
    void redirectsAndRelativeLinks();
    void userAgentIsOurs();
    void gzipIsDecoded();
    void httpErrorNamesStatusAndUrl();
    void redirectToFileIsRefused();
    void announcedHugeBodyIsRefused();
    void htmlPageIsNotAFeed();
    void standardInput();

private:
    using Run = CliRun;
};

namespace {

QByteArray rss(const QByteArray &itemXml)
{
    return "<rss version=\"2.0\"><channel><title>Loopback</title>" + itemXml + "</channel></rss>";
}

} // namespace

void TstCliParse::charsetFromHttpHeader()
{
    ScriptedHttpServer server;
    // No XML declaration: the HTTP charset decides (docs/architecture.md, encoding precedence).
    const QByteArray body = rss("<item><title>Caf\xe9 cr\xe8me</title><guid>1</guid></item>");
    server.respond("/latin1", 200, body, {{"Content-Type", "application/rss+xml; charset=ISO-8859-1"}});
    const Run run = runCli({QStringLiteral("parse"), server.url(QStringLiteral("/latin1")).toString()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("\"title\": \"Caf\xc3\xa9 cr\xc3\xa8me\""), run.out.constData());
}

void TstCliParse::redirectsAndRelativeLinks()
{
    ScriptedHttpServer server;
    server.respond("/old", 301, {}, {{"Location", "/moved/feed.xml"}});
    server.respond("/moved/feed.xml", 200, rss("<item><title>T</title><link>post-1</link></item>"),
                   {{"Content-Type", "application/rss+xml"}});
    const Run run = runCli({QStringLiteral("parse"), server.url(QStringLiteral("/old")).toString()});
    QCOMPARE(run.exitCode, 0);
    // Relative links resolve against where the document really came from.
    const QByteArray expected = "\"link\": \"" + server.url(QStringLiteral("/moved/post-1")).toEncoded() + "\"";
    QVERIFY2(run.out.contains(expected), run.out.constData());
}

void TstCliParse::userAgentIsOurs()
{
    ScriptedHttpServer server;
    server.respond("/feed", 200, rss({}));
    QCOMPARE(runCli({QStringLiteral("parse"), server.url(QStringLiteral("/feed")).toString()}).exitCode, 0);
    QCOMPARE(server.requests().size(), 1);
    const QByteArray agent = server.requests().first().headers.value("user-agent");
    QVERIFY2(agent.startsWith("Tidings/" TIDINGS_VERSION " (+"), agent.constData());
}

void TstCliParse::gzipIsDecoded()
{
    ScriptedHttpServer server;
    server.respond("/gz", 200, gzip(rss("<item><title>Compressed</title><guid>g</guid></item>")),
                   {{"Content-Encoding", "gzip"}, {"Content-Type", "application/rss+xml"}});
    const Run run = runCli({QStringLiteral("parse"), server.url(QStringLiteral("/gz")).toString()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\"title\": \"Compressed\""));
}

void TstCliParse::httpErrorNamesStatusAndUrl()
{
    ScriptedHttpServer server;
    const QString url = server.url(QStringLiteral("/missing")).toString();
    const Run run = runCli({QStringLiteral("parse"), url});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(url.toUtf8()) && run.err.contains("404"), run.err.constData());
}

void TstCliParse::redirectToFileIsRefused()
{
    ScriptedHttpServer server;
    server.respond("/evil", 302, {}, {{"Location", "file:///etc/passwd"}});
    const Run run = runCli({QStringLiteral("parse"), server.url(QStringLiteral("/evil")).toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.out.contains("root:"));
    QCOMPARE(run.err.count('\n'), 1);
}

void TstCliParse::announcedHugeBodyIsRefused()
{
    ScriptedHttpServer server;
    // Announces 1 GB and then stalls: the fetch must give up on the announcement, not wait.
    server.on("/huge", [](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: 1073741824\r\n\r\n<rss>");
    });
    QElapsedTimer timer;
    timer.start();
    const Run run = runCli({QStringLiteral("parse"), server.url(QStringLiteral("/huge")).toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("too large"), run.err.constData());
    QVERIFY(timer.elapsed() < 20000);
}

void TstCliParse::htmlPageIsNotAFeed()
{
    ScriptedHttpServer server;
    server.respond("/page", 200, "<!DOCTYPE html><html><head><title>Blog</title></head><body>Hi</body></html>",
                   {{"Content-Type", "text/html"}});
    const Run run = runCli({QStringLiteral("parse"), server.url(QStringLiteral("/page")).toString()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("HTML page"), run.err.constData());
}

void TstCliParse::standardInput()
{
    const Run run = runCli({QStringLiteral("parse"), QStringLiteral("-"), QStringLiteral("--base"),
                            QStringLiteral("https://example.org/feeds/main.xml")},
                           rss("<item><title>From stdin</title><link>../post</link></item>"));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("\"link\": \"https://example.org/post\""));
}

QTEST_GUILESS_MAIN(TstCliParse)
#include "tst_cliparse.moc"
