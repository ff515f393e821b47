#pragma once

// Opens the profile's database for the window. Once after an update, a schema upgrade or a rebuild
// of the search index goes over every stored item (about a minute for a million): that work runs
// on a thread of its own, and when it takes longer than `showAfter` a small window says what is
// happening and how far it has come, instead of a launch that shows nothing for a minute.

#include <QString>

#include <chrono>

namespace tidings {
class Store;
}

namespace tidings::app {

// Returns an empty string or the translated sentence Store::open() gave.
QString openStoreShowingProgress(Store &store, const QString &profileDir,
                                 std::chrono::milliseconds showAfter = std::chrono::milliseconds(400));

} // namespace tidings::app
