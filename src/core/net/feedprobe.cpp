#include "core/net/feedprobe.h"

#include "core/net/redirectpolicy.h"

#include "core/feed/contentsniffer.h"
#include "core/feed/parsefeed.h"

#include <algorithm>

namespace tidings {
namespace {

// Feed ids are indexes here: 0 is the page, 1..n the probed paths.
constexpr qint64 kPageId = 0;

} // namespace

FeedProbe::FeedProbe(QObject *parent) : QObject(parent), m_fetcher(this)
{
    connect(&m_fetcher, &FeedFetcher::finished, this, &FeedProbe::onFetched);
}

void FeedProbe::start(const QUrl &url)
{
    m_fetcher.cancelAll();
    m_pageUrl = url;
    m_probed.clear();
    m_probeFound.clear();
    m_probesLeft = 0;
    m_running = true;
    FetchRequest request;
    request.feedId = kPageId;
    request.url = url;
    m_fetcher.enqueue(request);
}

void FeedProbe::onFetched(const FetchResult &result)
{
    if (!m_running)
        return;
    if (result.outcome == FetchOutcome::Cancelled)
        return finish(result.message);
    if (result.feedId == kPageId)
        return onPageFetched(result);

    const qsizetype index = result.feedId - 1;
    if (needsParsing(result.outcome) && index >= 0 && index < m_probed.size()) {
        const ParseResult parsed = parseFeed(result.body, result.finalUrl, result.contentType);
        if (parsed.isFeed()) {
            m_probed[index].title = parsed.feed.title;
            // /feed -> /feed/ is common: subscribe to where the feed lives for good.
            if (result.permanentUrl.isValid())
                m_probed[index].url = result.permanentUrl;
            m_probeFound[index] = true;
        }
    }
    if (--m_probesLeft > 0)
        return;
    QList<FeedCandidate> found;
    for (qsizetype i = 0; i < m_probed.size(); ++i) {
        const bool repeated = std::any_of(found.cbegin(), found.cend(),
                                          [&](const FeedCandidate &c) { return c.url == m_probed.at(i).url; });
        if (m_probeFound.at(i) && !repeated)
            found.append(m_probed.at(i));
    }
    m_probed = found;
    finish(found.isEmpty() ? tr("no feed was found on %1").arg(m_pageUrl.toDisplayString()) : QString());
}

void FeedProbe::onPageFetched(const FetchResult &result)
{
    if (!needsParsing(result.outcome))
        return finish(result.message);
    if (sniffContent(result.body) != ContentKind::Html) {
        const ParseResult parsed = parseFeed(result.body, result.finalUrl, result.contentType);
        if (!parsed.isFeed())
            return finish(parsed.error);
        FeedCandidate candidate;
        candidate.url = result.permanentUrl.isValid() ? result.permanentUrl : m_pageUrl;
        candidate.title = parsed.feed.title;
        candidate.source = FeedCandidate::Source::Document;
        m_probed = {candidate};
        return finish();
    }
    QList<FeedCandidate> announced = findFeedLinks(result.body, result.finalUrl);
    // A public page must not point `add` at the user's own network (router pages, local services):
    // the same rule as for redirects.
    if (!isLocalNetworkHost(result.finalUrl.host())) {
        announced.removeIf([](const FeedCandidate &candidate) { return isLocalNetworkHost(candidate.url.host()); });
    }
    if (!announced.isEmpty()) {
        m_probed = announced;
        return finish();
    }
    QList<FetchRequest> requests;
    for (const QUrl &url : commonFeedUrls(result.finalUrl)) {
        FeedCandidate candidate;
        candidate.url = url;
        candidate.source = FeedCandidate::Source::CommonPath;
        m_probed.append(candidate);
        m_probeFound.append(false);
        FetchRequest request;
        request.feedId = m_probed.size();
        request.url = url;
        requests.append(request);
    }
    m_probesLeft = int(requests.size());
    if (requests.isEmpty())
        return finish(tr("no feed was found on %1").arg(m_pageUrl.toDisplayString()));
    m_fetcher.enqueue(requests);
}

void FeedProbe::finish(QString message)
{
    if (!m_running)
        return;
    m_running = false;
    m_fetcher.cancelAll();
    Result result;
    result.candidates = std::exchange(m_probed, {});
    result.message = std::move(message);
    emit finished(result);
}

} // namespace tidings
