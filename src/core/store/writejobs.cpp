#include "core/store/writejobs.h"

#include "core/store/searchindex.h"
#include "core/store/sqlutil.h"

#include <QHash>
#include <QSqlError>
#include <QUrl>

#include <algorithm>

namespace tidings::store {
namespace {

QVariant idOrNull(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

WriteResult failed(const QString &error)
{
    WriteResult result;
    result.error = error;
    return result;
}

// Marks one field of one item and journals the change, only when the value actually changes, so
// the journal holds what a sync service must send and nothing else.
enum class MarkField { Read, Starred };

class MarkWriter
{
public:
    MarkWriter(QSqlDatabase &db, MarkField field)
        : m_update(db)
        , m_journal(db)
        , m_field(field == MarkField::Read ? QStringLiteral("read") : QStringLiteral("starred"))
    {
        // Two fixed statements: no caller text ever becomes SQL.
        m_update.prepare(field == MarkField::Read
                             ? QStringLiteral("UPDATE item_state SET read = ? WHERE item_id = ? AND read <> ?")
                             : QStringLiteral("UPDATE item_state SET starred = ? WHERE item_id = ? AND starred <> ?"));
        m_journal.prepare(QStringLiteral(
            "INSERT INTO mark_journal(item_id, field, value, changed_at) VALUES (?, ?, ?, ?)"));
    }

    QString mark(qint64 itemId, bool value, qint64 now, int *affected)
    {
        m_update.bindValue(0, int(value));
        m_update.bindValue(1, itemId);
        m_update.bindValue(2, int(value));
        if (QString error = execPrepared(m_update, QT_TRANSLATE_NOOP("tidings::Store", "marking an item"));
            !error.isEmpty())
            return error;
        if (m_update.numRowsAffected() == 0)
            return {};
        ++*affected;
        m_journal.bindValue(0, itemId);
        m_journal.bindValue(1, m_field);
        m_journal.bindValue(2, int(value));
        m_journal.bindValue(3, now);
        return execPrepared(m_journal, QT_TRANSLATE_NOOP("tidings::Store", "journaling a mark"));
    }

private:
    QSqlQuery m_update;
    QSqlQuery m_journal;
    QString m_field;
};

QString feedMustExist(QSqlDatabase &db, qint64 feedId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM feeds WHERE id = ?"));
    query.addBindValue(feedId);
    if (!query.exec())
        return StoreText::tr("looking up feed %1 failed: %2").arg(feedId).arg(describeError(query.lastError()));
    return query.next() ? QString() : StoreText::tr("there is no feed %1").arg(feedId);
}

QString folderMustExist(QSqlDatabase &db, qint64 folderId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM folders WHERE id = ?"));
    query.addBindValue(folderId);
    if (!query.exec())
        return StoreText::tr("looking up folder %1 failed: %2").arg(folderId).arg(describeError(query.lastError()));
    return query.next() ? QString() : StoreText::tr("there is no folder %1").arg(folderId);
}

} // namespace

WriteResult finishJob(Transaction &transaction, WriteResult result, const QString &error)
{
    result.error = error.isEmpty() ? transaction.commit() : error;
    result.ok = result.error.isEmpty();
    return result;
}

namespace {

// Finds or creates the folder `path` inside the caller's transaction. Empty on success.
QString ensureFolder(QSqlDatabase &db, const QStringList &path, qint64 &id, int &created)
{
    QSqlQuery find(db);
    QSqlQuery insert(db);
    find.prepare(QStringLiteral("SELECT id FROM folders WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND name = ?"));
    insert.prepare(QStringLiteral("INSERT INTO folders(parent_id, name, position) "
                                  "VALUES (?, ?, (SELECT ifnull(max(position), -1) + 1 FROM folders "
                                  "WHERE ifnull(parent_id, 0) = ifnull(?, 0)))"));
    std::optional<qint64> parent;
    for (const QString &rawName : path) {
        const QString name = rawName.trimmed();
        find.bindValue(0, idOrNull(parent));
        find.bindValue(1, name);
        if (QString error = execPrepared(find, QT_TRANSLATE_NOOP("tidings::Store", "looking up a folder"));
            !error.isEmpty())
            return error;
        if (find.next()) {
            parent = find.value(0).toLongLong();
            find.finish();
            continue;
        }
        insert.bindValue(0, idOrNull(parent));
        insert.bindValue(1, name);
        insert.bindValue(2, idOrNull(parent));
        if (QString error = execPrepared(insert, QT_TRANSLATE_NOOP("tidings::Store", "adding a folder"));
            !error.isEmpty())
            return error;
        parent = insert.lastInsertId().toLongLong();
        ++created;
    }
    id = *parent;
    return {};
}

bool isValidFolderPath(const QStringList &path)
{
    return !path.isEmpty() && std::none_of(path.cbegin(), path.cend(), [](const QString &name) {
        return name.trimmed().isEmpty();
    });
}

// Finds the feed with `url` or creates it inside the caller's transaction. Empty on success.
QString ensureFeed(QSqlDatabase &db, const QString &url, std::optional<qint64> folderId, const QString &title,
                   qint64 &id, bool &existed)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?"));
    query.addBindValue(url);
    if (QString error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "looking up a feed"));
        !error.isEmpty())
        return error;
    if (query.next()) {
        id = query.value(0).toLongLong();
        existed = true;
        return {};
    }
    query.prepare(QStringLiteral("INSERT INTO feeds(folder_id, url, title, title_from_user, position) "
                                 "VALUES (?, ?, ?, ?, (SELECT ifnull(max(position), -1) + 1 FROM feeds "
                                 "WHERE ifnull(folder_id, 0) = ifnull(?, 0)))"));
    query.addBindValue(idOrNull(folderId));
    query.addBindValue(url);
    query.addBindValue(textOrEmpty(title));
    query.addBindValue(int(!title.isEmpty()));
    query.addBindValue(idOrNull(folderId));
    const QString error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "adding a feed"));
    id = query.lastInsertId().toLongLong();
    existed = false;
    return error;
}

} // namespace

