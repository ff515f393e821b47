#include "core/store/writer.h"

#include "core/store/schema.h"
#include "core/store/sqlutil.h"

#include <QAtomicInteger>

namespace tidings {
namespace {

QString writerConnectionName()
{
    static QAtomicInteger<quint64> serial;
    return QStringLiteral("tidings.store.writer.%1").arg(++serial);
}

} // namespace

StoreWriter::StoreWriter(const QString &path, bool fullTextSearch, Report report)
    : m_path(path)
    , m_connectionName(writerConnectionName())
    , m_fullTextSearch(fullTextSearch)
    , m_report(std::move(report))
{
    setObjectName(QStringLiteral("tidings store writer"));
}

StoreWriter::~StoreWriter()
{
    {
        QMutexLocker locker(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    wait();
}

QString StoreWriter::startWriting()
{
    start();
    QMutexLocker locker(&m_mutex);
    while (!m_started)
        m_changed.wait(&m_mutex);
    return m_openError;
}

JobId StoreWriter::enqueue(WriteJob job, Completion done)
{
    QMutexLocker locker(&m_mutex);
    const JobId id = ++m_lastId;
    // Once stopping, the loop may already have drained the queue and left: a job queued now would
    // never run, so it is refused like one for a closed database.
    if (!m_openError.isEmpty() || !isRunning() || m_stopping) {
        // Still a result, never silence: the caller learns the job did not run.
        locker.unlock();
        WriteResult result;
        result.job = id;
        result.error = store::storeTr("the database is not open");
        m_report(result, done);
        return id;
    }
    m_queue.push_back(Entry{id, std::move(job), std::move(done)});
    ++m_pending;
    m_wake.wakeOne();
    return id;
}

void StoreWriter::waitForIdle()
{
    QMutexLocker locker(&m_mutex);
    while (m_pending > 0)
        m_changed.wait(&m_mutex);
}

void StoreWriter::run()
{
    const QString error = store::openConnection(m_connectionName, m_path, store::ConnectionRole::Writer);
    {
        QMutexLocker locker(&m_mutex);
        m_openError = error;
        m_started = true;
        m_changed.wakeAll();
        if (!error.isEmpty())
            return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        WriterContext context{db, m_fullTextSearch};
        for (;;) {
            Entry entry;
            {
                QMutexLocker locker(&m_mutex);
                while (m_queue.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                // Stopping still drains the queue: every queued mark is written.
                if (m_queue.empty())
                    break;
                entry = std::move(m_queue.front());
                m_queue.pop_front();
            }
            WriteResult result = entry.job(context);
            result.job = entry.id;
            m_report(result, entry.done);
            QMutexLocker locker(&m_mutex);
            --m_pending;
            m_changed.wakeAll();
        }
        // Leave a small WAL behind for the next start and for tools that copy the file.
        store::execSql(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    store::closeConnection(m_connectionName);
}

} // namespace tidings
