// What the store keeps: folders and feeds, item identity and update rules, marks and their
// journal, search. Every test runs on a real SQLite file in a temporary folder.

#include "core/store/searchindex.h"
#include "tst_storehelpers.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace tidings;
using namespace storetest;

class TestStoreItems : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void foldersNestAndAreFoundAgain();
    void foldersRenameAndDelete();
    void foldersMoveButNotIntoThemselves();
    void feedsAddDuplicateMoveRenameDelete();
    void importIsAllOrNothing();
    void fetchBookkeepingIsStored();
    void sameGuidTwiceIsOneRow();
    void changedContentUpdatesTextKeepsMarks();
    void unchangedContentWritesNothing();
    void itemsThatLeaveTheFeedStay();
    void hostileTextIsStoredVerbatim();
    void marksAreJournaled();
    void markFeedAndAllUpToAnItem();
    void manyItemsMarkedAndUndone();
    void filtersAndOrder();
    void searchFindsWordsAndIgnoresDiacritics();
    void hostileSearchStrings_data();
    void hostileSearchStrings();
    void likeFallbackSearch();
    void emojiAndAstralTextIsStoredAndFound_data();
    void emojiAndAstralTextIsStoredAndFound();
    void searchIndexFollowsUpdatesAndDeletes();
    void searchIndexForgetsOldTextOfLongArticles();
    void searchIndexRebuiltAfterARunWithoutFts();
    void failingJobWritesNothingAndSaysWhy();
    void queuedJobsShareACommitButFailAlone();
    void searchIndexDropsTheChangesOfAFailedJob();
    void searchIndexIsCurrentForTheJobsAfterARefresh();
    void movedToAnAddressAlreadySubscribed();
    void feedOptionsAreStoredAndReadBack();
    void feedOptionsRefuseBadAndTakenAddresses();
    void summariesCarryTheListColumns();
    void oneItemByItsId();
    void keysetPagingAcrossEqualTimestamps_data();
    void keysetPagingAcrossEqualTimestamps();
    void feedSetsAndSince();
    void anExplicitSetOfItems();
    void countsForTheSmartEntries();
    void deepPagesOfAHundredThousandItems();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestStoreItems::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<Store>();
    QCOMPARE(m_store->open(m_dir->path()), QString());
}

void TestStoreItems::cleanup()
{
    const QString path = m_store->databasePath();
    m_store.reset();
    Peek peek(path);
    QCOMPARE(peek.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(peek.rowCount(QStringLiteral("PRAGMA foreign_key_check")), 0);
    if (peek.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'item_search'")).toInt() == 1) {
        QCOMPARE(peek.exec(QStringLiteral("INSERT INTO item_search(item_search) VALUES ('integrity-check')")), true);
        QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM item_search")).toInt(),
                 peek.value(QStringLiteral("SELECT count(*) FROM items")).toInt());
    }
    m_dir.reset();
}

void TestStoreItems::foldersNestAndAreFoundAgain()
{
    Store &store = *m_store;
    const WriteResult nested = sync(store, [&](Completion done) {
        store.addFolder({QStringLiteral("Tech"), QStringLiteral("Qt")}, done);
    });
    QVERIFY2(nested.ok, qPrintable(nested.error));
    QVERIFY(!nested.existed);
    QCOMPARE(nested.affected, 2);
    const WriteResult again = sync(store, [&](Completion done) {
        store.addFolder({QStringLiteral("Tech"), QStringLiteral("Qt")}, done);
    });
    QVERIFY(again.existed);
    QCOMPARE(again.id, nested.id);
    const WriteResult sibling = sync(store, [&](Completion done) { store.addFolder({QStringLiteral("News")}, done); });
    QVERIFY(sibling.ok);
    QVERIFY(!sync(store, [&](Completion done) { store.addFolder({QStringLiteral(" ")}, done); }).ok);

    const ReadResult<FolderRow> folders = store.folders();
    QVERIFY(folders.ok());
    QCOMPARE(folders.rows.size(), 3);
    QCOMPARE(folders.rows.at(0).path, QStringList{QStringLiteral("News")});
    QCOMPARE(folders.rows.at(1).path, QStringList{QStringLiteral("Tech")});
    QCOMPARE(folders.rows.at(2).path, (QStringList{QStringLiteral("Tech"), QStringLiteral("Qt")}));
    QCOMPARE(folders.rows.at(2).id, nested.id);
    QCOMPARE(folders.rows.at(2).parentId, std::optional<qint64>(folders.rows.at(1).id));
}

void TestStoreItems::foldersRenameAndDelete()
{
    Store &store = *m_store;
    const qint64 qt = sync(store, [&](Completion done) {
        store.addFolder({QStringLiteral("Tech"), QStringLiteral("Qt")}, done);
    }).id;
    const qint64 news = sync(store, [&](Completion done) { store.addFolder({QStringLiteral("News")}, done); }).id;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"), qt);
    QVERIFY(sync(store, [&](Completion done) { store.renameFolder(qt, QStringLiteral("Qt 6"), done); }).ok);
    QCOMPARE(store.feeds().rows.at(0).folderPath, (QStringList{QStringLiteral("Tech"), QStringLiteral("Qt 6")}));
    // Top-level names are unique too, although parent_id is NULL there.
    const WriteResult clash = sync(store, [&](Completion done) { store.renameFolder(news, QStringLiteral("Tech"), done); });
    QVERIFY(!clash.ok);
    QVERIFY2(clash.error.contains(QStringLiteral("already")), qPrintable(clash.error));

    const qint64 tech = store.folders().rows.at(1).id;
    QCOMPARE(store.folders().rows.at(1).name, QStringLiteral("Tech"));
    QVERIFY(sync(store, [&](Completion done) { store.deleteFolder(tech, done); }).ok);
    QCOMPARE(store.folders().rows.size(), 1);   // Tech and Tech/Qt 6 are gone, News stays
    const FeedRow row = store.feeds().rows.at(0);
    QCOMPARE(row.id, feed);   // still subscribed, now at the top level
    QVERIFY(!row.folderId);
    QVERIFY(!sync(store, [&](Completion done) { store.deleteFolder(tech, done); }).ok);
}

void TestStoreItems::foldersMoveButNotIntoThemselves()
{
    Store &store = *m_store;
    const auto folder = [&](const QStringList &path) {
        return sync(store, [&](Completion done) { store.addFolder(path, done); }).id;
    };
    const qint64 tech = folder({QStringLiteral("Tech")});
    const qint64 qt = folder({QStringLiteral("Tech"), QStringLiteral("Qt")});
    const qint64 news = folder({QStringLiteral("News")});
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/qt.xml"), qt);

    QVERIFY(sync(store, [&](Completion done) { store.moveFolder(qt, news, done); }).ok);
    QCOMPARE(store.feeds().rows.at(0).folderPath, (QStringList{QStringLiteral("News"), QStringLiteral("Qt")}));
    QVERIFY(sync(store, [&](Completion done) { store.moveFolder(qt, std::nullopt, done); }).ok);
    QCOMPARE(store.feeds().rows.at(0).folderPath, QStringList{QStringLiteral("Qt")});
    QCOMPARE(store.feeds().rows.at(0).id, feed);

    // Into itself, or under its own child: refused, nothing changes.
    QVERIFY(sync(store, [&](Completion done) { store.moveFolder(qt, tech, done); }).ok);
    const WriteResult self = sync(store, [&](Completion done) { store.moveFolder(tech, tech, done); });
    QVERIFY(!self.ok);
    const WriteResult below = sync(store, [&](Completion done) { store.moveFolder(tech, qt, done); });
    QVERIFY(!below.ok);
    QVERIFY2(below.error.contains(QStringLiteral("subfolders")), qPrintable(below.error));
    QCOMPARE(store.feeds().rows.at(0).folderPath, (QStringList{QStringLiteral("Tech"), QStringLiteral("Qt")}));
    // A name the destination has already: said in words.
    folder({QStringLiteral("News"), QStringLiteral("Qt")});
    const WriteResult clash = sync(store, [&](Completion done) { store.moveFolder(qt, news, done); });
    QVERIFY(!clash.ok);
    QVERIFY2(clash.error.contains(QStringLiteral("already")), qPrintable(clash.error));
}

void TestStoreItems::importIsAllOrNothing()
{
    Store &store = *m_store;
    addFeed(store, QStringLiteral("https://example.org/known.xml"), std::nullopt);
    const QList<NewSubscription> list{
        {QStringLiteral("https://example.org/a.xml"), QStringLiteral("A"), {QStringLiteral("News"), QStringLiteral("World")}},
        {QStringLiteral("https://example.org/b.xml"), QString(), {QStringLiteral("News")}},
        {QStringLiteral("https://example.org/known.xml"), QString(), {}},
    };
    const WriteResult imported = sync(store, [&](Completion done) { store.importSubscriptions(list, done); });
    QVERIFY2(imported.ok, qPrintable(imported.error));
    QCOMPARE(imported.inserted, 2);
    QCOMPARE(imported.unchanged, 1);
    QCOMPARE(imported.affected, 2);   // News and News/World
    QCOMPARE(store.feeds().rows.size(), 3);

    // One bad entry at the end: nothing of the list is written.
    const QList<NewSubscription> broken{
        {QStringLiteral("https://example.org/c.xml"), QString(), {QStringLiteral("Sport")}},
        {QStringLiteral("https://example.org/d.xml"), QString(), {QStringLiteral(" ")}},
    };
    QVERIFY(!sync(store, [&](Completion done) { store.importSubscriptions(broken, done); }).ok);
    QCOMPARE(store.feeds().rows.size(), 3);
    QCOMPARE(store.folders().rows.size(), 2);
}

