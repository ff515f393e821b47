#pragma once

// Feed → PreparedFeed, and the same for an item read back from a row (migrations, the search
// index), so that both paths derive hashes and search text the same way. Internal to core/store.

#include "core/store/preparedfeed.h"

namespace tidings::store {

struct PrepareOptions {
    bool compress = true;      // pack long HTML as zstd (only with a full-text index: see storedhtml.h)
    bool searchText = true;    // fill the search fields
};

PreparedItem prepareItem(const Item &item, const PrepareOptions &options);
PreparedFeed prepareFeed(const Feed &feed, const PrepareOptions &options);

} // namespace tidings::store
