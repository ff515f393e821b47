// OPML import: every file in tests/data/opml/ beside its expected reading (x.expected.txt;
// TIDINGS_UPDATE_GOLDEN=1 rewrites them for review), the security rules with positive controls,
// and the caps on generated documents. Export and the round trip: tst_opmlwriter.cpp.

#include "core/opml/opmlreader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace tidings;

namespace {

const QString kDataDir = QStringLiteral(TIDINGS_TEST_DATA "/opml");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray dump(const OpmlDocument &document)
{
    QString out;
    if (!document.ok())
        out += QStringLiteral("error: %1\n").arg(document.error);
    else
        out += QStringLiteral("title: %1\n").arg(document.title);
    for (const OpmlSubscription &s : document.subscriptions) {
        out += QStringLiteral("subscription: [%1] \"%2\" <%3> <%4>\n")
                       .arg(s.folderPath.join(QLatin1String(" / ")), s.title, s.xmlUrl, s.htmlUrl);
    }
    out += QStringLiteral("duplicates: %1, rejected: %2\n").arg(document.duplicates).arg(document.rejected);
    for (const ParseWarning &w : document.warnings)
        out += QStringLiteral("warning: %1\n").arg(w.toString());
    return out.toUtf8();
}

QStringList dataFiles()
{
    QStringList files;
    const QDir dir(kDataDir);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (!name.endsWith(QLatin1String(".expected.txt")) && name != QLatin1String("README.md"))
            files.append(name);
    }
    return files;
}

QByteArray outline(const QString &title, const QString &xmlUrl)
{
    return QStringLiteral("<outline type=\"rss\" text=\"%1\" xmlUrl=\"%2\"/>\n")
            .arg(title.toHtmlEscaped(), xmlUrl.toHtmlEscaped().replace(u'\t', QLatin1String("&#9;")))
            .toUtf8();
}

QByteArray opmlWith(const QByteArray &body)
{
    return "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>t</title></head><body>\n" + body
            + "</body></opml>\n";
}

QStringList messages(const OpmlDocument &document)
{
    QStringList out;
    for (const ParseWarning &w : document.warnings)
        out.append(w.message);
    return out;
}

// The messages the CLI and the app show as they are: lower-case start (but for an acronym), no period.
void checkMessageStyle(const QString &message)
{
    QVERIFY2(message.size() > 1 && (!message.at(0).isUpper() || message.at(1).isUpper()), qPrintable(message));
    QVERIFY2(!message.endsWith(u'.'), qPrintable(message));
}

} // namespace

class TestOpml : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void realExports();
    void address_data();
    void address();
    void hostileFile();
    void includeNeverFollowed();
    void duplicates();
    void categoryRule();
    void brokenFilesRecover();
    void notOpml_data();
    void notOpml();
    void subscriptionCap();
    void hundredThousandOutlines();
    void deepNesting();
    void warningCap();
};

void TestOpml::golden_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : dataFiles())
        QTest::newRow(qPrintable(name)) << name;
}

void TestOpml::golden()
{
    QFETCH(QString, name);
    const QByteArray input = readFile(kDataDir + u'/' + name);
    const OpmlDocument document = readOpml(input);
    const QByteArray actual = dump(document);
    const QString expectedPath = kDataDir + u'/' + name.section(u'.', 0, -2) + QLatin1String(".expected.txt");
    if (qEnvironmentVariableIntValue("TIDINGS_UPDATE_GOLDEN")) {
        QFile file(expectedPath);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(actual);
    }
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(readFile(expectedPath)));
    if (!document.ok()) {
        QVERIFY(document.subscriptions.isEmpty() && document.warnings.isEmpty() && document.title.isEmpty());
        checkMessageStyle(document.error);
    }
    for (const OpmlSubscription &s : document.subscriptions) {
        QVERIFY2(s.xmlUrl.startsWith(QLatin1String("https://")) || s.xmlUrl.startsWith(QLatin1String("http://")),
                 qPrintable(s.xmlUrl));
        QVERIFY(s.htmlUrl.isEmpty() || s.htmlUrl.startsWith(QLatin1String("http")));
    }
    for (const QString &message : messages(document))
        checkMessageStyle(message);
}

