// `tidings-cli refresh` end to end: real loopback HTTP server, real profile, real binary.

#include "../support/clirun.h"
#include "../support/scriptedhttpserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TstCliRefresh : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void firstRefreshStoresEverything();
    void secondRefreshIsConditional();
    void changedItemKeepsReadMark();
    void brokenFeedsAreNamedAndOthersStored();
    void refreshOneFeed();
    void movedAddressStoredOnlyAfterSuccess();
    void contentTypeIsNotTrustedAndEmptyIsAnError();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments);
    QJsonArray json(const QStringList &arguments);
    void serveFeed(const QByteArray &path, const QByteArray &body);
    void subscribe(const QList<QByteArray> &paths);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_profile;
    QHash<QByteArray, QByteArray> m_bodies;
};

namespace {

QByteArray rssFeed(const QByteArray &name, int items, const QByteArray &variant = {})
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>" + name
        + "</title><link>https://example.org/" + name + "/</link>";
    for (int i = 1; i <= items; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><guid>" + name + "-" + n + "</guid><title>" + name + " item " + n + "</title>"
            + "<pubDate>Wed, 0" + QByteArray::number(1 + i % 9) + " Mar 2026 10:00:00 GMT</pubDate>"
            + "<description>&lt;p&gt;Body " + n + variant + "&lt;/p&gt;</description></item>";
    }
    return xml + "</channel></rss>";
}

} // namespace

TstCliRefresh::Run TstCliRefresh::cli(const QStringList &arguments)
{
    return runCliIn(m_profile->path(), arguments);
}

QJsonArray TstCliRefresh::json(const QStringList &arguments)
{
    return QJsonDocument::fromJson(cli(arguments + QStringList{QStringLiteral("--json")}).out).array();
}

// Serves `path` with an ETag derived from the body and answers 304 to a matching If-None-Match.
void TstCliRefresh::serveFeed(const QByteArray &path, const QByteArray &body)
{
    m_bodies.insert(path, body);
    m_server->on(path, [this, path](const ScriptedHttpServer::Request &request, QTcpSocket *socket) {
        const QByteArray current = m_bodies.value(path);
        const QByteArray etag = "\"" + QByteArray::number(qHash(current)) + "\"";
        if (request.headers.value("if-none-match") == etag) {
            socket->write("HTTP/1.1 304 Not Modified\r\nETag: " + etag + "\r\nConnection: close\r\n\r\n");
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: " + etag
                          + "\r\nContent-Length: " + QByteArray::number(current.size()) + "\r\nConnection: close\r\n\r\n"
                          + current);
        }
        socket->disconnectFromHost();
    });
}

