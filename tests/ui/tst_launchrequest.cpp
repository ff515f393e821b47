// What a launch of `tidings` asks for (launchrequest.h) and the message a second launch sends
// (handoffmessage.h): every feed: form, files, junk, and input far too long. Pure: no window.
// And the installed desktop entry, which is what makes a browser or a file manager launch it so.

#include "app/instance/handoffmessage.h"
#include "app/instance/launchrequest.h"

#include <QFile>
#include <QtTest>

using namespace tidings::app;

class TstLaunchRequest : public QObject
{
    Q_OBJECT

private slots:
    void feedForms_data();
    void feedForms();
    void files();
    void junkIsIgnored();
    void limits();
    void messageRoundTrip();
    void messageInPieces();
    void badMessages_data();
    void badMessages();
    void peerArgumentsAreCheckedAgain();
    void desktopEntryHandsOverWhatTheAppTakes();
};

void TstLaunchRequest::feedForms_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("url");
    QTest::newRow("https") << "https://example.org/feed.xml" << "https://example.org/feed.xml";
    QTest::newRow("http") << "http://example.org/rss" << "http://example.org/rss";
    QTest::newRow("feed://") << "feed://example.org/rss" << "http://example.org/rss";
    QTest::newRow("feed:https://") << "feed:https://example.org/a?b=1" << "https://example.org/a?b=1";
    QTest::newRow("feed:http://") << "feed:http://example.org/a" << "http://example.org/a";
    QTest::newRow("feed:host") << "feed:example.org/a" << "https://example.org/a";
    QTest::newRow("FEED upper case") << "FEED://Example.org/a" << "http://example.org/a";
    QTest::newRow("spaces around") << "  https://example.org/x  " << "https://example.org/x";
    QTest::newRow("port") << "feed://127.0.0.1:8080/x.xml" << "http://127.0.0.1:8080/x.xml";
}

void TstLaunchRequest::feedForms()
{
    QFETCH(QString, argument);
    QFETCH(QString, url);
    const LaunchRequest request = launchRequestFromArguments({argument}, QStringLiteral("/home/u"));
    QCOMPARE(request.feedUrls, QStringList{url});
    QVERIFY(request.opmlFiles.isEmpty());
    QCOMPARE(request.ignored, 0);
    // A macOS file-open event carries the same text.
    QCOMPARE(launchRequestFromUrl(argument, {}).feedUrls, QStringList{url});
}

void TstLaunchRequest::files()
{
    const LaunchRequest request = launchRequestFromArguments(
        {QStringLiteral("subs.opml"), QStringLiteral("../other/list.xml"), QStringLiteral("/abs/x.opml"),
         QStringLiteral("file:///tmp/a%20b.opml"), QStringLiteral("example.org/feed"),
         QStringLiteral("subs.opml")},   // the same file twice: imported once
        QStringLiteral("/home/u/docs"));
    QCOMPARE(request.opmlFiles,
             (QStringList{QStringLiteral("/home/u/docs/subs.opml"), QStringLiteral("/home/u/other/list.xml"),
                          QStringLiteral("/abs/x.opml"), QStringLiteral("/tmp/a b.opml"),
                          QStringLiteral("/home/u/docs/example.org/feed")}));
    QVERIFY(request.feedUrls.isEmpty());
    QCOMPARE(request.ignored, 0);
    // Relative names need a working directory to mean anything.
    const LaunchRequest noDirectory = launchRequestFromArguments({QStringLiteral("subs.opml")}, QString());
    QVERIFY(noDirectory.isEmpty());
    QCOMPARE(noDirectory.ignored, 1);
}

void TstLaunchRequest::junkIsIgnored()
{
    const QStringList junk = {
        QString(), QStringLiteral("   "), QStringLiteral("javascript:alert(1)"), QStringLiteral("mailto:a@b.org"),
        QStringLiteral("data:text/html,<b>x</b>"), QStringLiteral("ftp://example.org/x"),
        QStringLiteral("feed:javascript:alert(1)"), QStringLiteral("feed:"), QStringLiteral("https://"),
        QStringLiteral("file://otherhost/share/x.opml"), QString::fromUtf16(u"a\0b", 3),
        QStringLiteral("http://exa mple.org/"),
    };
    const LaunchRequest request = launchRequestFromArguments(junk, QStringLiteral("/home/u"));
    QVERIFY2(request.isEmpty(), qPrintable(request.feedUrls.join(u' ') + u' ' + request.opmlFiles.join(u' ')));
    QCOMPARE(request.ignored, int(junk.size()));
}

