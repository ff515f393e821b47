#pragma once

// The values that go into and come out of a fetch. Plain copyable structs so a result can travel
// by queued signal to the parse pool and the store writer.

#include "core/net/budgethold.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace tidings {

enum class FetchOutcome {
    Ok,               // a 2xx body to parse
    NotModified,      // 304: the stored copy is current
    Unchanged,        // 2xx, but the body hash equals the stored one: skip parsing
    Moved,            // 2xx after a leading run of 301/308 hops: parse, then store permanentUrl if valid
    Gone,             // 410: stop polling
    HttpError,        // 404, 5xx and every other status we cannot use
    RateLimited,      // 429, or 503 with Retry-After: retryAfterSeconds says when to come back
    NetworkError,     // DNS, refused connection, reset, bad response framing, non-http(s) URL
    TlsError,         // certificate or handshake failure; never ignored
    Timeout,          // the overall deadline passed, or the server went silent
    TooLarge,         // body past the cap (announced or streamed), or a decompression bomb that Qt
                      // names as such (Qt 6.4 reports its bomb check as a NetworkError)
    RedirectRefused,  // to a non-http(s) scheme, from https down to http, or more than the hop limit
    Cancelled,        // cancelAll() or the owner went away
};

struct FetchRequest {
    qint64 feedId = 0;
    QUrl url;
    QByteArray etag;          // as the server sent it last time, quotes included
    QByteArray lastModified;  // as the server sent it last time
    QByteArray bodyHash;      // bodyHash of the last body that was parsed; empty if none
};

struct FetchLimits {
    int deadlineMs = 60'000;            // the whole request, however slowly the server drips bytes
    int stallMs = 30'000;               // no byte for this long ends it earlier (capped by the deadline)
    qint64 maxBodyBytes = 64ll << 20;   // enforced while streaming, after decompression
    int maxRedirects = 10;
};

struct FetchResult {
    qint64 feedId = 0;
    FetchOutcome outcome = FetchOutcome::NetworkError;
    int httpStatus = 0;          // of the last response; 0 when none arrived
    QUrl finalUrl;               // where the last response came from
    // Where the feed lives now according to the leading 301/308 hops (empty without them). Store it
    // only after a valid feed was parsed (Moved), or on NotModified/Unchanged: the server vouched
    // for the copy we already have.
    QUrl permanentUrl;
    int redirects = 0;
    bool allRedirectsPermanent = false;  // every hop was 301/308 (false without redirects)
    QByteArray etag;             // to store for the next request (the old one when the server omitted it)
    QByteArray lastModified;
    QByteArray contentType;      // as sent
    QByteArray body;             // only for Ok, Unchanged and Moved
    // The body's memory as counted by the fetcher's download budget: whoever keeps the body keeps
    // this with it and resets both when done (other downloads may be waiting for those bytes).
    BudgetHold bodyHold;
    QByteArray bodyHash;         // hex XXH3-128 of body (Digest128); empty without a body
    qint64 retryAfterSeconds = -1;  // RateLimited (and 5xx) with a usable Retry-After; -1 otherwise
    QString message;             // one sentence for the user; empty for Ok
    qint64 elapsedMs = 0;        // from the start of the request, not from the time it was queued
};

// Whether the outcome leaves a body the caller should parse.
inline bool needsParsing(FetchOutcome outcome)
{
    return outcome == FetchOutcome::Ok || outcome == FetchOutcome::Moved;
}

// Whether the outcome counts towards the consecutive failures that drive the back-off.
bool countsAsFailure(FetchOutcome outcome);

// A stable lower-case name ("not-modified") for logs, JSON output and tests.
QLatin1String outcomeName(FetchOutcome outcome);

} // namespace tidings

Q_DECLARE_METATYPE(tidings::FetchRequest)
Q_DECLARE_METATYPE(tidings::FetchResult)