// The shapes that matter for an import, checked directly rather than only through the golden files.
void TestOpml::realExports()
{
    const OpmlDocument feedly = readOpml(readFile(kDataDir + QLatin1String("/feedly.opml")));
    QVERIFY(feedly.ok());
    QCOMPARE(feedly.title, QStringLiteral("Jane subscriptions in feedly Cloud"));
    QCOMPARE(feedly.subscriptions.size(), 6);
    QCOMPARE(feedly.subscriptions.at(0).folderPath, QStringList{QStringLiteral("Tech")});
    QCOMPARE(feedly.subscriptions.at(0).xmlUrl, QStringLiteral("http://feeds.arstechnica.com/arstechnica/index"));
    QVERIFY(feedly.warnings.isEmpty());

    const OpmlDocument rssGuard = readOpml(readFile(kDataDir + QLatin1String("/rssguard.opml")));
    QCOMPARE(rssGuard.subscriptions.size(), 4);
    QCOMPARE(rssGuard.subscriptions.at(1).folderPath, (QStringList{QStringLiteral("Linux"), QStringLiteral("Debian")}));
    QCOMPARE(rssGuard.subscriptions.at(3).folderPath, QStringList());

    const OpmlDocument nested = readOpml(readFile(kDataDir + QLatin1String("/nested-folders.opml")));
    QCOMPARE(nested.title, QStringLiteral("Nested folders"));
    QCOMPARE(nested.subscriptions.at(0).folderPath,
             (QStringList{QStringLiteral("Reading"), QStringLiteral("Tech"), QStringLiteral("Programming")}));
    QCOMPARE(nested.subscriptions.at(1).title, QStringLiteral("Go Blog"));
    QCOMPARE(nested.subscriptions.at(5).folderPath, QStringList{QStringLiteral("Reading")});   // unnamed folder adds no level
    QStringList urls;
    for (const OpmlSubscription &s : nested.subscriptions)
        urls.append(s.xmlUrl);
    QVERIFY(urls.contains(QStringLiteral("https://example.com/podcast.rss")));
    QVERIFY(!urls.contains(QStringLiteral("https://example.com/page.html")));
    QVERIFY(urls.contains(QStringLiteral("https://example.com/upper.xml")));
    QVERIFY(urls.contains(QStringLiteral("https://example.com/lower.xml")));
}

void TestOpml::address_data()
{
    QTest::addColumn<QString>("xmlUrl");
    QTest::addColumn<QString>("expected");   // empty: skipped
    const auto row = [](const char *name, const char *in, const char *out) {
        QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
    };
    // Positive controls: the same outline shape with a web address is taken.
    row("https", "https://example.com/feed.xml", "https://example.com/feed.xml");
    row("http upper-case host", "HTTP://Example.COM/Feed.xml", "http://example.com/Feed.xml");
    row("feed://", "feed://example.com/a.xml", "http://example.com/a.xml");
    row("feed:https", "feed:https://example.com/b.xml", "https://example.com/b.xml");
    row("feed:http", "Feed:http://example.com/c.xml", "http://example.com/c.xml");
    row("userinfo removed", "https://u:p@example.com/x", "https://example.com/x");
    // newsboat PR #3400, Liferea CVE-2023-1350 and friends.
    row("pipe", "|rm -rf ~", "");
    row("pipe padded", "  |id", "");
    row("exec", "exec:~/pwn.sh", "");
    row("filter", "filter:/tmp/x.sh:https://example.com/feed", "");
    row("filtercmd", "filtercmd:rm -rf /", "");
    row("file", "file:///etc/passwd", "");
    row("javascript", "javascript:alert(1)", "");
    row("javascript with tab", "java\tscript:alert(1)", "");
    row("data", "data:application/rss+xml;base64,PHJzcy8+", "");
    row("feed:javascript", "feed:javascript:alert(1)", "");
    row("feed:file", "feed:file:///etc/passwd", "");
    row("ftp", "ftp://example.com/f.xml", "");
    row("relative", "/feed.xml", "");
    row("no scheme", "example.com/feed.xml", "");
    row("http without host", "http:///feed.xml", "");
}

void TestOpml::address()
{
    QFETCH(QString, xmlUrl);
    QFETCH(QString, expected);
    const OpmlDocument document = readOpml(opmlWith(outline(QStringLiteral("T"), xmlUrl)));
    QVERIFY(document.ok());
    if (expected.isEmpty()) {
        QVERIFY(document.subscriptions.isEmpty());
        QCOMPARE(document.rejected, 1);
        QCOMPARE(document.warnings.size(), 1);
        // The warning names the address (control characters shown as U+FFFD).
        QString shown = xmlUrl.trimmed();
        shown.replace(u'\t', QChar(0xFFFD));
        QVERIFY2(document.warnings.at(0).message.contains(shown), qPrintable(document.warnings.at(0).message));
        QVERIFY(document.warnings.at(0).line > 0);
    } else {
        QCOMPARE(document.subscriptions.size(), 1);
        QCOMPARE(document.subscriptions.at(0).xmlUrl, expected);
        QCOMPARE(document.rejected, 0);
    }
}

