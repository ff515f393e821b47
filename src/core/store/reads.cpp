#include "core/store/reads.h"

#include "core/store/itemcodec.h"
#include "core/store/searchindex.h"
#include "core/store/sqlutil.h"
#include "core/store/storedhtml.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace tidings::store {
namespace {

template<typename Row>
ReadResult<Row> readFailed(const char *what, const QSqlQuery &query)
{
    ReadResult<Row> result;
    result.error = storeTr("%1 failed: %2").arg(storeTr(what), query.lastError().text());
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
            " (SELECT count(*) FROM items i WHERE i.feed_id = f.id AND i.read = 0),"
            " (SELECT count(*) FROM items i WHERE i.feed_id = f.id)"
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

ReadResult<ItemRow> readItems(QSqlDatabase &db, const ItemFilter &filter, bool fullTextSearch)
{
    QStringList where;
    QVariantList values;
    if (filter.feedId) {
        where.append(QStringLiteral("feed_id = ?"));
        values.append(*filter.feedId);
    }
    if (filter.unreadOnly)
        where.append(QStringLiteral("read = 0"));
    if (filter.starredOnly)
        where.append(QStringLiteral("starred = 1"));
    if (!filter.search.trimmed().isEmpty()) {
        if (fullTextSearch) {
            const QString match = ftsQueryFor(filter.search);
            if (match.isEmpty())
                return {};   // no word to look for: nothing can match
            where.append(QStringLiteral("id IN (SELECT rowid FROM item_search WHERE item_search MATCH ?)"));
            values.append(match);
        } else {
            const QStringList patterns = likePatternsFor(filter.search);
            if (patterns.isEmpty())
                return {};
            // Without FTS5: substring search, case-insensitive for ASCII only. HTML is stored as
            // text while there is no index (storedhtml.h); what an earlier, indexed session
            // compressed is found by its title and authors only.
            for (const QString &pattern : patterns) {
                where.append(QStringLiteral("(title LIKE ? ESCAPE '\\' OR authors LIKE ? ESCAPE '\\'"
                                            " OR content LIKE ? ESCAPE '\\' OR summary LIKE ? ESCAPE '\\')"));
                values << pattern << pattern << pattern << pattern;
            }
        }
    }
    QString sql = QStringLiteral(
        "SELECT id, feed_id, guid, link, title, authors, published, updated, summary, content, enclosures,"
        " categories, thumbnail, read, starred, first_seen FROM items");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    // Newest first: the published date, else when the item was first seen (matches items_newest).
    sql += QStringLiteral(" ORDER BY coalesce(published, first_seen) DESC, id DESC LIMIT ? OFFSET ?");
    values << filter.limit << qMax(0, filter.offset);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return readFailed<ItemRow>(QT_TRANSLATE_NOOP("tidings::Store", "reading items"), query);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec())
        return readFailed<ItemRow>(QT_TRANSLATE_NOOP("tidings::Store", "reading items"), query);
    ReadResult<ItemRow> result;
    while (query.next()) {
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
        result.rows.append(row);
    }
    return result;
}

} // namespace tidings::store
