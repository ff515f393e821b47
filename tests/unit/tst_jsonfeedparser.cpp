#include "core/feed/jsonfeedparser.h"
#include "core/html/htmltext.h"
#include "core/i18n/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tidings;

Q_DECLARE_METATYPE(tidings::FeedFormat)
Q_DECLARE_METATYPE(tidings::Person)

namespace {

ParseResult parse(const QByteArray &json, const QUrl &documentUrl = QUrl())
{
    ParseResult result;
    parseJsonFeed(json, documentUrl, result);
    return result;
}

// A 1.1 feed around the given items, so each case states only what it is about.
QByteArray feedWith(const QByteArray &items, const QByteArray &feedMembers = {})
{
    return R"({"version":"https://jsonfeed.org/version/1.1","title":"T",)" + feedMembers
            + R"("items":[)" + items + "]}";
}

QString allWarnings(const ParseResult &result)
{
    QStringList lines;
    for (const ParseWarning &warning : result.warnings)
        lines.append(warning.toString());
    return lines.join(u'\n');
}

QStringList ids(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(u',');
}

const QUrl kDocument(QStringLiteral("https://example.org/feeds/main.json"));

} // namespace

class TestJsonFeedParser : public QObject
{
    Q_OBJECT

private slots:
    // Messages with a count ("kept the %n complete item(s)") take their English forms from the
    // English catalogue, as in the CLI and the app.
    void initTestCase() { tidings::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English)); }
    void versions_data();
    void versions();
    void feedFields();
    void authors_data();
    void authors();
    void content_data();
    void content();
    void itemIds_data();
    void itemIds();
    void links_data();
    void links();
    void attachments();
    void dates();
    void wrongTypes_data();
    void wrongTypes();
    void truncated_data();
    void truncated();
    void notAFeed_data();
    void notAFeed();
    void itemCap();
};