void TestStoreItems::feedsAddDuplicateMoveRenameDelete()
{
    Store &store = *m_store;
    const qint64 folder = sync(store, [&](Completion done) {
        store.addFolder({QStringLiteral("Tech"), QStringLiteral("Qt")}, done);
    }).id;
    const WriteResult added = sync(store, [&](Completion done) {
        store.addFeed(QStringLiteral("https://example.org/feed.xml"), folder, QStringLiteral("My title"), done);
    });
    QVERIFY2(added.ok, qPrintable(added.error));
    QVERIFY(!added.existed);
    const WriteResult duplicate = sync(store, [&](Completion done) {
        store.addFeed(QStringLiteral("https://example.org/feed.xml"), std::nullopt, QString(), done);
    });
    QVERIFY(duplicate.ok);
    QVERIFY(duplicate.existed);
    QCOMPARE(duplicate.id, added.id);
    const qint64 other = addFeed(store, QStringLiteral("https://example.com/atom"));

    ReadResult<FeedRow> feeds = store.feeds();
    QVERIFY(feeds.ok());
    QCOMPARE(feeds.rows.size(), 2);
    QCOMPARE(feeds.rows.at(0).id, other);   // no folder sorts first
    QCOMPARE(feeds.rows.at(1).folderPath, (QStringList{QStringLiteral("Tech"), QStringLiteral("Qt")}));
    QCOMPARE(feeds.rows.at(1).title, QStringLiteral("My title"));
    QCOMPARE(feeds.rows.at(1).status, FeedStatus::New);

    QVERIFY(sync(store, [&](Completion done) { store.moveFeed(added.id, std::nullopt, done); }).ok);
    QVERIFY(sync(store, [&](Completion done) { store.renameFeed(added.id, QStringLiteral("Renamed"), done); }).ok);
    QVERIFY(!sync(store, [&](Completion done) { store.moveFeed(added.id, 999, done); }).ok);   // no such folder
    QVERIFY(!sync(store, [&](Completion done) { store.renameFeed(999, QStringLiteral("x"), done); }).ok);
    feeds = store.feeds();
    for (const FeedRow &row : feeds.rows) {
        if (row.id == added.id) {
            QCOMPARE(row.title, QStringLiteral("Renamed"));
            QVERIFY(row.folderPath.isEmpty());
        }
    }

    QCOMPARE(storeFeed(store, added.id, makeFeed(0, 5)).inserted, 5);
    const WriteResult deleted = sync(store, [&](Completion done) { store.deleteFeed(added.id, done); });
    QVERIFY2(deleted.ok, qPrintable(deleted.error));
    QCOMPARE(store.feeds().rows.size(), 1);
    QCOMPARE(store.items({}).rows.size(), 0);   // items went with their feed
    QVERIFY(!sync(store, [&](Completion done) { store.deleteFeed(added.id, done); }).ok);
}

void TestStoreItems::fetchBookkeepingIsStored()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    FeedFetchState state = okFetch();
    state.etag = QStringLiteral("\"v1\"");
    state.lastModified = QStringLiteral("Mon, 01 Jan 2024 00:00:00 GMT");
    state.bodyHash = QByteArray("hash");
    state.nextFetch = state.fetchedAt.addSecs(3600);
    Feed parsed = makeFeed(0, 1);
    parsed.title = QStringLiteral("Publisher title");
    parsed.hints.ttlMinutes = 90;
    parsed.hints.syPeriod = QStringLiteral("daily");
    parsed.hints.syFrequency = 2;
    QVERIFY(sync(store, [&](Completion done) { store.storeFetchResult(feed, state, parsed, done); }).ok);

    // A failure keeps the validators and the title, and counts.
    FeedFetchState failure;
    failure.fetchedAt = state.fetchedAt.addSecs(60);
    failure.status = FeedStatus::Failing;
    failure.error = QStringLiteral("the server answered HTTP 500");
    for (int i = 0; i < 2; ++i)
        QVERIFY(sync(store, [&](Completion done) { store.storeFetchResult(feed, failure, std::nullopt, done); }).ok);

    const FeedRow row = store.feeds().rows.at(0);
    QCOMPARE(row.title, QStringLiteral("Publisher title"));   // no user title: the feed's own
    QCOMPARE(row.siteUrl, QStringLiteral("https://example.org/"));
    QCOMPARE(row.etag, QStringLiteral("\"v1\""));
    QCOMPARE(row.lastModified, QStringLiteral("Mon, 01 Jan 2024 00:00:00 GMT"));
    QCOMPARE(row.bodyHash, QByteArray("hash"));
    QCOMPARE(row.lastFetch.toSecsSinceEpoch(), failure.fetchedAt.toSecsSinceEpoch());
    QCOMPARE(row.lastSuccess.toSecsSinceEpoch(), state.fetchedAt.toSecsSinceEpoch());
    QCOMPARE(row.lastError, failure.error);
    QCOMPARE(row.consecutiveFailures, 2);
    QCOMPARE(row.status, FeedStatus::Failing);
    QCOMPARE(row.ttlMinutes, 90);
    QCOMPARE(row.syMinutes, 720);
    QCOMPARE(row.unread, 1);
    QCOMPARE(row.total, 1);

    QVERIFY(sync(store, [&](Completion done) { store.storeFetchResult(feed, state, std::nullopt, done); }).ok);
    QCOMPARE(store.feeds().rows.at(0).consecutiveFailures, 0);
    QCOMPARE(store.feeds().rows.at(0).lastError, QString());
    QVERIFY(!sync(store, [&](Completion done) { store.storeFetchResult(4242, state, parsed, done); }).ok);
}

void TestStoreItems::sameGuidTwiceIsOneRow()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    const qint64 other = addFeed(store, QStringLiteral("https://example.org/other.xml"));
    const WriteResult first = storeFeed(store, feed, makeFeed(0, 3));
    QCOMPARE(first.inserted, 3);
    // The new rows' ids, in document order: what a new-items notification reads titles by.
    QCOMPARE(first.ids.size(), 3);
    for (int n = 0; n < 3; ++n)
        QCOMPARE(store.item(first.ids.at(n)).rows.value(0).guid, makeItem(n).id);
    const WriteResult again = storeFeed(store, feed, makeFeed(0, 3));
    QCOMPARE(again.inserted, 0);
    QVERIFY(again.ids.isEmpty());
    QCOMPARE(again.unchanged, 3);
    QCOMPARE(store.items({}).rows.size(), 3);
    // The same guid in another feed is another item.
    QCOMPARE(storeFeed(store, other, makeFeed(0, 3)).inserted, 3);
    QCOMPARE(store.items({}).rows.size(), 6);
}

void TestStoreItems::changedContentUpdatesTextKeepsMarks()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    storeFeed(store, feed, makeFeed(0, 2));
    const QList<ItemRow> before = store.items({}).rows;
    const qint64 id = before.at(0).id;
    QVERIFY(sync(store, [&](Completion done) { store.markRead(ItemSelection::items({id}), true, done); }).ok);
    QVERIFY(sync(store, [&](Completion done) { store.setStarred({id}, true, done); }).ok);

    const WriteResult changed = storeFeed(store, feed, makeFeed(0, 2, QStringLiteral(" (corrected)")));
    QCOMPARE(changed.updated, 2);
    QCOMPARE(changed.inserted, 0);
    ItemFilter filter;
    filter.feedId = feed;
    const QList<ItemRow> after = store.items(filter).rows;
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).id, id);
    QCOMPARE(after.at(0).title, before.at(0).title + QStringLiteral(" (corrected)"));
    QVERIFY(after.at(0).content.contains(QStringLiteral("(corrected)")));
    QVERIFY(after.at(0).read);
    QVERIFY(after.at(0).starred);
    QCOMPARE(after.at(0).firstSeen, before.at(0).firstSeen);
    QVERIFY(!after.at(1).read);
}

void TestStoreItems::unchangedContentWritesNothing()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    storeFeed(store, feed, makeFeed(0, 20));
    {
        // A persistent trigger sees the writer's statements, whatever connection makes them.
        Peek peek(store.databasePath());
        QVERIFY(peek.exec(QStringLiteral("CREATE TABLE item_writes(id)")));
        QVERIFY(peek.exec(QStringLiteral(
            "CREATE TRIGGER count_updates AFTER UPDATE ON items BEGIN INSERT INTO item_writes VALUES (new.id); END")));
        QVERIFY(peek.exec(QStringLiteral(
            "CREATE TRIGGER count_inserts AFTER INSERT ON items BEGIN INSERT INTO item_writes VALUES (new.id); END")));
    }
    const WriteResult same = storeFeed(store, feed, makeFeed(0, 20));
    QVERIFY(same.ok);
    QCOMPARE(same.unchanged, 20);
    QCOMPARE(same.updated + same.inserted, 0);
    Feed oneChanged = makeFeed(0, 20);
    oneChanged.items[7].summary = QStringLiteral("now with a summary");
    const WriteResult one = storeFeed(store, feed, oneChanged);
    QCOMPARE(one.updated, 1);
    QCOMPARE(one.unchanged, 19);
    Peek peek(store.databasePath());
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM item_writes")).toInt(), 1);
    QVERIFY(peek.exec(QStringLiteral("DROP TABLE item_writes")));
    QVERIFY(peek.exec(QStringLiteral("DROP TRIGGER count_updates")));
    QVERIFY(peek.exec(QStringLiteral("DROP TRIGGER count_inserts")));
}