WriteResult addFolderJob(WriterContext &context, const QStringList &path)
{
    if (!isValidFolderPath(path))
        return failed(StoreText::tr("a folder needs a name"));
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    WriteResult result;
    int created = 0;
    if (QString error = ensureFolder(context.db, path, result.id, created); !error.isEmpty())
        return failed(error);
    result.existed = created == 0;
    result.affected = created;
    return finishJob(transaction, result, {});
}

WriteResult addFeedJob(WriterContext &context, const QString &url, std::optional<qint64> folderId,
                       const QString &title)
{
    if (url.trimmed().isEmpty())
        return failed(StoreText::tr("a feed needs an address"));
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    WriteResult result;
    const QString error = ensureFeed(context.db, url, folderId, title, result.id, result.existed);
    result.affected = result.existed ? 0 : 1;
    return finishJob(transaction, result, error);
}

WriteResult importSubscriptionsJob(WriterContext &context, const QList<NewSubscription> &subscriptions)
{
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    WriteResult result;
    QHash<QStringList, qint64> folders;
    int foldersCreated = 0;
    for (const NewSubscription &subscription : subscriptions) {
        if (subscription.url.trimmed().isEmpty())
            return failed(StoreText::tr("a feed needs an address"));
        std::optional<qint64> folderId;
        if (!subscription.folderPath.isEmpty()) {
            if (!isValidFolderPath(subscription.folderPath))
                return failed(StoreText::tr("a folder needs a name"));
            auto known = folders.constFind(subscription.folderPath);
            if (known == folders.constEnd()) {
                qint64 id = 0;
                if (QString error = ensureFolder(context.db, subscription.folderPath, id, foldersCreated); !error.isEmpty())
                    return failed(error);
                known = folders.insert(subscription.folderPath, id);
            }
            folderId = *known;
        }
        qint64 id = 0;
        bool existed = false;
        if (QString error = ensureFeed(context.db, subscription.url, folderId, subscription.title, id, existed);
            !error.isEmpty())
            return failed(error);
        if (existed)
            ++result.unchanged;
        else
            ++result.inserted;
        result.id = id;
        result.existed = existed;
    }
    result.affected = foldersCreated;
    return finishJob(transaction, result, {});
}

