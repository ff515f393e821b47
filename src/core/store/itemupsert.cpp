#include "core/store/itemupsert.h"

#include "core/store/itemcodec.h"
#include "core/store/searchindex.h"
#include "core/store/sqlutil.h"
#include "core/store/writejobs.h"

#include <QSqlError>

namespace tidings::store {
namespace {

int syMinutes(const UpdateHints &hints)
{
    UpdateHints syOnly = hints;
    syOnly.ttlMinutes = 0;
    return syOnly.minimumIntervalMinutes();
}

QString updateFeed(StatementCache &statements, qint64 feedId, const FeedFetchState &state,
                   const std::optional<PreparedFeed> &parsed)
{
    const bool succeeded = state.error.isEmpty();
    // Optional fields keep what is stored when the fetch did not say (a 304 sends no ETag).
    QSqlQuery &query = statements.statement(QStringLiteral(
        "UPDATE feeds SET"
        " last_fetch = :fetched,"
        " last_success = CASE WHEN :ok THEN :fetched ELSE last_success END,"
        " last_error = :error,"
        " consecutive_failures = CASE WHEN :ok THEN 0 ELSE consecutive_failures + 1 END,"
        " status = :status,"
        " next_fetch = :next,"
        " etag = CASE WHEN :setEtag THEN :etag ELSE etag END,"
        " last_modified = CASE WHEN :setModified THEN :modified ELSE last_modified END,"
        " body_hash = CASE WHEN :setHash THEN :hash ELSE body_hash END,"
        " icon = CASE WHEN :setIcon THEN :icon ELSE icon END,"
        // A feed that moved to an address already subscribed keeps its own: two rows cannot share a
        // URL, and failing the whole job would stop the feed from ever storing items again.
        " url = CASE WHEN :setUrl AND NOT EXISTS (SELECT 1 FROM feeds AS other WHERE other.url = :url"
        "   AND other.id <> :id) THEN :url ELSE url END,"
        " title = CASE WHEN :parsed AND NOT title_from_user AND :title <> '' THEN :title ELSE title END,"
        " site_url = CASE WHEN :parsed AND :site <> '' THEN :site ELSE site_url END,"
        " ttl_minutes = CASE WHEN :parsed THEN :ttl ELSE ttl_minutes END,"
        " sy_minutes = CASE WHEN :parsed THEN :sy ELSE sy_minutes END"
        " WHERE id = :id"));
    query.bindValue(QStringLiteral(":fetched"), timeValue(state.fetchedAt));
    query.bindValue(QStringLiteral(":ok"), int(succeeded));
    query.bindValue(QStringLiteral(":error"), textOrNull(state.error));
    query.bindValue(QStringLiteral(":status"), feedStatusName(state.status));
    query.bindValue(QStringLiteral(":next"), timeValue(state.nextFetch));
    query.bindValue(QStringLiteral(":setEtag"), int(state.etag.has_value()));
    query.bindValue(QStringLiteral(":etag"), textOrNull(state.etag.value_or(QString())));
    query.bindValue(QStringLiteral(":setModified"), int(state.lastModified.has_value()));
    query.bindValue(QStringLiteral(":modified"), textOrNull(state.lastModified.value_or(QString())));
    query.bindValue(QStringLiteral(":setHash"), int(state.bodyHash.has_value()));
    query.bindValue(QStringLiteral(":hash"), state.bodyHash.value_or(QByteArray()));
    query.bindValue(QStringLiteral(":setIcon"), int(state.icon.has_value()));
    query.bindValue(QStringLiteral(":icon"), state.icon.value_or(QByteArray()));
    query.bindValue(QStringLiteral(":setUrl"), int(state.newUrl.has_value()));
    query.bindValue(QStringLiteral(":url"), state.newUrl.value_or(QString()));
    query.bindValue(QStringLiteral(":parsed"), int(parsed.has_value()));
    query.bindValue(QStringLiteral(":title"), parsed ? parsed->title : QString());
    query.bindValue(QStringLiteral(":site"), parsed ? parsed->link : QString());
    query.bindValue(QStringLiteral(":ttl"), parsed ? parsed->hints.ttlMinutes : 0);
    query.bindValue(QStringLiteral(":sy"), parsed ? syMinutes(parsed->hints) : 0);
    query.bindValue(QStringLiteral(":id"), feedId);
    if (!query.exec())
        return StoreText::tr("recording the fetch of feed %1 failed: %2").arg(feedId).arg(describeError(query.lastError()));
    if (query.numRowsAffected() == 0)
        return StoreText::tr("there is no feed %1").arg(feedId);
    return {};
}

// The statements a store job runs per item, from the writer's cache (prepared once per connection).
class ItemWriter
{
public:
    ItemWriter(WriterContext &context, qint64 feedId)
        : m_feedId(feedId)
        , m_find(context.statements.statement(
              QStringLiteral("SELECT id, content_hash FROM items WHERE feed_id = :feed AND guid = :guid")))
        , m_insert(context.statements.statement(QStringLiteral(
              "INSERT INTO items(feed_id, guid, link, title, authors, published, updated, summary, content,"
              " enclosures, categories, thumbnail, first_seen, content_hash)"
              " VALUES (:feed, :guid, :link, :title, :authors, :published, :updated, :summary, :content,"
              " :enclosures, :categories, :thumbnail, :firstSeen, :hash)")))
        // A new item starts unread and not starred; the marks live in item_state (schema.cpp, v4).
        , m_insertState(context.statements.statement(
              QStringLiteral("INSERT INTO item_state(item_id, feed_id) VALUES (:id, :feed)")))
        // Deliberately no first_seen here, and the marks are not in this table.
        , m_update(context.statements.statement(QStringLiteral(
              "UPDATE items SET link = :link, title = :title, authors = :authors, published = :published,"
              " updated = :updated, summary = :summary, content = :content, enclosures = :enclosures,"
              " categories = :categories, thumbnail = :thumbnail, content_hash = :hash WHERE id = :id")))
        , m_index(context.statements, context.fullTextSearch, context.deferredIndex)
    {
    }

