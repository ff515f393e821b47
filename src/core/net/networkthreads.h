#pragma once

// Each QNetworkAccessManager runs its HTTP on a thread of its own ("QNetworkAccessManager thread"),
// and one that used TLS frees OpenSSL's per-thread state as it exits, after QThread::wait() has
// returned (thread-local destructors run last). OpenSSL's own clean-up at process exit walks that
// state too: a process that leaves while such a thread is still ending can free the same block
// twice (seen once under AddressSanitizer in tst_fetcher). A program that used the network waits
// for those threads to be gone before it returns from main().

#include <chrono>

namespace tidings::net {

// How many of those threads this process still has (Linux: by name from /proc; elsewhere, where
// the TLS back ends clean up otherwise, always 0).
int networkThreadsAlive();

// Waits, up to `limit`, until networkThreadsAlive() is 0. Returns whether it is.
bool waitForNetworkThreadsToEnd(std::chrono::milliseconds limit = std::chrono::milliseconds(2000));

// Declared at the top of main(), after the application object: its destructor waits as above when
// main() returns, whichever return that is.
struct NetworkThreadsJoinedAtExit {
    NetworkThreadsJoinedAtExit() = default;
    NetworkThreadsJoinedAtExit(const NetworkThreadsJoinedAtExit &) = delete;
    NetworkThreadsJoinedAtExit &operator=(const NetworkThreadsJoinedAtExit &) = delete;
    ~NetworkThreadsJoinedAtExit() { waitForNetworkThreadsToEnd(); }
};

} // namespace tidings::net
