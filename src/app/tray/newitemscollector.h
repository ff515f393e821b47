#pragma once

// Gathers what one refresh brought, feed by feed, and turns it into the input of the one grouped
// notification: the feeds that may be announced, their new-item counts and the titles of their
// first new items (read through the Store API, a few rows by id).
//
// Which feeds may be announced (the data shape, kept simple): every feed has one flag in the
// store, FeedRow::notify (Feed Properties, "Notify me about new items of this feed", on by
// default). NotifyScope::AllFeeds announces the feeds whose flag is on, so the flag is an opt-out;
// NotifyScope::ChosenFeeds announces only the feeds the reader listed in the settings
// (AppSettings::notifyChosenFeeds, an opt-in list that Feed Properties edits in that mode), and
// still never a feed whose flag is off.

#include "app/appsettings.h"
#include "app/tray/notificationtext.h"

#include "core/service/refreshservice.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace tidings {
class Store;
}

namespace tidings::app {

class NewItemsCollector
{
public:
    void add(const FeedRefreshOutcome &outcome);
    void clear();
    bool isEmpty() const { return m_order.isEmpty(); }

    // The feeds to announce, in the order they finished, with up to NotificationTexts::kMaxTitles
    // titles in all; empties the collector. Feeds deleted meanwhile are left out. Titles and options
    // come with the refresh's outcomes: no read of every feed (with its counts) after each refresh.
    QList<NewItemsInFeed> take(const Store &store, NotifyScope scope, const QSet<qint64> &chosen);

private:
    struct Feed {
        QString title;                      // its title, else its address
        bool notify = true;
        QList<qint64> ids;                  // its new items
    };
    QList<qint64> m_order;                  // feed ids as they finished
    QHash<qint64, Feed> m_items;
};

} // namespace tidings::app
