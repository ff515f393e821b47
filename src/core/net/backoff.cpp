#include "core/net/backoff.h"

#include "core/feed/dateparser.h"

#include <limits>

namespace tidings {

QDateTime nextFetchTime(int consecutiveFailures, FetchOutcome outcome, qint64 retryAfterSeconds,
                        const QDateTime &now, qint64 intervalSeconds, const ScheduleHints &hints,
                        const BackoffPolicy &policy)
{
    if (outcome == FetchOutcome::Gone)
        return {};
    if (outcome == FetchOutcome::Cancelled)
        return now;
    const qint64 interval = qMax(intervalSeconds, qMax(hints.minimumIntervalSeconds, policy.minimumSeconds));
    if (!countsAsFailure(outcome))
        return now.addSecs(interval);

    // Doubling by shifts: stop before overflow, the cap is reached long before anyway.
    qint64 delay = interval;
    for (int i = 1; i < consecutiveFailures && delay < policy.maxBackoffSeconds; ++i)
        delay *= 2;
    delay = qMax(interval, qMin(delay, policy.maxBackoffSeconds));
    if (retryAfterSeconds >= 0)
        delay = qMax(delay, qMin(retryAfterSeconds, policy.maxRetryAfterSeconds));
    return now.addSecs(delay);
}

qint64 parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool allDigits = true;
    for (const char c : trimmed)
        allDigits = allDigits && c >= '0' && c <= '9';
    if (allDigits) {
        // Absurdly long numbers saturate instead of failing: the caller caps the wait anyway.
        if (trimmed.size() > 12)
            return std::numeric_limits<qint64>::max() / 2;
        return trimmed.toByteArray().toLongLong();
    }
    const auto date = parseDate(QString::fromLatin1(trimmed.data(), trimmed.size()));
    if (!date)
        return -1;
    return qMax<qint64>(0, now.secsTo(date->utc));
}

} // namespace tidings