namespace {

// A selection this small is marked one statement per item, journaled in the order given (a click,
// a few selected rows); a larger one (an undo of "mark all read") by set-based statements: a
// million single-row statements would take the writer tens of seconds.
constexpr qsizetype kMarkOneByOne = 64;

// One set of items to mark: the condition on item_state and its values.
struct MarkScope {
    QString from = QStringLiteral("item_state");
    QString where;
    QVariantList values;
};

// The last row of the mark journal: a job's own rows are the ones after it (one writer).
QString lastJournalRow(QSqlDatabase &db, qint64 *id)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ifnull(max(id), 0) FROM mark_journal"));
    if (QString error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "reading the mark journal"));
        !error.isEmpty())
        return error;
    *id = query.next() ? query.value(0).toLongLong() : 0;
    return {};
}

// The items the scope changes are collected once into a temporary table (the condition may hold
// a million bound ids), then handed back (what an undo gives back), journaled and changed from
// there. Nothing else writes meanwhile: this runs on the single writer, inside the job's transaction.
QString markScope(QSqlDatabase &db, const MarkScope &scope, bool read, qint64 now, WriteResult *result)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const auto run = [&](const QString &sql, const QVariantList &values, const char *what) {
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        return execPrepared(query, what);
    };
    const char *const what = QT_TRANSLATE_NOOP("tidings::Store", "marking items");
    QString error = run(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS mark_scope(item_id INTEGER PRIMARY KEY)"), {},
                        what);
    if (error.isEmpty())
        error = run(QStringLiteral("INSERT INTO temp.mark_scope SELECT item_state.item_id FROM %1 WHERE %2")
                        .arg(scope.from, scope.where),
                    scope.values, QT_TRANSLATE_NOOP("tidings::Store", "reading marked items"));
    if (error.isEmpty())
        error = run(QStringLiteral("SELECT item_id FROM temp.mark_scope"), {},
                    QT_TRANSLATE_NOOP("tidings::Store", "reading marked items"));
    while (error.isEmpty() && query.next())
        result->ids.append(query.value(0).toLongLong());
    if (error.isEmpty())
        error = run(QStringLiteral("INSERT INTO mark_journal(item_id, field, value, changed_at) "
                                   "SELECT item_id, 'read', ?, ? FROM temp.mark_scope"),
                    {int(read), now}, QT_TRANSLATE_NOOP("tidings::Store", "journaling marks"));
    if (error.isEmpty())
        error = run(QStringLiteral("UPDATE item_state SET read = ? WHERE item_id IN temp.mark_scope"), {int(read)},
                    what);
    if (error.isEmpty())
        result->affected += query.numRowsAffected();
    // Emptied whatever happened: the next job starts from nothing.
    const QString cleared = run(QStringLiteral("DELETE FROM temp.mark_scope"), {}, what);
    return error.isEmpty() ? cleared : error;
}

} // namespace

