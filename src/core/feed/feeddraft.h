#pragma once

#include "core/feed/feed.h"

#include <QUrl>

#include <optional>

namespace tidings {

// A URL as the document wrote it. It is resolved when its item (or the feed) is finished, because
// after xml:base the item link and the feed link are bases too, and those may come later in the
// document than the reference.
struct UrlRef {
    QString reference;
    QUrl explicitBase;      // the xml:base in scope where it was read; invalid when there was none
    bool isEmpty() const { return reference.isEmpty(); }
};

struct PendingEnclosure {
    UrlRef url;
    QString type;
    std::optional<qint64> length;
};

// What the XML parsers collect while reading, before the best source of each field is chosen.
// Feeds often say the same thing several ways (pubDate and dc:date, description and itunes:summary,
// media:thumbnail and itunes:image); choosing in one place keeps the precedence consistent across
// RSS, RDF and Atom, and the readers free of ordering rules.
struct ItemDraft {
    Item item;      // fields with a single source are written here directly

    QString title, dcTitle, mediaTitle;                         // plain text
    QString description, dcDescription, itunesSummary, itunesSubtitle, mediaDescription;   // HTML
    UrlRef link, alternateLink, guidLink;
    UrlRef comments, commentsFeed;
    UrlRef mediaThumbnail, mediaImage, itunesImage;
    QList<PendingEnclosure> enclosures;
    QDateTime published, updated, dcDate, issued, created;
    QList<Person> authors, dcCreators, itunesAuthors;
    QUrl summaryBase, contentBase;  // the xml:base in scope where summary and content were read
};

struct FeedDraft {
    QString title, dcTitle;
    QString description, dcDescription, itunesSummary, itunesSubtitle;   // plain text
    UrlRef link, alternateLink, self;
    UrlRef image, itunesImage, logo, icon;
    QDateTime lastBuildDate, updated, dcDate, pubDate;
    QList<Person> authors, managingEditors, dcCreators, itunesAuthors;
    QString rights, dcRights;
    QString language, dcLanguage, xmlLanguage;
};

// Chooses the best source of every field and returns the finished item. `inheritedAuthors` apply
// when the item names none (Atom and JSON Feed say so; RSS does not).
// Relative references resolve against xml:base, then the item link, then the feed link, then the
// document URL (the feed link and the item link themselves skip the bases that are not yet theirs).
Item finishItem(ItemDraft &&draft, const QString &feedLink, const QUrl &documentUrl,
                const QList<Person> &inheritedAuthors = {});
void finishFeed(FeedDraft &&draft, Feed &feed, const QUrl &documentUrl);

// "jane@example.org (Jane Doe)", "Jane Doe <jane@example.org>", "jane@example.org" or "Jane Doe".
Person parsePersonText(QStringView text);

// Appends an enclosure unless one with the same URL is already there; a missing type is guessed
// from the file name.
void addEnclosure(QList<Enclosure> &enclosures, Enclosure enclosure);

// Parses "3600", "59:30" or "1:02:03"; nullopt when it is none of those.
std::optional<int> parseDuration(QStringView text);

} // namespace tidings
