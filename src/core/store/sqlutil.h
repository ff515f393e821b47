#pragma once

// Small helpers shared by the store's SQL files. Internal to core/store.

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <map>

namespace tidings::store {

// One sentence for a failed statement: the conditions a person can act on (a full disk, a
// read-only or damaged file, a database another program keeps locked) in words of their own,
// else SQLite's message.
QString describeError(const QSqlError &error);

// Runs `sql` (no parameters) and returns an empty string or a translated sentence naming what failed.
QString execSql(QSqlDatabase &db, const QString &sql);
QString execSql(QSqlDatabase &db, const char *sql);

// Whether a transaction is open on the connection: SQLite can end one by itself after an error
// (a full disk), and QtSql does not tell.
bool transactionIsOpen(QSqlDatabase &db);

// Runs a prepared query; on failure returns "<what>: <driver text>".
QString execPrepared(QSqlQuery &query, const char *what);

QString prepare(QSqlQuery &query, const char *sql);

// Prepared statements of one connection, kept across jobs and transactions: QtSql compiles a
// statement afresh for every QSqlQuery, and a refresh runs the same few for each of a thousand feeds.
// Bind by name (":id"): Qt 6.4 formats a string for every value bound by position, which cost the
// writer 9 % of its instructions. Only for the thread that owns the connection; destroy it before
// the connection is closed.
class StatementCache
{
public:
    explicit StatementCache(QSqlDatabase &db) : m_db(db) {}
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The statement for `sql`, prepared once; a failed prepare is tried again on the next call, and
    // execPrepared() reports it meanwhile. The reference stays valid as long as the cache.
    QSqlQuery &statement(const QString &sql);
    QSqlDatabase &database() const { return m_db; }

private:
    struct Entry {
        QSqlQuery query;
        bool prepared = false;
    };
    QSqlDatabase &m_db;
    std::map<QString, Entry> m_statements;   // node-based: references survive insertions
};

// Times are stored as UTC Unix seconds; NULL for an invalid QDateTime.
QVariant timeValue(const QDateTime &time);
QDateTime timeFrom(const QVariant &value);

QVariant textOrNull(const QString &text);
// For NOT NULL columns: QtSql binds a null QString as SQL NULL.
QString textOrEmpty(const QString &text);

// Wraps BEGIN IMMEDIATE / COMMIT / ROLLBACK: a transaction that was not committed rolls back when
// the guard goes out of scope, so an early error return never leaves a half-written job. Inside a
// WriteBatch on the same thread it is a savepoint instead, with the same all-or-nothing effect
// once the batch commits.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const QString &error() const { return m_error; }   // why BEGIN failed
    QString commit();

private:
    QSqlDatabase &m_db;
    QString m_error;
    bool m_savepoint = false;
    bool m_open = false;
};

// One transaction around several jobs, so that a refresh commits (and flushes the search index)
// a few times a second instead of once per feed. Only the writer thread opens one; nothing a job
// did is durable, or reported, before commit() succeeds.
// While another process holds the write lock, BEGIN is retried for up to a minute.
class WriteBatch
{
public:
    explicit WriteBatch(QSqlDatabase &db);   // BEGIN IMMEDIATE, retried while busy
    ~WriteBatch();                           // rolls back what was not committed
    WriteBatch(const WriteBatch &) = delete;
    WriteBatch &operator=(const WriteBatch &) = delete;

    const QString &error() const { return m_error; }   // why BEGIN failed
    QString commit();

private:
    QSqlDatabase &m_db;
    QString m_error;
    bool m_open = false;
};

// The store's messages, in the context of the class that hands them to the app and the CLI
// (tidings::Store). lupdate reads the context from the macro, so StoreText::tr("...") is extracted
// where a wrapper function taking a const char * would not be.
struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(tidings::Store)
};

} // namespace tidings::store
