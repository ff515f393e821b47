#pragma once

#include "core/net/downloadbudget.h"
#include "core/net/fetchresult.h"

#include <QHash>
#include <QObject>

#include <list>

class QNetworkAccessManager;

namespace tidings {

class FetchJob;

// Fetches queued feeds concurrently on its thread's event loop (QNetworkAccessManager is
// asynchronous: no thread per request), politely: at most `maxConnections` requests at once and
// `maxConnectionsPerHost` per host and port. Requests start in the order they were queued, except
// that one busy host does not hold up the others behind it. Every request gives exactly one
// finished() result, also when it is cancelled (destroying the fetcher drops them silently).
//
// Memory: all its requests share one DownloadBudget (the bodies being received and those handed on
// in results, until their holds are released); a request that does not fit waits, with its socket
// held back, rather than fail (see DownloadBudget for who gives way when waiting cannot end).
//
// Proxy: each fetcher asks the system configuration (environment, desktop settings) per request
// through its own manager, so no process-wide proxy state has to be set by main().
class FeedFetcher : public QObject
{
    Q_OBJECT

public:
    struct Limits {
        int maxConnections = 16;
        int maxConnectionsPerHost = 2;   // at most 6
        // Bodies held at once, received and handed on: 16 requests averaging 6 MiB, or one at the
        // per-request cap with room for the others. A normal refresh of 1000 feeds peaks far below.
        qint64 budgetBytes = 96ll << 20;
        FetchLimits request;
    };

    explicit FeedFetcher(QObject *parent = nullptr);
    ~FeedFetcher() override;

    // Applies to requests started from now on.
    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }

    void enqueue(const FetchRequest &request);
    void enqueue(const QList<FetchRequest> &requests);

    // Ends everything queued and running now; each gives a Cancelled result before this returns or,
    // for running requests whose connection is being torn down, soon after.
    void cancelAll();

    qsizetype queuedCount() const { return qsizetype(m_queue.size()); }
    qsizetype runningCount() const { return m_running.size(); }
    // For tests and diagnostics: what the bodies hold now and at most so far.
    const DownloadBudget &budget() const { return m_budget; }
    DownloadBudget &budget() { return m_budget; }

signals:
    void finished(const tidings::FetchResult &result);
    void idle();   // the queue ran dry and nothing is running

private:
    void startWaiting();
    void onJobFinished(FetchJob *job, const FetchResult &result);
    void announceIdle();

    QNetworkAccessManager *m_manager;
    // Outlives the running jobs (~FeedFetcher deletes them first). A child, so that it moves along
    // when the fetcher is moved to a thread of its own (RefreshService): its decisions call the jobs.
    DownloadBudget m_budget;
    Limits m_limits;
    std::list<FetchRequest> m_queue;       // FIFO; list because blocked hosts make us take from the middle
    QHash<FetchJob *, QString> m_running;  // job -> host key
    QHash<QString, int> m_runningPerHost;
    bool m_idleAnnounced = true;
};

} // namespace tidings
