// Feed autodiscovery: the pure <head> scan (findFeedLinks, commonFeedUrls) as a table, then
// FeedProbe against a real HTTP server on 127.0.0.1.

#include "core/net/feedprobe.h"

#include "../support/fetchhelpers.h"
#include "../support/scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace tidings;

class TstDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void links_data();
    void links();
    void titlesAndTypes();
    void hugeAndBrokenPagesAreLinear_data();
    void hugeAndBrokenPagesAreLinear();
    void commonPaths();
    void probeAnnouncedLinks();
    void probeCommonPaths();
    void probeFeedItself();
    void probeNothingFound();
};

namespace {

const QUrl kPage(QStringLiteral("https://example.org/blog/post.html"));
const QByteArray kFeed = "<rss version=\"2.0\"><channel><title>Loopback feed</title></channel></rss>";

QByteArray page(const QByteArray &head, const QByteArray &body = "<p>hello</p>")
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Blog</title>" + head + "</head><body>" + body +
           "</body></html>";
}

QStringList urlsOf(const QList<FeedCandidate> &candidates)
{
    QStringList urls;
    for (const FeedCandidate &candidate : candidates)
        urls.append(candidate.url.toString());
    return urls;
}

FeedProbe::Result probe(const QUrl &url)
{
    FeedProbe probe;
    probe.setLimits(testLimits());
    QSignalSpy spy(&probe, &FeedProbe::finished);
    probe.start(url);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<FeedProbe::Result>();
}

} // namespace

void TstDiscovery::links_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("urls");
    const QString rss = QStringLiteral("https://example.org/feed.xml");

    QTest::newRow("several feeds, document order")
        << page("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">"
                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\">"
                "<link rel=\"alternate\" type=\"application/feed+json\" href=\"/feed.json\">")
        << QStringList{rss, QStringLiteral("https://example.org/atom.xml"), QStringLiteral("https://example.org/feed.json")};
    QTest::newRow("relative to the page") << page("<link rel=alternate type=application/rss+xml href=feed.xml>")
                                          << QStringList{QStringLiteral("https://example.org/blog/feed.xml")};
    QTest::newRow("parent directory") << page("<link rel='alternate' type='application/rss+xml' href='../feed.xml'>")
                                      << QStringList{rss};
    QTest::newRow("protocol-relative") << page("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"//cdn.example.net/f.xml\">")
                                       << QStringList{QStringLiteral("https://cdn.example.net/f.xml")};
    QTest::newRow("base href") << page("<base href=\"https://example.org/sub/\"><link rel=\"alternate\" type=\"application/rss+xml\" href=\"f.xml\">")
                               << QStringList{QStringLiteral("https://example.org/sub/f.xml")};
    QTest::newRow("hostile base ignored") << page("<base href=\"javascript:x\"><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">")
                                          << QStringList{rss};
    QTest::newRow("entity in href") << page("<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/f?a=1&amp;b=2\">")
                                    << QStringList{QStringLiteral("https://example.org/f?a=1&b=2")};
    QTest::newRow("rel alternate feed") << page("<link rel=\"alternate feed\" type=\"application/rss+xml\" href=\"/feed.xml\">") << QStringList{rss};
    QTest::newRow("rel feed alternate, upper case") << page("<LINK REL=\"Feed  ALTERNATE\" TYPE=\"Application/RSS+XML\" HREF=\"/feed.xml\">") << QStringList{rss};
    QTest::newRow("rel with tabs and newlines") << page("<link rel=\"\talternate\n\" type=\"application/rss+xml\" href=\"/feed.xml\"/>") << QStringList{rss};
    QTest::newRow("type with parameters") << page("<link rel=\"alternate\" type=\"application/rss+xml; charset=utf-8\" href=\"/feed.xml\">") << QStringList{rss};
    QTest::newRow("attributes in any order") << page("<link href=\"/feed.xml\" type=\"application/rss+xml\" rel=\"alternate\">") << QStringList{rss};
    QTest::newRow("alternate stylesheet") << page("<link rel=\"alternate stylesheet\" type=\"text/css\" href=\"/dark.css\">") << QStringList{};
    QTest::newRow("alternate language") << page("<link rel=\"alternate\" hreflang=\"de\" type=\"text/html\" href=\"/de/\">") << QStringList{};
    QTest::newRow("no type") << page("<link rel=\"alternate\" href=\"/feed.xml\">") << QStringList{};
    QTest::newRow("icon") << page("<link rel=\"icon\" type=\"application/rss+xml\" href=\"/feed.xml\">") << QStringList{};
    QTest::newRow("no links") << page({}) << QStringList{};
    QTest::newRow("repeats dropped") << page("<link rel=alternate type=application/rss+xml href=/feed.xml>"
                                             "<link rel=alternate type=application/rss+xml href=https://example.org/feed.xml>")
                                     << QStringList{rss};
    QTest::newRow("plain json last") << page("<link rel=alternate type=application/json href=/wp-json/wp/v2/pages/5>"
                                             "<link rel=alternate type=application/rss+xml href=/feed.xml>")
                                     << QStringList{rss, QStringLiteral("https://example.org/wp-json/wp/v2/pages/5")};
    QTest::newRow("javascript: dropped") << page("<link rel=alternate type=application/rss+xml href=\"javascript:alert(1)\">") << QStringList{};
    QTest::newRow("obfuscated javascript: dropped") << page("<link rel=alternate type=application/rss+xml href=\" java&#9;script:alert(1)\">") << QStringList{};
    QTest::newRow("file: dropped") << page("<link rel=alternate type=application/rss+xml href=\"file:///etc/passwd\">"
                                           "<link rel=alternate type=application/rss+xml href=/feed.xml>")
                                   << QStringList{rss};
    QTest::newRow("data: and ftp: dropped") << page("<link rel=alternate type=application/rss+xml href=\"data:text/xml,<rss/>\">"
                                                    "<link rel=alternate type=application/rss+xml href=\"ftp://example.org/f\">")
                                            << QStringList{};
    QTest::newRow("empty href") << page("<link rel=alternate type=application/rss+xml href=\"\">") << QStringList{};
    QTest::newRow("links in body ignored") << page({}, "<link rel=alternate type=application/rss+xml href=/feed.xml>") << QStringList{};
    QTest::newRow("link in a comment") << page("<!-- <link rel=alternate type=application/rss+xml href=/c.xml> -->") << QStringList{};
    QTest::newRow("link in a script string")
        << page("<script>document.write('<link rel=alternate type=application/rss+xml href=/s.xml>')</script>"
                "<link rel=alternate type=application/rss+xml href=/feed.xml>")
        << QStringList{rss};
    QTest::newRow("'>' inside a quoted attribute") << page("<meta content=\"a > b\"><link title=\"x > y\" rel=alternate type=application/rss+xml href=/feed.xml>")
                                                    << QStringList{rss};
    QTest::newRow("no head element") << QByteArray("<link rel=alternate type=application/atom+xml href=/atom.xml><p>hi")
                                     << QStringList{QStringLiteral("https://example.org/atom.xml")};
    QTest::newRow("unterminated quote") << QByteArray("<html><head><link rel=\"alternate type=application/rss+xml href=/feed.xml>") << QStringList{};
    QTest::newRow("empty") << QByteArray() << QStringList{};
}

void TstDiscovery::links()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, urls);
    QCOMPARE(urlsOf(findFeedLinks(html, kPage)), urls);
}

