// parseFeed() values that the contract JSON does not print but the store and scheduler use.

#include "core/feed/parsefeed.h"

#include <QTest>

using namespace tidings;

class TstParseFeed : public QObject
{
    Q_OBJECT

private slots:
    void updateHints();
    void commentsAndCounts();
    void podcastDuration();
    void languages();
    void guidPermalinkFlag();
    void summaryKeepsItsOwnBase();
    void rawModeKeepsMarkup();
    void derivedIdsAreStable();
    void formatNames();
    void warningText();
    void wellFormedNestingIsReadAsWritten();
};

namespace {

ParseResult parse(const QByteArray &xml, const ParseOptions &options = {})
{
    return parseFeed(xml, QUrl(QStringLiteral("https://example.org/feed.xml")), {}, options);
}

const QByteArray kNamespaces = " xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\""
                               " xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\""
                               " xmlns:slash=\"http://purl.org/rss/1.0/modules/slash/\""
                               " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\""
                               " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

QByteArray rss(const QByteArray &channel)
{
    return "<rss version=\"2.0\"" + kNamespaces + "><channel><title>T</title><link>https://example.org/</link>"
        + channel + "</channel></rss>";
}

} // namespace

void TstParseFeed::updateHints()
{
    const ParseResult result = parse(rss("<ttl>45</ttl><sy:updatePeriod>hourly</sy:updatePeriod>"
                                         "<sy:updateFrequency>2</sy:updateFrequency>"));
    QVERIFY(result.isFeed());
    QCOMPARE(result.feed.hints.ttlMinutes, 45);
    QCOMPARE(result.feed.hints.syPeriod, QStringLiteral("hourly"));
    QCOMPARE(result.feed.hints.syFrequency, 2);
    // The larger lower bound wins: ttl 45 min against twice an hour (30 min).
    QCOMPARE(result.feed.hints.minimumIntervalMinutes(), 45);

    const ParseResult daily = parse(rss("<sy:updatePeriod>daily</sy:updatePeriod>"));
    QCOMPARE(daily.feed.hints.minimumIntervalMinutes(), 24 * 60);
    QCOMPARE(parse(rss({})).feed.hints.minimumIntervalMinutes(), 0);
}

void TstParseFeed::commentsAndCounts()
{
    const ParseResult result = parse(rss("<item><guid>1</guid><title>A</title><comments>/c/1</comments>"
                                         "<wfw:commentRss>/c/1/feed</wfw:commentRss>"
                                         "<slash:comments>17</slash:comments></item>"));
    QCOMPARE(result.feed.items.size(), 1);
    const Item &item = result.feed.items.first();
    QCOMPARE(item.comments, QStringLiteral("https://example.org/c/1"));
    QCOMPARE(item.commentsFeed, QStringLiteral("https://example.org/c/1/feed"));
    QCOMPARE(item.commentCount, std::optional<int>(17));
}

void TstParseFeed::podcastDuration()
{
    const ParseResult result = parse(rss("<item><guid>a</guid><itunes:duration>1:02:03</itunes:duration></item>"
                                         "<item><guid>b</guid><itunes:duration>59:30</itunes:duration></item>"
                                         "<item><guid>c</guid><itunes:duration>3600</itunes:duration></item>"
                                         "<item><guid>d</guid><itunes:duration>soon</itunes:duration></item>"));
    QCOMPARE(result.feed.items.size(), 4);
    QCOMPARE(result.feed.items[0].durationSeconds, std::optional<int>(3723));
    QCOMPARE(result.feed.items[1].durationSeconds, std::optional<int>(3570));
    QCOMPARE(result.feed.items[2].durationSeconds, std::optional<int>(3600));
    QCOMPARE(result.feed.items[3].durationSeconds, std::nullopt);
}

void TstParseFeed::languages()
{
    const ParseResult result = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\"><title>T</title>"
                                     "<entry><id>1</id><title>Eins</title></entry>"
                                     "<entry xml:lang=\"fr\"><id>2</id><title>Deux</title></entry></feed>");
    QCOMPARE(result.feed.language, QStringLiteral("de"));
    QCOMPARE(result.feed.items[0].language, QStringLiteral("de"));
    QCOMPARE(result.feed.items[1].language, QStringLiteral("fr"));
}

void TstParseFeed::guidPermalinkFlag()
{
    const ParseResult result = parse(rss("<item><guid isPermaLink=\"false\">urn:x:1</guid><title>A</title></item>"
                                         "<item><guid>https://example.org/p/2</guid><title>B</title></item>"));
    QCOMPARE(result.feed.items[0].idIsPermalink, false);
    QCOMPARE(result.feed.items[0].link, QString());
    QCOMPARE(result.feed.items[1].idIsPermalink, true);
    QCOMPARE(result.feed.items[1].link, QStringLiteral("https://example.org/p/2"));
}