void TstLaunchRequest::limits()
{
    // One argument of a megabyte is not a feed address or a file name anyone typed.
    const QString huge = QStringLiteral("https://example.org/") + QString(1024 * 1024, u'a');
    const LaunchRequest tooLong = launchRequestFromArguments({huge, QStringLiteral("/x/" ) + QString(9000, u'b')}, {});
    QVERIFY(tooLong.isEmpty());
    QCOMPARE(tooLong.ignored, 2);
    const QString justFits = QStringLiteral("https://example.org/") + QString(kMaxLaunchArgumentLength - 20, u'a');
    QCOMPARE(launchRequestFromArguments({justFits}, {}).feedUrls.size(), 1);

    // Ten thousand arguments open at most kMaxLaunchItems dialogs.
    QStringList many;
    for (int i = 0; i < 10000; ++i)
        many.append(QStringLiteral("https://example.org/%1").arg(i));
    const LaunchRequest capped = launchRequestFromArguments(many, {});
    QCOMPARE(capped.feedUrls.size(), kMaxLaunchItems);
    QCOMPARE(capped.ignored, 10000 - kMaxLaunchItems);

    LaunchRequest merged = capped;
    merge(merged, launchRequestFromArguments({QStringLiteral("/a.opml")}, {}));
    QCOMPARE(merged.feedUrls.size() + merged.opmlFiles.size(), kMaxLaunchItems);
}

void TstLaunchRequest::messageRoundTrip()
{
    Handoff sent;
    sent.request = launchRequestFromArguments(
        {QStringLiteral("feed:https://example.org/ä"), QStringLiteral("/tmp/subs.opml")}, {});
    sent.activationToken = QStringLiteral("kwin-1234_TIME5678");
    const QByteArray bytes = encodeHandoff(sent);
    QVERIFY(bytes.startsWith("TIDINGS-HANDOFF 1 "));
    HandoffReader reader;
    QCOMPARE(reader.feed(bytes), HandoffReader::Status::Done);
    QCOMPARE(reader.handoff().request, sent.request);
    QCOMPARE(reader.handoff().activationToken, sent.activationToken);

    // Nothing to open: the message still says "come to the front".
    HandoffReader empty;
    QCOMPARE(empty.feed(encodeHandoff({})), HandoffReader::Status::Done);
    QVERIFY(empty.handoff().request.isEmpty());
}

void TstLaunchRequest::messageInPieces()
{
    Handoff sent;
    sent.request.feedUrls = {QStringLiteral("https://example.org/x")};
    const QByteArray bytes = encodeHandoff(sent);
    HandoffReader reader;
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i)
        QCOMPARE(reader.feed(bytes.mid(i, 1)), HandoffReader::Status::NeedMore);
    QCOMPARE(reader.feed(bytes.right(1)), HandoffReader::Status::Done);
    QCOMPARE(reader.handoff().request.feedUrls, sent.request.feedUrls);
}

void TstLaunchRequest::badMessages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QByteArray json = R"({"args":["https://example.org/x"]})";
    const QByteArray size = QByteArray::number(json.size());
    QTest::newRow("other magic") << QByteArray("HELLO 1 " + size + "\n" + json);
    QTest::newRow("version 2") << QByteArray("TIDINGS-HANDOFF 2 " + size + "\n" + json);
    QTest::newRow("no size") << QByteArray("TIDINGS-HANDOFF 1\n" + json);
    QTest::newRow("negative size") << QByteArray("TIDINGS-HANDOFF 1 -5\n" + json);
    QTest::newRow("size over the cap") << QByteArray("TIDINGS-HANDOFF 1 99999999\n");
    QTest::newRow("header never ends") << QByteArray(4096, 'A');
    QTest::newRow("more than announced") << QByteArray("TIDINGS-HANDOFF 1 2\n" + json);
    QTest::newRow("not json") << QByteArray("TIDINGS-HANDOFF 1 5\nhello");
    QTest::newRow("json array") << QByteArray("TIDINGS-HANDOFF 1 2\n[]");
    QTest::newRow("args not strings") << QByteArray("TIDINGS-HANDOFF 1 12\n{\"args\":[1]}");
    const QByteArray badToken = R"({"args":[],"token":"a\nb"})";
    QTest::newRow("token with newline")
        << QByteArray("TIDINGS-HANDOFF 1 " + QByteArray::number(badToken.size()) + "\n" + badToken);
    const QByteArray longToken = R"({"args":[],"token":")" + QByteArray(300, 'a') + R"("})";
    QTest::newRow("token too long")
        << QByteArray("TIDINGS-HANDOFF 1 " + QByteArray::number(longToken.size()) + "\n" + longToken);
}

