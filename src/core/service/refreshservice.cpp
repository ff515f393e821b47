#include "core/service/refreshservice.h"

#include "core/feed/parsefeed.h"
#include "core/net/backoff.h"
#include "core/util/threadpriority.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>
#include <utility>

namespace tidings {
namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RefreshService)
};

FeedStatus statusAfter(FetchOutcome outcome, bool parsedOk)
{
    switch (outcome) {
    case FetchOutcome::Gone:
        return FeedStatus::Gone;
    case FetchOutcome::Moved:
        return parsedOk ? FeedStatus::Moved : FeedStatus::Failing;
    case FetchOutcome::Ok:
        return parsedOk ? FeedStatus::Ok : FeedStatus::Failing;
    case FetchOutcome::NotModified:
    case FetchOutcome::Unchanged:
        return FeedStatus::Ok;
    default:
        return FeedStatus::Failing;
    }
}

} // namespace

RefreshService::RefreshService(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_fetcher(new FeedFetcher)
{
    m_fetchThread.setObjectName(QStringLiteral("tidings fetch"));
    m_fetcher->moveToThread(&m_fetchThread);
    connect(m_fetcher, &FeedFetcher::finished, this, &RefreshService::onFetched);
    m_fetchThread.start();
}

RefreshService::~RefreshService()
{
    // The fetcher goes on its own thread (its replies and sockets belong there), dropping the
    // results of requests still running; results already queued to this service die with it.
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher] { delete fetcher; }, Qt::BlockingQueuedConnection);
    m_fetchThread.quit();
    m_fetchThread.wait();
    m_parsers.waitForDone();
}

bool RefreshService::start(const RefreshOptions &options)
{
    if (m_running)
        return false;
    const ReadResult<FeedRow> feeds = m_store.feeds();
    if (!feeds.ok())
        return false;

    m_options = options;
    m_pending.clear();
    m_summary = {};
    m_done = 0;
    m_cancelled = false;
    m_clock.start();
    if (options.parseThreads > 0)
        m_parsers.setMaxThreadCount(options.parseThreads);
    FeedFetcher::Limits limits;
    limits.maxConnections = qMax(1, options.maxConnections);
    limits.maxConnectionsPerHost = qMax(1, options.maxConnectionsPerHost);
    limits.request = options.request;
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, limits] { fetcher->setLimits(limits); });

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<const FeedRow *> chosen;
    for (const FeedRow &feed : feeds.rows) {
        if (!options.feedIds.isEmpty() && !options.feedIds.contains(feed.id))
            continue;
        // An explicit refresh of one feed may revive a gone one; a refresh of everything may not.
        if (feed.status == FeedStatus::Gone && options.feedIds.isEmpty())
            continue;
        if (options.dueOnly && feed.nextFetch.isValid() && feed.nextFetch > now)
            continue;
        chosen.append(&feed);
    }
    if (options.dueOnly && options.maxFeeds > 0 && chosen.size() > options.maxFeeds) {
        // A batch (the app's scheduler after a wake): the feeds waiting longest go first, never
        // fetched ones before all; the rest stay due for the next batch.
        std::stable_sort(chosen.begin(), chosen.end(), [](const FeedRow *a, const FeedRow *b) {
            if (a->nextFetch.isValid() != b->nextFetch.isValid())
                return !a->nextFetch.isValid();
            return a->nextFetch < b->nextFetch;
        });
        chosen.resize(options.maxFeeds);
    }
    QList<FetchRequest> requests;
    for (const FeedRow *row : std::as_const(chosen)) {
        const FeedRow &feed = *row;
        m_pending.insert(feed.id, Pending{feed, {}});
        requests.append(FetchRequest{feed.id, QUrl(feed.url), feed.etag.toUtf8(), feed.lastModified.toUtf8(), feed.bodyHash});
    }
    m_summary.feeds = int(requests.size());
    m_running = true;
    emit progress(0, m_summary.feeds, 0);
    if (requests.isEmpty()) {
        m_running = false;
        emit finished(m_summary);
        return true;
    }
    m_waiting = std::move(requests);
    m_inFlight = 0;
    feedFetcher();
    return true;
}

