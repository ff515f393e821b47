#pragma once

// The write jobs other than storing a fetch (itemupsert.h). Each runs on the writer thread in one
// transaction and returns its result; nothing is written when it fails. Internal to core/store.

#include "core/store/store.h"
#include "core/store/sqlutil.h"
#include "core/store/writer.h"

namespace tidings::store {

WriteResult addFolderJob(WriterContext &context, const QStringList &path);
WriteResult addFeedJob(WriterContext &context, const QString &url, std::optional<qint64> folderId,
                       const QString &title);
WriteResult importSubscriptionsJob(WriterContext &context, const QList<NewSubscription> &subscriptions);
WriteResult markReadJob(WriterContext &context, const ItemSelection &selection, bool read);
WriteResult setStarredJob(WriterContext &context, const QList<qint64> &itemIds, bool starred);
WriteResult deleteFeedJob(WriterContext &context, qint64 feedId);
WriteResult moveFeedJob(WriterContext &context, qint64 feedId, std::optional<qint64> folderId);
WriteResult renameFolderJob(WriterContext &context, qint64 folderId, const QString &name);
WriteResult deleteFolderJob(WriterContext &context, qint64 folderId);
WriteResult moveFolderJob(WriterContext &context, qint64 folderId, std::optional<qint64> parentId);
WriteResult renameFeedJob(WriterContext &context, qint64 feedId, const QString &title);
WriteResult setFeedOptionsJob(WriterContext &context, qint64 feedId, const FeedOptions &options);

// Ends a job: commits when there was no error, and fills in ok/error.
WriteResult finishJob(Transaction &transaction, WriteResult result, const QString &error);

} // namespace tidings::store