void TestJsonFeedParser::versions_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<FeedFormat>("format");
    QTest::addColumn<QString>("warning");

    QTest::newRow("1.0") << QByteArray(R"({"version":"https://jsonfeed.org/version/1","items":[]})")
                         << FeedFormat::Json10 << QString();
    QTest::newRow("1.1") << QByteArray(R"({"version":"https://jsonfeed.org/version/1.1","items":[]})")
                         << FeedFormat::Json11 << QString();
    QTest::newRow("http, trailing slash")
            << QByteArray(R"({"version":"http://jsonfeed.org/version/1/","items":[]})") << FeedFormat::Json10
            << QString();
    QTest::newRow("missing") << QByteArray(R"({"items":[]})") << FeedFormat::Json11
                             << QStringLiteral("feed: no \"version\"; read as JSON Feed 1.1");
    QTest::newRow("unknown") << QByteArray(R"({"version":"https://jsonfeed.org/version/2","items":[]})")
                             << FeedFormat::Json11
                             << QStringLiteral("feed: unknown \"version\" \"https://jsonfeed.org/version/2\"; "
                                               "read as JSON Feed 1.1");
    QTest::newRow("number") << QByteArray(R"({"version":1.1,"items":[]})") << FeedFormat::Json11
                            << QStringLiteral("feed: unknown \"version\" a number; read as JSON Feed 1.1");
    QTest::newRow("versioned, no items")
            << QByteArray(R"({"version":"https://jsonfeed.org/version/1.1","title":"x"})") << FeedFormat::Json11
            << QStringLiteral("feed: no \"items\" array; read as a feed without items");
}

void TestJsonFeedParser::versions()
{
    QFETCH(QByteArray, json);
    QFETCH(FeedFormat, format);
    QFETCH(QString, warning);
    const ParseResult result = parse(json);
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(result.feed.format, format);
    QCOMPARE(allWarnings(result), warning);
}

void TestJsonFeedParser::feedFields()
{
    const ParseResult result = parse(R"({
        "version": "https://jsonfeed.org/version/1.1",
        "title": "  Caf&eacute; <b>news</b>\n",
        "home_page_url": "https://example.org/",
        "feed_url": "/feeds/main.json",
        "description": "Daily notes.\nMostly about coffee.",
        "icon": "img/icon-512.png",
        "favicon": "https://cdn.example.org/favicon.ico",
        "language": " fr-CA ",
        "expired": true,
        "authors": [{"name": "Ana", "url": "/about/", "avatar": "https://example.org/a.png"}],
        "items": [{"id": "1", "content_text": "x"}]
    })", kDocument);
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(allWarnings(result), QString());
    const Feed &feed = result.feed;
    QCOMPARE(feed.title, QStringLiteral("Café news"));
    QCOMPARE(feed.link, QStringLiteral("https://example.org/"));
    QCOMPARE(feed.self, QStringLiteral("https://example.org/feeds/main.json"));
    QCOMPARE(feed.description, QStringLiteral("Daily notes.\nMostly about coffee."));
    QCOMPARE(feed.image, QStringLiteral("https://example.org/img/icon-512.png"));
    QCOMPARE(feed.icon, QStringLiteral("https://cdn.example.org/favicon.ico"));
    QCOMPARE(feed.language, QStringLiteral("fr-CA"));
    QCOMPARE(feed.authors, (QList<Person>{{QStringLiteral("Ana"), {}, QStringLiteral("https://example.org/about/")}}));
    QCOMPARE(feed.items.size(), 1);
    QCOMPARE(feed.items[0].language, QStringLiteral("fr-CA"));   // inherited from the feed
    QCOMPARE(feed.items[0].authors, feed.authors);
}

void TestJsonFeedParser::authors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QList<Person>>("itemAuthors");

    const Person ana{QStringLiteral("Ana"), {}, QStringLiteral("https://ana.example/")};
    const Person bo{QStringLiteral("Bo"), QStringLiteral("bo@example.org"), {}};
    QTest::newRow("1.0 author object")
            << QByteArray(R"({"version":"https://jsonfeed.org/version/1","items":[
                  {"id":"1","author":{"name":"Ana","url":"https://ana.example/"}}]})")
            << QList<Person>{ana};
    QTest::newRow("1.1 authors array, mailto")
            << feedWith(R"({"id":"1","authors":[{"name":"Ana","url":"https://ana.example/"},
                                                  {"name":" Bo ","url":"mailto:bo@example.org?subject=hi"}]})")
            << QList<Person>{ana, bo};
    QTest::newRow("authors preferred over author")
            << feedWith(R"({"id":"1","authors":[{"name":"Bo","url":"mailto:bo@example.org"}],
                            "author":{"name":"Ana","url":"https://ana.example/"}})")
            << QList<Person>{bo};
    QTest::newRow("inherited from 1.1 feed")
            << feedWith(R"({"id":"1"})", R"("authors":[{"name":"Ana","url":"https://ana.example/"}],)")
            << QList<Person>{ana};
    QTest::newRow("inherited from 1.0 feed author")
            << feedWith(R"({"id":"1","authors":[]})", R"("author":{"name":"Ana","url":"https://ana.example/"},)")
            << QList<Person>{ana};
    QTest::newRow("item's own win")
            << feedWith(R"({"id":"1","author":{"name":"Bo","url":"mailto:bo@example.org"}})",
                        R"("authors":[{"name":"Ana","url":"https://ana.example/"}],)")
            << QList<Person>{bo};
    QTest::newRow("avatar only is no one")
            << feedWith(R"({"id":"1","authors":[{"avatar":"https://example.org/a.png"}]})") << QList<Person>{};
    QTest::newRow("html name") << feedWith(R"({"id":"1","authors":[{"name":"<i>Ana</i> &amp; Bo"}]})")
                               << QList<Person>{{QStringLiteral("Ana & Bo"), {}, {}}};
}

void TestJsonFeedParser::authors()
{
    QFETCH(QByteArray, json);
    QFETCH(QList<Person>, itemAuthors);
    const ParseResult result = parse(json);
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(allWarnings(result), QString());
    QCOMPARE(result.feed.items.size(), 1);
    QCOMPARE(result.feed.items[0].authors, itemAuthors);
}

void TestJsonFeedParser::content_data()
{
    QTest::addColumn<QByteArray>("item");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("content");

    QTest::newRow("html preferred")
            << QByteArray(R"({"id":"1","title":"Hi","content_html":"<p>A <b>b</b></p>","content_text":"A b"})")
            << QStringLiteral("Hi") << QString() << QStringLiteral("<p>A <b>b</b></p>");
    QTest::newRow("text escaped")
            << QByteArray(R"({"id":"1","content_text":"1 < 2 & <script>alert(1)</script>"})") << QString()
            << QString() << plainTextToHtml(u"1 < 2 & <script>alert(1)</script>");
    QTest::newRow("empty html falls back to text")
            << QByteArray(R"({"id":"1","content_html":"  ","content_text":"plain"})") << QString() << QString()
            << plainTextToHtml(u"plain");
    QTest::newRow("summary is plain text")
            << QByteArray(R"({"id":"1","summary":" Fish & <chips> "})") << QString()
            << plainTextToHtml(u"Fish & <chips>") << QString();
    QTest::newRow("html title") << QByteArray(R"({"id":"1","title":"  <em>Big</em> &amp; small\n news "})")
                                << QStringLiteral("Big & small news") << QString() << QString();
    QTest::newRow("unicode, rtl, emoji")
            << QByteArray(R"({"id":"1","title":"\u05e9\u05dc\u05d5\u05dd \ud83d\ude00","content_html":"<p dir=\"rtl\">\u0645\u0631\u062d\u0628\u0627</p>"})")
            << QStringLiteral("שלום 😀") << QString() << QStringLiteral("<p dir=\"rtl\">مرحبا</p>");
}

void TestJsonFeedParser::content()
{
    QFETCH(QByteArray, item);
    QFETCH(QString, title);
    QFETCH(QString, summary);
    QFETCH(QString, content);
    const ParseResult result = parse(feedWith(item));
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(result.feed.items.size(), 1);
    const Item &parsed = result.feed.items[0];
    QCOMPARE(parsed.title, title);
    QCOMPARE(parsed.summary, summary);
    QCOMPARE(parsed.content, content);
    QVERIFY(!parsed.content.contains(QLatin1String("<script")));
}

void TestJsonFeedParser::itemIds_data()
{
    QTest::addColumn<QByteArray>("id");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("warning");

    QTest::newRow("string, trimmed") << QByteArray(R"(" tag:x,2024:1 ")") << QStringLiteral("tag:x,2024:1") << QString();
    QTest::newRow("integer") << QByteArray("42") << QStringLiteral("42") << QString();
    QTest::newRow("negative") << QByteArray("-7") << QStringLiteral("-7") << QString();
    QTest::newRow("big integer") << QByteArray("9007199254740993") << QStringLiteral("9007199254740993") << QString();
    QTest::newRow("exponent") << QByteArray("1e3") << QStringLiteral("1000") << QString();
    QTest::newRow("fraction") << QByteArray("2.5") << QStringLiteral("2.5") << QString();
    QTest::newRow("huge") << QByteArray("1e300") << QStringLiteral("1e+300") << QString();
    QTest::newRow("null") << QByteArray("null") << QString() << QString();
    QTest::newRow("object") << QByteArray(R"({"a":1})") << QString()
                            << QStringLiteral("item 1: \"id\" is an object, not a string; ignored");
    QTest::newRow("boolean") << QByteArray("true") << QString()
                             << QStringLiteral("item 1: \"id\" is a boolean, not a string; ignored");
}

void TestJsonFeedParser::itemIds()
{
    QFETCH(QByteArray, id);
    QFETCH(QString, expected);
    QFETCH(QString, warning);
    const ParseResult result = parse(feedWith(R"({"id":)" + id + R"(,"title":"x"})"));
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(result.feed.items.size(), 1);
    QCOMPARE(result.feed.items[0].id, expected);
    QCOMPARE(allWarnings(result), warning);
}

void TestJsonFeedParser::links_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QUrl>("documentUrl");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("thumbnail");
    QTest::addColumn<QString>("warning");

    QTest::newRow("relative to home page")
            << feedWith(R"({"id":"1","url":"posts/1","image":"/i/1.png"})", R"("home_page_url":"https://blog.example/",)")
            << kDocument << QStringLiteral("https://blog.example/posts/1") << QStringLiteral("https://blog.example/posts/1")
            << QStringLiteral("https://blog.example/i/1.png") << QString();
    QTest::newRow("relative home page, relative item")
            << feedWith(R"({"id":"1","url":"p/1"})", R"("home_page_url":"../blog/",)") << kDocument
            << QStringLiteral("https://example.org/blog/p/1") << QStringLiteral("https://example.org/blog/p/1")
            << QString() << QString();
    QTest::newRow("external_url when no url")
            << feedWith(R"({"id":"1","external_url":"https://other.example/story","banner_image":"b.jpg"})")
            << kDocument << QStringLiteral("https://other.example/story")
            << QStringLiteral("https://other.example/story") << QStringLiteral("https://example.org/feeds/b.jpg")
            << QString();
    QTest::newRow("no link: feed link is the base")
            << feedWith(R"({"id":"1"})", R"("home_page_url":"https://blog.example/",)") << kDocument << QString()
            << QStringLiteral("https://blog.example/") << QString() << QString();
    QTest::newRow("no link, no feed link: document is the base")
            << feedWith(R"({"id":"1"})") << kDocument << QString() << kDocument.toString() << QString() << QString();
    QTest::newRow("relative without any base")
            << feedWith(R"({"id":"1","url":"posts/1"})") << QUrl() << QString() << QString() << QString()
            << QStringLiteral("item 1: relative \"url\" \"posts/1\" has no base URL to resolve against; dropped");
    QTest::newRow("javascript url")
            << feedWith(R"j({"id":"1","url":"javascript:alert(1)","external_url":"https://ok.example/"})j")
            << kDocument << QStringLiteral("https://ok.example/") << QStringLiteral("https://ok.example/")
            << QString() << QStringLiteral("item 1: \"url\" \"javascript:alert(1)\" is not an http(s) URL; dropped");
}

void TestJsonFeedParser::links()
{
    QFETCH(QByteArray, json);
    QFETCH(QUrl, documentUrl);
    QFETCH(QString, link);
    QFETCH(QString, baseUrl);
    QFETCH(QString, thumbnail);
    QFETCH(QString, warning);
    const ParseResult result = parse(json, documentUrl);
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(result.feed.items.size(), 1);
    const Item &item = result.feed.items[0];
    QCOMPARE(item.link, link);
    QCOMPARE(item.baseUrl, baseUrl);
    QCOMPARE(item.thumbnail, thumbnail);
    QCOMPARE(allWarnings(result), warning);
}

void TestJsonFeedParser::attachments()
{
    const ParseResult result = parse(feedWith(R"({"id":"ep1","attachments":[
            {"url":"/media/ep1.mp3","mime_type":" Audio/MPEG ","size_in_bytes":31457280},
            {"url":"https://cdn.example/ep1.m4a","mime_type":"audio/mp4","size_in_bytes":0,"duration_in_seconds":1800.4},
            {"url":"https://cdn.example/ep1.ogg","size_in_bytes":-5,"duration_in_seconds":99},
            {"url":"ftp://old.example/ep1.mp3"},
            {"mime_type":"audio/mpeg"},
            "https://cdn.example/bare.mp3"
        ]})", R"("home_page_url":"https://pod.example/show/",)"), kDocument);
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(result.feed.items.size(), 1);
    const Item &item = result.feed.items[0];
    const QList<Enclosure> expected{
        {QStringLiteral("https://pod.example/media/ep1.mp3"), QStringLiteral("audio/mpeg"), 31457280},
        {QStringLiteral("https://cdn.example/ep1.m4a"), QStringLiteral("audio/mp4"), std::nullopt},
        {QStringLiteral("https://cdn.example/ep1.ogg"), QString(), std::nullopt},
    };
    QCOMPARE(item.enclosures, expected);
    QCOMPARE(item.durationSeconds, std::optional<int>(1800));
    QCOMPARE(allWarnings(result),
             QStringLiteral("item 1: attachment 4: \"url\" \"ftp://old.example/ep1.mp3\" is not an http(s) URL; dropped\n"
                            "item 1: attachment 5: has no \"url\"; ignored\n"
                            "item 1: attachment 6 is a string, not an object; ignored"));
}

void TestJsonFeedParser::dates()
{
    const ParseResult result = parse(feedWith(R"(
        {"id":"a","date_published":"2024-05-01T10:20:30+02:00","date_modified":"2024-05-02T00:00:00Z"},
        {"id":"b","date_published":"yesterday","date_modified":""},
        {"id":"c","date_published":"2024-05-01T10:20:30"})"));
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(result.feed.items.size(), 3);
    const auto &items = result.feed.items;
    QCOMPARE(items[0].published, QDateTime(QDate(2024, 5, 1), QTime(8, 20, 30), Qt::UTC));
    QCOMPARE(items[0].updated, QDateTime(QDate(2024, 5, 2), QTime(0, 0), Qt::UTC));
    QVERIFY(!items[1].published.isValid());
    QVERIFY(!items[1].updated.isValid());
    QCOMPARE(items[2].published, QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), Qt::UTC));
    QCOMPARE(allWarnings(result),
             QStringLiteral("item 2: unparseable date_published \"yesterday\"\n"
                            "item 3: date_published \"2024-05-01T10:20:30\" has no time zone; UTC assumed"));
}

void TestJsonFeedParser::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("warning");

    QTest::newRow("feed title") << QByteArray(R"({"version":"https://jsonfeed.org/version/1","title":7,"items":[]})")
                                << QStringLiteral("feed: \"title\" is a number, not a string; ignored");
    QTest::newRow("feed authors")
            << feedWith({}, R"("authors":{"name":"x"},)")
            << QStringLiteral("feed: \"authors\" is an object, not an array; ignored");
    QTest::newRow("feed author") << feedWith({}, R"("author":"Ana",)")
                                 << QStringLiteral("feed: author is a string, not an object; ignored");
    QTest::newRow("item not object") << feedWith(R"("just text",{"id":"2"})")
                                     << QStringLiteral("item 1 is a string, not an object; ignored");
    QTest::newRow("item title array") << feedWith(R"({"title":["a"]})")
                                      << QStringLiteral("item 1: \"title\" is an array, not a string; ignored");
    QTest::newRow("item url number") << feedWith(R"({"url":5})")
                                     << QStringLiteral("item 1: \"url\" is a number, not a string; ignored");
    QTest::newRow("tags string") << feedWith(R"({"tags":"a,b"})")
                                 << QStringLiteral("item 1: \"tags\" is a string, not an array; ignored");
    QTest::newRow("tag number") << feedWith(R"({"tags":["a",3]})")
                                << QStringLiteral("item 1: tag 2 is a number, not a string; ignored");
    QTest::newRow("attachments object") << feedWith(R"({"attachments":{"url":"https://x.example/a"}})")
                                        << QStringLiteral("item 1: \"attachments\" is an object, not an array; ignored");
    QTest::newRow("attachment url number") << feedWith(R"({"attachments":[{"url":5,"mime_type":"audio/mpeg"}]})")
                                           << QStringLiteral("item 1: attachment 1: \"url\" is a number, not a string; ignored");
    QTest::newRow("size string")
            << feedWith(R"({"attachments":[{"url":"https://x.example/a","size_in_bytes":"12"}]})")
            << QStringLiteral("item 1: attachment 1: \"size_in_bytes\" is a string, not a number; ignored");
    QTest::newRow("date number") << feedWith(R"({"date_published":20240501})")
                                 << QStringLiteral("item 1: \"date_published\" is a number, not a string; ignored");
    QTest::newRow("author name object")
            << feedWith(R"({"authors":[{"name":{"first":"A"},"url":"https://a.example/"}]})")
            << QStringLiteral("item 1: author 1: \"name\" is an object, not a string; ignored");
    QTest::newRow("nulls are absent") << feedWith(R"({"id":null,"title":null,"tags":null,"attachments":null})")
                                      << QString();
}

void TestJsonFeedParser::wrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, warning);
    const ParseResult result = parse(json, kDocument);
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(allWarnings(result), warning);
}

void TestJsonFeedParser::truncated_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("warning");

    const QByteArray whole = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[\n"
                             "  {\"id\":\"1\",\"title\":\"a \\\"}] quoted\"},\n"
                             "  {\"id\":\"2\",\"tags\":[\"x\",\"y\"]},\n"
                             "  {\"id\":\"3\",\"title\":\"été\"}\n"
                             "]}";
    QVERIFY(QJsonDocument::fromJson(whole).isObject());
    QTest::newRow("inside item 3") << whole.left(whole.indexOf("\"id\":\"3\"") + 7) << ids("1,2")
                                   << QStringLiteral("line 4, column 11: invalid JSON (unterminated string); "
                                                     "kept the 2 complete items before it");
    QTest::newRow("after the last brace")
            << whole.left(whole.lastIndexOf(']')) << ids("1,2,3")
            << QStringLiteral("line 5, column 1: invalid JSON (unterminated array); kept the 3 complete items before it");
    QTest::newRow("inside a nested array") << whole.left(whole.indexOf("\"y\"")) << ids("1")
                                           << QStringLiteral("line 3, column 25: invalid JSON (unterminated array); "
                                                             "kept the 1 complete item before it");
    QTest::newRow("syntax error inside item 2")
            << QByteArray(whole).replace("\"y\"]", "\"y\",]") << ids("1")
            << QStringLiteral("line 3, column 29: invalid JSON (object is missing after a comma); "
                              "kept the 1 complete item before it");
    QTest::newRow("nesting too deep in item 2")
            << R"({"title":"T","items":[{"id":"1"},{"x":)" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}]}"
            << ids("1")
            << QStringLiteral("line 1, column 1060: invalid JSON (too deeply nested document); "
                              "kept the 1 complete item before it\nfeed: no \"version\"; read as JSON Feed 1.1");
    QTest::newRow("garbage after the document") << whole + "\n<html>" << ids("1,2,3")
                                                << QStringLiteral("line 6, column 1: invalid JSON (garbage at the end "
                                                                  "of the document); what follows the JSON was ignored");
}

void TestJsonFeedParser::truncated()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, ids);
    QFETCH(QString, warning);
    const ParseResult result = parse(json);
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(result.feed.title, QStringLiteral("T"));
    QStringList parsedIds;
    for (const Item &item : result.feed.items)
        parsedIds.append(item.id);
    QCOMPARE(parsedIds, ids);
    QCOMPARE(allWarnings(result), warning);
}