void RefreshService::feedFetcher()
{
    // Enough to keep every connection and parser busy, few enough that bodies and parsed feeds
    // waiting for the single writer cannot pile up.
    const int window = qMax(1, m_options.maxConnections) + 8;
    QList<FetchRequest> batch;
    while (m_inFlight < window && !m_waiting.isEmpty()) {
        batch.append(m_waiting.takeFirst());
        ++m_inFlight;
    }
    if (!batch.isEmpty())
        QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher, batch] { fetcher->enqueue(batch); });
}

void RefreshService::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    // Feeds never handed to the fetcher end here; those in flight end with their Cancelled result.
    const QList<FetchRequest> waiting = std::exchange(m_waiting, {});
    for (const FetchRequest &request : waiting) {
        FeedRefreshOutcome outcome;
        outcome.feedId = request.feedId;
        outcome.url = request.url.toString();
        outcome.fetch = FetchOutcome::Cancelled;
        outcome.message = Tr::tr("cancelled");
        ++m_inFlight;   // finishFeed() counts it out again
        finishFeed(outcome);
    }
    QMetaObject::invokeMethod(m_fetcher, [fetcher = m_fetcher] { fetcher->cancelAll(); });
}

FeedFetchState RefreshService::stateFor(const Pending &pending, bool failed, const QString &error,
                                        std::optional<qint64> readHintMinutes) const
{
    const FetchResult &fetch = pending.fetch;
    FeedFetchState state;
    state.fetchedAt = QDateTime::currentDateTimeUtc();
    state.error = failed ? error : QString();
    // Validators only for a version we actually read: after a body that did not parse, a 304 next
    // time would otherwise mark the feed fine without it ever having been read.
    if (!failed) {
        if (!fetch.etag.isEmpty())
            state.etag = QString::fromUtf8(fetch.etag);
        if (!fetch.lastModified.isEmpty())
            state.lastModified = QString::fromUtf8(fetch.lastModified);
        if (!fetch.bodyHash.isEmpty())
            state.bodyHash = fetch.bodyHash;
    }

    const int interval = pending.feed.updateIntervalMinutes > 0 ? pending.feed.updateIntervalMinutes
                                                                 : m_options.defaultIntervalMinutes;
    ScheduleHints hints;
    // A document that lowered its <ttl> is believed at once, not after one more fetch at the old pace.
    hints.minimumIntervalSeconds = readHintMinutes.value_or(qMax(pending.feed.ttlMinutes, pending.feed.syMinutes)) * 60;
    const int failures = failed ? pending.feed.consecutiveFailures + 1 : 0;
    state.nextFetch = nextFetchTime(failures, fetch.outcome, fetch.retryAfterSeconds, state.fetchedAt,
                                    qint64(interval) * 60, hints);
    return state;
}

void RefreshService::onFetched(const FetchResult &result)
{
    const auto it = m_pending.find(result.feedId);
    if (it == m_pending.end())
        return;
    it->fetch = result;
    if (!needsParsing(result.outcome)) {
        // An unchanged body is not used: its bytes go back to the fetcher's budget now.
        it->fetch.body = QByteArray();
        it->fetch.bodyHold.reset();
    }
    const Pending &pending = *it;

    FeedRefreshOutcome outcome;
    outcome.feedId = result.feedId;
    outcome.title = pending.feed.title;
    outcome.url = pending.feed.url;
    outcome.notify = pending.feed.notify;
    outcome.fetch = result.outcome;
    outcome.elapsedMs = result.elapsedMs;

    if (result.outcome == FetchOutcome::Cancelled) {
        // Nothing is recorded: the feed stays as due as it was.
        outcome.message = Tr::tr("cancelled");
        finishFeed(outcome);
        return;
    }
    if (needsParsing(result.outcome)) {
        // Parsing is CPU work: a pool thread, with the result back here as a value. The destructor
        // waits for the pool, so `this` outlives every job.
        const qint64 feedId = result.feedId;
        // The body moves to the parse job: the pending entry must not hold megabytes while the
        // fetcher runs ahead of the parsers. Its hold goes along and is released as soon as the
        // parse is done, so downloads waiting for the fetcher's memory budget can go on.
        QByteArray body = std::exchange(it->fetch.body, QByteArray());
        BudgetHold hold = std::exchange(it->fetch.bodyHold, BudgetHold());
        const QUrl url = result.finalUrl;
        const QByteArray contentType = result.contentType;
        m_parsers.start([this, feedId, body = std::move(body), hold = std::move(hold), url, contentType]() mutable {
            lowerCurrentThreadPriority();   // the writer and the fetcher go first (threadpriority.h)
            const ParseResult result = parseFeed(body, url, contentType);
            body = QByteArray();
            hold.reset();
            Parsed parsed;
            if (result.isFeed())
                parsed.feed = m_store.prepare(result.feed);   // the writer's per-item work, done here
            else
                parsed.error = result.error;
            QMetaObject::invokeMethod(this, [this, feedId, parsed = std::move(parsed)] { onParsed(feedId, parsed); },
                                      Qt::QueuedConnection);
        });
        return;
    }

    const bool failed = countsAsFailure(result.outcome);
    FeedFetchState state = stateFor(pending, failed, result.message);
    state.status = statusAfter(result.outcome, true);
    if ((result.outcome == FetchOutcome::NotModified || result.outcome == FetchOutcome::Unchanged)
        && result.permanentUrl.isValid()) {
        // The server vouched for the copy we have at the new address.
        state.newUrl = result.permanentUrl.toString(QUrl::FullyEncoded);
        state.status = FeedStatus::Moved;
    }
    outcome.ok = !failed;
    outcome.message = result.message;
    store(result.feedId, state, std::nullopt, outcome);
}