void TestStoreItems::itemsThatLeaveTheFeedStay()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    storeFeed(store, feed, makeFeed(0, 5));
    const WriteResult next = storeFeed(store, feed, makeFeed(3, 5));   // 0..2 dropped, 5..7 new
    QCOMPARE(next.inserted, 3);
    QCOMPARE(next.unchanged, 2);
    QCOMPARE(store.items({}).rows.size(), 8);
}

void TestStoreItems::hostileTextIsStoredVerbatim()
{
    Store &store = *m_store;
    const QString hostileUrl = QStringLiteral("https://example.org/?q=');DROP TABLE feeds;--");
    const qint64 feed = addFeed(store, hostileUrl);
    Feed parsed = makeFeed(0, 1);
    parsed.items[0].title = QStringLiteral("'); DROP TABLE items;--");
    parsed.items[0].id = QStringLiteral("\"; DELETE FROM items; --\u0000nul");
    parsed.items[0].content = QStringLiteral("Robert'); DROP TABLE items;-- \U0001F600 \u202Eevil");
    QCOMPARE(storeFeed(store, feed, parsed).inserted, 1);
    const ItemRow row = store.items({}).rows.at(0);
    QCOMPARE(row.title, parsed.items[0].title);
    QCOMPARE(row.guid, parsed.items[0].id);
    QCOMPARE(row.content, parsed.items[0].content);
    QCOMPARE(store.feeds().rows.at(0).url, hostileUrl);
    QCOMPARE(storeFeed(store, feed, parsed).unchanged, 1);   // and found again by that guid
}

void TestStoreItems::marksAreJournaled()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    storeFeed(store, feed, makeFeed(0, 3));
    const QList<ItemRow> items = store.items({}).rows;
    const qint64 a = items.at(0).id;
    const qint64 b = items.at(1).id;
    QCOMPARE(sync(store, [&](Completion done) { store.markRead(ItemSelection::items({a, b}), true, done); }).affected, 2);
    // Marking what is marked already changes nothing and journals nothing.
    QCOMPARE(sync(store, [&](Completion done) { store.markRead(ItemSelection::items({a}), true, done); }).affected, 0);
    QCOMPARE(sync(store, [&](Completion done) { store.setStarred({b}, true, done); }).affected, 1);
    QCOMPARE(sync(store, [&](Completion done) { store.markRead(ItemSelection::items({a}), false, done); }).affected, 1);

    Peek peek(store.databasePath());
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM mark_journal")).toInt(), 4);
    QCOMPARE(peek.value(QStringLiteral("SELECT group_concat(item_id || ':' || field || '=' || value, ' ') FROM "
                                       "(SELECT * FROM mark_journal ORDER BY id)")).toString(),
             QStringLiteral("%1:read=1 %2:read=1 %2:starred=1 %1:read=0").arg(a).arg(b));
    QVERIFY(peek.value(QStringLiteral("SELECT min(changed_at) FROM mark_journal")).toLongLong() > 1700000000);
}

void TestStoreItems::markFeedAndAllUpToAnItem()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    const qint64 other = addFeed(store, QStringLiteral("https://example.org/other.xml"));
    storeFeed(store, feed, makeFeed(0, 4));
    storeFeed(store, other, makeFeed(0, 4));
    QCOMPARE(sync(store, [&](Completion done) { store.markRead(ItemSelection::feed(feed), true, done); }).affected, 4);
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(store.items(unread).rows.size(), 4);

    // "Mark all read" as seen at some moment: items that arrived later stay unread.
    qint64 newest = 0;
    for (const ItemRow &row : store.items({}).rows)
        newest = qMax(newest, row.id);
    storeFeed(store, other, makeFeed(10, 2));
    ItemSelection all = ItemSelection::all();
    all.upToItemId = newest;
    QCOMPARE(sync(store, [&](Completion done) { store.markRead(all, true, done); }).affected, 4);
    QCOMPARE(store.items(unread).rows.size(), 2);
    Peek peek(store.databasePath());
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM mark_journal WHERE field = 'read' AND value = 1")).toInt(), 8);
    QCOMPARE(store.feeds().rows.at(1).unread, 2);
}

// More ids than the store marks one by one: set-based statements over one bound list. Only the
// named items change, only changes are journaled, and the ids handed back undo exactly the mark.
void TestStoreItems::manyItemsMarkedAndUndone()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    storeFeed(store, feed, makeFeed(0, 300));
    QList<qint64> ids;
    for (const ItemRow &row : store.items({}).rows)
        ids.append(row.id);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids.size(), 300);
    const QList<qint64> firstTen = ids.mid(0, 10);
    QCOMPARE(sync(store, [&](Completion done) { store.markRead(ItemSelection::items(firstTen), true, done); }).affected, 10);

    // Items 0..199, duplicates and an unknown id included; ten of them are read already.
    QList<qint64> selection = ids.mid(0, 200);
    selection << ids.at(5) << ids.at(150) << 999999;
    const WriteResult marked = sync(store, [&](Completion done) {
        store.markRead(ItemSelection::items(selection), true, done);
    });
    QVERIFY2(marked.ok, qPrintable(marked.error));
    QCOMPARE(marked.affected, 190);
    QList<qint64> changed = marked.ids;
    std::sort(changed.begin(), changed.end());
    QCOMPARE(changed, ids.mid(10, 190));
    ItemFilter unread;
    unread.unreadOnly = true;
    unread.limit = 1000;
    QCOMPARE(store.items(unread).rows.size(), 100);
    Peek peek(store.databasePath());
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM mark_journal WHERE field = 'read' AND value = 1")).toInt(), 200);

    // The mark's own journal rows, and an undo that names the items by them (as the window does).
    QCOMPARE(marked.journalLast - marked.journalFirst + 1, 190);
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM mark_journal WHERE id BETWEEN %1 AND %2 AND value = 1")
                            .arg(marked.journalFirst).arg(marked.journalLast)).toInt(), 190);
    // One of them read again by hand meanwhile, one marked unread by hand: the undo leaves the
    // second alone and makes the first unread again, as an undo by ids would.
    QCOMPARE(sync(store, [&](Completion done) { store.markRead(ItemSelection::items({ids.at(20)}), false, done); }).affected, 1);
    QCOMPARE(sync(store, [&](Completion done) { store.markRead(ItemSelection::items({ids.at(20)}), true, done); }).affected, 1);
    QCOMPARE(sync(store, [&](Completion done) { store.markRead(ItemSelection::items({ids.at(30)}), false, done); }).affected, 1);
    const WriteResult undone = sync(store, [&](Completion done) {
        store.markRead(ItemSelection::markedBy(marked.journalFirst, marked.journalLast), false, done);
    });
    QVERIFY2(undone.ok, qPrintable(undone.error));
    QCOMPARE(undone.affected, 189);   // item 30 was unread already
    const QList<ItemRow> nowUnread = store.items(unread).rows;
    QCOMPARE(nowUnread.size(), 290);
    for (const ItemRow &row : nowUnread)
        QVERIFY(!firstTen.contains(row.id));   // read before the mark: still read after its undo
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM mark_journal WHERE field = 'read' AND value = 0")).toInt(), 191);   // the undo's 189 and two by hand
    QCOMPARE(store.feeds().rows.at(0).unread, 290);
}

void TestStoreItems::filtersAndOrder()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    Feed parsed = makeFeed(0, 10);
    parsed.items[4].published = QDateTime();   // undated: sorts by first seen (now), so first
    storeFeed(store, feed, parsed);
    QList<ItemRow> rows = store.items({}).rows;
    QCOMPARE(rows.size(), 10);
    QCOMPARE(rows.at(0).guid, QStringLiteral("urn:item:4"));
    QCOMPARE(rows.at(1).guid, QStringLiteral("urn:item:9"));
    QCOMPARE(rows.last().guid, QStringLiteral("urn:item:0"));
    QCOMPARE(rows.at(1).authors.at(0).name, QStringLiteral("Author 2"));
    QCOMPARE(rows.at(1).categories, QStringList{QStringLiteral("news")});
    QCOMPARE(rows.at(1).published, QDateTime(QDate(2024, 1, 1), QTime(0, 9), Qt::UTC));

    ItemFilter page;
    page.limit = 3;
    page.offset = 2;
    rows = store.items(page).rows;
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).guid, QStringLiteral("urn:item:8"));

    sync(store, [&](Completion done) { store.setStarred({rows.at(0).id}, true, done); });
    ItemFilter starred;
    starred.starredOnly = true;
    QCOMPARE(store.items(starred).rows.size(), 1);
    ItemFilter otherFeed;
    otherFeed.feedId = feed + 100;
    QCOMPARE(store.items(otherFeed).rows.size(), 0);
}

