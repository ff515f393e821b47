#pragma once

#include "core/net/fetchresult.h"

#include <functional>

class QNetworkAccessManager;

namespace tidings {

// Fetches one document over http(s) with the guards of FetchJob (deadline, size cap, vetted
// redirects, our User-Agent), without a queue or conditional GET: for `tidings-cli parse URL`.
// Asynchronous: `done` runs on the manager's thread when the request ends, never inside this call.
void fetchDocument(QNetworkAccessManager &manager, const QUrl &url, const FetchLimits &limits,
                   std::function<void(FetchResult)> done);

} // namespace tidings
