// The profile verbs of tidings-cli (feeds, items, mark-read) on a real database that the test fills
// through the store API, checked through the real binary.

#include "../support/clirun.h"
#include "tst_storehelpers.h"

#include "core/feed/parsefeed.h"
#include "core/store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace tidings;

class TstCliStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void feedsJson();
    void itemsJsonAndFilters();
    void searchWithHostileText();
    void staleSearchIndexIsRebuiltQuietly();
    void markRead();
    void usageErrors();
    void textOutputIsLiteralAndInert();

private:
    using Run = CliRun;
    Run cli(const QStringList &arguments);
    QJsonArray json(const QStringList &arguments);

    QTemporaryDir m_profile;
    qint64 m_feedId = 0;
};

TstCliStore::Run TstCliStore::cli(const QStringList &arguments)
{
    return runCliIn(m_profile.path(), arguments);
}

QJsonArray TstCliStore::json(const QStringList &arguments)
{
    const Run run = cli(arguments + QStringList{QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).array();
}

void TstCliStore::initTestCase()
{
    QVERIFY(m_profile.isValid());
    QFile file(QStringLiteral(TIDINGS_TEST_DATA "/feeds/rss2-awesomeagents-networking.rss"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ParseResult parsed = parseFeed(file.readAll());
    QVERIFY(parsed.isFeed());

    Store store;
    QCOMPARE(store.open(m_profile.path()), QString());
    WriteResult folder, feed, stored;
    store.addFolder({QStringLiteral("Tech"), QStringLiteral("Hardware")}, [&](const WriteResult &r) { folder = r; });
    store.waitForIdle();
    QVERIFY(folder.ok);
    store.addFeed(QStringLiteral("https://awesomeagents.ai/tags/networking/index.xml"), folder.id,
                  parsed.feed.title, [&](const WriteResult &r) { feed = r; });
    store.waitForIdle();
    QVERIFY(feed.ok);
    m_feedId = feed.id;
    FeedFetchState state;
    state.fetchedAt = QDateTime::currentDateTimeUtc();
    store.storeFetchResult(m_feedId, state, parsed.feed, [&](const WriteResult &r) { stored = r; });
    store.waitForIdle();
    QVERIFY2(stored.ok, qPrintable(stored.error));
    QCOMPARE(stored.inserted, 3);
}

void TstCliStore::feedsJson()
{
    const QJsonArray feeds = json({QStringLiteral("feeds")});
    QCOMPARE(feeds.size(), 1);
    const QJsonObject feed = feeds.first().toObject();
    QCOMPARE(feed.value(QLatin1String("id")).toInteger(), m_feedId);
    QCOMPARE(feed.value(QLatin1String("title")).toString(), QStringLiteral("Networking | Awesome Agents"));
    QCOMPARE(feed.value(QLatin1String("folder")).toString(), QStringLiteral("Tech/Hardware"));
    QCOMPARE(feed.value(QLatin1String("unread")).toInt(), 3);
    QCOMPARE(feed.value(QLatin1String("total")).toInt(), 3);
    QCOMPARE(feed.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QVERIFY(feed.value(QLatin1String("error")).isNull());
    for (const char *key : {"url", "site", "folder", "unread", "total", "status", "error"})
        QVERIFY2(feed.contains(QLatin1String(key)), key);
}

void TstCliStore::itemsJsonAndFilters()
{
    const QJsonArray items = json({QStringLiteral("items")});
    QCOMPARE(items.size(), 3);
    // Newest first.
    QCOMPARE(items.first().toObject().value(QLatin1String("published")).toString(), QStringLiteral("2026-03-04T16:10:44Z"));
    for (const char *key : {"id", "feed", "title", "link", "published", "updated", "read", "starred"})
        QVERIFY2(items.first().toObject().contains(QLatin1String(key)), key);
    QCOMPARE(json({QStringLiteral("items"), QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
    QCOMPARE(json({QStringLiteral("items"), QStringLiteral("--feed"), QString::number(m_feedId)}).size(), 3);
    QCOMPARE(json({QStringLiteral("items"), QStringLiteral("--starred")}).size(), 0);
    QCOMPARE(json({QStringLiteral("items"), QStringLiteral("--search"), QStringLiteral("photonics")}).size(), 2);
}

void TstCliStore::searchWithHostileText()
{
    for (const QString &text : {QStringLiteral("\"unbalanced"), QStringLiteral("NEAR("), QStringLiteral("*"),
                                QStringLiteral("'); DROP TABLE items;--")}) {
        const Run run = cli({QStringLiteral("items"), QStringLiteral("--search"), text, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    QCOMPARE(json({QStringLiteral("items")}).size(), 3);
}

// A search index left stale (an update changed its format) is rebuilt when the profile opens. On
// a terminal a line says how far that has come; into a pipe, as here, nothing but the records.
void TstCliStore::staleSearchIndexIsRebuiltQuietly()
{
    QVERIFY(storetest::markSearchIndexStale(m_profile.filePath(Store::databaseFileName())));
    const Run run = cli({QStringLiteral("items"), QStringLiteral("--search"), QStringLiteral("photonics"),
                         QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QByteArray());
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 2);
}

void TstCliStore::markRead()
{
    const qint64 first = json({QStringLiteral("items")}).first().toObject().value(QLatin1String("id")).toInteger();
    Run run = cli({QStringLiteral("mark-read"), QStringLiteral("--item"), QString::number(first)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json({QStringLiteral("items"), QStringLiteral("--unread")}).size(), 2);
    run = cli({QStringLiteral("mark-read"), QStringLiteral("--feed"), QString::number(m_feedId)});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(json({QStringLiteral("items"), QStringLiteral("--unread")}).size(), 0);
    QCOMPARE(json({QStringLiteral("feeds")}).first().toObject().value(QLatin1String("unread")).toInt(), 0);
}

void TstCliStore::usageErrors()
{
    for (const QStringList &arguments : {QStringList{QStringLiteral("mark-read")},
                                         QStringList{QStringLiteral("mark-read"), QStringLiteral("--all"), QStringLiteral("--feed"), QStringLiteral("1")},
                                         QStringList{QStringLiteral("items"), QStringLiteral("--limit"), QStringLiteral("many")},
                                         QStringList{QStringLiteral("items"), QStringLiteral("--feed"), QStringLiteral("x")},
                                         QStringList{QStringLiteral("feeds"), QStringLiteral("extra")},
                                         QStringList{QStringLiteral("mark-read"), QStringLiteral("--feed"), QStringLiteral("999")}}) {
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err.count('\n'), 1);
    }
}

void TstCliStore::textOutputIsLiteralAndInert()
{
    {
        Store store;
        QCOMPARE(store.open(m_profile.path()), QString());
        WriteResult added;
        store.addFeed(QStringLiteral("https://example.org/a%2Fb?q=%31%32"), std::nullopt,
                      QStringLiteral("Evil \x1b[2J title %1"), [&](const WriteResult &r) { added = r; });
        store.waitForIdle();
        QVERIFY(added.ok);
    }
    const Run run = cli({QStringLiteral("feeds")});
    QCOMPARE(run.exitCode, 0);
    // URL escapes are not taken for placeholders, and no escape sequence reaches the terminal.
    QVERIFY2(run.out.contains("https://example.org/a%2Fb?q=%31%32"), run.out.constData());
    QVERIFY2(run.out.contains("title %1"), run.out.constData());
    QVERIFY(!run.out.contains('\x1b'));
}

QTEST_GUILESS_MAIN(TstCliStore)
#include "tst_clistore.moc"