void TestOpml::hostileFile()
{
    const OpmlDocument document = readOpml(readFile(kDataDir + QLatin1String("/hostile.opml")));
    QVERIFY(document.ok());
    QCOMPARE(document.subscriptions.size(), 2);
    QCOMPARE(document.subscriptions.at(0).xmlUrl, QStringLiteral("https://example.com/fine.xml"));
    QVERIFY(document.subscriptions.at(0).htmlUrl.isEmpty());   // javascript: site address dropped
    QCOMPARE(document.subscriptions.at(1).title, QStringLiteral("<img src=x onerror=alert(1)>"));   // plain text
    QCOMPARE(document.rejected, 12);
    QVERIFY(!document.title.contains(QLatin1String("root:")));   // no external entity was read
    QVERIFY(document.title.size() < 200);                        // nor an internal one expanded
    const QString all = messages(document).join(u'\n');
    for (const char *named : {"|rm -rf ~", "exec:~/.local/bin/pwn", "filter:/tmp/evil.sh", "filtercmd:rm -rf /",
                              "file:///etc/passwd", "javascript:alert(1)", "data:application", "ftp://", "hostile.opml"})
        QVERIFY2(all.contains(QString::fromUtf8(named)), named);
}

void TestOpml::includeNeverFollowed()
{
    const OpmlDocument document = readOpml(opmlWith(
            "<outline type=\"include\" text=\"me\" url=\"self.opml\"/>\n"
            "<outline type=\"INCLUDE\" text=\"loop\" url=\"https://example.com/a.opml\" xmlUrl=\"https://example.com/x.xml\">"
            + outline(QStringLiteral("inside"), QStringLiteral("https://example.com/inside.xml"))
            + "</outline>" + outline(QStringLiteral("after"), QStringLiteral("https://example.com/after.xml"))));
    QVERIFY(document.ok());
    QCOMPARE(document.subscriptions.size(), 1);
    QCOMPARE(document.subscriptions.at(0).title, QStringLiteral("after"));
    QCOMPARE(document.rejected, 2);
    QVERIFY(document.warnings.at(0).message.contains(QLatin1String("self.opml")));
    // Positive control: the same outline as an ordinary feed is read with the one inside it.
    const OpmlDocument control = readOpml(opmlWith(
            "<outline type=\"rss\" text=\"loop\" url=\"https://example.com/a.opml\" xmlUrl=\"https://example.com/x.xml\">"
            + outline(QStringLiteral("inside"), QStringLiteral("https://example.com/inside.xml")) + "</outline>"));
    QCOMPARE(control.subscriptions.size(), 2);
    // A file of nothing but includes is a subscription list whose entries were all refused.
    QVERIFY(readOpml(opmlWith("<outline type=\"include\" url=\"https://example.com/a.opml\"/>")).ok());
}

void TestOpml::duplicates()
{
    const OpmlDocument document = readOpml(readFile(kDataDir + QLatin1String("/duplicates.opml")));
    QCOMPARE(document.duplicates, 3);
    QCOMPARE(document.subscriptions.size(), 3);
    QCOMPARE(document.subscriptions.at(0).title, QStringLiteral("First"));
    QCOMPARE(document.subscriptions.at(1).xmlUrl, QStringLiteral("https://example.com/FEED.xml"));
    QCOMPARE(document.subscriptions.at(2).xmlUrl, QStringLiteral("http://example.com/feed.xml"));
}

void TestOpml::categoryRule()
{
    const OpmlDocument document = readOpml(readFile(kDataDir + QLatin1String("/categories.opml")));
    QCOMPARE(document.subscriptions.size(), 6);
    const auto path = [&](int i) { return document.subscriptions.at(i).folderPath.join(u'/'); };
    QCOMPARE(path(0), QStringLiteral("Boston/Weather"));
    QCOMPARE(path(1), QStringLiteral("Harvard/Berkman"));
    QCOMPARE(path(2), QString());   // tags only
    QCOMPARE(path(3), QStringLiteral("Tech/News"));
    QCOMPARE(path(4), QString());
    QCOMPARE(path(5), QStringLiteral("Folder"));   // the folder wins over its category
}

