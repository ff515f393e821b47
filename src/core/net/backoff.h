#pragma once

// When to fetch a feed next. Pure: the caller passes the clock in, so every rule is table-tested.

#include "core/net/fetchresult.h"

#include <QByteArrayView>
#include <QDateTime>

namespace tidings {

struct BackoffPolicy {
    qint64 minimumSeconds = 60;               // never closer than this, whatever the inputs say
    qint64 maxBackoffSeconds = 24 * 3600;     // exponential back-off stops growing here
    qint64 maxRetryAfterSeconds = 7 * 24 * 3600;  // a server's Retry-After is honoured up to this
};

struct ScheduleHints {
    qint64 minimumIntervalSeconds = 0;  // from the feed itself (RSS ttl, sy:updatePeriod): a lower bound
};

// The time of the next automatic fetch after `outcome`, given `now`:
//  - Ok, NotModified, Unchanged, Moved: now + the interval (raised to the hints and the policy minimum);
//  - Cancelled: now (the feed is still due; a cancel is not the feed's fault);
//  - Gone: a null QDateTime, meaning never again automatically;
//  - any failure: now + interval * 2^(consecutiveFailures - 1), capped at maxBackoffSeconds but never
//    sooner than one interval; a Retry-After (>= 0) pushes it later, up to maxRetryAfterSeconds.
// `consecutiveFailures` includes this outcome (see countsAsFailure()).
QDateTime nextFetchTime(int consecutiveFailures, FetchOutcome outcome, qint64 retryAfterSeconds,
                        const QDateTime &now, qint64 intervalSeconds, const ScheduleHints &hints = {},
                        const BackoffPolicy &policy = {});

// Reads a Retry-After value: delay-seconds, or an HTTP-date compared with `now` (past dates give 0).
// -1 when the value cannot be read.
qint64 parseRetryAfter(QByteArrayView value, const QDateTime &now);

} // namespace tidings
