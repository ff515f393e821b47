#pragma once

// fetch → parse → store for many feeds at once, asynchronously, reporting progress. The CLI's
// `refresh` and the desktop app drive the same service.
//
// Fetching runs on a thread of the service's own (QNetworkAccessManager is asynchronous, but Qt
// inflates gzip bodies and copies every body on the thread that owns the replies: a gzip bomb or an
// endless body must not hold the caller's thread, the app's GUI thread), parsing on a pool of worker
// threads, storing on the store's writer thread; results come back as values by queued signal. The
// work for a refresh where nothing changed grows with the number of feeds only: an unchanged feed is
// a 304, or a body whose hash matches, and is never parsed or stored item by item.

#include "core/net/feedfetcher.h"
#include "core/store/store.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QThread>
#include <QThreadPool>

#include <optional>

namespace tidings {

struct RefreshOptions {
    QList<qint64> feedIds;        // empty: every feed that is not gone
    bool dueOnly = false;         // scheduled refresh: only feeds whose next fetch time has come
    int maxFeeds = 0;             // with dueOnly: at most this many, the longest overdue first (0: all)
    int maxConnections = 16;
    int maxConnectionsPerHost = 2;
    FetchLimits request;
    int defaultIntervalMinutes = 60;   // for feeds without an interval of their own
    int parseThreads = 0;              // 0: one per core
};

struct FeedRefreshOutcome {
    qint64 feedId = 0;
    QString title;
    QString url;
    FetchOutcome fetch = FetchOutcome::Ok;
    bool ok = false;              // the feed is fine (fetched and parsed, or not modified)
    int newItems = 0;
    QList<qint64> newItemIds;     // the items stored as new (newItems of them), in document order
    bool notify = true;           // the feed's "announce new items" option when the refresh began
    int updatedItems = 0;
    QString message;              // why it failed, or what changed (moved, gone)
    qint64 elapsedMs = 0;
};

struct RefreshSummary {
    int feeds = 0;
    int ok = 0;
    int failed = 0;
    int newItems = 0;
    int updatedItems = 0;
    qint64 elapsedMs = 0;
    bool cancelled = false;
};

class RefreshService : public QObject
{
    Q_OBJECT

public:
    RefreshService(Store &store, QObject *parent = nullptr);
    ~RefreshService() override;   // waits for parse jobs in flight

    // Starts a refresh; false (and nothing happens) when one is running or the store cannot be read.
    bool start(const RefreshOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(int done, int total, int newItems);
    void feedFinished(const tidings::FeedRefreshOutcome &outcome);
    void finished(const tidings::RefreshSummary &summary);

private:
    struct Pending {
        FeedRow feed;
        FetchResult fetch;
    };

    void feedFetcher();
    void onFetched(const FetchResult &result);
    // What a parse job hands back: the feed made ready for the writer, or why it is no feed.
    struct Parsed {
        std::optional<PreparedFeed> feed;
        QString error;
    };

    void onParsed(qint64 feedId, const Parsed &parsed);
    void store(qint64 feedId, const FeedFetchState &state, std::optional<PreparedFeed> parsed,
               FeedRefreshOutcome outcome);
    void finishFeed(const FeedRefreshOutcome &outcome);
    // `readHintMinutes`: the schedule hints of the document just read; without one (a 304, an
    // unchanged body, a failure) the hints stored from the last document read apply.
    FeedFetchState stateFor(const Pending &pending, bool failed, const QString &error,
                            std::optional<qint64> readHintMinutes = std::nullopt) const;

    Store &m_store;
    QThread m_fetchThread;
    FeedFetcher *m_fetcher;   // lives on m_fetchThread; called through queued invocations only
    QThreadPool m_parsers;
    RefreshOptions m_options;
    QHash<qint64, Pending> m_pending;
    // Feeds not yet handed to the fetcher. Only a window of feeds is between fetch and store at any
    // time, so memory stays bounded however many feeds there are and however fast they download.
    QList<FetchRequest> m_waiting;
    int m_inFlight = 0;
    RefreshSummary m_summary;
    QElapsedTimer m_clock;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace tidings

Q_DECLARE_METATYPE(tidings::FeedRefreshOutcome)
Q_DECLARE_METATYPE(tidings::RefreshSummary)