void TestStoreItems::searchFindsWordsAndIgnoresDiacritics()
{
    Store &store = *m_store;
    QVERIFY(store.hasFullTextSearch());
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    Feed parsed = makeFeed(0, 3);
    parsed.items[0].title = QStringLiteral("Le Café de Flore");
    parsed.items[1].content = QStringLiteral("<p>A <b>naïve</b> approach to <i>Ångström</i> units</p>"
                                             "<img alt=\"hidden\" src=\"https://tracker.example/x.png\">");
    parsed.items[2].authors = {Person{QStringLiteral("Zoë Quimby"), QString(), QString()}};
    storeFeed(store, feed, parsed);
    auto search = [&](const QString &text) { return foundBy(store, text, &ItemRow::guid); };
    QCOMPARE(search(QStringLiteral("cafe")), QStringList{QStringLiteral("urn:item:0")});
    QCOMPARE(search(QStringLiteral("CAFÉ flore")), QStringList{QStringLiteral("urn:item:0")});
    QCOMPARE(search(QStringLiteral("naive angstrom")), QStringList{QStringLiteral("urn:item:1")});
    QCOMPARE(search(QStringLiteral("zoe")), QStringList{QStringLiteral("urn:item:2")});
    QCOMPARE(search(QStringLiteral("appro")), QStringList{QStringLiteral("urn:item:1")});   // prefix while typing
    QCOMPARE(search(QStringLiteral("tracker")), QStringList());   // markup is not text
    QCOMPARE(search(QStringLiteral("cafe naive")), QStringList());   // all words must match
    // Punctuation separates tokens as the index's tokenizer does: "naive-approach" is two of them.
    QCOMPARE(search(QStringLiteral("naive-approach")), QStringList{QStringLiteral("urn:item:1")});
    QCOMPARE(search(QStringLiteral("café/flore")), QStringList{QStringLiteral("urn:item:0")});
}

void TestStoreItems::hostileSearchStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("unbalanced quote") << QStringLiteral("\"unbalanced") << 1;
    QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << 1;
    QTest::newRow("lone star") << QStringLiteral("*") << 0;
    QTest::newRow("operators") << QStringLiteral("AND OR NOT") << 1;
    QTest::newRow("column filter") << QStringLiteral("title:drop") << 0;
    QTest::newRow("caret and minus") << QStringLiteral("^-items") << 1;
    QTest::newRow("sql") << QStringLiteral("'); DROP TABLE items;--") << 1;
    QTest::newRow("braces") << QStringLiteral("{title authors}: x") << 0;
    QTest::newRow("only punctuation") << QStringLiteral("\" ( ) : ^") << 0;
    QTest::newRow("like wildcards") << QStringLiteral("100%_done") << 0;
}

void TestStoreItems::hostileSearchStrings()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    Feed parsed = makeFeed(0, 1);
    parsed.items[0].title = QStringLiteral("unbalanced NEAR and or not: drop table items");
    storeFeed(store, feed, parsed);
    ItemFilter filter;
    filter.search = text;
    const ReadResult<ItemRow> result = store.items(filter);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows.size(), expected);
}

void TestStoreItems::likeFallbackSearch()
{
    // A second store on its own profile, as on a system whose SQLite lacks FTS5.
    QTemporaryDir dir;
    Store store;
    StoreOptions options;
    options.disableFullTextSearch = true;
    QCOMPARE(store.open(dir.path(), options), QString());
    QVERIFY(!store.hasFullTextSearch());
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    Feed parsed = makeFeed(0, 3);
    parsed.items[0].title = QStringLiteral("100% done_right");
    storeFeed(store, feed, parsed);
    ItemFilter filter;
    for (const auto &[text, expected] : {std::pair{QStringLiteral("100%"), 1}, {QStringLiteral("item 2"), 1},
                                         {QStringLiteral("e_r"), 1}, {QStringLiteral("\"NEAR("), 0},
                                         {QStringLiteral("BODY"), 3}}) {
        filter.search = text;
        const ReadResult<ItemRow> result = store.items(filter);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows.size(), expected);
    }
}

// threats.md §6 item 43: emoji (ZWJ sequences, flags, skin tones, presentation selectors, emoji glued
// to words), symbols, astral-plane letters and Indic words in titles and bodies are stored verbatim
// and found by searching for them, the same searches with the full-text index and with the LIKE
// fallback of a SQLite without FTS5, with the same results (one difference, below).
void TestStoreItems::emojiAndAstralTextIsStoredAndFound_data()
{
    QTest::addColumn<bool>("fts");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QStringList family{QStringLiteral("urn:item:0")};
    const QStringList body{QStringLiteral("urn:item:1")};
    const QStringList crab{QStringLiteral("urn:item:2")};
    const QStringList hindi{QStringLiteral("urn:item:3")};
    const QStringList plain{QStringLiteral("urn:item:4")};
    const QStringList thumbs{QStringLiteral("urn:item:2"), QStringLiteral("urn:item:4")};
    for (const bool fts : {true, false}) {
        const char *index = fts ? "fts" : "like";
        QTest::addRow("%s: word next to emoji", index) << fts << QStringLiteral("berlin") << family;
        QTest::addRow("%s: ZWJ family", index) << fts << QStringLiteral("\U0001F469\u200D\U0001F469\u200D\U0001F467") << family;
        QTest::addRow("%s: one of the family", index) << fts << QStringLiteral("\U0001F469") << family;
        QTest::addRow("%s: flag", index) << fts << QStringLiteral("\U0001F1E9\U0001F1EA") << family;
        // Item 4 has 🇩🇰 and 🇪🇸: the halves of 🇩🇪, but not the flag.
        QTest::addRow("%s: other flag", index) << fts << QStringLiteral("\U0001F1EA\U0001F1F8") << plain;
        QTest::addRow("%s: BMP symbol", index) << fts << QStringLiteral("\u2615") << body;
        QTest::addRow("%s: CJK extension B", index) << fts << QStringLiteral("\U00020000\U00020001") << body;
        QTest::addRow("%s: mathematical letters", index) << fts << QStringLiteral("\U0001D518\U0001D52B") << body;
        QTest::addRow("%s: emoji glued to a word", index) << fts << QStringLiteral("\U0001F980") << crab;
        QTest::addRow("%s: word glued to an emoji", index) << fts << QStringLiteral("rust") << crab;
        QTest::addRow("%s: emoji and word as written", index) << fts << QStringLiteral("\U0001F980rust") << crab;
        QTest::addRow("%s: one of a run of emoji", index) << fts << QStringLiteral("fans \U0001F525") << crab;
        QTest::addRow("%s: snowman finds snowman emoji", index) << fts << QStringLiteral("\u2603") << thumbs;
        QTest::addRow("%s: thumbs up finds every skin tone", index) << fts << QStringLiteral("\U0001F44D") << thumbs;
        QTest::addRow("%s: Hindi word", index) << fts << QStringLiteral("\u0939\u093F\u0928\u094D\u0926\u0940") << hindi;
        QTest::addRow("%s: copyright sign", index) << fts << QStringLiteral("\u00A9") << hindi;
        QTest::addRow("%s: year after copyright sign", index) << fts << QStringLiteral("2024") << hindi;
        QTest::addRow("%s: emoji not present", index) << fts << QStringLiteral("\U0001F680") << QStringList();
    }
    // The one difference: the index leaves skin tones and presentation selectors out (as it folds
    // "café" to "cafe"), so 👍🏽 finds every 👍 and ☃️ (emoji style) every ☃; LIKE finds the
    // characters as typed.
    QTest::addRow("fts: toned thumbs up finds every tone") << true << QStringLiteral("\U0001F44D\U0001F3FD") << thumbs;
    QTest::addRow("like: toned thumbs up") << false << QStringLiteral("\U0001F44D\U0001F3FD") << crab;
    QTest::addRow("fts: snowman emoji finds every snowman") << true << QStringLiteral("\u2603\uFE0F") << thumbs;
    QTest::addRow("like: snowman emoji") << false << QStringLiteral("\u2603\uFE0F") << crab;
}

void TestStoreItems::emojiAndAstralTextIsStoredAndFound()
{
    QFETCH(bool, fts);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    Store store;
    StoreOptions options;
    options.disableFullTextSearch = !fts;
    QCOMPARE(store.open(dir.path(), options), QString());
    QCOMPARE(store.hasFullTextSearch(), fts);
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    Feed parsed = makeFeed(0, 6);
    parsed.items[0].title = QStringLiteral("Family \U0001F469\u200D\U0001F469\u200D\U0001F467 trip to \U0001F1E9\U0001F1EA Berlin");
    parsed.items[1].content = QStringLiteral("<p>Coffee \u2615 and \U00020000\U00020001 in \U0001D518\U0001D52B</p>");
    parsed.items[2].title = QStringLiteral("\U0001F980Rust gets \U0001F44D\U0001F3FD from \u2603\uFE0F fans \U0001F525\U0001F525\U0001F525");
    parsed.items[3].content = QStringLiteral("<p>\u0939\u093F\u0928\u094D\u0926\u0940 \u092D\u093E\u0937\u093E \u00A92024</p>");
    parsed.items[4].title = QStringLiteral("Plain \U0001F44D and \u2603 from \U0001F1E9\U0001F1F0 and \U0001F1EA\U0001F1F8");
    QCOMPARE(storeFeed(store, feed, parsed).inserted, 6);
    const QList<ItemRow> all = store.items({}).rows;
    for (const ItemRow &row : all) {
        const int n = row.guid.mid(9).toInt();   // urn:item:N
        QCOMPARE(row.title, parsed.items[n].title);
        QCOMPARE(row.content, parsed.items[n].content);
    }
    ItemFilter filter;
    filter.search = search;
    const ReadResult<ItemRow> result = store.items(filter);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList guids;
    for (const ItemRow &row : result.rows)
        guids.append(row.guid);
    std::sort(guids.begin(), guids.end());
    QCOMPARE(guids, expected);
}

