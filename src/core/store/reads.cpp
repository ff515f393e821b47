#include "core/store/reads.h"

#include "core/store/itemcodec.h"
#include "core/store/searchindex.h"
#include "core/store/sqlutil.h"
#include "core/store/storedhtml.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace tidings::store {
namespace {

template<typename Row>
ReadResult<Row> readFailed(const char *what, const QSqlQuery &query)
{
    ReadResult<Row> result;
    result.error = StoreText::tr("%1 failed: %2").arg(StoreText::tr(what), query.lastError().text());
    return result;
}

// Folder trees are small (dozens, rarely hundreds): paths are assembled here, not in recursive SQL.
void fillPaths(QList<FolderRow> &folders)
{
    QHash<qint64, const FolderRow *> byId;
    for (const FolderRow &folder : folders)
        byId.insert(folder.id, &folder);
    for (FolderRow &folder : folders) {
        QStringList path{folder.name};
        std::optional<qint64> parent = folder.parentId;
        // The bound guards against a cycle, which the schema cannot rule out on its own.
        for (int depth = 0; parent && depth < 256; ++depth) {
            const FolderRow *up = byId.value(*parent);
            if (!up)
                break;
            path.prepend(up->name);
            parent = up->parentId;
        }
        folder.path = path;
    }
}

} // namespace

FeedStatus feedStatusFromName(const QString &name)
{
    if (name == QLatin1String("ok"))
        return FeedStatus::Ok;
    if (name == QLatin1String("moved"))
        return FeedStatus::Moved;
    if (name == QLatin1String("gone"))
        return FeedStatus::Gone;
    if (name == QLatin1String("failing"))
        return FeedStatus::Failing;
    return FeedStatus::New;
}

ReadResult<FolderRow> readFolders(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, parent_id, name, position FROM folders")))
        return readFailed<FolderRow>(QT_TRANSLATE_NOOP("tidings::Store", "reading the folders"), query);
    ReadResult<FolderRow> result;
    while (query.next()) {
        FolderRow row;
        row.id = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            row.parentId = query.value(1).toLongLong();
        row.name = query.value(2).toString();
        row.position = query.value(3).toInt();
        result.rows.append(row);
    }
    fillPaths(result.rows);
    std::sort(result.rows.begin(), result.rows.end(), [](const FolderRow &a, const FolderRow &b) {
        return a.path < b.path;
    });
    return result;
}

