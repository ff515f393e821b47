#include "core/store/schema.h"

#include "core/store/itemcodec.h"
#include "core/store/preparefeed.h"
#include "core/store/searchindex.h"
#include "core/store/sqlutil.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace tidings::store {
namespace {

struct MigrationOptions {
    bool compressHtml = true;
};

// Version 1: the first schema. Times are UTC Unix seconds; lists (authors, enclosures,
// categories) are JSON text because they are only ever read whole.
QString migrateToV1(QSqlDatabase &db, const MigrationOptions &)
{
    static const char *const statements[] = {
        "CREATE TABLE folders ("
        " id INTEGER PRIMARY KEY,"
        " parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE,"
        " name TEXT NOT NULL,"
        " position INTEGER NOT NULL DEFAULT 0)",
        // ifnull: NULLs are distinct in a UNIQUE index, and top-level names must be unique too.
        "CREATE UNIQUE INDEX folders_parent_name ON folders(ifnull(parent_id, 0), name)",

        "CREATE TABLE feeds ("
        " id INTEGER PRIMARY KEY,"
        " folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,"
        " url TEXT NOT NULL UNIQUE,"
        " title TEXT NOT NULL DEFAULT '',"
        " title_from_user INTEGER NOT NULL DEFAULT 0,"
        " site_url TEXT NOT NULL DEFAULT '',"
        " icon BLOB,"
        " etag TEXT,"
        " last_modified TEXT,"
        " body_hash BLOB,"
        " last_fetch INTEGER,"
        " last_success INTEGER,"
        " last_error TEXT,"
        " consecutive_failures INTEGER NOT NULL DEFAULT 0,"
        " next_fetch INTEGER,"
        " update_interval_minutes INTEGER NOT NULL DEFAULT 0,"
        " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'ok', 'moved', 'gone', 'failing')),"
        " ttl_minutes INTEGER NOT NULL DEFAULT 0,"
        " sy_minutes INTEGER NOT NULL DEFAULT 0,"
        " position INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX feeds_folder ON feeds(folder_id)",

        "CREATE TABLE items ("
        " id INTEGER PRIMARY KEY,"
        " feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,"
        " guid TEXT NOT NULL,"
        " link TEXT,"
        " title TEXT,"
        " authors TEXT,"
        " published INTEGER,"
        " updated INTEGER,"
        " summary TEXT,"
        " content TEXT,"
        " enclosures TEXT,"
        " categories TEXT,"
        " thumbnail TEXT,"
        " read INTEGER NOT NULL DEFAULT 0,"
        " starred INTEGER NOT NULL DEFAULT 0,"
        " first_seen INTEGER NOT NULL,"
        " content_hash BLOB NOT NULL)",
        // The identity of an item, and the one lookup a refresh makes per incoming item.
        "CREATE UNIQUE INDEX items_feed_guid ON items(feed_id, guid)",
        // Newest first, overall and per feed; the expression must match the ORDER BY in reads.cpp.
        "CREATE INDEX items_newest ON items(coalesce(published, first_seen) DESC, id DESC)",
        "CREATE INDEX items_feed_newest ON items(feed_id, coalesce(published, first_seen) DESC, id DESC)",
        "CREATE INDEX items_unread ON items(feed_id) WHERE read = 0",
        "CREATE INDEX items_starred ON items(id) WHERE starred = 1",

        // No foreign key: a sync service must still see the marks of items deleted since.
        "CREATE TABLE mark_journal ("
        " id INTEGER PRIMARY KEY,"
        " item_id INTEGER NOT NULL,"
        " field TEXT NOT NULL CHECK (field IN ('read', 'starred')),"
        " value INTEGER NOT NULL,"
        " changed_at INTEGER NOT NULL)",

        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID",
    };
    for (const char *sql : statements) {
        if (QString error = execSql(db, sql); !error.isEmpty())
            return error;
    }
    return {};
}

// Version 2: items keep their HTML compressed (storedhtml.h) and their content hash is XXH3-128
// over the stored UTF-8 fields (preparefeed.cpp) instead of SHA-1 over UTF-16. No table changes:
// every row is rewritten so that an unchanged item fetched again still hashes equal. The search
// index, contentless from now on, is rebuilt afterwards by prepareSearchIndex().
QString migrateToV2(QSqlDatabase &db, const MigrationOptions &options)
{
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT id, guid, link, title, authors, published, updated, summary, content,"
                                  " enclosures, categories, thumbnail FROM items")))
        return describeError(rows.lastError());
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE items SET guid = ?, link = ?, title = ?, authors = ?, summary = ?,"
                                  " content = ?, enclosures = ?, categories = ?, thumbnail = ?, content_hash = ?"
                                  " WHERE id = ?"));
    PrepareOptions prepareOptions;
    prepareOptions.compress = options.compressHtml;
    prepareOptions.searchText = false;
    while (rows.next()) {
        Item item;
        item.id = rows.value(1).toString();
        item.link = rows.value(2).toString();
        item.title = rows.value(3).toString();
        item.authors = personsFromJson(rows.value(4).toString());
        item.published = timeFrom(rows.value(5));
        item.updated = timeFrom(rows.value(6));
        item.summary = rows.value(7).toString();
        item.content = rows.value(8).toString();
        item.enclosures = enclosuresFromJson(rows.value(9).toString());
        item.categories = stringsFromJson(rows.value(10).toString());
        item.thumbnail = rows.value(11).toString();
        const PreparedItem prepared = prepareItem(item, prepareOptions);
        int i = 0;
        update.bindValue(i++, prepared.guid);
        update.bindValue(i++, textOrNull(prepared.link));
        update.bindValue(i++, prepared.title);
        update.bindValue(i++, textOrNull(prepared.authorsJson));
        update.bindValue(i++, prepared.summary);
        update.bindValue(i++, prepared.content);
        update.bindValue(i++, textOrNull(prepared.enclosuresJson));
        update.bindValue(i++, textOrNull(prepared.categoriesJson));
        update.bindValue(i++, textOrNull(prepared.thumbnail));
        update.bindValue(i++, prepared.contentHash);
        update.bindValue(i++, rows.value(0));
        if (!update.exec())
            return describeError(update.lastError());
    }
    return {};
}