void TestStoreItems::searchIndexFollowsUpdatesAndDeletes()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    Feed parsed = makeFeed(0, 2);
    parsed.items[0].title = QStringLiteral("original wording");
    storeFeed(store, feed, parsed);
    parsed.items[0].title = QStringLiteral("corrected wording");
    QCOMPARE(storeFeed(store, feed, parsed).updated, 1);
    ItemFilter filter;
    filter.search = QStringLiteral("original");
    QCOMPARE(store.items(filter).rows.size(), 0);
    filter.search = QStringLiteral("corrected");
    QCOMPARE(store.items(filter).rows.size(), 1);
    QVERIFY(sync(store, [&](Completion done) { store.deleteFeed(feed, done); }).ok);
    QCOMPARE(store.items(filter).rows.size(), 0);
    // cleanup() checks the index against the items and runs FTS5's own integrity check.
}

// The index keeps no copy of the text (contentless), so an update or delete must remove exactly
// the terms the old row put in, recomputed from compressed HTML. The vocabulary shows any leftover.
void TestStoreItems::searchIndexForgetsOldTextOfLongArticles()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    Feed parsed = makeFeed(0, 3);
    const QString filler = QStringLiteral("<p>Some ordinary words that make the article long enough to be compressed.</p>").repeated(20);
    parsed.items[0].content = QStringLiteral("<p>Zebrafish migrate &amp; caf\u00e9 <b>upstream</b>.</p>") + filler;
    parsed.items[1].summary = QStringLiteral("<p>Only a summary: aardvarks.</p>") + filler;
    parsed.items[1].content.clear();
    QCOMPARE(storeFeed(store, feed, parsed).inserted, 3);
    Peek peek(store.databasePath());
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM items WHERE typeof(content) = 'blob' OR typeof(summary) = 'blob'")).toInt(), 2);
    QVERIFY(peek.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, item_search, 'row')")));
    const auto documents = [&](const char *term) {
        return peek.value(QStringLiteral("SELECT coalesce(sum(doc), 0) FROM vocab WHERE term = '%1'")
                              .arg(QLatin1String(term))).toInt();
    };
    QCOMPARE(documents("zebrafish"), 1);
    QCOMPARE(documents("aardvarks"), 1);
    QCOMPARE(documents("ordinary"), 2);

    parsed.items[0].content = QStringLiteral("<p>Salmon migrate upstream.</p>") + filler;
    parsed.items[1].summary = QStringLiteral("<p>Only a summary: anteaters.</p>") + filler;
    QCOMPARE(storeFeed(store, feed, parsed).updated, 2);
    QCOMPARE(documents("zebrafish"), 0);
    QCOMPARE(documents("aardvarks"), 0);
    QCOMPARE(documents("salmon"), 1);
    QCOMPARE(documents("anteaters"), 1);
    QCOMPARE(documents("ordinary"), 2);
    ItemFilter filter;
    filter.search = QStringLiteral("salmon upstream");
    QCOMPARE(store.items(filter).rows.size(), 1);
    QCOMPARE(store.items(filter).rows.first().content, parsed.items[0].content);

    QVERIFY(sync(store, [&](Completion done) { store.deleteFeed(feed, done); }).ok);
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM vocab")).toInt(), 0);
}

// A profile opened once by a build without FTS5 (the index cannot be maintained then) gets its
// index rebuilt by the next build that has it.
void TestStoreItems::searchIndexRebuiltAfterARunWithoutFts()
{
    QTemporaryDir dir;
    qint64 feed = 0;
    {
        Store store;
        QCOMPARE(store.open(dir.path()), QString());
        feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
        storeFeed(store, feed, makeFeed(0, 2));
    }
    {
        Store store;
        StoreOptions noFts;
        noFts.disableFullTextSearch = true;
        QCOMPARE(store.open(dir.path(), noFts), QString());
        Feed parsed = makeFeed(2, 1);
        parsed.items[0].title = QStringLiteral("Written while the index was off");
        storeFeed(store, feed, parsed);
        QVERIFY(sync(store, [&](Completion done) { store.renameFeed(feed, QStringLiteral("x"), done); }).ok);
        Peek peek(store.databasePath());
        QCOMPARE(peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'search_index'")).toString(),
                 QStringLiteral("stale"));
    }
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    ItemFilter filter;
    filter.search = QStringLiteral("index was off");
    QCOMPARE(store.items(filter).rows.size(), 1);
    filter.search = QStringLiteral("item");
    QCOMPARE(store.items(filter).rows.size(), 3);
    Peek peek(store.databasePath());
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM item_search")).toInt(), 3);
    QCOMPARE(peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'search_index'")).toString(),
             QString::fromLatin1(store::kSearchIndexFormat));
}

void TestStoreItems::failingJobWritesNothingAndSaysWhy()
{
    Store &store = *m_store;
    addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    const WriteResult result = sync(store, [&](Completion done) {
        store.storeFetchResult(9999, okFetch(), makeFeed(0, 5), done);   // no such feed
    });
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.inserted, 0);
    QCOMPARE(store.items({}).rows.size(), 0);
}

// The writer groups queued jobs into one transaction (a savepoint each): a job that fails in the
// middle of a group leaves nothing behind, and the jobs around it are written and reported as usual.
void TestStoreItems::queuedJobsShareACommitButFailAlone()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    QList<WriteResult> results;
    const auto collect = [&](const WriteResult &result) { results.append(result); };
    for (int n = 0; n < 20; ++n) {
        if (n == 10)
            store.storeFetchResult(9999, okFetch(), makeFeed(100, 5), collect);   // no such feed
        store.storeFetchResult(feed, okFetch(), makeFeed(n, 1), collect);
    }
    store.markRead(ItemSelection::all(), true, collect);
    store.waitForIdle();
    QCOMPARE(results.size(), 22);
    for (int i = 0; i < results.size(); ++i) {
        if (i == 10) {
            QVERIFY(!results[i].ok);
            QCOMPARE(results[i].inserted, 0);
        } else {
            QVERIFY2(results[i].ok, qPrintable(results[i].error));
        }
        if (i > 0)
            QVERIFY(results[i].job > results[i - 1].job);   // in queue order
    }
    QCOMPARE(results.last().affected, 20);
    QCOMPARE(store.items({}).rows.size(), 20);
    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(store.items(unread).rows.size(), 0);
}

// A refresh's index changes wait for the end of the writer's batch (searchindex.h). Those of a job
// that fails half-way, after some of its items were written, go with the job, also when the next
// job's item takes over the row id the failed one had.
void TestStoreItems::searchIndexDropsTheChangesOfAFailedJob()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    Feed first = makeFeed(0, 1);
    first.items[0].title = QStringLiteral("alpha");
    Feed middle = makeFeed(1, 2);
    middle.items[0].title = QStringLiteral("bravo");
    PreparedFeed broken = store.prepare(middle);
    broken.items[1].guid = QString();   // NULL: the second insert breaks the job
    Feed last = makeFeed(3, 1);
    last.items[0].title = QStringLiteral("charlie");
    QList<WriteResult> results;
    const auto collect = [&](const WriteResult &result) { results.append(result); };
    store.storeFetchResult(feed, okFetch(), first, collect);
    store.storeFetchResult(feed, okFetch(), broken, collect);
    store.storeFetchResult(feed, okFetch(), last, collect);
    store.waitForIdle();
    QCOMPARE(results.size(), 3);
    QVERIFY2(results[0].ok, qPrintable(results[0].error));
    QVERIFY(!results[1].ok);
    QVERIFY2(results[2].ok, qPrintable(results[2].error));
    QCOMPARE(results[1].inserted, 0);
    QCOMPARE(results[2].ids, QList<qint64>{results[0].ids.at(0) + 1});   // the failed job's row id again
    QCOMPARE(foundBy(store, QStringLiteral("alpha"), &ItemRow::title), QStringList{QStringLiteral("alpha")});
    QCOMPARE(foundBy(store, QStringLiteral("bravo"), &ItemRow::title), QStringList());
    QCOMPARE(foundBy(store, QStringLiteral("charlie"), &ItemRow::title), QStringList{QStringLiteral("charlie")});
    // cleanup() checks that the index holds as many rows as items, and FTS5's integrity check.
}