void TestOpml::brokenFilesRecover()
{
    const OpmlDocument entities = readOpml(readFile(kDataDir + QLatin1String("/broken-entities.opml")));
    QVERIFY(entities.ok());
    QCOMPARE(entities.title, QStringLiteral("Café & Bar feeds"));
    QCOMPARE(entities.subscriptions.size(), 2);
    QCOMPARE(entities.subscriptions.at(0).title, QStringLiteral("Tom & Jerry’s"));
    QCOMPARE(entities.subscriptions.at(0).xmlUrl, QStringLiteral("https://example.com/feed?a=1&b=2"));
    QCOMPARE(entities.subscriptions.at(0).folderPath, QStringList{QStringLiteral("News & Politics")});
    QVERIFY(!entities.warnings.isEmpty());

    const OpmlDocument unclosed = readOpml(readFile(kDataDir + QLatin1String("/broken-unclosed.opml")));
    QVERIFY(unclosed.ok());
    QCOMPARE(unclosed.subscriptions.size(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(unclosed.subscriptions.at(i).folderPath, QStringList{QStringLiteral("Comics")});

    const OpmlDocument truncated = readOpml(readFile(kDataDir + QLatin1String("/broken-truncated.opml")));
    QVERIFY(truncated.ok());
    QCOMPARE(truncated.subscriptions.size(), 3);   // the fourth is cut in its middle
    QVERIFY(messages(truncated).join(u'\n').contains(QLatin1String("ends early")));

    const OpmlDocument latin = readOpml(readFile(kDataDir + QLatin1String("/windows-1252.opml")));
    QCOMPARE(latin.title, QStringLiteral("Français “quoted”"));
    QCOMPARE(latin.subscriptions.at(0).folderPath, QStringList{QStringLiteral("Cafés")});
}

void TestOpml::notOpml_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace") << QByteArray(" \n\t ") << QStringLiteral("empty");
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringLiteral("PNG");
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char &c : noise)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << noise << QStringLiteral("binary");
    QTest::newRow("html") << QByteArray("<!doctype html><html><body>opml</body></html>") << QStringLiteral("HTML");
    QTest::newRow("html root after xml") << QByteArray("<?xml version=\"1.0\"?><html><body/></html>") << QStringLiteral("HTML");
    QTest::newRow("rss") << QByteArray("<rss version=\"2.0\"><channel><title>x</title></channel></rss>")
                         << QStringLiteral("feed");
    QTest::newRow("atom") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>")
                          << QStringLiteral("feed");
    QTest::newRow("rdf") << QByteArray("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>")
                         << QStringLiteral("feed");
    QTest::newRow("json") << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\"}") << QStringLiteral("JSON");
    QTest::newRow("plain text") << QByteArray("https://example.com/feed.xml\n") << QStringLiteral("plain text");
    QTest::newRow("other root") << QByteArray("<outlines><outline xmlUrl=\"https://e.com/f\"/></outlines>")
                                << QStringLiteral("<outlines>");
    QTest::newRow("no outlines") << opmlWith("") << QStringLiteral("no outlines");
    QTest::newRow("no feed addresses") << opmlWith("<outline text=\"a\"><outline text=\"b\"/></outline>")
                                       << QStringLiteral("none of them");
    QTest::newRow("broken before outlines") << QByteArray("<opml><body><outline text=\"a\" xmlUrl=\"https://e.com/\"\"")
                                            << QStringLiteral("not readable XML");
    QTest::newRow("too large") << QByteArray(kMaxOpmlBytes + 1, ' ') << QStringLiteral("larger");
}

void TestOpml::notOpml()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    const OpmlDocument document = readOpml(bytes);
    QVERIFY(!document.ok());
    QVERIFY2(document.error.contains(errorPart), qPrintable(document.error));
    checkMessageStyle(document.error);
    QVERIFY(document.subscriptions.isEmpty());
    QVERIFY(document.warnings.isEmpty());
    QVERIFY(document.title.isEmpty());
}