void TstLaunchRequest::badMessages()
{
    QFETCH(QByteArray, bytes);
    HandoffReader reader;
    QCOMPARE(reader.feed(bytes), HandoffReader::Status::Invalid);
    // Once refused, always refused: nothing more is buffered.
    QCOMPARE(reader.feed(QByteArray(100, 'x')), HandoffReader::Status::Invalid);
}

void TstLaunchRequest::peerArgumentsAreCheckedAgain()
{
    // A peer that writes its own JSON gets no further than the command line would.
    const QByteArray json = R"x({"args":["javascript:alert(1)","relative.opml","/abs.opml","feed://h/x"]})x";
    HandoffReader reader;
    QCOMPARE(reader.feed("TIDINGS-HANDOFF 1 " + QByteArray::number(json.size()) + "\n" + json),
             HandoffReader::Status::Done);
    QCOMPARE(reader.handoff().request.feedUrls, QStringList{QStringLiteral("http://h/x")});
    QCOMPARE(reader.handoff().request.opmlFiles, QStringList{QStringLiteral("/abs.opml")});
    QCOMPARE(reader.handoff().request.ignored, 2);
}


// packaging/linux's desktop entry, as installed: the feed: scheme and the four document types are
// registered (desktop-file-validate in .ci/package-check checks only the syntax), Exec passes them
// as URLs (%U: several, and files as file:// URLs), and what a browser or file manager then passes
// is what launchRequestFromArguments takes.
void TstLaunchRequest::desktopEntryHandsOverWhatTheAppTakes()
{
    QFile file(QStringLiteral(TIDINGS_TEST_DATA "/../../packaging/linux/org.tidings.Tidings.desktop"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    QHash<QString, QString> entry;
    bool inMainGroup = false;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(u'['))
            inMainGroup = line == QLatin1String("[Desktop Entry]");
        else if (inMainGroup && line.contains(u'=') && !line.startsWith(u'#'))
            entry.insert(line.section(u'=', 0, 0).trimmed(), line.section(u'=', 1).trimmed());
    }
    const QStringList types = entry.value(QStringLiteral("MimeType")).split(u';', Qt::SkipEmptyParts);
    for (const char *wanted : {"x-scheme-handler/feed", "application/rss+xml", "application/atom+xml",
                               "application/feed+json", "text/x-opml"})
        QVERIFY2(types.contains(QLatin1String(wanted)), wanted);
    const QStringList exec = entry.value(QStringLiteral("Exec")).split(u' ', Qt::SkipEmptyParts);
    QCOMPARE(exec, (QStringList{QStringLiteral("tidings"), QStringLiteral("%U")}));

    // What the desktop passes for a feed: link, a web address and a local file, in one launch.
    const LaunchRequest request = launchRequestFromArguments(
        {QStringLiteral("feed:https://example.org/a.xml"), QStringLiteral("https://example.org/b.json"),
         QStringLiteral("file:///home/u/Downloads/subscriptions.opml")},
        QStringLiteral("/"));
    QCOMPARE(request.feedUrls, (QStringList{QStringLiteral("https://example.org/a.xml"),
                                            QStringLiteral("https://example.org/b.json")}));
    QCOMPARE(request.opmlFiles, QStringList{QStringLiteral("/home/u/Downloads/subscriptions.opml")});
    QCOMPARE(request.ignored, 0);
}

QTEST_GUILESS_MAIN(TstLaunchRequest)
#include "tst_launchrequest.moc"