// Jobs other than a refresh's change the index at once; the writer applies what the refresh jobs
// before them queued first, so a feed deleted right after its items were stored leaves no terms.
void TestStoreItems::searchIndexIsCurrentForTheJobsAfterARefresh()
{
    Store &store = *m_store;
    const qint64 busy = addFeed(store, QStringLiteral("https://example.org/busy.xml"));
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    const PreparedFeed large = store.prepare(makeFeed(100, 1000));
    Feed small = makeFeed(0, 3);
    small.items[0].title = QStringLiteral("delta");
    const PreparedFeed parsed = store.prepare(small);
    QList<WriteResult> results;
    const auto collect = [&](const WriteResult &result) { results.append(result); };
    // While the writer stores the large feed, the other two jobs queue up and run in one batch.
    store.storeFetchResult(busy, okFetch(), large, collect);
    store.storeFetchResult(feed, okFetch(), parsed, collect);
    store.deleteFeed(feed, collect);
    store.deleteFeed(busy, collect);
    store.waitForIdle();
    QCOMPARE(results.size(), 4);
    for (const WriteResult &result : std::as_const(results))
        QVERIFY2(result.ok, qPrintable(result.error));
    // New rows take the deleted ones' ids; none may inherit their terms.
    const qint64 other = addFeed(store, QStringLiteral("https://example.org/other.xml"));
    QCOMPARE(storeFeed(store, other, makeFeed(10, 1003)).ids.at(1000), results[1].ids.at(0));
    QCOMPARE(foundBy(store, QStringLiteral("delta"), &ItemRow::title), QStringList());
}

void TestStoreItems::movedToAnAddressAlreadySubscribed()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    addFeed(store, QStringLiteral("https://example.org/other.xml"));
    FeedFetchState moved = okFetch();
    moved.newUrl = QStringLiteral("https://example.org/other.xml");
    const WriteResult result = sync(store, [&](Completion done) {
        store.storeFetchResult(feed, moved, makeFeed(0, 5), done);
    });
    // The items are stored; the feed keeps its address rather than colliding with the other row.
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.inserted, 5);
    QCOMPARE(store.feeds().rows.at(0).url, QStringLiteral("https://example.org/feed.xml"));
}

namespace {

FeedRow feedRow(const Store &store, qint64 id)
{
    for (const FeedRow &row : store.feeds().rows) {
        if (row.id == id)
            return row;
    }
    return {};
}

FeedOptions optionsOf(const FeedRow &row)
{
    FeedOptions options;
    options.url = row.url;
    options.title = row.titleFromUser ? row.title : QString();
    options.folderId = row.folderId;
    options.updateIntervalMinutes = row.updateIntervalMinutes;
    options.loadImages = row.loadImages;
    options.notify = row.notify;
    return options;
}

} // namespace

void TestStoreItems::feedOptionsAreStoredAndReadBack()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    const qint64 folder = sync(store, [&](Completion done) { store.addFolder({QStringLiteral("News")}, done); }).id;
    addFeed(store, QStringLiteral("https://example.org/first-in-news.xml"), folder);
    FeedFetchState fetched = okFetch();
    fetched.etag = QStringLiteral("\"v1\"");
    fetched.bodyHash = QByteArray("hash");
    QVERIFY(sync(store, [&](Completion done) { store.storeFetchResult(feed, fetched, makeFeed(0, 3), done); }).ok);

    FeedRow row = feedRow(store, feed);
    QCOMPARE(row.title, QStringLiteral("Generated feed"));
    QVERIFY(!row.titleFromUser);
    QVERIFY(!row.loadImages.has_value());   // the defaults of schema 3
    QVERIFY(row.notify);

    FeedOptions options = optionsOf(row);
    options.title = QStringLiteral("  Mine  ");
    options.folderId = folder;
    options.updateIntervalMinutes = 120;
    options.loadImages = false;
    options.notify = false;
    WriteResult result = sync(store, [&](Completion done) { store.setFeedOptions(feed, options, done); });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.id, feed);
    QCOMPARE(result.affected, 1);
    row = feedRow(store, feed);
    QCOMPARE(row.title, QStringLiteral("Mine"));
    QVERIFY(row.titleFromUser);
    QCOMPARE(row.folderPath, QStringList{QStringLiteral("News")});
    QCOMPARE(row.position, 1);   // last in its new folder
    QCOMPARE(row.updateIntervalMinutes, 120);
    QCOMPARE(row.loadImages, std::optional<bool>(false));
    QVERIFY(!row.notify);
    QCOMPARE(row.etag, QStringLiteral("\"v1\""));   // the address did not change
    // A refresh keeps the user's title.
    QVERIFY(storeFeed(store, feed, makeFeed(0, 3)).ok);
    QCOMPARE(feedRow(store, feed).title, QStringLiteral("Mine"));

    // The same options again change nothing but are fine; the folder position stays.
    options = optionsOf(feedRow(store, feed));
    QVERIFY(sync(store, [&](Completion done) { store.setFeedOptions(feed, options, done); }).ok);
    QCOMPARE(feedRow(store, feed).position, 1);

    // Back to the defaults: no title of the user's (the feed's own returns at the next refresh),
    // top level, images follow the global setting; a new address starts the bookkeeping afresh.
    options.title.clear();
    options.folderId.reset();
    options.loadImages = true;
    options.url = QStringLiteral(" https://example.org/moved.xml ");
    QVERIFY(sync(store, [&](Completion done) { store.setFeedOptions(feed, options, done); }).ok);
    row = feedRow(store, feed);
    QCOMPARE(row.url, QStringLiteral("https://example.org/moved.xml"));
    QCOMPARE(row.loadImages, std::optional<bool>(true));
    QVERIFY(!row.titleFromUser);
    QVERIFY(row.folderPath.isEmpty());
    QVERIFY(row.etag.isEmpty());
    QVERIFY(row.bodyHash.isEmpty());
    QCOMPARE(row.status, FeedStatus::New);
    QCOMPARE(row.total, 3);   // the items stay
    QVERIFY(storeFeed(store, feed, makeFeed(0, 3)).ok);
    QCOMPARE(feedRow(store, feed).title, QStringLiteral("Generated feed"));

    options = optionsOf(feedRow(store, feed));
    options.loadImages.reset();
    QVERIFY(sync(store, [&](Completion done) { store.setFeedOptions(feed, options, done); }).ok);
    QVERIFY(!feedRow(store, feed).loadImages.has_value());
    Peek peek(store.databasePath());
    QCOMPARE(peek.value(QStringLiteral("SELECT typeof(load_images) FROM feeds WHERE id = %1").arg(feed)).toString(),
             QStringLiteral("null"));
}

void TestStoreItems::feedOptionsRefuseBadAndTakenAddresses()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    addFeed(store, QStringLiteral("https://example.org/other.xml"));
    QVERIFY(sync(store, [&](Completion done) {
        store.renameFeed(feed + 1, QStringLiteral("The other one"), done);
    }).ok);
    const FeedOptions original = optionsOf(feedRow(store, feed));

    auto refused = [&](const FeedOptions &options) {
        const WriteResult result = sync(store, [&](Completion done) { store.setFeedOptions(feed, options, done); });
        return result.ok ? QString() : result.error;
    };
    FeedOptions options = original;
    options.title = QStringLiteral("Not written");
    options.url = QStringLiteral("https://example.org/other.xml");
    QCOMPARE(refused(options),
             QStringLiteral("https://example.org/other.xml is subscribed already, as \"The other one\""));
    for (const char *bad : {"", "example.org/feed", "ftp://example.org/feed", "file:///etc/passwd",
                            "javascript:alert(1)", "https://"}) {
        options.url = QString::fromLatin1(bad);
        QVERIFY2(refused(options).contains(QLatin1String("not an http or https address")), bad);
    }
    options.url = original.url;
    options.folderId = 999;
    QCOMPARE(refused(options), QStringLiteral("there is no folder 999"));
    options.folderId.reset();
    options.updateIntervalMinutes = -5;
    QVERIFY(!refused(options).isEmpty());
    QCOMPARE(sync(store, [&](Completion done) { store.setFeedOptions(999, original, done); }).error,
             QStringLiteral("there is no feed 999"));
    // Nothing of the refused jobs was written.
    const FeedRow row = feedRow(store, feed);
    QCOMPARE(row.url, QStringLiteral("https://example.org/feed.xml"));
    QVERIFY(!row.titleFromUser);
    QCOMPARE(row.updateIntervalMinutes, 0);
}

namespace {

QList<qint64> idsOf(const QList<ItemSummary> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const ItemSummary &row : rows)
        ids.append(row.id);
    return ids;
}

// Every page of `filter` through the keyset cursor, concatenated; stops at an error or a short page.
QList<qint64> walkPages(const Store &store, ItemFilter filter, int pageSize, int *pages = nullptr)
{
    filter.limit = pageSize;
    filter.after.reset();
    QList<qint64> ids;
    int count = 0;
    for (;;) {
        const ReadResult<ItemSummary> page = store.itemSummaries(filter);
        if (!page.ok())
            return {-1};
        ++count;
        ids += idsOf(page.rows);
        if (page.rows.size() < pageSize)
            break;
        filter.after = page.rows.last().cursor();
    }
    if (pages)
        *pages = count;
    return ids;
}

} // namespace

