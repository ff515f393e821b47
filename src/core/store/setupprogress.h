#pragma once

// What opening a database is busy with when that takes long: once after an update, a schema
// upgrade (with its backup copy) or a rebuild of the search index goes over every stored item,
// about a minute for a million of them. A front end shows it instead of a launch that shows nothing.

#include <QtGlobal>

#include <functional>

namespace tidings {

enum class SetupStep {
    Upgrading,   // backing up and upgrading the schema: no count (done and total 0)
    Indexing,    // rebuilding the search index: items done of total
};

// Called on the thread that opens the database, often: keep it cheap (store a number).
using SetupObserver = std::function<void(SetupStep step, qint64 done, qint64 total)>;

} // namespace tidings