void TstDiscovery::titlesAndTypes()
{
    const QList<FeedCandidate> found = findFeedLinks(
        page("<link rel=alternate type=\"application/atom+xml\" title=\"  Caf&eacute;\n  posts &amp; notes \" href=/a>"
             "<link rel=alternate type=application/rss+xml href=/r>"),
        kPage);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).title, QStringLiteral("Caf\u00e9 posts & notes"));
    QCOMPARE(found.at(0).type, QByteArray("application/atom+xml"));
    QCOMPARE(found.at(0).source, FeedCandidate::Source::LinkTag);
    QVERIFY(found.at(1).title.isEmpty());
}

void TstDiscovery::hugeAndBrokenPagesAreLinear_data()
{
    QTest::addColumn<QByteArray>("html");
    const int n = 400'000;
    QTest::newRow("many links") << page(QByteArray("<link rel=alternate type=text/html href=/x>").repeated(n / 10));
    QTest::newRow("open angles") << QByteArray("<head>") + QByteArray("<").repeated(n * 10);
    QTest::newRow("unclosed tags") << QByteArray("<head>") + QByteArray("<link rel=alternate ").repeated(n);
    QTest::newRow("unclosed comments") << QByteArray("<head>") + QByteArray("<!--").repeated(n);
    QTest::newRow("script without end") << QByteArray("<head><script>") + QByteArray("</scrip <").repeated(n);
    QTest::newRow("attributes") << QByteArray("<head><link ") + QByteArray("a=b ").repeated(n) + ">";
}