void TestStoreItems::summariesCarryTheListColumns()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    Feed parsed = makeFeed(0, 3);
    parsed.items[1].authors = {Person{QString(), QStringLiteral("desk@example.org"), QString()},
                               Person{QStringLiteral("Second"), QString(), QString()}};
    parsed.items[2].authors.clear();
    parsed.items[0].published = QDateTime();
    storeFeed(store, feed, parsed);
    const QList<ItemRow> full = store.items({}).rows;
    sync(store, [&](Completion done) { store.setStarred({full.at(1).id}, true, done); });
    sync(store, [&](Completion done) { store.markRead(ItemSelection::items({full.at(2).id}), true, done); });

    const ReadResult<ItemSummary> result = store.itemSummaries({});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.rows.size(), 3);
    for (int i = 0; i < full.size(); ++i) {
        const ItemSummary &row = result.rows.at(i);
        QCOMPARE(row.id, full.at(i).id);
        QCOMPARE(row.feedId, feed);
        QCOMPARE(row.title, full.at(i).title);
        QCOMPARE(row.link, full.at(i).link);
        QCOMPARE(row.published, full.at(i).published);
        QCOMPARE(row.firstSeen, full.at(i).firstSeen);
        const QDateTime date = row.published.isValid() ? row.published : row.firstSeen;
        QCOMPARE(row.sortKey, date.toSecsSinceEpoch());
        QCOMPARE(row.cursor().id, row.id);
    }
    // Newest first: the undated item 0 (first seen now), then 2, then 1.
    QCOMPARE(result.rows.at(0).author, QStringLiteral("Author 0"));
    QCOMPARE(result.rows.at(1).author, QString());                           // none
    QVERIFY(result.rows.at(1).starred);
    QCOMPARE(result.rows.at(2).author, QStringLiteral("desk@example.org"));  // no name: the address
    QVERIFY(result.rows.at(2).read);
    QVERIFY(!result.rows.at(0).read && !result.rows.at(0).starred);

    ItemFilter unread;
    unread.unreadOnly = true;
    QCOMPARE(idsOf(store.itemSummaries(unread).rows), (QList<qint64>{full.at(0).id, full.at(1).id}));
    ItemFilter search;
    search.search = QStringLiteral("body item 2");
    QCOMPARE(idsOf(store.itemSummaries(search).rows), QList<qint64>{full.at(1).id});
    search.search = QStringLiteral("\"");
    QVERIFY(store.itemSummaries(search).rows.isEmpty());
}

void TestStoreItems::oneItemByItsId()
{
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    storeFeed(store, feed, makeFeed(0, 3));
    const ItemRow listed = store.items({}).rows.at(1);
    const ReadResult<ItemRow> one = store.item(listed.id);
    QVERIFY2(one.ok(), qPrintable(one.error));
    QCOMPARE(one.rows.size(), 1);
    QCOMPARE(one.rows.at(0).guid, QStringLiteral("urn:item:1"));
    QCOMPARE(one.rows.at(0).content, listed.content);   // decompressed, as items() gives it
    QVERIFY(one.rows.at(0).content.contains(QStringLiteral("<b>some</b>")));
    const ReadResult<ItemRow> none = store.item(listed.id + 1000);
    QVERIFY(none.ok());
    QVERIFY(none.rows.isEmpty());
}

void TestStoreItems::keysetPagingAcrossEqualTimestamps_data()
{
    QTest::addColumn<ItemOrder>("order");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("newest, 3") << ItemOrder::NewestFirst << 3;
    QTest::newRow("newest, 1") << ItemOrder::NewestFirst << 1;
    QTest::newRow("oldest, 4") << ItemOrder::OldestFirst << 4;
    QTest::newRow("title a-z, 3") << ItemOrder::TitleAscending << 3;
    QTest::newRow("title z-a, 5") << ItemOrder::TitleDescending << 5;
}

void TestStoreItems::keysetPagingAcrossEqualTimestamps()
{
    QFETCH(ItemOrder, order);
    QFETCH(int, pageSize);
    Store &store = *m_store;
    const qint64 feed = addFeed(store, QStringLiteral("https://example.org/feed.xml"));
    // Five items per minute, so that every page boundary falls inside a run of equal keys; titles
    // repeat too, in both cases, and one is missing.
    Feed parsed = makeFeed(0, 23);
    for (int n = 0; n < parsed.items.size(); ++n) {
        Item &item = parsed.items[n];
        item.published = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs((n / 5) * 60);
        item.title = (n % 2 ? QStringLiteral("Same %1") : QStringLiteral("same %1")).arg(n % 3);
    }
    parsed.items[7].title.clear();
    storeFeed(store, feed, parsed);

    ItemFilter filter;
    filter.order = order;
    const QList<ItemSummary> all = store.itemSummaries(filter).rows;
    QCOMPARE(all.size(), 23);
    for (int i = 1; i < all.size(); ++i) {
        const ItemSummary &a = all.at(i - 1);
        const ItemSummary &b = all.at(i);
        switch (order) {
        case ItemOrder::NewestFirst:
            QVERIFY(a.sortKey > b.sortKey || (a.sortKey == b.sortKey && a.id > b.id));
            break;
        case ItemOrder::OldestFirst:
            QVERIFY(a.sortKey < b.sortKey || (a.sortKey == b.sortKey && a.id < b.id));
            break;
        case ItemOrder::TitleAscending: {
            const int c = a.title.compare(b.title, Qt::CaseInsensitive);
            QVERIFY(c < 0 || (c == 0 && a.id < b.id));
            break;
        }
        case ItemOrder::TitleDescending: {
            const int c = a.title.compare(b.title, Qt::CaseInsensitive);
            QVERIFY(c > 0 || (c == 0 && a.id > b.id));
            break;
        }
        }
    }
    int pages = 0;
    QCOMPARE(walkPages(store, filter, pageSize, &pages), idsOf(all));
    QCOMPARE(pages, 23 / pageSize + 1);

    // The cursor combines with the other conditions, and with the old offset.
    filter.unreadOnly = true;
    sync(store, [&](Completion done) { store.markRead(ItemSelection::items({all.at(2).id, all.at(3).id}), true, done); });
    QList<qint64> unread = idsOf(all);
    unread.removeAt(3);
    unread.removeAt(2);
    QCOMPARE(walkPages(store, filter, pageSize), unread);
    filter.after = all.at(0).cursor();
    filter.offset = 2;
    filter.limit = 2;
    QCOMPARE(idsOf(store.itemSummaries(filter).rows), unread.mid(3, 2));
    QCOMPARE(store.items(filter).rows.size(), 2);
}

void TestStoreItems::feedSetsAndSince()
{
    Store &store = *m_store;
    const qint64 a = addFeed(store, QStringLiteral("https://example.org/a.xml"));
    const qint64 b = addFeed(store, QStringLiteral("https://example.org/b.xml"));
    const qint64 c = addFeed(store, QStringLiteral("https://example.org/c.xml"));
    storeFeed(store, a, makeFeed(0, 4));
    storeFeed(store, b, makeFeed(10, 4));
    storeFeed(store, c, makeFeed(20, 4));
    auto feedsOf = [&](const ItemFilter &filter) {
        QSet<qint64> feeds;
        for (const ItemSummary &row : store.itemSummaries(filter).rows)
            feeds.insert(row.feedId);
        return feeds;
    };
    ItemFilter filter;
    QCOMPARE(store.itemSummaries(filter).rows.size(), 12);   // empty list: every feed
    filter.feedIds = {a, c};
    QCOMPARE(store.itemSummaries(filter).rows.size(), 8);
    QCOMPARE(feedsOf(filter), (QSet<qint64>{a, c}));
    filter.feedId = c;   // both apply
    QCOMPARE(feedsOf(filter), QSet<qint64>{c});
    filter.feedId = b;
    QCOMPARE(store.itemSummaries(filter).rows.size(), 0);
    filter = {};
    filter.feedIds = {0};   // a folder without feeds
    QCOMPARE(store.itemSummaries(filter).rows.size(), 0);

    // Items 20..23 of feed c are dated 00:20..00:23; the bound is inclusive.
    filter = {};
    filter.since = QDateTime(QDate(2024, 1, 1), QTime(0, 21), Qt::UTC);
    const QList<ItemSummary> recent = store.itemSummaries(filter).rows;
    QCOMPARE(recent.size(), 3);
    QCOMPARE(recent.last().published, filter.since);
    QCOMPARE(store.items(filter).rows.size(), 3);
    filter.order = ItemOrder::TitleAscending;
    QCOMPARE(store.itemSummaries(filter).rows.size(), 3);
}

