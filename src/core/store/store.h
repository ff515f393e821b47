#pragma once

// The entirety of the public API of the subscription database. SQL never leaves core/store:
// callers describe what they want with the filter and selection structs below.
//
// Threading: reads run on the calling thread, each thread on a connection of its own (WAL lets
// them read while the writer writes). Every write is a job for the one writer thread, queued in
// call order; the call returns a job id at once and the result comes back as a value, through the
// completion functor and the jobFinished() signal, on the thread the Store lives in. Because marks
// share that queue with refresh jobs, a read mark or star made during a refresh is ordered after
// (or before) it and never lost.

#include "core/feed/feed.h"
#include "core/store/preparedfeed.h"
#include "core/store/setupprogress.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace tidings {

class StoreWriter;

enum class FeedStatus { New, Ok, Moved, Gone, Failing };

// The contract names: "new", "ok", "moved", "gone", "failing".
QString feedStatusName(FeedStatus status);

struct FolderRow {
    qint64 id = 0;
    std::optional<qint64> parentId;
    QString name;
    int position = 0;
    QStringList path;   // names from the top-level folder down to this one
};

struct FeedRow {
    qint64 id = 0;
    std::optional<qint64> folderId;
    QStringList folderPath;   // empty when the feed is not in a folder
    QString url;
    QString title;
    bool titleFromUser = false;   // the title was given by the user; a refresh keeps it
    QString siteUrl;
    QByteArray icon;
    QString etag;
    QString lastModified;
    QByteArray bodyHash;
    QDateTime lastFetch;      // UTC; invalid when never fetched
    QDateTime lastSuccess;
    QString lastError;        // empty when the last fetch succeeded
    int consecutiveFailures = 0;
    QDateTime nextFetch;
    int updateIntervalMinutes = 0;   // 0: the default interval
    FeedStatus status = FeedStatus::New;
    int ttlMinutes = 0;       // the publisher's <ttl>
    int syMinutes = 0;        // the publisher's sy:updatePeriod/updateFrequency, in minutes
    int position = 0;
    int unread = 0;
    int total = 0;
    std::optional<bool> loadImages;   // nullopt: follow the global setting
    bool notify = true;               // new items of this feed may be announced
};

// Everything the user sets on one feed (the Feed Properties dialog), written by setFeedOptions().
struct FeedOptions {
    QString url;                      // an http(s) URL; one another feed has is refused
    QString title;                    // empty: the feed's own title (back at the next refresh)
    std::optional<qint64> folderId;   // nullopt: the top level
    int updateIntervalMinutes = 0;    // 0: the default interval
    std::optional<bool> loadImages;   // nullopt: follow the global setting
    bool notify = true;
};

struct ItemRow {
    qint64 id = 0;
    qint64 feedId = 0;
    QString guid;             // the parsed Item::id, unique within the feed
    QString link;
    QString title;
    QList<Person> authors;
    QDateTime published;      // UTC; invalid when the document had none
    QDateTime updated;
    QString summary;          // HTML, as the parser left it (sanitized)
    QString content;
    QList<Enclosure> enclosures;
    QStringList categories;
    QString thumbnail;
    bool read = false;
    bool starred = false;
    QDateTime firstSeen;
};

// Where a page starts in keyset paging: the last row of the previous page. Rows strictly after it in
// the filter's order are read; the date orders start their index walk there, so page 200 costs what
// page 1 does (OFFSET walks every skipped row). The title orders have no index (see schema.cpp,
// version 3): each of their pages sorts the rows the filter selects.
struct ItemCursor {
    qint64 sortKey = 0;       // ItemSummary::sortKey; the date orders
    qint64 id = 0;            // breaks ties between equal keys (ids are unique)
    QString title;            // ItemSummary::title; the title orders
};

// The list's columns of an item: what itemSummaries() reads instead of the whole row, so that a
// page of the list never reads (or decompresses) summary and content.
struct ItemSummary {
    qint64 id = 0;
    qint64 feedId = 0;
    QString title;
    QString author;           // the first author's name (else e-mail); empty when there is none
    QString link;
    QDateTime published;      // UTC; invalid when the document had none
    QDateTime firstSeen;
    bool read = false;
    bool starred = false;
    qint64 sortKey = 0;       // the date order's key: published, else first seen, in UTC Unix seconds

    ItemCursor cursor() const;   // for ItemFilter::after: the rows that follow this one
};