    QString store(const PreparedItem &item, qint64 now, WriteResult &result)
    {
        m_find.bindValue(QStringLiteral(":feed"), m_feedId);
        m_find.bindValue(QStringLiteral(":guid"), item.guid);
        if (QString error = execPrepared(m_find, QT_TRANSLATE_NOOP("tidings::Store", "looking up an item"));
            !error.isEmpty())
            return error;
        if (!m_find.next())
            return insert(item, now, result);
        const qint64 id = m_find.value(0).toLongLong();
        const bool same = m_find.value(1).toByteArray() == item.contentHash;
        m_find.finish();
        if (same) {
            ++result.unchanged;
            return {};
        }
        return update(id, item, result);
    }

private:
    // The columns an insert and an update both write.
    static void bindContent(QSqlQuery &query, const PreparedItem &item)
    {
        query.bindValue(QStringLiteral(":link"), textOrNull(item.link));
        query.bindValue(QStringLiteral(":title"), item.title);
        query.bindValue(QStringLiteral(":authors"), textOrNull(item.authorsJson));
        query.bindValue(QStringLiteral(":published"), item.published);
        query.bindValue(QStringLiteral(":updated"), item.updated);
        query.bindValue(QStringLiteral(":summary"), item.summary);
        query.bindValue(QStringLiteral(":content"), item.content);
        query.bindValue(QStringLiteral(":enclosures"), textOrNull(item.enclosuresJson));
        query.bindValue(QStringLiteral(":categories"), textOrNull(item.categoriesJson));
        query.bindValue(QStringLiteral(":thumbnail"), textOrNull(item.thumbnail));
        query.bindValue(QStringLiteral(":hash"), item.contentHash);
    }

    QString insert(const PreparedItem &item, qint64 now, WriteResult &result)
    {
        m_insert.bindValue(QStringLiteral(":feed"), m_feedId);
        m_insert.bindValue(QStringLiteral(":guid"), item.guid);
        m_insert.bindValue(QStringLiteral(":firstSeen"), now);
        bindContent(m_insert, item);
        if (QString error = execPrepared(m_insert, QT_TRANSLATE_NOOP("tidings::Store", "storing an item"));
            !error.isEmpty())
            return error;
        const qint64 id = m_insert.lastInsertId().toLongLong();
        m_insertState.bindValue(QStringLiteral(":id"), id);
        m_insertState.bindValue(QStringLiteral(":feed"), m_feedId);
        if (QString error = execPrepared(m_insertState, QT_TRANSLATE_NOOP("tidings::Store", "storing an item"));
            !error.isEmpty())
            return error;
        ++result.inserted;
        result.ids.append(id);   // what a notification names (FeedRefreshOutcome::newItemIds)
        return m_index.add(id, searchText(item));
    }

    QString update(qint64 id, const PreparedItem &item, WriteResult &result)
    {
        // The index entry goes first: removing it needs the text the old row gave it.
        if (QString error = m_index.remove(id); !error.isEmpty())
            return error;
        m_update.bindValue(QStringLiteral(":id"), id);
        bindContent(m_update, item);
        if (QString error = execPrepared(m_update, QT_TRANSLATE_NOOP("tidings::Store", "updating an item"));
            !error.isEmpty())
            return error;
        ++result.updated;
        return m_index.add(id, searchText(item));
    }

    static SearchText searchText(const PreparedItem &item)
    {
        return SearchText{item.searchTitle, item.searchAuthors, item.searchBody};
    }

    const qint64 m_feedId;
    QSqlQuery &m_find;
    QSqlQuery &m_insert;
    QSqlQuery &m_insertState;
    QSqlQuery &m_update;
    SearchIndexWriter m_index;
};

} // namespace

WriteResult storeFetchResultJob(WriterContext &context, qint64 feedId, const FeedFetchState &state,
                                const std::optional<PreparedFeed> &parsed)
{
    Transaction transaction(context.db);
    WriteResult result;
    if (!transaction.error().isEmpty()) {
        result.error = transaction.error();
        return result;
    }
    QString error = updateFeed(context.statements, feedId, state, parsed);
    if (error.isEmpty() && parsed) {
        ItemWriter writer(context, feedId);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const PreparedItem &item : parsed->items) {
            if (error = writer.store(item, now, result); !error.isEmpty())
                break;
        }
    }
    if (!error.isEmpty())
        result = WriteResult();   // nothing was stored: the counts must not say otherwise
    return finishJob(transaction, result, error);
}

} // namespace tidings::store