ReadResult<FeedRow> readFeeds(QSqlDatabase &db)
{
    ReadResult<FolderRow> folders = readFolders(db);
    if (!folders.ok())
        return {{}, folders.error};
    QHash<qint64, QStringList> paths;
    for (const FolderRow &folder : folders.rows)
        paths.insert(folder.id, folder.path);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Counts per feed through the (feed_id, guid) index, not a scan of item bodies.
    if (!query.exec(QStringLiteral(
            "SELECT f.id, f.folder_id, f.url, f.title, f.site_url, f.icon, f.etag, f.last_modified,"
            " f.body_hash, f.last_fetch, f.last_success, f.last_error, f.consecutive_failures,"
            " f.next_fetch, f.update_interval_minutes, f.status, f.ttl_minutes, f.sy_minutes, f.position,"
            " (SELECT count(*) FROM item_state s WHERE s.feed_id = f.id AND s.read = 0),"
            " (SELECT count(*) FROM items i WHERE i.feed_id = f.id),"
            " f.title_from_user, f.load_images, f.notify"
            " FROM feeds f")))
        return readFailed<FeedRow>(QT_TRANSLATE_NOOP("tidings::Store", "reading the feeds"), query);
    ReadResult<FeedRow> result;
    while (query.next()) {
        FeedRow row;
        int i = 0;
        row.id = query.value(i++).toLongLong();
        const QVariant folder = query.value(i++);
        if (!folder.isNull()) {
            row.folderId = folder.toLongLong();
            row.folderPath = paths.value(*row.folderId);
        }
        row.url = query.value(i++).toString();
        row.title = query.value(i++).toString();
        row.siteUrl = query.value(i++).toString();
        row.icon = query.value(i++).toByteArray();
        row.etag = query.value(i++).toString();
        row.lastModified = query.value(i++).toString();
        row.bodyHash = query.value(i++).toByteArray();
        row.lastFetch = timeFrom(query.value(i++));
        row.lastSuccess = timeFrom(query.value(i++));
        row.lastError = query.value(i++).toString();
        row.consecutiveFailures = query.value(i++).toInt();
        row.nextFetch = timeFrom(query.value(i++));
        row.updateIntervalMinutes = query.value(i++).toInt();
        row.status = feedStatusFromName(query.value(i++).toString());
        row.ttlMinutes = query.value(i++).toInt();
        row.syMinutes = query.value(i++).toInt();
        row.position = query.value(i++).toInt();
        row.unread = query.value(i++).toInt();
        row.total = query.value(i++).toInt();
        row.titleFromUser = query.value(i++).toBool();
        if (const QVariant loadImages = query.value(i++); !loadImages.isNull())
            row.loadImages = loadImages.toBool();
        row.notify = query.value(i++).toBool();
        result.rows.append(row);
    }
    std::stable_sort(result.rows.begin(), result.rows.end(), [](const FeedRow &a, const FeedRow &b) {
        if (a.folderPath != b.folderPath)
            return a.folderPath < b.folderPath;
        if (a.position != b.position)
            return a.position < b.position;
        return a.title.compare(b.title, Qt::CaseInsensitive) < 0;
    });
    return result;
}

namespace {

// The date order's key; the expression must match the items_newest and items_feed_newest indexes.
const QLatin1String kDateKey("coalesce(published, first_seen)");
// The title order's key. No index follows it (schema.cpp, version 3): a title page sorts what the
// filter selects, which the keyset cursor still keeps to one page of output.
const QLatin1String kTitleKey("ifnull(title, '') COLLATE NOCASE");

bool descending(ItemOrder order)
{
    return order == ItemOrder::NewestFirst || order == ItemOrder::TitleDescending;
}

bool byTitle(ItemOrder order)
{
    return order == ItemOrder::TitleAscending || order == ItemOrder::TitleDescending;
}

// How a page of search results is found. Lookup: every match read from the items table and the
// whole set sorted, about 6 µs a match (a word in half of a million items: seconds). Walk: the
// matches' ids collected into a set (cheap: no row is read), then the order's index walked from the
// top (or the cursor) until the page is full, which costs most when few rows match (the whole
// index: ~100 ms for a million items). Searches with more than kSearchLookupCap matches walk;
// an EXISTS probe per walked row instead of the set costs ~0.3 ms a row, far worse. Unread and
// starred filters keep the lookup: their walk would read rows to test them.
enum class SearchPlan { Lookup, Walk };
constexpr int kSearchLookupCap = 10000;

// Counts the matches of an FTS5 query up to kSearchLookupCap + 1; -1 when the query fails.
int boundedMatchCount(QSqlDatabase &db, const QString &match)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // FTS5 stops reading its doclists at the LIMIT: cheap however common the word.
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM item_search WHERE item_search MATCH ? LIMIT ?)"));
    query.addBindValue(match);
    query.addBindValue(kSearchLookupCap + 1);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