enum class ItemOrder {
    NewestFirst,              // by coalesce(published, first_seen), then id; the default
    OldestFirst,
    TitleAscending,           // case-insensitive for ASCII, then id
    TitleDescending,
};

struct ItemFilter {
    std::optional<qint64> feedId;
    // Empty: every feed. Feed ids start at 1, so {0} selects nothing (a folder without feeds).
    QList<qint64> feedIds;
    // Only these items (what a new-items notification announced), in the filter's order whatever
    // order they are given in; the other conditions still apply. nullopt: no such bound; an empty
    // list selects nothing. Formatted into the statement, not bound: keep it to thousands.
    std::optional<QList<qint64>> itemIds;
    bool unreadOnly = false;
    bool starredOnly = false;
    QDateTime since;          // only items whose date (published, else first seen) is at or after it; invalid: no bound
    QString search;           // user text, matched as words (prefix of the last word), never as syntax
    ItemOrder order = ItemOrder::NewestFirst;
    std::optional<ItemCursor> after;   // keyset paging: only rows after this one in `order`
    int limit = -1;           // -1: all
    int offset = 0;           // after `after`; costs a walk over the skipped rows (the CLI's paging)
};

// The smart entries' numbers, from one read.
struct ItemCounts {
    int unread = 0;           // every feed
    int starred = 0;
    int unreadSince = 0;      // unread items dated at or after the `since` asked for (the Today entry)
    QString error;            // one translated sentence when the read failed
    bool ok() const { return error.isEmpty(); }
};

// Which items a mark applies to. `upToItemId` keeps a "mark all read" from catching items that
// arrived after the user looked (item ids only grow). `Marked` names the items an earlier mark
// changed by the journal rows it wrote (WriteResult::journalFirst..journalLast): an undo of a
// million items without a million ids.
struct ItemSelection {
    enum class Kind { Items, Feed, All, Marked };
    Kind kind = Kind::Items;
    QList<qint64> itemIds;
    qint64 feedId = 0;
    std::optional<qint64> upToItemId;
    qint64 journalFirst = 0;
    qint64 journalLast = 0;

    static ItemSelection items(QList<qint64> ids);
    static ItemSelection feed(qint64 feedId);
    static ItemSelection all();
    static ItemSelection markedBy(qint64 journalFirst, qint64 journalLast);
};

// What one fetch of a feed found out; the refresh service fills it in, the store keeps it.
struct FeedFetchState {
    QDateTime fetchedAt;                 // UTC
    FeedStatus status = FeedStatus::Ok;
    QString error;                       // empty on success; a failure counts towards back-off
    std::optional<QString> etag;         // nullopt: keep what is stored (a 304 sends none)
    std::optional<QString> lastModified;
    std::optional<QByteArray> bodyHash;
    std::optional<QByteArray> icon;
    std::optional<QString> newUrl;       // a permanent redirect that gave a valid feed
    QDateTime nextFetch;                 // invalid: not scheduled
};

// One feed to subscribe to, with the folder it goes in (names from the top down; empty for none).
struct NewSubscription {
    QString url;
    QString title;
    QStringList folderPath;
};

using JobId = quint64;

struct WriteResult {
    JobId job = 0;
    bool ok = false;
    QString error;            // one translated sentence when !ok; nothing of the job was written
    qint64 id = 0;            // addFolder, addFeed: the row created or found; importSubscriptions: the last feed's
    bool existed = false;     // the same row was there already
    int inserted = 0;         // storeFetchResult: new items; importSubscriptions: new feeds
    int updated = 0;          // storeFetchResult: items whose content changed
    int unchanged = 0;        // storeFetchResult: items seen again as they were (not written);
                              // importSubscriptions: feeds that were subscribed already
    int affected = 0;         // marks, deletes, moves: rows that changed; importSubscriptions: folders created
    QList<qint64> ids;        // markRead: the items whose read state it changed (what an undo gives back);
                              // storeFetchResult: the items it inserted, in document order
    qint64 journalFirst = 0;  // markRead: the mark_journal rows it wrote, first..last (none: 0, 0)
    qint64 journalLast = 0;
};

using Completion = std::function<void(const WriteResult &)>;

template<typename Row>
struct ReadResult {
    QList<Row> rows;
    QString error;            // one translated sentence when the read failed
    bool ok() const { return error.isEmpty(); }
};

struct StoreOptions {
    // Tests use this to exercise the LIKE search that runs where SQLite lacks FTS5.
    bool disableFullTextSearch = false;
    // Hears what opening is busy with while an upgrade or an index rebuild takes long.
    SetupObserver observe;
};

