#pragma once

// Background CPU work (parsing fetched feeds) runs below the process's other threads. Its results
// wait in a queue for the threads that drain it (the store's one writer, the fetcher, the app's
// GUI thread); when the cores are busy, those should run first. With every thread at the same
// priority, a cold refresh of 1000 feeds kept the writer runnable but waiting for a core while the
// parsers filled the refresh's window with feeds it could not write yet, and left 13 % of the two
// cores idle (docs/performance.md).

namespace tidings {

// Lowers the calling thread's scheduling priority (a nice value of 10 on Linux, Qt's LowPriority
// elsewhere). A thread already below that is left alone. Idempotent.
void lowerCurrentThreadPriority();

} // namespace tidings