SearchPlan searchPlanFor(QSqlDatabase &db, const ItemFilter &filter, bool fullTextSearch)
{
    if (!fullTextSearch || filter.limit <= 0 || filter.unreadOnly || filter.starredOnly
        || filter.search.trimmed().isEmpty())
        return SearchPlan::Lookup;
    const QString match = ftsQueryFor(filter.search);
    if (match.isEmpty())
        return SearchPlan::Lookup;
    // The last word is a prefix ("govern*"), and FTS5 merges the doclists of every word it expands
    // to before it returns a first row: ~70 ms for a word in half of a million items, however small
    // the LIMIT. The words as typed match a subset of that, read lazily (under 1 ms): when they
    // alone pass the cap, so does the prefix.
    if (match.endsWith(QLatin1Char('*')) && boundedMatchCount(db, match.chopped(1)) > kSearchLookupCap)
        return SearchPlan::Walk;
    // A failed count leaves the lookup, whose own query reports the error.
    return boundedMatchCount(db, match) > kSearchLookupCap ? SearchPlan::Walk : SearchPlan::Lookup;
}

// Items come with their marks (item_state, a narrow table of its own since schema 4). Which of the
// two tables drives the page is chosen here, not left to SQLite, which has no statistics: with an
// unread or starred filter that few items pass, the partial index of those items is read and its
// rows sorted (milliseconds for thousands); when many pass, the order's index on items is walked
// and each row's marks looked up by key until the page is full (the sort of a million unread items
// took 1.3 s). A bounded count tells the two apart: it stops at kFewMarked + 1.
constexpr int kFewMarked = 10000;
const QLatin1String kItemsThenState(" FROM items CROSS JOIN item_state s ON s.item_id = items.id");
const QLatin1String kStateThenItems(" FROM item_state s CROSS JOIN items ON items.id = s.item_id");

// Ids formatted here, not user text: no binding limit for thousands of them.
QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (qint64 id : ids)
        out.append(QString::number(id));
    return out.join(QLatin1Char(','));
}

// The filter's feed and feed-set conditions (both apply when both are given).
QStringList feedConditions(const ItemFilter &filter, const QString &column, QVariantList *values)
{
    QStringList conditions;
    if (filter.feedId) {
        conditions.append(column + QStringLiteral(" = ?"));
        values->append(*filter.feedId);
    }
    if (!filter.feedIds.isEmpty())
        conditions.append(column + QStringLiteral(" IN (%1)").arg(idList(filter.feedIds)));
    return conditions;
}

QLatin1String itemSource(QSqlDatabase &db, const ItemFilter &filter)
{
    // A set of ids is looked up by key in items, however many of them are unread or starred.
    if ((!filter.unreadOnly && !filter.starredOnly) || filter.itemIds)
        return kItemsThenState;
    QVariantList values;
    QStringList where = feedConditions(filter, QStringLiteral("feed_id"), &values);
    where.append(filter.unreadOnly ? QStringLiteral("read = 0") : QStringLiteral("starred = 1"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM item_state WHERE %1 LIMIT %2)")
                      .arg(where.join(QStringLiteral(" AND ")))
                      .arg(kFewMarked + 1));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return kItemsThenState;   // the page's own query reports the error
    return query.value(0).toInt() > kFewMarked ? kItemsThenState : kStateThenItems;
}

