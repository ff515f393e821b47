#pragma once

#include "core/feed/feed.h"

#include <QUrl>

namespace tidings {

// What the XML parsers collect while reading, before the best source of each field is chosen.
// Feeds often say the same thing several ways (pubDate and dc:date, description and itunes:summary,
// media:thumbnail and itunes:image); choosing in one place keeps the precedence consistent across
// RSS, RDF and Atom, and the readers free of ordering rules.
struct ItemDraft {
    Item item;      // fields with a single source are written here directly

    QString title, dcTitle, mediaTitle;                         // plain text
    QString description, dcDescription, itunesSummary, itunesSubtitle, mediaDescription;   // HTML
    QString link, alternateLink, guidLink;                      // absolute URLs
    QDateTime published, updated, dcDate, issued, created;
    QList<Person> authors, dcCreators, itunesAuthors;
    QString mediaThumbnail, mediaImage, itunesImage;            // absolute URLs
    QUrl explicitBase;  // xml:base in scope where the item's content was read, if any
    qint64 line = 0;
    qint64 column = 0;
};

struct FeedDraft {

    QString title, dcTitle;
    QString description, dcDescription, itunesSummary, itunesSubtitle;   // plain text
    QString link, alternateLink;
    QString image, itunesImage, logo, icon;
    QDateTime lastBuildDate, updated, dcDate, pubDate;
    QList<Person> authors, managingEditors, dcCreators, itunesAuthors;
    QString rights, dcRights;
    QString language, dcLanguage, xmlLanguage;
};

// Chooses the best source of every field and returns the finished item. `inheritedAuthors` apply
// when the item names none (Atom and JSON Feed say so; RSS does not).
Item finishItem(ItemDraft &&draft, const QString &feedLink, const QUrl &documentUrl,
                const QList<Person> &inheritedAuthors = {});
void finishFeed(FeedDraft &&draft, Feed &feed);

// "jane@example.org (Jane Doe)", "Jane Doe <jane@example.org>", "jane@example.org" or "Jane Doe".
Person parsePersonText(QStringView text);

// Appends an enclosure unless one with the same URL is already there.
void addEnclosure(QList<Enclosure> &enclosures, Enclosure enclosure);

// Parses "3600", "59:30" or "1:02:03"; nullopt when it is none of those.
std::optional<int> parseDuration(QStringView text);

} // namespace tidings