// Version 3: per-feed options the Feed Properties dialog edits (load_images: NULL follows the
// global setting, 0/1 override it; notify: new items of the feed may be announced). No index for
// the item list's title order: one was tried, and keeping it up to date made a 1000-feed refresh
// 25 % slower (its pages are scattered, so every commit rewrites many of them) for an order that
// is rarely chosen; a title page sorts the rows its filter selects instead (docs/performance.md).
QString migrateToV3(QSqlDatabase &db, const MigrationOptions &)
{
    static const char *const statements[] = {
        "ALTER TABLE feeds ADD COLUMN load_images INTEGER CHECK (load_images IN (0, 1))",
        "ALTER TABLE feeds ADD COLUMN notify INTEGER NOT NULL DEFAULT 1 CHECK (notify IN (0, 1))",
    };
    for (const char *sql : statements) {
        if (QString error = execSql(db, sql); !error.isEmpty())
            return error;
    }
    return {};
}

// Version 4: the read and starred marks move out of the wide `items` rows (which carry the
// compressed article) into the narrow `item_state`, one row of four integers per item. Marking a
// million items read rewrote 1.9 GiB of item pages (45 s); the same in item_state rewrites ~20 MiB
// (about a second). feed_id is repeated here so that the unread count of a feed stays one walk of
// a partial index, as it was on items.
QString migrateToV4(QSqlDatabase &db, const MigrationOptions &)
{
    static const char *const statements[] = {
        "CREATE TABLE item_state ("
        " item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,"
        " feed_id INTEGER NOT NULL,"
        " read INTEGER NOT NULL DEFAULT 0,"
        " starred INTEGER NOT NULL DEFAULT 0)",
        "INSERT INTO item_state(item_id, feed_id, read, starred) SELECT id, feed_id, read, starred FROM items",
        "CREATE INDEX item_state_unread ON item_state(feed_id) WHERE read = 0",
        "CREATE INDEX item_state_starred ON item_state(item_id) WHERE starred = 1",
        // The old columns go, so that no query can read a mark that is no longer kept up to date.
        "DROP INDEX items_unread",
        "DROP INDEX items_starred",
        "ALTER TABLE items DROP COLUMN read",
        "ALTER TABLE items DROP COLUMN starred",
    };
    for (const char *sql : statements) {
        if (QString error = execSql(db, sql); !error.isEmpty())
            return error;
    }
    return {};
}

struct Migration {
    int toVersion;
    QString (*apply)(QSqlDatabase &db, const MigrationOptions &options);
};

// Version N+1 adds one function above and one line here (and one fixture in tst_storeschema).
const Migration kMigrations[] = {
    {1, migrateToV1},
    {2, migrateToV2},
    {3, migrateToV3},
    {4, migrateToV4},
};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == kSchemaVersion);

int userVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        *error = StoreText::tr("the database cannot be read: %1").arg(describeError(query.lastError()));
        return -1;
    }
    return query.value(0).toInt();
}

QString backUp(QSqlDatabase &db, const QString &path, int version)
{
    const QString backup = path + QStringLiteral(".bak-v%1").arg(version);
    // A backup left by an earlier, failed attempt holds the same version: replace it.
    if (QFile::exists(backup) && !QFile::remove(backup))
        return StoreText::tr("the old backup %1 cannot be replaced").arg(backup);
    // VACUUM INTO makes a consistent copy that includes what is still in the WAL.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(backup);
    if (!query.exec())
        return StoreText::tr("no backup of the database could be made before upgrading it (%1): %2")
            .arg(backup, describeError(query.lastError()));
    return {};
}

} // namespace