void TestJsonFeedParser::notAFeed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << QStringLiteral("invalid JSON at line 1, column 1: illegal value");
    QTest::newRow("html") << QByteArray("<!doctype html>\n<html>")
                          << QStringLiteral("invalid JSON at line 1, column 1: illegal value");
    QTest::newRow("array") << QByteArray(R"([{"items":[]}])")
                           << QStringLiteral("not a JSON Feed: the top level of the JSON is an array, not an object");
    QTest::newRow("no items") << QByteArray(R"({"name":"manifest","icons":[]})")
                              << QStringLiteral("not a JSON Feed: the JSON has no \"items\" array");
    QTest::newRow("items not array") << QByteArray(R"({"items":"none"})")
                                     << QStringLiteral("not a JSON Feed: \"items\" is a string, not an array");
    QTest::newRow("truncated before any item")
            << QByteArray("{\"version\":\"https://jsonfeed.org/version/1\",\n\"items\":[{\"id\":\"1\",\"ti")
            << QStringLiteral("invalid JSON at line 2, column 23: unterminated string");
    QTest::newRow("truncated header") << QByteArray(R"({"version":"https://json)")
                                      << QStringLiteral("invalid JSON at line 1, column 25: unterminated string");
}

void TestJsonFeedParser::notAFeed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const ParseResult result = parse(json);
    QVERIFY(!result.isFeed());
    QCOMPARE(result.error, error);
    QVERIFY(result.feed.items.isEmpty());
}

void TestJsonFeedParser::itemCap()
{
    QByteArray json = feedWith({});
    json.chop(2);
    json.reserve(json.size() + (kMaxJsonFeedItems + 2) * 12);
    for (qsizetype i = 0; i < kMaxJsonFeedItems + 2; ++i)
        json += (i ? ",{\"id\":" : "{\"id\":") + QByteArray::number(i) + '}';
    json += "]}";
    const ParseResult result = parse(json);
    QVERIFY2(result.isFeed(), qPrintable(result.error));
    QCOMPARE(result.feed.items.size(), kMaxJsonFeedItems);
    QCOMPARE(result.feed.items.last().id, QString::number(kMaxJsonFeedItems - 1));
    QCOMPARE(allWarnings(result), QStringLiteral("feed: 100002 items; only the first 100000 were read"));
}

QTEST_GUILESS_MAIN(TestJsonFeedParser)
#include "tst_jsonfeedparser.moc"
