#pragma once

// The desktop app benchmark's profile: 1000 feeds and 1,000,000 items, generated deterministically
// (same seed, same items) and written through the real Store API by bench_profile. bench_app reads
// the layout from here so that both agree on which feed is the big one and what to search for.

#include "core/feed/feed.h"

#include <QList>
#include <QString>

namespace tidings::bench {

struct ProfileLayout {
    int feeds = 1000;
    qint64 items = 1000000;
    int bigFeedItems = 100000;   // feed 0: the "open a feed with 100,000 items" case
};

// Items per feed, in feed order; sums to layout.items. Feed 0 holds bigFeedItems, feeds 1-100 are
// busy (a few thousand items each), the rest share what is left.
QList<int> itemsPerFeed(const ProfileLayout &layout);

QString feedUrl(int feed);
QString feedTitle(int feed);
QStringList folderOf(int feed);   // 20 folders; the big feed sits in the first

// Items [first, first + count) of feed `feed` (total `feedItems`), as a parser would have returned
// them: titles, one author, 0.5-5 KB of article HTML of Zipf-distributed English words and rarer
// names, dates spread over the two years before 2026-11-01 (newest item first).
Feed generateItems(int feed, int feedItems, int first, int count);

// Words of known frequency in the generated text, for the search measurements.
struct SearchTerms {
    QString common;    // among the ten most frequent content words: most items contain it
    QString medium;    // a few percent of the items
    QString rare;      // a name: a few hundred items
    QString twoWords;  // two medium words: both must match
    QString prefix;    // what a user has typed so far (the last word matches as a prefix)
};
SearchTerms searchTerms();

} // namespace tidings::bench