// What follows "SELECT <columns> <itemSource()>": the filter's WHERE, the order and the page. False
// when the filter can match nothing (a search without a word, an empty set of ids).
bool itemQueryTail(const ItemFilter &filter, bool fullTextSearch, QString *sql, QVariantList *values,
                   SearchPlan plan = SearchPlan::Lookup)
{
    QStringList where = feedConditions(filter, QStringLiteral("items.feed_id"), values);
    if (filter.itemIds) {
        if (filter.itemIds->isEmpty())
            return false;
        where.append(QStringLiteral("items.id IN (%1)").arg(idList(*filter.itemIds)));
    }
    if (filter.unreadOnly)
        where.append(QStringLiteral("read = 0"));
    if (filter.starredOnly)
        where.append(QStringLiteral("starred = 1"));
    if (filter.since.isValid()) {
        where.append(kDateKey + QStringLiteral(" >= ?"));
        values->append(filter.since.toSecsSinceEpoch());
    }
    if (!filter.search.trimmed().isEmpty()) {
        if (fullTextSearch) {
            const QString match = ftsQueryFor(filter.search);
            if (match.isEmpty())
                return false;   // no word to look for: nothing can match
            where.append(plan == SearchPlan::Walk
                             ? QStringLiteral("+id IN (SELECT rowid FROM item_search WHERE item_search MATCH ?)")
                             : QStringLiteral("id IN (SELECT rowid FROM item_search WHERE item_search MATCH ?)"));
            values->append(match);
        } else {
            const QStringList patterns = likePatternsFor(filter.search);
            if (patterns.isEmpty())
                return false;
            // Without FTS5: substring search, case-insensitive for ASCII only. HTML is stored as
            // text while there is no index (storedhtml.h); what an earlier, indexed session
            // compressed is found by its title and authors only.
            for (const QString &pattern : patterns) {
                where.append(QStringLiteral("(title LIKE ? ESCAPE '\\' OR authors LIKE ? ESCAPE '\\'"
                                            " OR content LIKE ? ESCAPE '\\' OR summary LIKE ? ESCAPE '\\')"));
                *values << pattern << pattern << pattern << pattern;
            }
        }
    }
    const QString key = byTitle(filter.order) ? QString(kTitleKey) : QString(kDateKey);
    const bool down = descending(filter.order);
    if (filter.after) {
        // "(key, id) after the cursor", written so that SQLite sees a range on the key alone
        // (key <= cursor) and can start the index walk there instead of at the top.
        // A missing title reads as a null QString, which would bind as NULL: it sorts as ''.
        const QVariant cursorKey = byTitle(filter.order) ? QVariant(textOrEmpty(filter.after->title))
                                                         : QVariant(filter.after->sortKey);
        const QString cmp = down ? QStringLiteral("<") : QStringLiteral(">");
        where.append(QStringLiteral("%1 %2= ? AND (%1 %2 ? OR id %2 ?)").arg(key, cmp));
        *values << cursorKey << cursorKey << filter.after->id;
    }
    if (!where.isEmpty())
        *sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const QString direction = down ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    *sql += QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", id") + direction;
    *sql += QStringLiteral(" LIMIT ? OFFSET ?");
    *values << filter.limit << qMax(0, filter.offset);
    return true;
}

template<typename Row, typename ReadRow>
ReadResult<Row> runItemQuery(QSqlDatabase &db, const QString &sql, const QVariantList &values, const char *what,
                             ReadRow readRow)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return readFailed<Row>(what, query);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return readFailed<Row>(what, query);
    ReadResult<Row> result;
    while (query.next())
        result.rows.append(readRow(query));
    return result;
}

const char kItemColumns[] =
    "SELECT id, items.feed_id, guid, link, title, authors, published, updated, summary, content, enclosures,"
    " categories, thumbnail, read, starred, first_seen";

ItemRow itemRowFrom(const QSqlQuery &query)
{
    ItemRow row;
    int i = 0;
    row.id = query.value(i++).toLongLong();
    row.feedId = query.value(i++).toLongLong();
    row.guid = query.value(i++).toString();
    row.link = query.value(i++).toString();
    row.title = query.value(i++).toString();
    row.authors = personsFromJson(query.value(i++).toString());
    row.published = timeFrom(query.value(i++));
    row.updated = timeFrom(query.value(i++));
    row.summary = unpackHtml(query.value(i++));
    row.content = unpackHtml(query.value(i++));
    row.enclosures = enclosuresFromJson(query.value(i++).toString());
    row.categories = stringsFromJson(query.value(i++).toString());
    row.thumbnail = query.value(i++).toString();
    row.read = query.value(i++).toBool();
    row.starred = query.value(i++).toBool();
    row.firstSeen = timeFrom(query.value(i++));
    return row;
}

