#pragma once

// A parsed feed turned into the values its rows will hold: hashes, search text and compressed HTML
// computed up front. Store::prepare() makes one on any thread, so that this per-item work runs on
// the refresh's parse threads, in parallel, instead of on the single writer thread.

#include "core/feed/feed.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace tidings {

struct PreparedItem {
    QString guid;                // the identity within the feed: Item::id
    QString link;
    QString title;
    QString thumbnail;
    QString authorsJson;         // empty when there are none
    QString enclosuresJson;
    QString categoriesJson;
    QVariant published;          // UTC Unix seconds, or null
    QVariant updated;
    QVariant summary;            // packed HTML: text, a compressed BLOB, or null
    QVariant content;
    QByteArray contentHash;      // equal hashes: the stored row is already this item
    // What the full-text index gets, as UTF-8; empty when the store has no index.
    QByteArray searchTitle;
    QByteArray searchAuthors;
    QByteArray searchBody;
};

struct PreparedFeed {
    QString title;
    QString link;
    UpdateHints hints;
    QList<PreparedItem> items;
};

} // namespace tidings
