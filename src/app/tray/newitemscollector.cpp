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
    found->title = outcome.title.isEmpty() ? outcome.url : outcome.title;
    found->notify = outcome.notify;
    found->ids.append(outcome.newItemIds);
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
    int titles = 0;
    for (qint64 feedId : std::as_const(m_order)) {
        const Feed &feed = m_items[feedId];
        if (!feed.notify)
            continue;
        if (scope == NotifyScope::ChosenFeeds && !chosen.contains(feedId))
            continue;
        NewItemsInFeed entry;
        entry.feedId = feedId;
        entry.feedTitle = feed.title;
        entry.count = int(feed.ids.size());
        entry.itemIds = feed.ids;
        // A feed deleted during the refresh took its items along: its first new item is gone. Checked
        // while titles are still wanted (a read each); past them the rare race is not worth a read.
        bool gone = false;
        for (qint64 id : feed.ids) {
            if (titles == NotificationTexts::kMaxTitles)
                break;
            const ReadResult<ItemRow> item = store.item(id);
            if (item.rows.isEmpty()) {
                gone = gone || id == feed.ids.first();
                continue;
            }
            entry.itemTitles.append(item.rows.first().title);
            ++titles;
        }
        if (!gone)
            out.append(entry);
    }
    clear();
    return out;
}

} // namespace tidings::app