void TestOpml::subscriptionCap()
{
    const auto generate = [](int count) {
        QByteArray body;
        body.reserve(count * 90);
        for (int i = 0; i < count; ++i) {
            if (i % 100 == 0)
                body += (i ? "</outline>" : "") + QByteArray("<outline text=\"Folder ") + QByteArray::number(i / 100) + "\">";
            body += outline(QStringLiteral("Feed %1").arg(i), QStringLiteral("https://example.com/feed/%1.xml").arg(i));
        }
        return opmlWith(body + "</outline>");
    };
    const OpmlDocument exact = readOpml(generate(kMaxOpmlSubscriptions));
    QCOMPARE(exact.subscriptions.size(), kMaxOpmlSubscriptions);
    QVERIFY(exact.warnings.isEmpty());

    const QByteArray big = generate(kMaxOpmlSubscriptions + 5000);
    QElapsedTimer timer;
    timer.start();
    const OpmlDocument capped = readOpml(big);
    const qint64 elapsed = timer.elapsed();
    qInfo("%lld subscriptions (%lld KB) read in %lld ms", qint64(kMaxOpmlSubscriptions + 5000),
          qint64(big.size() / 1024), elapsed);
    QCOMPARE(capped.subscriptions.size(), kMaxOpmlSubscriptions);
    QCOMPARE(capped.subscriptions.last().xmlUrl, QStringLiteral("https://example.com/feed/9999.xml"));
    QCOMPARE(capped.subscriptions.last().folderPath, QStringList{QStringLiteral("Folder 99")});
    QCOMPARE(capped.warnings.size(), 1);
    QVERIFY(capped.warnings.at(0).message.contains(QLatin1String("more than 10000")));
#ifdef NDEBUG
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
#else
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));   // Debug and sanitizer builds
#endif
}

// threats.md §6 item 38 at its full size: 100,000 outlines (about 11 MB) are read in one pass, the first
// 10,000 kept and the rest refused with one warning, in bounded time.
void TestOpml::hundredThousandOutlines()
{
    constexpr int kOutlines = 100000;
    QByteArray body;
    body.reserve(kOutlines * 115);
    for (int i = 0; i < kOutlines; ++i) {
        body += outline(QStringLiteral("Subscription number %1 with a longer title").arg(i),
                        QStringLiteral("https://feeds.example.com/category/%1/feed.xml").arg(i));
    }
    const QByteArray document = opmlWith(body);
    QVERIFY2(document.size() > 10 * 1024 * 1024, qPrintable(QString::number(document.size())));
    QElapsedTimer timer;
    timer.start();
    const OpmlDocument read = readOpml(document);
    const qint64 elapsed = timer.elapsed();
    qInfo("%d outlines (%lld KB) read in %lld ms", kOutlines, qint64(document.size() / 1024), elapsed);
    QVERIFY(read.ok());
    QCOMPARE(read.subscriptions.size(), kMaxOpmlSubscriptions);
    QCOMPARE(read.subscriptions.last().xmlUrl, QStringLiteral("https://feeds.example.com/category/9999/feed.xml"));
    QCOMPARE(read.warnings.size(), 1);
    QVERIFY(read.warnings.at(0).message.contains(QLatin1String("more than 10000")));
#ifdef NDEBUG
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
#else
    QVERIFY2(elapsed < 20000, qPrintable(QString::number(elapsed)));   // Debug and sanitizer builds
#endif
}

void TestOpml::deepNesting()
{
    constexpr int kLevels = 10000;
    QByteArray deep;
    for (int i = 0; i < kLevels; ++i) {
        deep += "<outline text=\"L" + QByteArray::number(i + 1) + "\">";
        if (i + 1 == kMaxOpmlDepth - 1 || i + 1 == kMaxOpmlDepth || i + 1 == kLevels - 1)
            deep += outline(QStringLiteral("at %1").arg(i + 2), QStringLiteral("https://example.com/%1.xml").arg(i + 2));
    }
    for (int i = 0; i < kLevels; ++i)
        deep += "</outline>";
    deep += outline(QStringLiteral("after"), QStringLiteral("https://example.com/after.xml"));
    const OpmlDocument document = readOpml(opmlWith(deep));
    QVERIFY(document.ok());
    QCOMPARE(document.subscriptions.size(), 2);
    QCOMPARE(document.subscriptions.at(0).title, QStringLiteral("at %1").arg(kMaxOpmlDepth));
    QCOMPARE(document.subscriptions.at(0).folderPath.size(), kMaxOpmlDepth - 1);
    QCOMPARE(document.subscriptions.at(1).title, QStringLiteral("after"));
    QCOMPARE(document.subscriptions.at(1).folderPath, QStringList());
    QCOMPARE(messages(document).filter(QLatin1String("deeper than 64")).size(), 1);
}

void TestOpml::warningCap()
{
    QByteArray body;
    for (int i = 0; i < 500; ++i)
        body += outline(QStringLiteral("bad %1").arg(i), QStringLiteral("exec:run-%1").arg(i));
    body += outline(QStringLiteral("good"), QStringLiteral("https://example.com/good.xml"));
    const OpmlDocument document = readOpml(opmlWith(body));
    QCOMPARE(document.rejected, 500);
    QCOMPARE(document.subscriptions.size(), 1);
    QCOMPARE(document.warnings.size(), 101);
    QCOMPARE(document.warnings.last().message, QStringLiteral("more warnings were not shown"));
}

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
