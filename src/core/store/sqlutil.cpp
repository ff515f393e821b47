#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QThread>

namespace tidings::store {

QString describeError(const QSqlError &error)
{
    // SQLite's primary result code (extended codes carry it in the low byte): the conditions a
    // person can act on get a sentence of their own instead of the driver's wording.
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xFF;
    if (numeric) {
        switch (code) {
        case 5:   // SQLITE_BUSY
        case 6:   // SQLITE_LOCKED
            return StoreText::tr("the database is busy: another program kept it locked for too long");
        case 8:   // SQLITE_READONLY
            return StoreText::tr("the database file cannot be written (read-only)");
        case 10:  // SQLITE_IOERR
            return StoreText::tr("the database file could not be read or written (input/output error)");
        case 11:  // SQLITE_CORRUPT
        case 26:  // SQLITE_NOTADB
            return StoreText::tr("the database file is damaged or is not a Tidings database");
        case 13:  // SQLITE_FULL
            return StoreText::tr("the disk holding the database is full; nothing of this change was written");
        case 14:  // SQLITE_CANTOPEN
            return StoreText::tr("the database file cannot be opened");
        default:
            break;
        }
    }
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text() : text;
}

namespace {

QString refused(const QString &sql, const QSqlError &error)
{
    return StoreText::tr("the database refused a statement (%1): %2").arg(sql.left(60).simplified(), describeError(error));
}

} // namespace

QString execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return refused(sql, query.lastError());
}

QString execSql(QSqlDatabase &db, const char *sql)
{
    return execSql(db, QString::fromUtf8(sql));
}

QString prepare(QSqlQuery &query, const char *sql)
{
    if (query.prepare(QString::fromUtf8(sql)))
        return {};
    return StoreText::tr("the database refused a statement (%1): %2")
        .arg(QString::fromUtf8(sql).left(60).simplified(), describeError(query.lastError()));
}

bool transactionIsOpen(QSqlDatabase &db)
{
    // SQLite refuses BEGIN inside a transaction and starts nothing that touches the file without one.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN")))
        return true;
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return false;
}

QSqlQuery &StatementCache::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, Entry{QSqlQuery(m_db), false}).first;
    Entry &entry = it->second;
    if (!entry.prepared)
        entry.prepared = entry.query.prepare(sql);
    return entry.query;
}

QString execPrepared(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return {};
    return StoreText::tr("%1 failed: %2").arg(StoreText::tr(what), describeError(query.lastError()));
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString textOrEmpty(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

namespace {

// Set while the writer thread has a WriteBatch open: its jobs' transactions become savepoints.
thread_local bool t_batchOpen = false;

} // namespace

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
    , m_savepoint(t_batchOpen)
{
    // IMMEDIATE takes the write lock up front, so a busy database is reported here and not
    // half-way through a job. Inside a batch the lock is held already.
    m_error = execSql(m_db, m_savepoint ? "SAVEPOINT job" : "BEGIN IMMEDIATE");
    m_open = m_error.isEmpty();
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (m_savepoint) {
        execSql(m_db, "ROLLBACK TO job");
        execSql(m_db, "RELEASE job");
    } else {
        execSql(m_db, "ROLLBACK");
    }
}

QString Transaction::commit()
{
    if (!m_open)
        return m_error;
    m_open = false;
    if (m_savepoint) {
        const QString error = execSql(m_db, "RELEASE job");
        if (!error.isEmpty()) {
            execSql(m_db, "ROLLBACK TO job");
            execSql(m_db, "RELEASE job");
        }
        return error;
    }
    const QString error = execSql(m_db, "COMMIT");
    if (!error.isEmpty())
        execSql(m_db, "ROLLBACK");
    return error;
}

WriteBatch::WriteBatch(QSqlDatabase &db)
    : m_db(db)
{
    Q_ASSERT(!t_batchOpen);
    // Another process on the profile (the CLI refreshing while the app runs, or the other way
    // round) commits batch after batch and takes the lock again at once, while SQLite's busy
    // handler only polls: waiting, we can miss every gap for longer than the busy timeout
    // (tst_clisharedprofile). Its refresh ends, and our jobs wait in the queue, so the writer
    // keeps asking (each try waits the busy timeout) before a job reports a busy database.
    constexpr qint64 kBusyRetryMs = 60000;
    const QString begin = QStringLiteral("BEGIN IMMEDIATE");
    QElapsedTimer waited;
    waited.start();
    QSqlQuery query(m_db);
    while (!query.exec(begin)) {
        const QSqlError error = query.lastError();
        bool numeric = false;
        const bool busy = (error.nativeErrorCode().toInt(&numeric) & 0xFF) == 5 && numeric;   // SQLITE_BUSY
        if (!busy || waited.elapsed() >= kBusyRetryMs) {
            m_error = refused(begin, error);
            break;
        }
        QThread::msleep(20);   // should SQLite ever answer busy without waiting, do not spin
    }
    m_open = m_error.isEmpty();
    t_batchOpen = m_open;
}

WriteBatch::~WriteBatch()
{
    if (m_open)
        execSql(m_db, "ROLLBACK");
    t_batchOpen = false;
}

QString WriteBatch::commit()
{
    if (!m_open)
        return m_error;
    m_open = false;
    t_batchOpen = false;
    const QString error = execSql(m_db, "COMMIT");
    if (!error.isEmpty())
        execSql(m_db, "ROLLBACK");
    return error;
}

} // namespace tidings::store
