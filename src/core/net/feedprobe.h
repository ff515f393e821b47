#pragma once

#include "core/net/feeddiscovery.h"
#include "core/net/feedfetcher.h"

#include <QObject>

namespace tidings {

// Discovery over the network for `add`: fetches the address; a feed is the answer itself; a web
// page is scanned for announced feeds (findFeedLinks) and, when it announces none, the common
// paths are probed and those that really parse as feeds are reported. Uses its own FeedFetcher,
// so it keeps every fetch guard and does not mix its results with a running refresh.
class FeedProbe : public QObject
{
    Q_OBJECT

public:
    struct Result {
        QList<FeedCandidate> candidates;
        QString message;   // why there are none; empty when there are
    };

    explicit FeedProbe(QObject *parent = nullptr);

    void setLimits(const FeedFetcher::Limits &limits) { m_fetcher.setLimits(limits); }
    void start(const QUrl &url);
    void cancel() { m_fetcher.cancelAll(); }

signals:
    void finished(const tidings::FeedProbe::Result &result);

private:
    void onFetched(const FetchResult &result);
    void onPageFetched(const FetchResult &result);
    void finish(QString message = {});

    FeedFetcher m_fetcher;
    QUrl m_pageUrl;
    int m_probesLeft = 0;
    QList<FeedCandidate> m_probed;   // in probe order, not arrival order
    QList<bool> m_probeFound;
    bool m_running = false;
};

} // namespace tidings
Q_DECLARE_METATYPE(tidings::FeedProbe::Result)
