#pragma once

// Opening connections and bringing a database file to the current schema. Internal to core/store.

#include "core/store/setupprogress.h"

#include <QSqlDatabase>
#include <QString>

namespace tidings::store {

inline constexpr int kSchemaVersion = 4;
inline constexpr int kBusyTimeoutMs = 5000;

enum class ConnectionRole {
    Writer,   // the writer thread, and the setup connection that migrates
    Reader,   // query_only: a read connection can never write, whatever a bug asks of it
};

// Adds and opens connection `name` on `path` with the pragmas every connection needs (WAL,
// synchronous=NORMAL, foreign keys, busy timeout). Returns an empty string or a translated
// sentence; on failure the connection is removed again.
QString openConnection(const QString &name, const QString &path, ConnectionRole role);

// Closes and removes connection `name` (which must not be in use any more).
void closeConnection(const QString &name);

// Whether this SQLite has FTS5: a startup probe, as Qt builds differ in what they compile in.
bool probeFullTextSearch(QSqlDatabase &db);

// Brings the database to kSchemaVersion, one transaction per step. An existing database (one
// that was there before open) is first copied to `<path>.bak-v<version>`. A database newer than
// this build is refused untouched. `compressHtml`: how migrated rows keep their HTML (storedhtml.h).
// `observe` (may be empty) hears SetupStep::Upgrading before an existing database is touched.
QString migrate(QSqlDatabase &db, const QString &path, bool existedBefore, bool compressHtml,
                const SetupObserver &observe = {});

// The full-text index is not part of the versioned schema because it depends on what this SQLite
// offers. With FTS5 it is created (and rebuilt when it is missing, was left stale, or was built in
// another format: kSearchIndexFormat); without, an existing index is flagged stale so a later run
// with FTS5 rebuilds it.
// `observe` (may be empty) hears how far a rebuild has come.
QString prepareSearchIndex(QSqlDatabase &db, bool fullTextSearch, const SetupObserver &observe = {});

} // namespace tidings::store