QString openConnection(const QString &name, const QString &path, ConnectionRole role)
{
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            error = StoreText::tr("the database %1 cannot be opened: %2").arg(path, describeError(db.lastError()));
        } else {
            // journal_mode is persistent, but setting it on every connection costs nothing and
            // converts a database that some other tool switched back.
            const char *const pragmas[] = {
                "PRAGMA journal_mode = WAL",
                "PRAGMA synchronous = NORMAL",
                "PRAGMA foreign_keys = ON",
            };
            for (const char *sql : pragmas) {
                error = execSql(db, sql);
                if (!error.isEmpty())
                    break;
            }
            if (error.isEmpty() && role == ConnectionRole::Reader)
                error = execSql(db, "PRAGMA query_only = ON");
            // The writer's scratch tables (a mark's item list: up to ~16 MB for a million items)
            // stay in memory instead of spilling to a temporary file.
            if (error.isEmpty() && role != ConnectionRole::Reader)
                error = execSql(db, "PRAGMA temp_store = MEMORY");
        }
        if (!error.isEmpty())
            db.close();
    }
    if (!error.isEmpty())
        QSqlDatabase::removeDatabase(name);
    return error;
}

void closeConnection(const QString &name)
{
    // Dropping the last handle closes the file; QSqlDatabase::database() is not used because it
    // refuses connections of other threads, and the Store may clean up a finished reader's one.
    QSqlDatabase::removeDatabase(name);
}

bool probeFullTextSearch(QSqlDatabase &db)
{
    // With the index's tokenizer: an SQLite whose unicode61 lacks an option searches with LIKE
    // instead of failing to open the profile when the index is created.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.fts_probe USING fts5(x, tokenize = \"%1\")")
                        .arg(QLatin1String(kSearchTokenizer))))
        return false;
    query.exec(QStringLiteral("DROP TABLE temp.fts_probe"));
    return true;
}

QString migrate(QSqlDatabase &db, const QString &path, bool existedBefore, bool compressHtml,
                const SetupObserver &observe)
{
    QString error;
    const int version = userVersion(db, &error);
    if (version < 0)
        return error;
    if (version > kSchemaVersion)
        return StoreText::tr("the database %1 was written by a newer Tidings (schema %2; this one knows %3); "
                       "it was left untouched")
            .arg(path).arg(version).arg(kSchemaVersion);
    if (version == kSchemaVersion)
        return {};
    if (existedBefore) {
        if (observe)
            observe(SetupStep::Upgrading, 0, 0);
        if (error = backUp(db, path, version); !error.isEmpty())
            return error;
    }
    MigrationOptions options;
    options.compressHtml = compressHtml;
    for (const Migration &migration : kMigrations) {
        if (migration.toVersion <= version)
            continue;
        Transaction transaction(db);
        if (!transaction.error().isEmpty())
            return transaction.error();
        error = migration.apply(db, options);
        if (error.isEmpty())
            error = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.toVersion));
        if (error.isEmpty())
            error = transaction.commit();
        if (!error.isEmpty())
            return StoreText::tr("upgrading the database to schema %1 failed; it stays at schema %2: %3")
                .arg(migration.toVersion).arg(migration.toVersion - 1).arg(error);
    }
    return {};
}

QString prepareSearchIndex(QSqlDatabase &db, bool fullTextSearch, const SetupObserver &observe)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'item_search'"));
    const bool exists = query.next();
    query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'search_index'"));
    const QString format = query.next() ? query.value(0).toString() : QString();
    query.finish();

    if (!fullTextSearch) {
        // Writes will skip the index from now on; remember that it no longer matches.
        return exists ? execSql(db, "INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', 'stale')")
                      : QString();
    }
    if (exists && format == QLatin1String(kSearchIndexFormat)) {
        // A setting for speed: a file that cannot be written still opens (and says so on its first write).
        tuneSearchIndex(db);
        return {};
    }
    Transaction transaction(db);
    if (!transaction.error().isEmpty())
        return transaction.error();
    // Dropped, not emptied: a contentless index cannot be emptied row by row once its text is
    // unknown, and an index of an older format has other options.
    QString error = exists ? execSql(db, "DROP TABLE item_search") : QString();
    if (error.isEmpty())
        error = createSearchIndexTable(db);
    if (error.isEmpty())
        error = rebuildSearchIndex(db, observe);
    if (error.isEmpty()) {
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('search_index', ?)"));
        mark.addBindValue(QString::fromLatin1(kSearchIndexFormat));
        error = execPrepared(mark, QT_TRANSLATE_NOOP("tidings::Store", "recording the search index format"));
    }
    if (error.isEmpty())
        error = transaction.commit();
    return error;
}

} // namespace tidings::store
