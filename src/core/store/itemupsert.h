#pragma once

// Storing one fetch of a feed: the feed's bookkeeping and its items, in one transaction.
// Internal to core/store.

#include "core/store/store.h"
#include "core/store/writer.h"

namespace tidings::store {

// Item identity is (feed, guid) with guid = the parsed Item::id. Per incoming item the job makes
// one lookup on the unique index and compares content hashes: a new guid is inserted unread, a
// changed hash rewrites the text fields (never read or starred), an equal hash writes nothing. So
// an unchanged feed costs one index lookup per item, however much history is stored. Items that
// left the feed stay.
WriteResult storeFetchResultJob(WriterContext &context, qint64 feedId, const FeedFetchState &state,
                                const std::optional<PreparedFeed> &parsed);

} // namespace tidings::store