// `read = 0` (not `read <> 1`) lets SQLite walk the partial index item_state_unread.
WriteResult markReadJob(WriterContext &context, const ItemSelection &selection, bool read)
{
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    WriteResult result;
    qint64 journalBefore = 0;
    if (QString error = lastJournalRow(context.db, &journalBefore); !error.isEmpty())
        return failed(error);
    QString error;
    if (selection.kind == ItemSelection::Kind::Items && selection.itemIds.size() <= kMarkOneByOne) {
        MarkWriter writer(context.db, MarkField::Read);
        for (qint64 id : selection.itemIds) {
            if (error = writer.mark(id, read, now, &result.affected); !error.isEmpty())
                return failed(error);
            if (result.affected > result.ids.size())
                result.ids.append(id);
        }
    } else {
        MarkScope scope;
        scope.where = read ? QStringLiteral("item_state.read = 0") : QStringLiteral("item_state.read <> 0");
        if (selection.kind == ItemSelection::Kind::Feed) {
            scope.where += QStringLiteral(" AND item_state.feed_id = ?");
            scope.values.append(selection.feedId);
        }
        if (selection.upToItemId) {
            scope.where += QStringLiteral(" AND item_state.item_id <= ?");
            scope.values.append(*selection.upToItemId);
        }
        if (selection.kind == ItemSelection::Kind::Marked) {
            // The journal rows in order, each item's marks looked up by key: no set of ids is built.
            scope.from = QStringLiteral("mark_journal j CROSS JOIN item_state ON item_state.item_id = j.item_id");
            scope.where += QStringLiteral(" AND j.id BETWEEN ? AND ? AND j.field = 'read'");
            scope.values << selection.journalFirst << selection.journalLast;
        } else if (selection.kind == ItemSelection::Kind::Items) {
            // One JSON array bound as one value (SQLite's json_each, built in since 3.38): a million
            // ids cost one parse per statement, where chunks of literals cost 600 statements (5 s).
            QByteArray ids;
            ids.reserve(selection.itemIds.size() * 8 + 2);
            ids += '[';
            for (qint64 id : selection.itemIds) {
                if (ids.size() > 1)
                    ids += ',';
                ids += QByteArray::number(id);
            }
            ids += ']';
            // Bound as bytes and read as UTF-8 text: a QString would double the text and make SQLite
            // translate it from UTF-16 (~40 MB more at a million ids).
            scope.where += QStringLiteral(" AND item_state.item_id IN (SELECT value FROM json_each(CAST(? AS TEXT)))");
            scope.values.append(ids);
        }
        error = markScope(context.db, scope, read, now, &result);
    }
    qint64 journalAfter = journalBefore;
    if (error.isEmpty())
        error = lastJournalRow(context.db, &journalAfter);
    if (!error.isEmpty())
        return failed(error);
    if (journalAfter > journalBefore) {
        result.journalFirst = journalBefore + 1;
        result.journalLast = journalAfter;
    }
    return finishJob(transaction, result, {});
}

WriteResult setStarredJob(WriterContext &context, const QList<qint64> &itemIds, bool starred)
{
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    WriteResult result;
    MarkWriter writer(context.db, MarkField::Starred);
    for (qint64 id : itemIds) {
        if (QString error = writer.mark(id, starred, now, &result.affected); !error.isEmpty())
            return failed(error);
    }
    return finishJob(transaction, result, {});
}

WriteResult deleteFeedJob(WriterContext &context, qint64 feedId)
{
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    if (QString error = feedMustExist(context.db, feedId); !error.isEmpty())
        return failed(error);
    // The index first: it finds the rows through items, which the cascade is about to remove.
    SearchIndexWriter index(context.statements, context.fullTextSearch);
    if (QString error = index.removeItemsOfFeed(feedId); !error.isEmpty())
        return failed(error);
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
    query.addBindValue(feedId);
    WriteResult result;
    const QString error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "deleting a feed"));
    result.affected = query.numRowsAffected();
    return finishJob(transaction, result, error);
}

WriteResult moveFeedJob(WriterContext &context, qint64 feedId, std::optional<qint64> folderId)
{
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    if (QString error = feedMustExist(context.db, feedId); !error.isEmpty())
        return failed(error);
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("UPDATE feeds SET folder_id = ?, position = (SELECT ifnull(max(position), -1) + 1 "
                                 "FROM feeds WHERE ifnull(folder_id, 0) = ifnull(?, 0)) WHERE id = ?"));
    query.addBindValue(idOrNull(folderId));
    query.addBindValue(idOrNull(folderId));
    query.addBindValue(feedId);
    WriteResult result;
    // A folder id that does not exist fails on the foreign key, which names the problem well enough.
    const QString error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "moving a feed"));
    result.affected = query.numRowsAffected();
    return finishJob(transaction, result, error);
}

WriteResult renameFolderJob(WriterContext &context, qint64 folderId, const QString &name)
{
    if (name.trimmed().isEmpty())
        return failed(StoreText::tr("a folder needs a name"));
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    if (QString error = folderMustExist(context.db, folderId); !error.isEmpty())
        return failed(error);
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("UPDATE folders SET name = ? WHERE id = ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(folderId);
    WriteResult result;
    QString error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "renaming a folder"));
    if (!error.isEmpty() && error.contains(QLatin1String("UNIQUE")))
        error = StoreText::tr("there is a folder named %1 there already").arg(name.trimmed());
    result.affected = error.isEmpty() ? query.numRowsAffected() : 0;
    return finishJob(transaction, result, error);
}