void TstCliRefresh::subscribe(const QList<QByteArray> &paths)
{
    QByteArray opml = "<opml version=\"2.0\"><body><outline text=\"Loopback\">";
    for (const QByteArray &path : paths)
        opml += "<outline type=\"rss\" text=\"" + path + "\" xmlUrl=\"" + m_server->url(QString::fromUtf8(path)).toEncoded() + "\"/>";
    opml += "</outline></body></opml>";
    const QString file = m_profile->filePath(QStringLiteral("subscriptions.opml"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(opml);
    out.close();
    const Run run = cli({QStringLiteral("import"), file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TstCliRefresh::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_profile = std::make_unique<QTemporaryDir>();
    m_bodies.clear();
}

void TstCliRefresh::firstRefreshStoresEverything()
{
    QList<QByteArray> paths;
    for (int i = 0; i < 20; ++i) {
        const QByteArray path = "/feed" + QByteArray::number(i) + ".xml";
        serveFeed(path, rssFeed("f" + QByteArray::number(i), 5));
        paths << path;
    }
    subscribe(paths);
    const Run run = cli({QStringLiteral("refresh")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(run.out.count('\n'), 21);   // one line per feed and a total line
    QVERIFY2(run.out.contains("20 feeds: 20 ok, 0 failed; 100 new items"), run.out.constData());
    QCOMPARE(json({QStringLiteral("items")}).size(), 100);
    for (const QJsonValue &feed : json({QStringLiteral("feeds")})) {
        QCOMPARE(feed.toObject().value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(feed.toObject().value(QLatin1String("unread")).toInt(), 5);
    }
}

void TstCliRefresh::secondRefreshIsConditional()
{
    serveFeed("/a.xml", rssFeed("a", 3));
    subscribe({"/a.xml"});
    QCOMPARE(cli({QStringLiteral("refresh")}).exitCode, 0);
    const qsizetype before = m_server->requests().size();
    const Run again = cli({QStringLiteral("refresh")});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("0 new items"), again.out.constData());
    QCOMPARE(m_server->requests().size(), before + 1);
    QVERIFY(!m_server->requests().last().headers.value("if-none-match").isEmpty());
    QCOMPARE(json({QStringLiteral("items")}).size(), 3);
}

void TstCliRefresh::changedItemKeepsReadMark()
{
    serveFeed("/b.xml", rssFeed("b", 2));
    subscribe({"/b.xml"});
    QCOMPARE(cli({QStringLiteral("refresh")}).exitCode, 0);
    const QJsonArray items = json({QStringLiteral("items")});
    const qint64 id = items.first().toObject().value(QLatin1String("id")).toInteger();
    QCOMPARE(cli({QStringLiteral("mark-read"), QStringLiteral("--item"), QString::number(id)}).exitCode, 0);

    m_bodies.insert("/b.xml", rssFeed("b", 3, " (edited)"));
    const Run run = cli({QStringLiteral("refresh")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("1 new") && run.out.contains("2 updated"), run.out.constData());
    const QJsonArray after = json({QStringLiteral("items")});
    QCOMPARE(after.size(), 3);
    for (const QJsonValue &value : after) {
        const QJsonObject item = value.toObject();
        if (item.value(QLatin1String("id")).toInteger() == id)
            QVERIFY2(item.value(QLatin1String("read")).toBool(), "the read mark was lost by the update");
    }
}

void TstCliRefresh::brokenFeedsAreNamedAndOthersStored()
{
    serveFeed("/good.xml", rssFeed("good", 2));
    m_server->respond("/html.xml", 200, "<!DOCTYPE html><html><body>not a feed</body></html>", {{"Content-Type", "text/html"}});
    m_server->respond("/gone.xml", 410, "gone");
    subscribe({"/good.xml", "/missing.xml", "/html.xml", "/gone.xml"});
    const Run run = cli({QStringLiteral("refresh")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("1 ok, 3 failed"), run.out.constData());
    QVERIFY(run.out.contains("/missing.xml") && run.out.contains("404"));
    QVERIFY(run.out.contains("HTML page"));
    QCOMPARE(json({QStringLiteral("items")}).size(), 2);
    QHash<QString, QString> status;
    for (const QJsonValue &feed : json({QStringLiteral("feeds")}))
        status.insert(feed.toObject().value(QLatin1String("url")).toString().section(u'/', -1),
                      feed.toObject().value(QLatin1String("status")).toString());
    QCOMPARE(status.value(QStringLiteral("good.xml")), QStringLiteral("ok"));
    QCOMPARE(status.value(QStringLiteral("gone.xml")), QStringLiteral("gone"));
    QCOMPARE(status.value(QStringLiteral("missing.xml")), QStringLiteral("failing"));

    // A gone feed is no longer polled by a refresh of everything.
    const qsizetype before = m_server->requests().size();
    cli({QStringLiteral("refresh")});
    for (qsizetype i = before; i < m_server->requests().size(); ++i)
        QVERIFY(m_server->requests().at(i).path != "/gone.xml");
}

void TstCliRefresh::refreshOneFeed()
{
    serveFeed("/one.xml", rssFeed("one", 1));
    serveFeed("/two.xml", rssFeed("two", 1));
    subscribe({"/one.xml", "/two.xml"});
    const QJsonArray feeds = json({QStringLiteral("feeds")});
    const qint64 id = feeds.first().toObject().value(QLatin1String("id")).toInteger();
    const Run run = cli({QStringLiteral("refresh"), QStringLiteral("--feed"), QString::number(id)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("1 feed: 1 ok"), run.out.constData());
    QCOMPARE(json({QStringLiteral("items")}).size(), 1);
    QCOMPARE(cli({QStringLiteral("refresh"), QStringLiteral("--feed"), QStringLiteral("999")}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("refresh"), QStringLiteral("--jobs"), QStringLiteral("0")}).exitCode, 2);
}

// threats.md §6 item 29: 301 -> 301 -> 200 updates the stored address to the last permanent target, but
// only once a feed was read there; 302/307 detours are never stored (positive control: the 301 chain).
void TstCliRefresh::movedAddressStoredOnlyAfterSuccess()
{
    m_server->respond("/a.xml", 301, {}, {{"Location", "/b.xml"}});
    m_server->respond("/b.xml", 301, {}, {{"Location", "/c.xml"}});
    serveFeed("/c.xml", rssFeed("c", 1));
    m_server->respond("/t.xml", 302, {}, {{"Location", "/t2.xml"}});
    serveFeed("/t2.xml", rssFeed("t", 1));
    m_server->respond("/p.xml", 301, {}, {{"Location", "/p2.xml"}});
    m_server->respond("/p2.xml", 307, {}, {{"Location", "/p3.xml"}});
    serveFeed("/p3.xml", rssFeed("p", 1));
    m_server->respond("/bad.xml", 301, {}, {{"Location", "/page.html"}});
    m_server->respond("/page.html", 200, "<!DOCTYPE html><html><body>parked domain</body></html>",
                      {{"Content-Type", "text/html"}});
    subscribe({"/a.xml", "/t.xml", "/p.xml", "/bad.xml"});
    const Run run = cli({QStringLiteral("refresh")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("3 ok, 1 failed"), run.out.constData());
    QStringList urls;
    for (const QJsonValue &feed : json({QStringLiteral("feeds")}))
        urls << feed.toObject().value(QLatin1String("url")).toString().section(u'/', -1);
    urls.sort();
    QCOMPARE(urls, (QStringList{QStringLiteral("bad.xml"), QStringLiteral("c.xml"), QStringLiteral("p2.xml"),
                                QStringLiteral("t.xml")}));
}

// threats.md §6 item 37: a valid feed served as text/html or application/octet-stream is read by its
// bytes; an empty 200 is a failed feed that says "empty", and the others are stored all the same.
void TstCliRefresh::contentTypeIsNotTrustedAndEmptyIsAnError()
{
    const QByteArray html = rssFeed("html", 2);
    m_server->respond("/as-html.xml", 200, html, {{"Content-Type", "text/html; charset=utf-8"}});
    m_server->respond("/as-octets.xml", 200, rssFeed("octets", 3), {{"Content-Type", "application/octet-stream"}});
    m_server->respond("/empty.xml", 200, {}, {{"Content-Type", "application/rss+xml"}});
    subscribe({"/as-html.xml", "/as-octets.xml", "/empty.xml"});
    const Run run = cli({QStringLiteral("refresh")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("2 ok, 1 failed"), run.out.constData());
    const QList<QByteArray> lines = run.out.split('\n');
    const auto lineOf = [&](const QByteArray &path) {
        for (const QByteArray &line : lines) {
            if (line.contains(path))
                return line;
        }
        return QByteArray();
    };
    QVERIFY2(lineOf("/empty.xml").contains("empty"), run.out.constData());
    QCOMPARE(json({QStringLiteral("items")}).size(), 5);
}

QTEST_GUILESS_MAIN(TstCliRefresh)
#include "tst_clirefresh.moc"
