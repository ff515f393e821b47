#pragma once

// Subscription lists in OPML (1.0 and 2.0), as plain values: what readOpml() found in a file and
// what writeOpml() puts into one.
//
// The list is flat: every subscription carries the path of folders it sits in. That is the shape
// both ends need: an import walks the list once, creating each folder path the first time it
// appears and skipping addresses it already has, and an export is a query over feeds with their
// folder paths. The writer rebuilds the nesting. The cost is that a folder exists only through what
// is in it: an empty folder has no subscription to carry its path, and OPML cannot tell an empty
// folder from a note anyway (an outline without an address is a folder when it has children).

#include "core/feed/feed.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tidings {

struct OpmlSubscription {
    QString title;            // text, else title; whitespace simplified; may be empty
    QString xmlUrl;           // absolute http(s), normalized as resolveUrl() writes it
    QString htmlUrl;          // absolute http(s) or empty
    QStringList folderPath;   // outermost folder first; empty at the top level

    friend bool operator==(const OpmlSubscription &a, const OpmlSubscription &b)
    {
        return a.xmlUrl == b.xmlUrl && a.title == b.title && a.htmlUrl == b.htmlUrl
                && a.folderPath == b.folderPath;
    }
    friend bool operator!=(const OpmlSubscription &a, const OpmlSubscription &b) { return !(a == b); }
};

struct OpmlDocument {
    QString title;                            // <head><title>, may be empty
    QList<OpmlSubscription> subscriptions;    // in document order, each xmlUrl once
    QList<ParseWarning> warnings;             // what was repaired, skipped or capped
    int duplicates = 0;   // subscriptions dropped because an earlier one in the file had the same xmlUrl
    int rejected = 0;     // outlines skipped: address not http(s), or type="include"
    QString error;        // set when the file is not a subscription list; then nothing else is

    bool ok() const { return error.isEmpty(); }
};

// Limits on what one file may ask for; past them the rest is ignored with a warning.
inline constexpr int kMaxOpmlSubscriptions = 10000;
inline constexpr int kMaxOpmlDepth = 64;                        // nested outlines
inline constexpr qint64 kMaxOpmlBytes = 64ll * 1024 * 1024;     // refused before any work

} // namespace tidings
