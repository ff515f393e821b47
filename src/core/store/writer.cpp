#include "core/store/writer.h"

#include "core/store/schema.h"
#include "core/store/searchindex.h"
#include "core/store/sqlutil.h"

#include <QAtomicInteger>
#include <QElapsedTimer>

#include <vector>

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

JobId StoreWriter::enqueue(WriteJob job, Completion done, IndexChanges index)
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
        result.error = store::StoreText::tr("the database is not open");
        m_report(result, done);
        return id;
    }
    m_queue.push_back(Entry{id, std::move(job), std::move(done), index});
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
        store::StatementCache statements(db);
        WriterContext context{db, m_fullTextSearch, statements};
        for (;;) {
            {
                QMutexLocker locker(&m_mutex);
                while (m_queue.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                // Stopping still drains the queue: every queued mark is written.
                if (m_queue.empty())
                    break;
            }
            runBatch(context);
        }
        // Leave a small WAL behind for the next start and for tools that copy the file.
        store::execSql(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    }
    store::closeConnection(m_connectionName);
}

StoreWriter::Entry StoreWriter::takeNext()
{
    QMutexLocker locker(&m_mutex);
    Entry entry = std::move(m_queue.front());
    m_queue.pop_front();
    return entry;
}

bool StoreWriter::hasQueued()
{
    QMutexLocker locker(&m_mutex);
    return !m_queue.empty();
}

void StoreWriter::runBatch(WriterContext &context)
{
    // Jobs already queued run in one transaction, each in a savepoint of its own, for at most
    // kBatchMs: one commit (and one flush of the search index) instead of one per job, while a mark
    // queued behind a refresh still waits no more than that for its result.
    constexpr qint64 kBatchMs = 100;
    std::vector<std::pair<Entry, WriteResult>> ran;
    {
        store::WriteBatch batch(context.db);
        if (!batch.error().isEmpty()) {
            // A busy or unwritable file: one job tries on its own and reports why it could not.
            Entry entry = takeNext();
            WriteResult result = entry.job(context);
            ran.emplace_back(std::move(entry), std::move(result));
        } else {
            QElapsedTimer clock;
            clock.start();
            bool failed = false;
            QString error;
            store::SearchIndexQueue index;
            do {
                Entry entry = takeNext();
                // Between jobs, outside any savepoint: a job that reads or changes the index
                // directly finds it up to date.
                if (entry.index == IndexChanges::Immediate && index.size() > 0) {
                    if (error = index.apply(context.statements); !error.isEmpty()) {
                        // Not run: it goes first again, in a batch of its own.
                        QMutexLocker locker(&m_mutex);
                        m_queue.push_front(std::move(entry));
                        break;
                    }
                }
                const qsizetype indexBefore = index.size();
                context.deferredIndex = entry.index == IndexChanges::Deferrable ? &index : nullptr;
                WriteResult result = entry.job(context);
                context.deferredIndex = nullptr;
                // After a failure SQLite may have rolled back more than the job's savepoint (a
                // full disk can end the whole transaction): commit what is known now, and let the
                // jobs after it start a batch of their own.
                failed = !result.ok;
                if (failed)
                    index.truncate(indexBefore);
                ran.emplace_back(std::move(entry), std::move(result));
            } while (!failed && clock.elapsed() < kBatchMs && hasQueued());
            // The index changes of the jobs that succeeded, unless SQLite ended the transaction
            // (their rows are gone then, and the changes would be written on their own).
            if (error.isEmpty() && index.size() > 0 && (!failed || store::transactionIsOpen(context.db)))
                error = index.apply(context.statements);
            if (error.isEmpty())
                error = batch.commit();
            if (!error.isEmpty()) {
                for (auto &[entry, result] : ran) {
                    if (!result.ok)
                        continue;
                    result = WriteResult();   // nothing of it was written
                    result.error = error;
                }
            }
        }
    }
    for (auto &[entry, result] : ran) {
        result.job = entry.id;
        m_report(result, entry.done);
    }
    QMutexLocker locker(&m_mutex);
    m_pending -= int(ran.size());
    m_changed.wakeAll();
}

} // namespace tidings