class Store : public QObject
{
    Q_OBJECT
public:
    explicit Store(QObject *parent = nullptr);
    ~Store() override;   // finishes every queued job first: a mark made just before quitting stays

    // Opens (creating or migrating) `<profileDir>/tidings.sqlite` and starts the writer. Blocking;
    // returns an empty string or one translated sentence. Before migrating an existing database the
    // file is copied to `tidings.sqlite.bak-v<old version>`.
    QString open(const QString &profileDir, const StoreOptions &options = {});
    // The slow part of open(), on any thread, for a caller that shows progress meanwhile: creates
    // or upgrades the database and rebuilds its search index when that is needed. open() with the
    // same options afterwards has nothing of that left to do.
    static QString prepare(const QString &profileDir, const StoreOptions &options = {});
    bool isOpen() const;
    QString databasePath() const;
    bool hasFullTextSearch() const;   // false: search falls back to LIKE

    static int schemaVersion();       // what open() migrates to
    static QString databaseFileName();

    // Reads, on the calling thread's own connection.
    ReadResult<FolderRow> folders() const;
    ReadResult<FeedRow> feeds() const;   // ordered by folder path, position, title
    ReadResult<ItemRow> items(const ItemFilter &filter) const;   // newest first unless filter.order says
    // The list's columns only; never reads summary or content. Page with limit and `after`.
    ReadResult<ItemSummary> itemSummaries(const ItemFilter &filter) const;
    // One whole item (the article pane): no rows when there is no such item.
    ReadResult<ItemRow> item(qint64 id) const;
    // Unread, starred, and unread since `since` (invalid: counts every unread item there).
    ItemCounts itemCounts(const QDateTime &since) const;
    // The largest item id (ids only grow): ItemSelection::upToItemId for a mark of "everything there
    // is now". 0 when there are no items; nullopt when the read failed.
    std::optional<qint64> newestItemId() const;

    // Writes, queued for the writer thread in call order; they may be queued from any thread.
    // `done` runs on the Store's thread; a job that fails has written nothing.
    JobId addFolder(const QStringList &path, Completion done = {});   // creates missing parents
    JobId renameFolder(qint64 folderId, const QString &name, Completion done = {});
    JobId deleteFolder(qint64 folderId, Completion done = {});   // subfolders too; feeds move to the top
    // Under another folder (or to the top level), last there; never into its own branch.
    JobId moveFolder(qint64 folderId, std::optional<qint64> parentId, Completion done = {});
    JobId addFeed(const QString &url, std::optional<qint64> folderId, const QString &title,
                  Completion done = {});   // a URL already subscribed: its id, existed = true
    // Many feeds and their folders in one transaction: all of them, or (on failure) none.
    JobId importSubscriptions(const QList<NewSubscription> &subscriptions, Completion done = {});
    // The result of one fetch: the feed's bookkeeping, and its items when it was parsed. The Feed
    // overload prepares the items on the calling thread; a refresh prepares them on its parse
    // threads with prepare() and hands over the result.
    JobId storeFetchResult(qint64 feedId, const FeedFetchState &state, const std::optional<Feed> &parsed,
                           Completion done = {});
    JobId storeFetchResult(qint64 feedId, const FeedFetchState &state, PreparedFeed parsed, Completion done = {});
    // The expensive per-item part of storing (content hashes, search text, compressed HTML), as a
    // value. Callable from any thread while the Store is open.
    PreparedFeed prepare(const Feed &feed) const;
    JobId markRead(const ItemSelection &selection, bool read, Completion done = {});
    JobId setStarred(const QList<qint64> &itemIds, bool starred, Completion done = {});
    JobId deleteFeed(qint64 feedId, Completion done = {});
    JobId moveFeed(qint64 feedId, std::optional<qint64> folderId, Completion done = {});
    JobId renameFeed(qint64 feedId, const QString &title, Completion done = {});
    // All of a feed's options in one job. A changed address must be http(s) and not subscribed
    // already; it starts the feed's fetch bookkeeping afresh. A folder change puts the feed last there.
    JobId setFeedOptions(qint64 feedId, const FeedOptions &options, Completion done = {});

    // For the command line: blocks until every job queued so far has run and, when called on the
    // Store's thread, its completion has been delivered.
    void waitForIdle();

signals:
    void jobFinished(const tidings::WriteResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tidings
