#pragma once

// The queries behind Store's reads; they run on whichever connection the calling thread owns.
// Internal to core/store.

#include "core/store/store.h"

#include <QSqlDatabase>

namespace tidings::store {

ReadResult<FolderRow> readFolders(QSqlDatabase &db);
ReadResult<FeedRow> readFeeds(QSqlDatabase &db);
ReadResult<ItemRow> readItems(QSqlDatabase &db, const ItemFilter &filter, bool fullTextSearch);
ReadResult<ItemRow> readItem(QSqlDatabase &db, qint64 id);
ReadResult<ItemSummary> readItemSummaries(QSqlDatabase &db, const ItemFilter &filter, bool fullTextSearch);
ItemCounts readItemCounts(QSqlDatabase &db, const QDateTime &since);
std::optional<qint64> readNewestItemId(QSqlDatabase &db);

FeedStatus feedStatusFromName(const QString &name);

} // namespace tidings::store