// Subfolders go with the folder (cascade); feeds inside are kept and move to the top level (SET
// NULL): deleting a folder must never unsubscribe anything.
WriteResult moveFolderJob(WriterContext &context, qint64 folderId, std::optional<qint64> parentId)
{
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    if (QString error = folderMustExist(context.db, folderId); !error.isEmpty())
        return failed(error);
    if (parentId) {
        if (QString error = folderMustExist(context.db, *parentId); !error.isEmpty())
            return failed(error);
        // Into itself or one of its own subfolders would cut the branch off the tree.
        QSqlQuery cycle(context.db);
        cycle.prepare(QStringLiteral(
            "WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT folders.id FROM folders JOIN below"
            " ON folders.parent_id = below.id) SELECT 1 FROM below WHERE id = ?"));
        cycle.addBindValue(folderId);
        cycle.addBindValue(*parentId);
        if (QString error = execPrepared(cycle, QT_TRANSLATE_NOOP("tidings::Store", "moving a folder")); !error.isEmpty())
            return failed(error);
        if (cycle.next())
            return failed(StoreText::tr("a folder cannot be moved into itself or one of its subfolders"));
    }
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("UPDATE folders SET parent_id = ?, position = (SELECT ifnull(max(position), -1) + 1"
                                 " FROM folders WHERE ifnull(parent_id, 0) = ifnull(?, 0)) WHERE id = ?"));
    query.addBindValue(idOrNull(parentId));
    query.addBindValue(idOrNull(parentId));
    query.addBindValue(folderId);
    WriteResult result;
    QString error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "moving a folder"));
    // Names are unique per parent (folders_parent_name): say so in words, not as a constraint.
    if (!error.isEmpty() && error.contains(QLatin1String("UNIQUE")))
        error = StoreText::tr("the destination already has a folder of that name");
    result.affected = query.numRowsAffected();
    return finishJob(transaction, result, error);
}

WriteResult deleteFolderJob(WriterContext &context, qint64 folderId)
{
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    if (QString error = folderMustExist(context.db, folderId); !error.isEmpty())
        return failed(error);
    QSqlQuery query(context.db);
    query.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    query.addBindValue(folderId);
    WriteResult result;
    const QString error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "deleting a folder"));
    result.affected = query.numRowsAffected();
    return finishJob(transaction, result, error);
}

WriteResult renameFeedJob(WriterContext &context, qint64 feedId, const QString &title)
{
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    if (QString error = feedMustExist(context.db, feedId); !error.isEmpty())
        return failed(error);
    QSqlQuery query(context.db);
    // An empty title hands the name back to the feed's own title at the next refresh.
    query.prepare(QStringLiteral("UPDATE feeds SET title = ?, title_from_user = ? WHERE id = ?"));
    query.addBindValue(textOrEmpty(title));
    query.addBindValue(int(!title.isEmpty()));
    query.addBindValue(feedId);
    WriteResult result;
    const QString error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "renaming a feed"));
    result.affected = query.numRowsAffected();
    return finishJob(transaction, result, error);
}

namespace {

// An address typed for an existing feed: absolute http(s) with a host, as feeds are fetched.
bool isFeedUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

// The feed now at `url` (another subscription), in words for the refusal; empty when there is none.
QString subscribedAs(QSqlDatabase &db, qint64 feedId, const QString &url, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT title FROM feeds WHERE url = ? AND id <> ?"));
    query.addBindValue(url);
    query.addBindValue(feedId);
    *error = execPrepared(query, QT_TRANSLATE_NOOP("tidings::Store", "looking up a feed"));
    if (!error->isEmpty() || !query.next())
        return {};
    const QString title = query.value(0).toString();
    return StoreText::tr("%1 is subscribed already, as \"%2\"").arg(url, title.isEmpty() ? url : title);
}

} // namespace

