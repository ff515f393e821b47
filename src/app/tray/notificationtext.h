#pragma once

// The words of the one notification a refresh with new items gets ("12 new items in 4 feeds" and
// the first few titles) and of the tray icon's tooltip. Pure functions of their input, so they are
// tested without a bus or a tray.
//
// Feed titles and item titles are untrusted (threats.md §5): they come out as plain text, on one
// line each, without control or bidi-override characters and capped in length. Servers that
// interpret body markup get the body through escapedForMarkup(); the summary never carries feed
// text at all, because some servers treat it as markup too.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tidings::app {

// The new items of one feed in one refresh: its title and the titles of its first new items.
struct NewItemsInFeed {
    qint64 feedId = 0;
    QString feedTitle;
    int count = 0;            // all its new items, not only the titles given
    QStringList itemTitles;   // the first few, in document order
    QList<qint64> itemIds;    // all of them: what a click on the notification lists
};

// What a new notification announces when the one before it is still unseen (it replaces that one):
// the feeds of `newer` first, then those only `older` has; a feed in both adds up, newer titles and
// ids first.
QList<NewItemsInFeed> combinedNewItems(const QList<NewItemsInFeed> &newer, const QList<NewItemsInFeed> &older);

struct NotificationText {
    QString summary;   // no feed text in it: "12 new items in 4 feeds"
    QString body;      // plain text, one line per title; escape it for servers with body markup
    int items = 0;
    int feeds = 0;
    bool isEmpty() const { return items == 0; }
};

class NotificationTexts
{
    Q_DECLARE_TR_FUNCTIONS(NotificationTexts)

public:
    static constexpr int kMaxTitles = 4;            // lines of titles in the body; the rest are counted
    static constexpr int kMaxItemTitleChars = 90;
    static constexpr int kMaxFeedTitleChars = 40;

    // The grouped notification for the feeds given (feeds with no new items are left out).
    static NotificationText newItems(const QList<NewItemsInFeed> &feeds);

    // For servers that advertise "body-markup": & < > " ' become entities, so a title like
    // "<img src=…>" is shown as those characters and nothing is loaded.
    static QString escapedForMarkup(const QString &plain);

    // The tray icon's tooltip: the app's name and the unread count (no feed text).
    static QString toolTip(int unread);
};

} // namespace tidings::app