void TstParseFeed::summaryKeepsItsOwnBase()
{
    const ParseResult result = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><id>1</id>"
                                     "<link href=\"https://example.org/posts/1\"/>"
                                     "<summary type=\"html\" xml:base=\"https://cdn.example.org/s/\">&lt;img src=\"a.png\"&gt;</summary>"
                                     "<content type=\"html\">&lt;img src=\"b.png\"&gt;</content></entry></feed>");
    const Item &item = result.feed.items.first();
    QCOMPARE(item.baseUrl, QStringLiteral("https://example.org/posts/1"));
    QCOMPARE(item.summaryBaseUrl, QStringLiteral("https://cdn.example.org/s/"));
    QVERIFY2(item.summary.contains(QLatin1String("https://cdn.example.org/s/a.png")), qPrintable(item.summary));
    QVERIFY2(item.content.contains(QLatin1String("https://example.org/posts/b.png")), qPrintable(item.content));
}

void TstParseFeed::rawModeKeepsMarkup()
{
    const QByteArray xml = rss("<item><guid>1</guid><description><![CDATA[<p onclick=\"x()\">Hi<script>alert(1)</script></p>]]>"
                               "</description></item>");
    ParseOptions raw;
    raw.content = ContentMode::Raw;
    QCOMPARE(parse(xml, raw).feed.items.first().summary,
             QStringLiteral("<p onclick=\"x()\">Hi<script>alert(1)</script></p>"));
    const QString sanitized = parse(xml).feed.items.first().summary;
    QVERIFY(!sanitized.contains(QLatin1String("script")) && !sanitized.contains(QLatin1String("onclick")));
}

void TstParseFeed::derivedIdsAreStable()
{
    const QByteArray xml = rss("<item><title>No id</title><description>one</description></item>"
                               "<item><title>No id</title><description>two</description></item>");
    const ParseResult first = parse(xml);
    const ParseResult second = parse(xml);
    QCOMPARE(first.feed.items.size(), 2);
    QCOMPARE(first.feed.items[0].id, second.feed.items[0].id);
    QVERIFY(first.feed.items[0].id.startsWith(QLatin1String("tidings:")));
    QVERIFY(first.feed.items[0].id != first.feed.items[1].id);
}

void TstParseFeed::formatNames()
{
    QCOMPARE(formatName(FeedFormat::Rss090), QStringLiteral("rss0.90"));
    QCOMPARE(formatName(FeedFormat::Rss10), QStringLiteral("rss1.0"));
    QCOMPARE(formatName(FeedFormat::Rss20), QStringLiteral("rss2.0"));
    QCOMPARE(formatName(FeedFormat::Rss), QStringLiteral("rss"));
    QCOMPARE(formatName(FeedFormat::Atom03), QStringLiteral("atom0.3"));
    QCOMPARE(formatName(FeedFormat::Json11), QStringLiteral("json1.1"));
    QCOMPARE(parse("<rss version=\"2.0.11\"><channel/></rss>").feed.format, FeedFormat::Rss20);
    QCOMPARE(parse("<rss version=\"0.93\"><channel/></rss>").feed.format, FeedFormat::Rss093);
    QCOMPARE(parse("<rss version=\"7\"><channel/></rss>").feed.format, FeedFormat::Rss);
}

void TstParseFeed::warningText()
{
    QCOMPARE((ParseWarning{3, 14, QStringLiteral("bare '&' escaped")}).toString(),
             QStringLiteral("line 3, column 14: bare '&' escaped"));
    QCOMPARE((ParseWarning{0, 0, QStringLiteral("no position")}).toString(), QStringLiteral("no position"));
}

// An <item> inside an extension element of an <item> is correct XML: one item, its extension skipped,
// whether the document needs no repair, needs one elsewhere, or is read by Qt's reader (a non-ASCII
// element name makes the fast tokenizer give up).
void TstParseFeed::wellFormedNestingIsReadAsWritten()
{
    const QByteArray nested = "<item><guid>1</guid><x:related xmlns:x=\"urn:x\"><item><guid>2</guid></item>"
                              "</x:related></item>";
    const QByteArray documents[] = {rss(nested), rss(nested + "<!-- &nbsp; -->").replace("<title>T", "<title>T&nbsp;"),
                                    rss(nested + "<x:\xC3\xA9t\xC3\xA9 xmlns:x=\"urn:x\"/>")};
    for (const QByteArray &xml : documents) {
        const ParseResult result = parse(xml);
        QVERIFY2(result.isFeed(), xml.constData());
        QCOMPARE(result.feed.items.size(), 1);
        QCOMPARE(result.feed.items.first().id, QStringLiteral("1"));
    }
}

QTEST_GUILESS_MAIN(TstParseFeed)
#include "tst_parsefeed.moc"