WriteResult setFeedOptionsJob(WriterContext &context, qint64 feedId, const FeedOptions &options)
{
    const QString url = options.url.trimmed();
    if (!isFeedUrl(url))
        return failed(StoreText::tr("%1 is not an http or https address").arg(url));
    if (options.updateIntervalMinutes < 0)
        return failed(StoreText::tr("an update interval cannot be negative"));
    Transaction transaction(context.db);
    if (!transaction.error().isEmpty())
        return failed(transaction.error());
    QSqlQuery current(context.db);
    current.prepare(QStringLiteral("SELECT url, folder_id FROM feeds WHERE id = ?"));
    current.addBindValue(feedId);
    if (QString error = execPrepared(current, QT_TRANSLATE_NOOP("tidings::Store", "looking up a feed"));
        !error.isEmpty())
        return failed(error);
    if (!current.next())
        return failed(StoreText::tr("there is no feed %1").arg(feedId));
    const bool urlChanged = current.value(0).toString() != url;
    const QVariant folder = current.value(1);
    const bool folderChanged = folder.isNull() ? options.folderId.has_value()
                                               : options.folderId != folder.toLongLong();
    current.finish();

    QString error;
    if (urlChanged) {
        if (QString taken = subscribedAs(context.db, feedId, url, &error); !taken.isEmpty() || !error.isEmpty())
            return failed(error.isEmpty() ? taken : error);
        // Validators and back-off belong to the old address; the new one is fetched as a new feed.
        QSqlQuery move(context.db);
        move.prepare(QStringLiteral("UPDATE feeds SET url = ?, etag = NULL, last_modified = NULL, body_hash = NULL,"
                                    " last_error = NULL, consecutive_failures = 0, next_fetch = NULL,"
                                    " status = 'new' WHERE id = ?"));
        move.addBindValue(url);
        move.addBindValue(feedId);
        if (error = execPrepared(move, QT_TRANSLATE_NOOP("tidings::Store", "changing a feed's address"));
            !error.isEmpty())
            return failed(error);
    }
    if (folderChanged) {
        if (options.folderId) {
            if (error = folderMustExist(context.db, *options.folderId); !error.isEmpty())
                return failed(error);
        }
        QSqlQuery move(context.db);
        move.prepare(QStringLiteral("UPDATE feeds SET folder_id = ?, position = (SELECT ifnull(max(position), -1) + 1 "
                                    "FROM feeds WHERE ifnull(folder_id, 0) = ifnull(?, 0)) WHERE id = ?"));
        move.addBindValue(idOrNull(options.folderId));
        move.addBindValue(idOrNull(options.folderId));
        move.addBindValue(feedId);
        if (error = execPrepared(move, QT_TRANSLATE_NOOP("tidings::Store", "moving a feed")); !error.isEmpty())
            return failed(error);
    }
    // An empty title given back: the feed's own title returns with the next refresh (as renameFeed).
    const QString title = options.title.trimmed();
    QSqlQuery update(context.db);
    update.prepare(QStringLiteral(
        "UPDATE feeds SET title = CASE WHEN :title <> '' THEN :title WHEN title_from_user THEN '' ELSE title END,"
        " title_from_user = :fromUser, update_interval_minutes = :interval, load_images = :images,"
        " notify = :notify WHERE id = :id"));
    update.bindValue(QStringLiteral(":title"), textOrEmpty(title));
    update.bindValue(QStringLiteral(":fromUser"), int(!title.isEmpty()));
    update.bindValue(QStringLiteral(":interval"), options.updateIntervalMinutes);
    update.bindValue(QStringLiteral(":images"), options.loadImages ? QVariant(int(*options.loadImages))
                                                                   : QVariant(QMetaType::fromType<int>()));
    update.bindValue(QStringLiteral(":notify"), int(options.notify));
    update.bindValue(QStringLiteral(":id"), feedId);
    error = execPrepared(update, QT_TRANSLATE_NOOP("tidings::Store", "changing a feed's options"));
    WriteResult result;
    result.id = feedId;
    result.affected = error.isEmpty() ? update.numRowsAffected() : 0;
    return finishJob(transaction, result, error);
}

} // namespace tidings::store