void TestStoreItems::anExplicitSetOfItems()
{
    // What a click on the new-items notification shows: exactly the items announced, newest first
    // whatever order they came in, with the other conditions still applying, paged like any list.
    Store &store = *m_store;
    const qint64 a = addFeed(store, QStringLiteral("https://example.org/a.xml"));
    const qint64 b = addFeed(store, QStringLiteral("https://example.org/b.xml"));
    storeFeed(store, a, makeFeed(0, 5));    // 00:00..00:04
    const WriteResult second = storeFeed(store, b, makeFeed(10, 5));   // 00:10..00:14
    QCOMPARE(second.ids.size(), 5);
    const auto idsOf = [](const QList<ItemSummary> &rows) {
        QList<qint64> ids;
        for (const ItemSummary &row : rows)
            ids.append(row.id);
        return ids;
    };
    const QList<qint64> all = idsOf(store.itemSummaries({}).rows);   // newest first
    QCOMPARE(all.size(), 10);

    // Two of b's, one of a's, in document order (oldest first) and with an id that does not exist.
    ItemFilter filter;
    filter.itemIds = QList<qint64>{all.at(9), all.at(3), all.at(1), 999999};
    ReadResult<ItemSummary> read = store.itemSummaries(filter);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(idsOf(read.rows), (QList<qint64>{all.at(1), all.at(3), all.at(9)}));
    QCOMPARE(store.items(filter).rows.size(), 3);

    filter.itemIds = QList<qint64>{};   // an empty set is no items, not every item
    QVERIFY(store.itemSummaries(filter).ok());
    QCOMPARE(store.itemSummaries(filter).rows.size(), 0);
    QCOMPARE(store.items(filter).rows.size(), 0);

    // With the other conditions: a feed, unread only, a search, another order.
    filter.itemIds = QList<qint64>{all.at(9), all.at(3), all.at(1)};
    filter.feedId = b;
    QCOMPARE(idsOf(store.itemSummaries(filter).rows), (QList<qint64>{all.at(1), all.at(3)}));
    filter.feedId.reset();
    sync(store, [&](Completion done) { store.markRead(ItemSelection::items({all.at(3)}), true, done); });
    filter.unreadOnly = true;
    QCOMPARE(idsOf(store.itemSummaries(filter).rows), (QList<qint64>{all.at(1), all.at(9)}));
    filter.unreadOnly = false;
    filter.search = QStringLiteral("13");   // "Item 13", b's fourth: all.at(1)
    QCOMPARE(idsOf(store.itemSummaries(filter).rows), QList<qint64>{all.at(1)});
    filter.search.clear();
    filter.order = ItemOrder::OldestFirst;
    QCOMPARE(idsOf(store.itemSummaries(filter).rows), (QList<qint64>{all.at(9), all.at(3), all.at(1)}));

    // Keyset pages over a set of thousands: every item once, newest first.
    const qint64 c = addFeed(store, QStringLiteral("https://example.org/c.xml"));
    const WriteResult many = storeFeed(store, c, makeFeed(1000, 5000));
    QVERIFY2(many.ok, qPrintable(many.error));
    QCOMPARE(many.ids.size(), 5000);
    filter = {};
    filter.itemIds = many.ids;
    filter.limit = 200;
    QList<qint64> paged;
    for (;;) {
        const ReadResult<ItemSummary> page = store.itemSummaries(filter);
        QVERIFY2(page.ok(), qPrintable(page.error));
        if (page.rows.isEmpty())
            break;
        paged.append(idsOf(page.rows));
        filter.after = page.rows.last().cursor();
    }
    QCOMPARE(paged.size(), 5000);
    QCOMPARE(paged.first(), many.ids.last());   // the newest (document order is oldest first here)
    QCOMPARE(QSet<qint64>(paged.begin(), paged.end()), QSet<qint64>(many.ids.begin(), many.ids.end()));
}

void TestStoreItems::countsForTheSmartEntries()
{
    Store &store = *m_store;
    ItemCounts counts = store.itemCounts(QDateTime());
    QVERIFY2(counts.ok(), qPrintable(counts.error));
    QCOMPARE(counts.unread, 0);
    const qint64 a = addFeed(store, QStringLiteral("https://example.org/a.xml"));
    const qint64 b = addFeed(store, QStringLiteral("https://example.org/b.xml"));
    storeFeed(store, a, makeFeed(0, 5));    // 00:00..00:04
    storeFeed(store, b, makeFeed(10, 5));   // 00:10..00:14
    const QList<ItemRow> rows = store.items({}).rows;
    sync(store, [&](Completion done) { store.markRead(ItemSelection::feed(a), true, done); });
    sync(store, [&](Completion done) { store.markRead(ItemSelection::items({rows.at(0).id}), true, done); });
    sync(store, [&](Completion done) { store.setStarred({rows.at(0).id, rows.at(9).id}, true, done); });

    counts = store.itemCounts(QDateTime(QDate(2024, 1, 1), QTime(0, 12), Qt::UTC));
    QVERIFY2(counts.ok(), qPrintable(counts.error));
    QCOMPARE(counts.unread, 4);
    QCOMPARE(counts.starred, 2);
    QCOMPARE(counts.unreadSince, 2);   // 00:12 and 00:13; 00:14 is read
    QCOMPARE(store.itemCounts(QDateTime()).unreadSince, 4);
    int unreadOfFeeds = 0;
    for (const FeedRow &feed : store.feeds().rows)
        unreadOfFeeds += feed.unread;
    QCOMPARE(counts.unread, unreadOfFeeds);

    Store closed;
    QVERIFY(!closed.itemCounts(QDateTime()).ok());
    QVERIFY(!closed.itemSummaries({}).ok());
    QVERIFY(!closed.item(1).ok());
}

void TestStoreItems::deepPagesOfAHundredThousandItems()
{
    Store &store = *m_store;
    constexpr int kFeeds = 10;
    constexpr int kPerFeed = 10000;
    constexpr int kPage = 200;
    QElapsedTimer timer;
    timer.start();
    QList<qint64> feeds;
    for (int f = 0; f < kFeeds; ++f) {
        const qint64 feed = addFeed(store, QStringLiteral("https://example.org/%1.xml").arg(f));
        feeds.append(feed);
        // Feeds interleave in time, and every other item shares its minute with a neighbour.
        Feed parsed = makeFeed(f * kPerFeed, kPerFeed);
        for (int n = 0; n < parsed.items.size(); ++n)
            parsed.items[n].published = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(((n * kFeeds + f) / 2) * 60);
        QCOMPARE(storeFeed(store, feed, parsed).inserted, kPerFeed);
    }
    qInfo("filled %d items in %lld ms", kFeeds * kPerFeed, qint64(timer.elapsed()));

    auto timed = [&](const ItemFilter &filter, QList<ItemSummary> *rows) {
        QElapsedTimer t;
        t.start();
        // Best of three: the first read of a page also pays for the file cache.
        qint64 best = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            t.restart();
            const ReadResult<ItemSummary> result = store.itemSummaries(filter);
            best = qMin(best, t.nsecsElapsed() / 1000);
            *rows = result.rows;
        }
        return best;   // microseconds
    };

    struct Case {
        const char *name;
        ItemFilter filter;
    };
    ItemFilter folder;
    folder.feedIds = {feeds.at(1), feeds.at(3), feeds.at(5), feeds.at(7), feeds.at(9)};   // 250 pages
    ItemFilter unread;
    unread.unreadOnly = true;
    ItemFilter titles;
    titles.order = ItemOrder::TitleAscending;
    ItemFilter oldest;
    oldest.order = ItemOrder::OldestFirst;
    const Case cases[] = {{"all, newest first", {}}, {"all, oldest first", oldest}, {"unread", unread},
                          {"folder of 5 feeds", folder}, {"title a-z", titles}};
    for (const Case &c : cases) {
        ItemFilter filter = c.filter;
        const int expected = c.filter.feedIds.isEmpty() ? kFeeds * kPerFeed : c.filter.feedIds.size() * kPerFeed;
        // Walk to page 200 the way the list does, one cursor at a time.
        filter.limit = kPage;
        QList<ItemSummary> first;
        const qint64 firstUs = timed(filter, &first);
        QCOMPARE(first.size(), kPage);
        ItemFilter deep = filter;
        QList<ItemSummary> page = first;
        for (int n = 2; n <= 200; ++n) {
            deep.after = page.last().cursor();
            page = store.itemSummaries(deep).rows;
            QCOMPARE(page.size(), kPage);
        }
        QList<ItemSummary> page200;
        const qint64 deepUs = timed(deep, &page200);
        QCOMPARE(idsOf(page200), idsOf(page));
        // The same page by offset: equal rows, but the skipped ones are walked.
        ItemFilter byOffset = filter;
        byOffset.offset = 199 * kPage;
        QList<ItemSummary> offsetPage;
        const qint64 offsetUs = timed(byOffset, &offsetPage);
        QCOMPARE(idsOf(offsetPage), idsOf(page200));
        qInfo("%-18s page 1: %6lld us, page 200 by cursor: %6lld us, by offset: %6lld us", c.name, firstUs, deepUs,
              offsetUs);
        if (c.filter.order == ItemOrder::NewestFirst && c.filter.feedIds.isEmpty() && !c.filter.unreadOnly) {
            int pages = 0;
            const QList<qint64> ids = walkPages(store, c.filter, kPage, &pages);
            QCOMPARE(ids.size(), expected);
            QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), expected);
            QCOMPARE(pages, expected / kPage + 1);
        }
    }
    timer.restart();
    const ItemCounts counts = store.itemCounts(QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(49000 * 60));
    qInfo("itemCounts: %lld us", timer.nsecsElapsed() / 1000);
    QCOMPARE(counts.unread, kFeeds * kPerFeed);
    QCOMPARE(counts.unreadSince, kFeeds * kPerFeed - 98000);
}

QTEST_GUILESS_MAIN(TestStoreItems)
#include "tst_storeitems.moc"