void TstDiscovery::hugeAndBrokenPagesAreLinear()
{
    QFETCH(QByteArray, html);
    QElapsedTimer clock;
    clock.start();
    const QList<FeedCandidate> found = findFeedLinks(html, kPage);
    QVERIFY(found.size() <= 32);
    // Linear work is tens of milliseconds here; anything quadratic would take minutes.
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
}

void TstDiscovery::commonPaths()
{
    const QList<QUrl> urls = commonFeedUrls(QUrl(QStringLiteral("https://user:pw@example.org/blog/post.html?x=1#top")));
    QCOMPARE(urls.size(), 14);
    QCOMPARE(urls.first(), QUrl(QStringLiteral("https://example.org/blog/feed")));
    QCOMPARE(urls.at(7), QUrl(QStringLiteral("https://example.org/feed")));
    QVERIFY(urls.contains(QUrl(QStringLiteral("https://example.org/atom.xml"))));
    QVERIFY(urls.contains(QUrl(QStringLiteral("https://example.org/index.xml"))));
    QVERIFY(urls.contains(QUrl(QStringLiteral("https://example.org/feed.json"))));
    QVERIFY(urls.contains(QUrl(QStringLiteral("https://example.org/rss"))));
    QCOMPARE(commonFeedUrls(QUrl(QStringLiteral("http://example.org"))).size(), 7);
    QVERIFY(commonFeedUrls(QUrl(QStringLiteral("file:///home/x.html"))).isEmpty());
}

void TstDiscovery::probeAnnouncedLinks()
{
    ScriptedHttpServer server;
    server.respond("/", 200, page("<link rel=alternate type=application/rss+xml title=Posts href=/posts.xml>"
                                  "<link rel=alternate type=application/atom+xml title=Comments href=/comments.xml>"),
                   {{"Content-Type", "text/html"}});
    const FeedProbe::Result result = probe(server.url(QStringLiteral("/")));
    QCOMPARE(result.candidates.size(), 2);
    QCOMPARE(result.candidates.at(0).url, server.url(QStringLiteral("/posts.xml")));
    QCOMPARE(result.candidates.at(1).title, QStringLiteral("Comments"));
    QCOMPARE(server.requests().size(), 1);   // announced links are reported, not probed
}

void TstDiscovery::probeCommonPaths()
{
    ScriptedHttpServer server;
    server.respond("/", 200, page({}), {{"Content-Type", "text/html"}});
    server.respond("/feed", 301, {}, {{"Location", "/feed/"}});
    server.respond("/feed/", 200, kFeed, {{"Content-Type", "text/html"}});   // served with the wrong type
    server.respond("/rss", 200, page({}));                                   // a web page, not a feed
    server.respond("/index.xml", 200, kFeed);
    const FeedProbe::Result result = probe(server.url(QStringLiteral("/")));
    QCOMPARE(urlsOf(result.candidates), (QStringList{server.url(QStringLiteral("/feed/")).toString(),
                                                      server.url(QStringLiteral("/index.xml")).toString()}));
    QCOMPARE(result.candidates.first().title, QStringLiteral("Loopback feed"));
    QCOMPARE(result.candidates.first().source, FeedCandidate::Source::CommonPath);
    QVERIFY(result.message.isEmpty());
}

void TstDiscovery::probeFeedItself()
{
    ScriptedHttpServer server;
    server.respond("/feed.xml", 200, kFeed, {{"Content-Type", "application/rss+xml"}});
    const FeedProbe::Result result = probe(server.url(QStringLiteral("/feed.xml")));
    QCOMPARE(result.candidates.size(), 1);
    QCOMPARE(result.candidates.first().source, FeedCandidate::Source::Document);
    QCOMPARE(result.candidates.first().title, QStringLiteral("Loopback feed"));
    QCOMPARE(server.requests().size(), 1);
}

void TstDiscovery::probeNothingFound()
{
    ScriptedHttpServer server;
    server.respond("/", 200, page({}), {{"Content-Type", "text/html"}});
    const FeedProbe::Result result = probe(server.url(QStringLiteral("/")));
    QVERIFY(result.candidates.isEmpty());
    QVERIFY2(result.message.startsWith(QLatin1String("no feed was found")), qPrintable(result.message));
    QCOMPARE(server.requests().size(), 8);   // the page and the seven common paths

    const FeedProbe::Result missing = probe(server.url(QStringLiteral("/missing")));
    QVERIFY(missing.candidates.isEmpty());
    QVERIFY(missing.message.contains(QLatin1String("404")));
}

QTEST_GUILESS_MAIN(TstDiscovery)
#include "tst_discovery.moc"
