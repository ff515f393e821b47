#include "core/store/sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tidings::store {

QString storeTr(const char *text)
{
    return QCoreApplication::translate("tidings::Store", text);
}

QString execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return storeTr("the database refused a statement (%1): %2")
        .arg(sql.left(60).simplified(), query.lastError().text());
}

QString execSql(QSqlDatabase &db, const char *sql)
{
    return execSql(db, QString::fromUtf8(sql));
}

QString prepare(QSqlQuery &query, const char *sql)
{
    if (query.prepare(QString::fromUtf8(sql)))
        return {};
    return storeTr("the database refused a statement (%1): %2")
        .arg(QString::fromUtf8(sql).left(60).simplified(), query.lastError().text());
}

QString execPrepared(QSqlQuery &query, const char *what)
{
    if (query.exec())
        return {};
    return storeTr("%1 failed: %2").arg(storeTr(what), query.lastError().text());
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
    m_error = execSql(m_db, "BEGIN IMMEDIATE");
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
