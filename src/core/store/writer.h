#pragma once

// The one thread that writes to the database. Internal to core/store; Store is its only user.
//
// A plain queue drained by one thread with one connection: jobs run strictly in the order they
// were queued, each all-or-nothing (a savepoint in a transaction that groups the jobs queued at the
// time; see runBatch), and none ever waits for another writer inside SQLite.
// A job is a value (a closure over copies of its arguments); its result is a value too, handed to
// `report` on the writer thread, which posts it to whoever waits.

#include "core/store/store.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>

namespace tidings {

namespace store {
class SearchIndexQueue;
class StatementCache;
}

struct WriterContext {
    QSqlDatabase &db;
    bool fullTextSearch;
    store::StatementCache &statements;   // of `db`, for the statements a refresh runs per feed
    // Where a job that may defer its search index changes puts them (searchindex.h); null: at once.
    store::SearchIndexQueue *deferredIndex = nullptr;
};

// Whether a job's search index changes may wait for the end of its batch. Only jobs whose changes
// are small and many (storing a fetched feed) do; the others find the queue applied before they run.
enum class IndexChanges { Immediate, Deferrable };

using WriteJob = std::function<WriteResult(WriterContext &)>;

class StoreWriter : public QThread
{
public:
    using Report = std::function<void(const WriteResult &, const Completion &)>;

    StoreWriter(const QString &path, bool fullTextSearch, Report report);
    ~StoreWriter() override;   // runs what is queued, then stops

    // Starts the thread and waits until its connection is open: an empty string or why not.
    QString startWriting();

    JobId enqueue(WriteJob job, Completion done, IndexChanges index = IndexChanges::Immediate);
    void waitForIdle();   // until every job queued so far has run and been reported

protected:
    void run() override;

private:
    struct Entry {
        JobId id;
        WriteJob job;
        Completion done;
        IndexChanges index;
    };

    Entry takeNext();
    bool hasQueued();
    void runBatch(WriterContext &context);

    const QString m_path;
    const QString m_connectionName;
    const bool m_fullTextSearch;
    const Report m_report;

    QMutex m_mutex;
    QWaitCondition m_wake;       // the writer: work or stop
    QWaitCondition m_changed;    // waiters: started, or a job finished
    std::deque<Entry> m_queue;
    JobId m_lastId = 0;
    int m_pending = 0;           // queued plus running
    bool m_stopping = false;
    bool m_started = false;
    QString m_openError;
};

} // namespace tidings
