#include "app/tray/notificationtext.h"

#include "app/plainline.h"

#include <algorithm>

namespace tidings::app {

QList<NewItemsInFeed> combinedNewItems(const QList<NewItemsInFeed> &newer, const QList<NewItemsInFeed> &older)
{
    QList<NewItemsInFeed> out = newer;
    for (const NewItemsInFeed &before : older) {
        const auto same = std::find_if(out.begin(), out.end(),
                                       [&](const NewItemsInFeed &feed) { return feed.feedId == before.feedId; });
        if (same == out.end()) {
            out.append(before);
            continue;
        }
        same->count += before.count;
        // No more titles than a body shows: a window left alone for days adds up many refreshes.
        same->itemTitles = (same->itemTitles + before.itemTitles).mid(0, NotificationTexts::kMaxTitles);
        same->itemIds += before.itemIds;
    }
    return out;
}

NotificationText NotificationTexts::newItems(const QList<NewItemsInFeed> &feeds)
{
    NotificationText text;
    QStringList lines;
    int titled = 0;
    for (const NewItemsInFeed &feed : feeds) {
        if (feed.count <= 0)
            continue;
        text.items += feed.count;
        ++text.feeds;
    }
    if (text.items == 0)
        return text;
    text.summary = text.feeds == 1
                       ? tr("%n new item(s)", nullptr, text.items)
                       : tr("%n new item(s) in %1", nullptr, text.items).arg(tr("%n feed(s)", nullptr, text.feeds));

    for (const NewItemsInFeed &feed : feeds) {
        if (feed.count <= 0)
            continue;
        QString feedTitle = plainLine(feed.feedTitle, kMaxFeedTitleChars);
        if (feedTitle.isEmpty())
            feedTitle = tr("Untitled feed");
        for (const QString &title : feed.itemTitles) {
            if (titled == kMaxTitles)
                break;
            QString item = plainLine(title, kMaxItemTitleChars);
            if (item.isEmpty())
                item = tr("(untitled)");
            lines.append(tr("%1: %2", "feed title: item title").arg(feedTitle, item));
            ++titled;
        }
    }
    if (text.items > titled && titled > 0)
        lines.append(tr("and %n more", nullptr, text.items - titled));
    text.body = lines.join(u'\n');
    return text;
}

QString NotificationTexts::escapedForMarkup(const QString &plain)
{
    QString out = plain.toHtmlEscaped();   // & < > "
    out.replace(u'\'', QStringLiteral("&#39;"));
    return out;
}

QString NotificationTexts::toolTip(int unread)
{
    const QString name = QStringLiteral("Tidings");
    return unread > 0 ? tr("%1\n%n unread item(s)", nullptr, unread).arg(name) : tr("%1\nNo unread items").arg(name);
}

} // namespace tidings::app
