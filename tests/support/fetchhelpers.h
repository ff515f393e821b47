#pragma once

// Runs FeedFetcher requests to completion on the test's own event loop (the loopback server lives
// there too, so the test must spin the loop, never block it).

#include "core/net/feedfetcher.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

inline tidings::FetchRequest feedRequest(const QUrl &url, qint64 feedId = 1)
{
    tidings::FetchRequest request;
    request.feedId = feedId;
    request.url = url;
    return request;
}

// Short limits: every guard test must end in a second or two.
inline tidings::FeedFetcher::Limits testLimits()
{
    tidings::FeedFetcher::Limits limits;
    limits.request.deadlineMs = 5000;
    limits.request.stallMs = 5000;
    limits.request.maxBodyBytes = 1 << 20;
    return limits;
}

inline QList<tidings::FetchResult> fetchAll(tidings::FeedFetcher &fetcher, const QList<tidings::FetchRequest> &requests,
                                            int timeoutMs = 20000)
{
    // A real event loop rather than QTest::qWaitFor(), which sleeps 10 ms between rounds and
    // would make every loopback exchange look 40 ms slow.
    QList<tidings::FetchResult> results;
    QEventLoop loop;
    auto connection = QObject::connect(&fetcher, &tidings::FeedFetcher::finished, &loop,
                                       [&](const tidings::FetchResult &result) {
                                           results.append(result);
                                           if (results.size() >= requests.size())
                                               loop.quit();
                                       });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    fetcher.enqueue(requests);
    if (results.size() < requests.size())
        loop.exec();
    QObject::disconnect(connection);
    if (results.size() < requests.size())
        qWarning("fetchAll: %lld of %lld results before the timeout", qlonglong(results.size()), qlonglong(requests.size()));
    return results;
}

inline tidings::FetchResult fetchOne(const tidings::FetchRequest &request,
                                     const tidings::FeedFetcher::Limits &limits = testLimits())
{
    tidings::FeedFetcher fetcher;
    fetcher.setLimits(limits);
    const QList<tidings::FetchResult> results = fetchAll(fetcher, {request});
    return results.value(0);
}

namespace tidings {
// Names instead of numbers in QCOMPARE failures.
inline char *toString(FetchOutcome outcome)
{
    return qstrdup(outcomeName(outcome).data());
}
} // namespace tidings

// QCOMPARE on the outcome that also shows the result's message when it fails.
#define QCOMPARE_OUTCOME(result, expected)                                                   \
    do {                                                                                     \
        if ((result).outcome != (expected))                                                  \
            qWarning("message: %s", qPrintable((result).message));                           \
        QCOMPARE((result).outcome, expected);                                                \
    } while (false)
