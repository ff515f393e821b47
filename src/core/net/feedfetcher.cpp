#include "core/net/feedfetcher.h"

#include "core/net/fetchjob.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

namespace tidings {
namespace {

// The system proxy for this manager only: QNetworkProxyFactory::setUseSystemConfiguration() would
// change every manager in the process, including ones in tests and other libraries.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

// Politeness is per server; the port is part of it because one machine may run unrelated servers.
QString hostKey(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

} // namespace

FeedFetcher::FeedFetcher(QObject *parent)
    : QObject(parent), m_manager(new QNetworkAccessManager(this)), m_budget(Limits{}.budgetBytes, this)
{
    qRegisterMetaType<tidings::FetchResult>();
    qRegisterMetaType<tidings::FetchRequest>();
    m_manager->setProxyFactory(new SystemProxyFactory);
}

FeedFetcher::~FeedFetcher()
{
    // Jobs first: they abort their replies, which belong to the manager.
    const QList<FetchJob *> jobs = m_running.keys();
    m_running.clear();
    qDeleteAll(jobs);
}

void FeedFetcher::setLimits(const Limits &limits)
{
    m_limits = limits;
    m_limits.maxConnections = qMax(1, m_limits.maxConnections);
    // Qt opens at most six HTTP/1 connections per host and queues the rest where our deadline
    // would already be running; more than that per host would not be polite anyway.
    m_limits.maxConnectionsPerHost = qBound(1, m_limits.maxConnectionsPerHost, 6);
    m_budget.setLimit(m_limits.budgetBytes);
    startWaiting();
}

void FeedFetcher::enqueue(const FetchRequest &request)
{
    m_queue.push_back(request);
    m_idleAnnounced = false;
    startWaiting();
}

void FeedFetcher::enqueue(const QList<FetchRequest> &requests)
{
    if (requests.isEmpty())
        return;
    m_queue.insert(m_queue.end(), requests.cbegin(), requests.cend());
    m_idleAnnounced = false;
    startWaiting();
}

void FeedFetcher::cancelAll()
{
    std::list<FetchRequest> queued;
    queued.swap(m_queue);
    // Results come out in queue order: running requests were queued before the waiting ones.
    for (FetchJob *job : m_running.keys())
        job->cancel();
    for (const FetchRequest &request : queued) {
        FetchResult result;
        result.feedId = request.feedId;
        result.finalUrl = request.url;
        result.outcome = FetchOutcome::Cancelled;
        result.message = tr("the fetch was cancelled");
        emit finished(result);
    }
    announceIdle();
}

void FeedFetcher::startWaiting()
{
    auto it = m_queue.begin();
    while (it != m_queue.end() && m_running.size() < m_limits.maxConnections) {
        const QString key = hostKey(it->url);
        int &perHost = m_runningPerHost[key];
        if (perHost >= m_limits.maxConnectionsPerHost) {
            ++it;
            continue;
        }
        ++perHost;
        auto *job = new FetchJob(*m_manager, std::move(*it), m_limits.request, &m_budget, this);
        it = m_queue.erase(it);
        m_running.insert(job, key);
        connect(job, &FetchJob::finished, this, [this, job](const FetchResult &result) { onJobFinished(job, result); });
        job->start();
    }
}

void FeedFetcher::onJobFinished(FetchJob *job, const FetchResult &result)
{
    const auto running = m_running.constFind(job);
    if (running == m_running.constEnd())
        return;
    const QString key = running.value();
    m_running.erase(running);
    if (--m_runningPerHost[key] <= 0)
        m_runningPerHost.remove(key);
    job->deleteLater();
    // Refill before reporting, so a slow receiver of finished() does not leave slots idle.
    startWaiting();
    emit finished(result);
    announceIdle();
}

void FeedFetcher::announceIdle()
{
    if (m_idleAnnounced || !m_queue.empty() || !m_running.isEmpty())
        return;
    m_idleAnnounced = true;
    emit idle();
}

} // namespace tidings