void RefreshService::onParsed(qint64 feedId, const Parsed &parsed)
{
    const auto it = m_pending.find(feedId);
    if (it == m_pending.end())
        return;
    const Pending &pending = *it;
    FeedRefreshOutcome outcome;
    outcome.feedId = feedId;
    outcome.title = pending.feed.title;
    outcome.url = pending.feed.url;
    outcome.notify = pending.feed.notify;
    outcome.fetch = pending.fetch.outcome;
    outcome.elapsedMs = pending.fetch.elapsedMs;

    if (!parsed.feed) {
        FeedFetchState state = stateFor(pending, true, parsed.error);
        state.status = FeedStatus::Failing;
        state.bodyHash = std::nullopt;   // try again next time even if the body stays the same
        outcome.message = parsed.error;
        store(feedId, state, std::nullopt, outcome);
        return;
    }
    FeedFetchState state = stateFor(pending, false, {}, parsed.feed->hints.minimumIntervalMinutes());
    state.status = statusAfter(pending.fetch.outcome, true);
    if (pending.fetch.outcome == FetchOutcome::Moved && pending.fetch.permanentUrl.isValid()) {
        state.newUrl = pending.fetch.permanentUrl.toString(QUrl::FullyEncoded);
        outcome.message = Tr::tr("moved permanently to %1").arg(*state.newUrl);
    }
    if (outcome.title.isEmpty())
        outcome.title = parsed.feed->title;
    outcome.ok = true;
    store(feedId, state, *parsed.feed, outcome);
}

void RefreshService::store(qint64 feedId, const FeedFetchState &state, std::optional<PreparedFeed> parsed,
                           FeedRefreshOutcome outcome)
{
    // The store outlives a refresh that is abandoned half-way (the app closing it): its completions
    // must not reach a destroyed service.
    QPointer<RefreshService> self(this);
    auto done = [self, outcome](const WriteResult &result) mutable {
        if (!self)
            return;
        if (!result.ok) {
            outcome.ok = false;
            outcome.message = result.error;
        }
        outcome.newItems = result.inserted;
        outcome.newItemIds = result.ids;
        outcome.updatedItems = result.updated;
        self->finishFeed(outcome);
    };
    if (parsed)
        m_store.storeFetchResult(feedId, state, std::move(*parsed), std::move(done));
    else
        m_store.storeFetchResult(feedId, state, std::nullopt, std::move(done));
}

void RefreshService::finishFeed(const FeedRefreshOutcome &outcome)
{
    m_pending.remove(outcome.feedId);
    --m_inFlight;
    ++m_done;
    if (outcome.ok)
        ++m_summary.ok;
    else
        ++m_summary.failed;
    m_summary.newItems += outcome.newItems;
    m_summary.updatedItems += outcome.updatedItems;
    emit feedFinished(outcome);
    emit progress(m_done, m_summary.feeds, m_summary.newItems);
    if (!m_cancelled)
        feedFetcher();
    if (m_done == m_summary.feeds) {
        m_running = false;
        m_summary.elapsedMs = m_clock.elapsed();
        m_summary.cancelled = m_cancelled;
        emit finished(m_summary);
    }
}

} // namespace tidings