QString firstAuthorName(const QString &json)
{
    // Author lists are a name or two: parsing the JSON here is cheaper than a json_extract per row
    // and does not depend on SQLite's JSON functions.
    if (json.isEmpty())
        return {};
    for (const Person &person : personsFromJson(json)) {
        if (!person.name.isEmpty())
            return person.name;
        if (!person.email.isEmpty())
            return person.email;
    }
    return {};
}

} // namespace

ReadResult<ItemRow> readItems(QSqlDatabase &db, const ItemFilter &filter, bool fullTextSearch)
{
    QString sql = QLatin1String(kItemColumns) + itemSource(db, filter);
    QVariantList values;
    if (!itemQueryTail(filter, fullTextSearch, &sql, &values, searchPlanFor(db, filter, fullTextSearch)))
        return {};
    return runItemQuery<ItemRow>(db, sql, values, QT_TRANSLATE_NOOP("tidings::Store", "reading items"),
                                 itemRowFrom);
}

ReadResult<ItemRow> readItem(QSqlDatabase &db, qint64 id)
{
    return runItemQuery<ItemRow>(db, QLatin1String(kItemColumns) + kItemsThenState + QStringLiteral(" WHERE id = ?"),
                                 {id}, QT_TRANSLATE_NOOP("tidings::Store", "reading an item"), itemRowFrom);
}

ReadResult<ItemSummary> readItemSummaries(QSqlDatabase &db, const ItemFilter &filter, bool fullTextSearch)
{
    // Not summary, content or the other lists: a page of the list stays a few KB however long the
    // articles are.
    QString sql = QStringLiteral("SELECT id, items.feed_id, title, authors, link, published, first_seen, read, starred, ")
        + kDateKey + itemSource(db, filter);
    QVariantList values;
    if (!itemQueryTail(filter, fullTextSearch, &sql, &values, searchPlanFor(db, filter, fullTextSearch)))
        return {};
    return runItemQuery<ItemSummary>(db, sql, values, QT_TRANSLATE_NOOP("tidings::Store", "reading the item list"),
                                     [](const QSqlQuery &query) {
        ItemSummary row;
        int i = 0;
        row.id = query.value(i++).toLongLong();
        row.feedId = query.value(i++).toLongLong();
        row.title = query.value(i++).toString();
        row.author = firstAuthorName(query.value(i++).toString());
        row.link = query.value(i++).toString();
        row.published = timeFrom(query.value(i++));
        row.firstSeen = timeFrom(query.value(i++));
        row.read = query.value(i++).toBool();
        row.starred = query.value(i++).toBool();
        row.sortKey = query.value(i++).toLongLong();
        return row;
    });
}

ItemCounts readItemCounts(QSqlDatabase &db, const QDateTime &since)
{
    // Each through an index: item_state_unread and item_state_starred are partial indexes, and the
    // date range walks items_newest from `since` on (a day's items) looking up the marks of those only.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    ItemCounts counts;
    const bool prepared = query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM item_state WHERE read = 0),"
        " (SELECT count(*) FROM item_state WHERE starred = 1),"
        " (SELECT count(*)") + kItemsThenState + QStringLiteral(" WHERE read = 0 AND ") + kDateKey
        + QStringLiteral(" >= ?)"));
    if (prepared) {
        query.addBindValue(since.isValid() ? since.toSecsSinceEpoch() : std::numeric_limits<qint64>::min());
        if (query.exec() && query.next()) {
            counts.unread = query.value(0).toInt();
            counts.starred = query.value(1).toInt();
            counts.unreadSince = query.value(2).toInt();
            return counts;
        }
    }
    counts.error = readFailed<ItemCounts>(QT_TRANSLATE_NOOP("tidings::Store", "counting items"), query).error;
    return counts;
}

std::optional<qint64> readNewestItemId(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The rowid's maximum: one step down the table's B-tree.
    if (!query.exec(QStringLiteral("SELECT ifnull(max(id), 0) FROM items")) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

} // namespace tidings::store
