// The database file: profile folder, opening and creating, connection pragmas, migrations.

#include "core/feed/parsefeed.h"
#include "core/store/profile.h"
#include "core/store/schema.h"
#include "core/store/searchindex.h"
#include "tst_storehelpers.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlRecord>
#include <QStandardPaths>

#include <algorithm>

using namespace tidings;
using namespace storetest;

namespace {

// A database of every schema version before the current one, as that version left it. Version
// N+1 adds one entry here: a function writing a small v<N> database with rows in every table.
using FixtureWriter = void (*)(const QString &path);

void writeV0EmptyFile(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));   // zero bytes: SQLite reads it as an empty database
}

// Written by the v1 code (commit cb3b863): `tidings-cli add` of four feeds of tests/data/feeds
// (atom10-full.xml and json-11-full.json in folder News, rss20-enclosures.xml in Podcasts,
// ns-itunes.xml at the top), 11 items, item 1 and feed 3 marked read, items 2 and 5 starred.
void writeV1Profile(const QString &path)
{
    QVERIFY(QFile::copy(QStringLiteral(TIDINGS_TEST_DATA "/store/v1.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

// Written by the v2 code (commit b53b31b): `tidings-cli add` of five feeds of tests/data/feeds
// (atom10-full.xml in News, json-11-full.json in News/Tech, rss20-enclosures.xml in Podcasts titled
// "My podcasts" by the user, ns-itunes.xml and rss20-full-channel.xml at the top), 12 items, item 1
// and feed 3 marked read with `mark-read`, items 2 and 9 starred (and journaled) with sqlite3.
void writeV2Profile(const QString &path)
{
    QVERIFY(QFile::copy(QStringLiteral(TIDINGS_TEST_DATA "/store/v2.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

// Written by the v3 code (commit e94d733): the v2 fixture opened by `tidings-cli feeds` (upgraded),
// item 10 marked read with `mark-read --item 10` (9 journal rows), and with sqlite3 the per-feed
// options the Feed Properties dialog writes: feed 2 notify off, feed 5 load_images on.
void writeV3Profile(const QString &path)
{
    QVERIFY(QFile::copy(QStringLiteral(TIDINGS_TEST_DATA "/store/v3.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

// Written by the v4 code (commit 0670a47), whose search index (format fts5-contentless-1) held
// letters and digits only: the v3 fixture opened by `tidings-cli feeds` (upgraded), then
// `tidings-cli add` of json-unicode-rtl.json and rec-html-entities.xml (tests/data/feeds served on
// 127.0.0.1:18765): 19 items, among them "こんにちは、世界 😀" and "★ ⪢̸ fj 𝔄 ⟺".
void writeV4Profile(const QString &path)
{
    QVERIFY(QFile::copy(QStringLiteral(TIDINGS_TEST_DATA "/store/v4.sqlite"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

// Each feed of a fixture profile parsed again from tests/data/feeds (its address names the file)
// and stored: an upgraded database must recognise every item, neither new nor changed.
void storeAgainFromTestData(Store &store, const QList<FeedRow> &feeds, bool checkUnchanged)
{
    for (const FeedRow &feed : feeds) {
        const QString name = QUrl(feed.url).fileName();
        QFile file(QStringLiteral(TIDINGS_TEST_DATA "/feeds/") + name);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const ParseResult parsed = parseFeed(file.readAll(), QUrl(feed.url), {});
        QVERIFY2(parsed.isFeed(), qPrintable(name));
        const WriteResult result = storeFeed(store, feed.id, parsed.feed);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 0);
        QCOMPARE(result.updated, 0);
        if (checkUnchanged)
            QCOMPARE(result.unchanged, int(parsed.feed.items.size()));
    }
}

} // namespace

Q_DECLARE_METATYPE(FixtureWriter)

class TestStoreSchema : public QObject
{
    Q_OBJECT

private slots:
    void profileOptionWins();
    void profileFromEnvironment();
    void profileDefaultsToAppData();
    void openCreatesFolderAndFile();
    void pragmasInEffect_data();
    void pragmasInEffect();
    void fullTextSearchProbed();
    void migratesEveryEarlierVersion_data();
    void migratesEveryEarlierVersion();
    void v1ProfileKeepsEverything();
    void v2ProfileKeepsEverything();
    void v3ProfileMovesMarksToItemState();
    void v4ProfileSearchIndexRebuiltWithSymbols();
    void reopeningCurrentVersionTakesNoBackup();
    void searchIndexMergesLessOften();
    void newerDatabaseIsRefusedUntouched();
    void notADatabaseIsReported();
    void writesBeforeOpenReportFailure();
};

void TestStoreSchema::profileOptionWins()
{
    QTemporaryDir dir;
    qputenv("TIDINGS_PROFILE", QFile::encodeName(dir.filePath(QStringLiteral("from-env"))));
    const ProfileLocation location = resolveProfile(dir.filePath(QStringLiteral("from-option/nested")));
    qunsetenv("TIDINGS_PROFILE");
    QVERIFY2(location.error.isEmpty(), qPrintable(location.error));
    QCOMPARE(location.path, dir.filePath(QStringLiteral("from-option/nested")));
    QVERIFY(QFileInfo(location.path).isDir());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("from-env"))));
}

void TestStoreSchema::profileFromEnvironment()
{
    QTemporaryDir dir;
    qputenv("TIDINGS_PROFILE", QFile::encodeName(dir.filePath(QStringLiteral("from-env"))));
    const ProfileLocation location = resolveProfile(QString());
    qunsetenv("TIDINGS_PROFILE");
    QCOMPARE(location.path, dir.filePath(QStringLiteral("from-env")));
    QVERIFY(QFileInfo(location.path).isDir());
}

void TestStoreSchema::profileDefaultsToAppData()
{
    // The test must not create a folder in the user's real application data. Where QStandardPaths
    // follows the XDG variables (Unix other than macOS and Android), XDG_DATA_HOME moves it into a
    // temporary folder; elsewhere (Windows, macOS: the workflows run this test there) Qt's test
    // mode gives a location of its own ("qttest").
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    const bool hadPrevious = qEnvironmentVariableIsSet("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
    const auto restore = qScopeGuard([&] {
        if (hadPrevious)
            qputenv("XDG_DATA_HOME", previous);
        else
            qunsetenv("XDG_DATA_HOME");
    });
#else
    QStandardPaths::setTestModeEnabled(true);
    const auto restore = qScopeGuard([] { QStandardPaths::setTestModeEnabled(false); });
#endif
    qunsetenv("TIDINGS_PROFILE");
    const ProfileLocation location = resolveProfile(QString());
    QVERIFY2(location.error.isEmpty(), qPrintable(location.error));
    QVERIFY(!location.path.isEmpty());
    QCOMPARE(location.path, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QVERIFY(QFileInfo(location.path).isDir());
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    QVERIFY(location.path.startsWith(dir.path()));
#else
    QDir().rmdir(location.path);   // only the empty leaf this test made; Qt's test folders stay
#endif
}

void TestStoreSchema::openCreatesFolderAndFile()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath(QStringLiteral("a/b"));
    Store store;
    QCOMPARE(store.open(profile), QString());
    QVERIFY(store.isOpen());
    QCOMPARE(store.databasePath(), profile + QStringLiteral("/tidings.sqlite"));
    QVERIFY(QFileInfo::exists(store.databasePath()));
    // A new database is not "migrated": there is nothing to back up.
    QVERIFY(!QFileInfo::exists(store.databasePath() + QStringLiteral(".bak-v0")));
    Peek peek(store.databasePath());
    QCOMPARE(peek.value(QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion());
    QCOMPARE(peek.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(peek.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(store.open(profile), QStringLiteral("the database is already open"));
}

void TestStoreSchema::pragmasInEffect_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("writer") << int(store::ConnectionRole::Writer);
    QTest::newRow("reader") << int(store::ConnectionRole::Reader);
}

// Through the one function every Store connection is opened with.
void TestStoreSchema::pragmasInEffect()
{
    QFETCH(int, role);
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    const QString name = QStringLiteral("pragma-probe");
    QCOMPARE(store::openConnection(name, store.databasePath(), store::ConnectionRole(role)), QString());
    {
        QSqlDatabase db = QSqlDatabase::database(name);
        auto pragma = [&db](const char *sql) {
            QSqlQuery query(db);
            return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0) : QVariant();
        };
        QCOMPARE(pragma("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma("PRAGMA synchronous").toInt(), 1);   // NORMAL
        QCOMPARE(pragma("PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(pragma("PRAGMA busy_timeout").toInt(), store::kBusyTimeoutMs);
        QCOMPARE(pragma("PRAGMA query_only").toInt(), role == int(store::ConnectionRole::Reader) ? 1 : 0);
        if (role == int(store::ConnectionRole::Reader)) {
            QSqlQuery write(db);
            QVERIFY(!write.exec(QStringLiteral("DELETE FROM feeds")));
        }
    }
    store::closeConnection(name);
}

void TestStoreSchema::fullTextSearchProbed()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    QVERIFY(store.hasFullTextSearch());   // Debian's SQLite has FTS5 (platform-notes §5)
    Peek peek(store.databasePath());
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'item_search'")).toInt(), 1);
    QCOMPARE(peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'search_index'")).toString(),
             QString::fromLatin1(store::kSearchIndexFormat));
}

void TestStoreSchema::migratesEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<FixtureWriter>("writer");
    QTest::newRow("v0 empty file") << 0 << FixtureWriter(writeV0EmptyFile);
    QTest::newRow("v1 profile") << 1 << FixtureWriter(writeV1Profile);
    QTest::newRow("v2 profile") << 2 << FixtureWriter(writeV2Profile);
    QTest::newRow("v3 profile") << 3 << FixtureWriter(writeV3Profile);
    QCOMPARE(Store::schemaVersion(), 4);   // a new version needs its fixture above
}

void TestStoreSchema::migratesEveryEarlierVersion()
{
    QFETCH(int, version);
    QFETCH(FixtureWriter, writer);
    QTemporaryDir dir;
    const QString path = dir.filePath(Store::databaseFileName());
    writer(path);
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("unreadable");
    }();

    {
        Store store;
        QCOMPARE(store.open(dir.path()), QString());
        const qint64 feed = addFeed(store, QStringLiteral("https://example.org/after-migration.xml"));
        QVERIFY(feed > 0);
        QCOMPARE(storeFeed(store, feed, makeFeed(0, 3)).inserted, 3);
    }
    const QString backup = path + QStringLiteral(".bak-v%1").arg(version);
    QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
    Peek peek(path);
    QCOMPARE(peek.value(QStringLiteral("PRAGMA user_version")).toInt(), Store::schemaVersion());
    QCOMPARE(peek.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    Peek old(backup);
    const int itemsBefore = before.isEmpty() ? 0 : old.value(QStringLiteral("SELECT count(*) FROM items")).toInt();
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), itemsBefore + 3);
    QCOMPARE(old.value(QStringLiteral("PRAGMA user_version")).toInt(), version);
    if (before.isEmpty())
        QCOMPARE(old.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0);
}

void TestStoreSchema::v1ProfileKeepsEverything()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Store::databaseFileName());
    writeV1Profile(path);
    // What v1 stored, read straight from the file before the upgrade.
    QHash<qint64, QStringList> v1Items;
    {
        Peek v1(path);
        QSqlQuery rows = v1.query(QStringLiteral("SELECT id, title, summary, content, read, starred FROM items"));
        while (rows.next()) {
            v1Items.insert(rows.value(0).toLongLong(), {rows.value(1).toString(), rows.value(2).toString(),
                                                         rows.value(3).toString(), rows.value(4).toString(),
                                                         rows.value(5).toString()});
        }
    }
    QCOMPARE(v1Items.size(), 11);

    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    const ReadResult<ItemRow> items = store.items(ItemFilter());
    QVERIFY(items.ok());
    QCOMPARE(items.rows.size(), 11);
    int read = 0;
    int starred = 0;
    for (const ItemRow &item : items.rows) {
        const QStringList was = v1Items.value(item.id);
        QCOMPARE(item.title, was.at(0));
        QCOMPARE(item.summary, was.at(1));
        QCOMPARE(item.content, was.at(2));
        QCOMPARE(QString::number(int(item.read)), was.at(3));
        QCOMPARE(QString::number(int(item.starred)), was.at(4));
        read += item.read;
        starred += item.starred;
    }
    QCOMPARE(read, 6);
    QCOMPARE(starred, 2);
    QCOMPARE(store.folders().rows.size(), 2);

    // The rebuilt index finds words of the article text, not only of titles.
    QVERIFY(store.hasFullTextSearch());
    ItemFilter search;
    search.search = QStringLiteral("reeds light");   // only in the content of item 1
    const ReadResult<ItemRow> found = store.items(search);
    QVERIFY2(found.ok(), qPrintable(found.error));
    QCOMPARE(found.rows.size(), 1);
    QCOMPARE(found.rows.first().id, 1);

    // The same documents stored again are the same items: hashes were recomputed in the new way.
    const ReadResult<FeedRow> feeds = store.feeds();
    QCOMPARE(feeds.rows.size(), 4);
    storeAgainFromTestData(store, feeds.rows, true);
    if (QTest::currentTestFailed())
        return;
    // The journal of marks came along.
    Peek peek(path);
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM mark_journal")).toInt(), 8);
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM items WHERE typeof(content) = 'blob'")).toInt() > 0, true);
}

void TestStoreSchema::v2ProfileKeepsEverything()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Store::databaseFileName());
    writeV2Profile(path);
    // What v2 stored, read straight from the file before the upgrade: schema 3 leaves items as they
    // are, schema 4 moves their marks to item_state.
    const QString itemColumns = QStringLiteral("SELECT id, feed_id, guid, title, summary, content, content_hash, read,"
                                               " starred, first_seen FROM items ORDER BY id");
    const QString upgradedItemColumns = QStringLiteral(
        "SELECT id, items.feed_id, guid, title, summary, content, content_hash, s.read, s.starred, first_seen"
        " FROM items JOIN item_state s ON s.item_id = items.id ORDER BY id");
    const QString feedColumns = QStringLiteral("SELECT id, folder_id, url, title, title_from_user, site_url, etag,"
                                               " body_hash, last_fetch, status, position FROM feeds ORDER BY id");
    auto rowsOf = [](const Peek &peek, const QString &sql) {
        QList<QVariantList> rows;
        QSqlQuery query = peek.query(sql);
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i));
            rows.append(row);
        }
        return rows;
    };
    QList<QVariantList> v2Items;
    QList<QVariantList> v2Feeds;
    {
        Peek v2(path);
        QCOMPARE(v2.value(QStringLiteral("PRAGMA user_version")).toInt(), 2);
        v2Items = rowsOf(v2, itemColumns);
        v2Feeds = rowsOf(v2, feedColumns);
    }
    QCOMPARE(v2Items.size(), 12);
    QCOMPARE(v2Feeds.size(), 5);

    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak-v2")));
    {
        Peek v3(path);
        QCOMPARE(rowsOf(v3, upgradedItemColumns), v2Items);   // byte for byte, compressed HTML and hashes too
        QCOMPARE(rowsOf(v3, feedColumns), v2Feeds);
        QCOMPARE(v3.value(QStringLiteral("SELECT count(*) FROM mark_journal")).toInt(), 8);
    }

    const ReadResult<FeedRow> feeds = store.feeds();
    QVERIFY(feeds.ok());
    QCOMPARE(feeds.rows.size(), 5);
    for (const FeedRow &feed : feeds.rows) {
        QVERIFY(!feed.loadImages.has_value());   // new columns: follow the global setting, notify
        QVERIFY(feed.notify);
        QCOMPARE(feed.titleFromUser, feed.id == 3);
    }
    QCOMPARE(store.folders().rows.size(), 3);
    const ReadResult<ItemRow> items = store.items(ItemFilter());
    QVERIFY(items.ok());
    QCOMPARE(items.rows.size(), 12);
    int read = 0;
    QList<qint64> starred;
    for (const ItemRow &item : items.rows) {
        read += item.read;
        if (item.starred)
            starred.append(item.id);
        QVERIFY(!item.title.isEmpty());
    }
    QCOMPARE(read, 6);
    std::sort(starred.begin(), starred.end());
    QCOMPARE(starred, (QList<qint64>{2, 9}));

    // The search index was kept (same format): no rebuild, and it still finds article text.
    ItemFilter search;
    search.search = QStringLiteral("reeds light");   // only in the content of item 1
    const ReadResult<ItemRow> found = store.items(search);
    QVERIFY2(found.ok(), qPrintable(found.error));
    QCOMPARE(found.rows.size(), 1);
    QCOMPARE(found.rows.first().id, 1);

    // The title order is the order of the titles.
    ItemFilter byTitle;
    byTitle.order = ItemOrder::TitleAscending;
    const ReadResult<ItemSummary> sorted = store.itemSummaries(byTitle);
    QVERIFY(sorted.ok());
    QCOMPARE(sorted.rows.size(), 12);
    for (int i = 1; i < sorted.rows.size(); ++i)
        QVERIFY(sorted.rows.at(i - 1).title.compare(sorted.rows.at(i).title, Qt::CaseInsensitive) <= 0);

    // The same documents stored again are the same items.
    storeAgainFromTestData(store, feeds.rows, false);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(store.feeds().rows.size(), 5);
    for (const FeedRow &feed : store.feeds().rows) {
        if (feed.id == 3)
            QCOMPARE(feed.title, QStringLiteral("My podcasts"));   // the user's title survives a refresh
    }
}

void TestStoreSchema::v3ProfileMovesMarksToItemState()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Store::databaseFileName());
    writeV3Profile(path);
    QHash<qint64, QPair<bool, bool>> v3Marks;
    QHash<qint64, qint64> feedOf;
    {
        Peek v3(path);
        QCOMPARE(v3.value(QStringLiteral("PRAGMA user_version")).toInt(), 3);
        QSqlQuery rows = v3.query(QStringLiteral("SELECT id, feed_id, read, starred FROM items"));
        while (rows.next()) {
            v3Marks.insert(rows.value(0).toLongLong(), {rows.value(2).toBool(), rows.value(3).toBool()});
            feedOf.insert(rows.value(0).toLongLong(), rows.value(1).toLongLong());
        }
    }
    QCOMPARE(v3Marks.size(), 12);

    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    {
        Peek v4(path);
        QCOMPARE(v4.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
        // The old columns are gone: nothing can read a mark that is no longer kept.
        QCOMPARE(v4.rowCount(QStringLiteral("SELECT 1 FROM pragma_table_info('items') WHERE name IN ('read', 'starred')")), 0);
        QCOMPARE(v4.value(QStringLiteral("SELECT count(*) FROM item_state")).toInt(), 12);
        QCOMPARE(v4.value(QStringLiteral("SELECT count(*) FROM item_state s JOIN items i ON i.id = s.item_id"
                                         " WHERE s.feed_id = i.feed_id")).toInt(), 12);
        QCOMPARE(v4.value(QStringLiteral("SELECT count(*) FROM mark_journal")).toInt(), 9);
        QCOMPARE(v4.rowCount(QStringLiteral("PRAGMA foreign_key_check")), 0);
    }
    ReadResult<ItemRow> items = store.items(ItemFilter());
    QVERIFY(items.ok());
    QCOMPARE(items.rows.size(), 12);
    for (const ItemRow &item : items.rows) {
        QCOMPARE(item.read, v3Marks.value(item.id).first);
        QCOMPARE(item.starred, v3Marks.value(item.id).second);
        QCOMPARE(item.feedId, feedOf.value(item.id));
    }
    const ItemCounts counts = store.itemCounts({});
    QCOMPARE(counts.unread, 5);
    QCOMPARE(counts.starred, 2);
    for (const FeedRow &feed : store.feeds().rows) {
        int unread = 0;
        for (auto it = feedOf.cbegin(); it != feedOf.cend(); ++it)
            unread += it.value() == feed.id && !v3Marks.value(it.key()).first;
        QCOMPARE(feed.unread, unread);
        QCOMPARE(feed.notify, feed.id != 2);
        QCOMPARE(feed.loadImages, feed.id == 5 ? std::optional<bool>(true) : std::nullopt);
    }

    // Marks keep working on the upgraded file: everything read, then the undo gives back exactly the five.
    const WriteResult all = sync(store, [&](Completion done) { store.markRead(ItemSelection::all(), true, done); });
    QVERIFY2(all.ok, qPrintable(all.error));
    QCOMPARE(all.affected, 5);
    QCOMPARE(store.itemCounts({}).unread, 0);
    const WriteResult undo = sync(store, [&](Completion done) {
        store.markRead(ItemSelection::items(all.ids), false, done);
    });
    QVERIFY2(undo.ok, qPrintable(undo.error));
    QCOMPARE(undo.affected, 5);
    items = store.items(ItemFilter());
    for (const ItemRow &item : items.rows)
        QCOMPARE(item.read, v3Marks.value(item.id).first);

    // A feed deleted takes its items' marks with it.
    QVERIFY(sync(store, [&](Completion done) { store.deleteFeed(2, done); }).ok);
    Peek after(path);
    QCOMPARE(after.value(QStringLiteral("SELECT count(*) FROM item_state WHERE feed_id = 2")).toInt(), 0);
    QCOMPARE(after.value(QStringLiteral("SELECT count(*) FROM item_state")).toInt(),
             after.value(QStringLiteral("SELECT count(*) FROM items")).toInt());
}

// The index is derived from the items, so a new tokenizer is not a schema version: the index
// format (meta.search_index) differs, and opening rebuilds the index from the stored items, in
// one transaction and without a backup (nothing of the user's is rewritten).
void TestStoreSchema::v4ProfileSearchIndexRebuiltWithSymbols()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Store::databaseFileName());
    writeV4Profile(path);
    {
        Peek v4(path);
        QCOMPARE(v4.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
        QCOMPARE(v4.value(QStringLiteral("SELECT value FROM meta WHERE key = 'search_index'")).toString(),
                 QStringLiteral("fts5-contentless-1"));
        QCOMPARE(v4.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), 19);
    }

    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    QVERIFY(store.hasFullTextSearch());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak-*")}, QDir::Files), QStringList());
    {
        Peek peek(path);
        QCOMPARE(peek.value(QStringLiteral("PRAGMA user_version")).toInt(), 4);
        QCOMPARE(peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'search_index'")).toString(),
                 QString::fromLatin1(store::kSearchIndexFormat));
        QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM item_search")).toInt(), 19);
        QVERIFY(peek.exec(QStringLiteral("INSERT INTO item_search(item_search) VALUES ('integrity-check')")));
    }
    const auto titlesFound = [&](const QString &text) { return foundBy(store, text, &ItemRow::title); };
    // Stored before the upgrade, found after it.
    QCOMPARE(titlesFound(QStringLiteral("\U0001F600")), QStringList{QStringLiteral("\u3053\u3093\u306B\u3061\u306F\u3001\u4E16\u754C \U0001F600")});
    QCOMPARE(titlesFound(QStringLiteral("\u2605")).size(), 1);
    QCOMPARE(titlesFound(QStringLiteral("\u4E16\u754C \U0001F600")).size(), 1);
    QCOMPARE(titlesFound(QStringLiteral("reeds light")).size(), 1);   // article text, as before

    // The rebuilt index is maintained like a new one: the items of a feed deleted leave it, each
    // term removed with the text that put it in (contentless: a mismatch would leave terms behind).
    Peek after(path);
    QVERIFY(after.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, item_search, 'row')")));
    const QString grinning = QStringLiteral("SELECT coalesce(sum(doc), 0) FROM vocab WHERE term = '\U0001F600'");
    QCOMPARE(after.value(grinning).toInt(), 1);
    QVERIFY(sync(store, [&](Completion done) { store.deleteFeed(6, done); }).ok);
    QCOMPARE(titlesFound(QStringLiteral("\U0001F600")), QStringList());
    QCOMPARE(after.value(grinning).toInt(), 0);
    QVERIFY(after.exec(QStringLiteral("INSERT INTO item_search(item_search) VALUES ('integrity-check')")));
    QCOMPARE(after.value(QStringLiteral("SELECT count(*) FROM item_search")).toInt(),
             after.value(QStringLiteral("SELECT count(*) FROM items")).toInt());
}

void TestStoreSchema::reopeningCurrentVersionTakesNoBackup()
{
    QTemporaryDir dir;
    {
        Store store;
        QCOMPARE(store.open(dir.path()), QString());
    }
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak-*")}, QDir::Files), QStringList());
}

// The index's automerge setting (searchindex.h): set when the index is made, and on an index made
// before it was, at the next open.
void TestStoreSchema::searchIndexMergesLessOften()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Store::databaseFileName());
    const QString automerge = QStringLiteral("SELECT v FROM item_search_config WHERE k = 'automerge'");
    {
        Store store;
        QCOMPARE(store.open(dir.path()), QString());
    }
    {
        Peek peek(path);
        QCOMPARE(peek.value(automerge).toInt(), store::kSearchIndexAutomerge);
        QVERIFY(peek.exec(QStringLiteral("DELETE FROM item_search_config WHERE k = 'automerge'")));   // FTS5's default
    }
    {
        Store store;
        QCOMPARE(store.open(dir.path()), QString());
    }
    Peek peek(path);
    QCOMPARE(peek.value(automerge).toInt(), store::kSearchIndexAutomerge);
}

void TestStoreSchema::newerDatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(Store::databaseFileName());
    {
        Peek peek(path);
        QVERIFY(peek.exec(QStringLiteral("CREATE TABLE future(x)")));
        QVERIFY(peek.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    Store store;
    const QString error = store.open(dir.path());
    QVERIFY(error.contains(QStringLiteral("newer Tidings")));
    QVERIFY(!store.isOpen());
    Peek peek(path);
    QCOMPARE(peek.value(QStringLiteral("PRAGMA user_version")).toInt(), 99);
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 1);
}

void TestStoreSchema::notADatabaseIsReported()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(Store::databaseFileName()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    Store store;
    const QString error = store.open(dir.path());
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.isOpen());
}

void TestStoreSchema::writesBeforeOpenReportFailure()
{
    Store store;
    const WriteResult result = sync(store, [&](Completion done) { store.markRead(ItemSelection::all(), true, done); });
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("the database is not open"));
    QVERIFY(!store.items({}).ok());
}

QTEST_GUILESS_MAIN(TestStoreSchema)
#include "tst_storeschema.moc"
