#include "app/tray/newitemscollector.h"

#include "core/store/store.h"

namespace tidings::app {

void NewItemsCollector::add(const FeedRefreshOutcome &outcome)
{
    if (outcome.newItemIds.isEmpty())
        return;
    auto found = m_items.find(outcome.feedId);
    if (found == m_items.end()) {
        m_order.append(outcome.feedId);
        found = m_items.insert(outcome.feedId, {});
    }
    found->append(outcome.newItemIds);
}

void NewItemsCollector::clear()
{
    m_order.clear();
    m_items.clear();
}

QList<NewItemsInFeed> NewItemsCollector::take(const Store &store, NotifyScope scope, const QSet<qint64> &chosen)
{
    QList<NewItemsInFeed> out;
    if (m_order.isEmpty())
        return out;
    QHash<qint64, FeedRow> feeds;
    const ReadResult<FeedRow> read = store.feeds();
    for (const FeedRow &feed : read.rows)
        feeds.insert(feed.id, feed);
    int titles = 0;
    for (qint64 feedId : std::as_const(m_order)) {
        const auto feed = feeds.constFind(feedId);
        if (feed == feeds.cend() || !feed->notify)
            continue;
        if (scope == NotifyScope::ChosenFeeds && !chosen.contains(feedId))
            continue;
        const QList<qint64> &ids = m_items[feedId];
        NewItemsInFeed entry;
        entry.feedId = feedId;
        entry.feedTitle = feed->title.isEmpty() ? feed->url : feed->title;
        entry.count = int(ids.size());
        for (qint64 id : ids) {
            if (titles == NotificationTexts::kMaxTitles)
                break;
            const ReadResult<ItemRow> item = store.item(id);
            if (item.rows.isEmpty())
                continue;   // deleted or already gone: counted, not named
            entry.itemTitles.append(item.rows.first().title);
            ++titles;
        }
        out.append(entry);
    }
    clear();
    return out;
}

} // namespace tidings::app
