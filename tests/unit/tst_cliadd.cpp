// `tidings-cli add` against a loopback web site: feeds given directly, found on a page, or not at all.

#include "../support/clirun.h"
#include "../support/scriptedhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TstCliAdd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void feedAddress();
    void pageWithFeedLinks();
    void feedScheme();
    void nothingFound();
    void notAWebAddress();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments);
    QJsonArray feeds();

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_profile;
};

namespace {

const QByteArray kFeed = "<rss version=\"2.0\"><channel><title>Loop News</title><link>http://127.0.0.1/</link>"
                         "<item><guid>1</guid><title>One</title></item><item><guid>2</guid><title>Two</title></item>"
                         "</channel></rss>";

} // namespace

TstCliAdd::Run TstCliAdd::cli(const QStringList &arguments)
{
    return runCliIn(m_profile->path(), arguments);
}

QJsonArray TstCliAdd::feeds()
{
    return QJsonDocument::fromJson(cli({QStringLiteral("feeds"), QStringLiteral("--json")}).out).array();
}

void TstCliAdd::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    m_profile = std::make_unique<QTemporaryDir>();
    m_server->respond("/feed.xml", 200, kFeed, {{"Content-Type", "application/rss+xml"}});
}

void TstCliAdd::feedAddress()
{
    const QString url = m_server->url(QStringLiteral("/feed.xml")).toString();
    const Run run = cli({QStringLiteral("add"), url, QStringLiteral("--folder"), QStringLiteral("Local/Loop")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("2 items"), run.out.constData());
    const QJsonArray list = feeds();
    QCOMPARE(list.size(), 1);
    const QJsonObject feed = list.first().toObject();
    QCOMPARE(feed.value(QLatin1String("url")).toString(), url);
    QCOMPARE(feed.value(QLatin1String("folder")).toString(), QStringLiteral("Local/Loop"));
    QCOMPARE(feed.value(QLatin1String("title")).toString(), QStringLiteral("Loop News"));
    QCOMPARE(feed.value(QLatin1String("total")).toInt(), 2);

    const Run again = cli({QStringLiteral("add"), url});
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains("already subscribed"));
    QCOMPARE(feeds().size(), 1);
}

void TstCliAdd::pageWithFeedLinks()
{
    m_server->respond("/blog/", 200,
                      "<!DOCTYPE html><html><head><title>Blog</title>"
                      "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" href=\"../feed.xml\">"
                      "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Comments\" href=\"/comments.atom\">"
                      "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">"
                      "</head><body>Hello</body></html>",
                      {{"Content-Type", "text/html; charset=utf-8"}});
    const Run run = cli({QStringLiteral("add"), m_server->url(QStringLiteral("/blog/")).toString(),
                         QStringLiteral("--title"), QStringLiteral("My loop")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("also offered: " + m_server->url(QStringLiteral("/comments.atom")).toEncoded()), run.out.constData());
    QVERIFY(!run.out.contains("javascript"));
    const QJsonObject feed = feeds().first().toObject();
    QCOMPARE(feed.value(QLatin1String("url")).toString(), m_server->url(QStringLiteral("/feed.xml")).toString());
    QCOMPARE(feed.value(QLatin1String("title")).toString(), QStringLiteral("My loop"));   // the user's title wins
}

void TstCliAdd::feedScheme()
{
    const QString url = m_server->url(QStringLiteral("/feed.xml")).toString();
    const Run run = cli({QStringLiteral("add"), QStringLiteral("feed:") + url});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(feeds().first().toObject().value(QLatin1String("url")).toString(), url);
}

void TstCliAdd::nothingFound()
{
    // A site without /feed.xml: the common paths find nothing either.
    m_server = std::make_unique<ScriptedHttpServer>();
    m_server->respond("/plain/", 200, "<!DOCTYPE html><html><head><title>No feeds</title></head><body>x</body></html>",
                      {{"Content-Type", "text/html"}});
    const Run run = cli({QStringLiteral("add"), m_server->url(QStringLiteral("/plain/")).toString()});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY(feeds().isEmpty());
    const Run missing = cli({QStringLiteral("add"), m_server->url(QStringLiteral("/missing.xml")).toString()});
    QCOMPARE(missing.exitCode, 2);
    QCOMPARE(missing.err.count('\n'), 1);
}

void TstCliAdd::notAWebAddress()
{
    for (const QString &address : {QStringLiteral("file:///etc/passwd"), QStringLiteral("javascript:alert(1)"),
                                   QStringLiteral("|rm -rf ~"), QStringLiteral("ftp://example.org/feed")}) {
        const Run run = cli({QStringLiteral("add"), address});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count('\n'), 1);
    }
    QCOMPARE(cli({QStringLiteral("add")}).exitCode, 2);
    QVERIFY(feeds().isEmpty());
}

QTEST_GUILESS_MAIN(TstCliAdd)
#include "tst_cliadd.moc"
