// FeedFetcher as a queue: concurrency limits overall and per host, order across hosts,
// cancelAll, and many feeds at once, against real HTTP servers on 127.0.0.1.

#include "../support/fetchhelpers.h"
#include "../support/scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using namespace tidings;

class TstFetchQueue : public QObject
{
    Q_OBJECT

private slots:
    void perHostLimit();
    void overallLimit();
    void busyHostDoesNotHoldUpOthers();
    void oneBrokenFeedDoesNotStopTheRest();
    void cancelAll();
    void fiftyFeedsOnSeveralPorts();
    void thousandNotModified();
    void onItsOwnThread();
};

namespace {

const QByteArray kFeed = "<rss version=\"2.0\"><channel><title>Loopback</title></channel></rss>";

QList<FetchRequest> requests(const ScriptedHttpServer &server, const QString &path, int count, qint64 firstId = 1)
{
    QList<FetchRequest> list;
    for (int i = 0; i < count; ++i)
        list.append(feedRequest(server.url(path + u'?' + QString::number(i)), firstId + i));
    return list;
}

} // namespace

void TstFetchQueue::perHostLimit()
{
    ScriptedHttpServer server;
    // The query string is part of the path the server sees, so script each one.
    for (int i = 0; i < 6; ++i)
        server.respond("/slow?" + QByteArray::number(i), 200, kFeed, {}, 200);
    FeedFetcher fetcher;
    FeedFetcher::Limits limits = testLimits();
    limits.maxConnectionsPerHost = 2;
    fetcher.setLimits(limits);
    const QList<FetchResult> results = fetchAll(fetcher, requests(server, QStringLiteral("/slow"), 6));
    QCOMPARE(results.size(), 6);
    for (const FetchResult &result : results)
        QCOMPARE_OUTCOME(result, FetchOutcome::Ok);
    QCOMPARE(server.maxOpenConnections(), 2);
}

void TstFetchQueue::overallLimit()
{
    std::vector<std::unique_ptr<ScriptedHttpServer>> servers;
    int inFlight = 0;
    int maxInFlight = 0;
    QList<FetchRequest> list;
    for (int s = 0; s < 4; ++s) {
        servers.push_back(std::make_unique<ScriptedHttpServer>());
        ScriptedHttpServer &server = *servers.back();
        for (int i = 0; i < 3; ++i) {
            server.on("/f?" + QByteArray::number(i), [&](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
                maxInFlight = qMax(maxInFlight, ++inFlight);
                QTimer::singleShot(150, socket, [&inFlight, socket] {
                    --inFlight;
                    socket->write(ScriptedHttpServer::response(200, kFeed));
                    socket->disconnectFromHost();
                });
            });
        }
        list += requests(server, QStringLiteral("/f"), 3, s * 10);
    }
    FeedFetcher fetcher;
    FeedFetcher::Limits limits = testLimits();
    limits.maxConnections = 3;
    fetcher.setLimits(limits);
    const QList<FetchResult> results = fetchAll(fetcher, list);
    QCOMPARE(results.size(), 12);
    QCOMPARE(maxInFlight, 3);
    QCOMPARE(fetcher.runningCount(), 0);
    QCOMPARE(fetcher.queuedCount(), 0);
}

void TstFetchQueue::busyHostDoesNotHoldUpOthers()
{
    ScriptedHttpServer busy;
    ScriptedHttpServer quiet;
    for (int i = 0; i < 4; ++i)
        busy.respond("/f?" + QByteArray::number(i), 200, kFeed, {}, 300);
    quiet.respond("/f?0", 200, kFeed);
    FeedFetcher fetcher;
    FeedFetcher::Limits limits = testLimits();
    limits.maxConnectionsPerHost = 1;
    fetcher.setLimits(limits);
    // Queued last, but its host is free: it must not wait for the busy host's queue.
    const QList<FetchResult> results =
        fetchAll(fetcher, requests(busy, QStringLiteral("/f"), 4, 1) + requests(quiet, QStringLiteral("/f"), 1, 100));
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.first().feedId, 100);
    // Within one host, first queued is first served.
    for (int i = 1; i < results.size(); ++i)
        QCOMPARE(results.at(i).feedId, i);
}

void TstFetchQueue::oneBrokenFeedDoesNotStopTheRest()
{
    ScriptedHttpServer server;
    server.respond("/ok", 200, kFeed);
    server.respond("/gone", 410, {});
    server.on("/reset", [](const ScriptedHttpServer::Request &, QTcpSocket *socket) { socket->abort(); });
    FeedFetcher fetcher;
    fetcher.setLimits(testLimits());
    QSignalSpy idle(&fetcher, &FeedFetcher::idle);
    const QList<FetchResult> results = fetchAll(fetcher, {feedRequest(server.url(QStringLiteral("/reset")), 1),
                                                          feedRequest(server.url(QStringLiteral("/gone")), 2),
                                                          feedRequest(QUrl(QStringLiteral("ftp://127.0.0.1/x")), 3),
                                                          feedRequest(server.url(QStringLiteral("/ok")), 4)});
    QCOMPARE(results.size(), 4);
    QHash<qint64, FetchOutcome> byFeed;
    for (const FetchResult &result : results)
        byFeed.insert(result.feedId, result.outcome);
    QCOMPARE(byFeed.value(1), FetchOutcome::NetworkError);
    QCOMPARE(byFeed.value(2), FetchOutcome::Gone);
    QCOMPARE(byFeed.value(3), FetchOutcome::NetworkError);
    QCOMPARE(byFeed.value(4), FetchOutcome::Ok);
    QCOMPARE(idle.size(), 1);
}

void TstFetchQueue::cancelAll()
{
    ScriptedHttpServer server;
    for (int i = 0; i < 6; ++i)
        server.on("/hang?" + QByteArray::number(i), [](const ScriptedHttpServer::Request &, QTcpSocket *) {});
    FeedFetcher fetcher;
    fetcher.setLimits(testLimits());
    QList<FetchResult> results;
    connect(&fetcher, &FeedFetcher::finished, this, [&results](const FetchResult &result) { results.append(result); });
    QSignalSpy idle(&fetcher, &FeedFetcher::idle);
    fetcher.enqueue(requests(server, QStringLiteral("/hang"), 6));
    QTRY_COMPARE(server.requests().size(), 2);   // two running on the one host, four queued
    QCOMPARE(fetcher.runningCount(), 2);
    QCOMPARE(fetcher.queuedCount(), 4);
    fetcher.cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 6, 1000);
    for (const FetchResult &result : results) {
        QCOMPARE_OUTCOME(result, FetchOutcome::Cancelled);
        QVERIFY(!result.message.isEmpty());
    }
    QCOMPARE(idle.size(), 1);
    QCOMPARE(fetcher.runningCount(), 0);
    QCOMPARE(fetcher.queuedCount(), 0);
    QTest::qWait(100);
    QCOMPARE(server.requests().size(), 2);   // nothing queued was started after the cancel
    QCOMPARE(results.size(), 6);             // and nothing was reported twice
}

void TstFetchQueue::fiftyFeedsOnSeveralPorts()
{
    std::vector<std::unique_ptr<ScriptedHttpServer>> servers;
    QList<FetchRequest> list;
    for (int s = 0; s < 5; ++s) {
        servers.push_back(std::make_unique<ScriptedHttpServer>());
        for (int i = 0; i < 10; ++i)
            servers.back()->respond("/feed?" + QByteArray::number(i), 200,
                                    kFeed + "<!-- " + QByteArray::number(s * 100 + i) + " -->", {}, 20);
        list += requests(*servers.back(), QStringLiteral("/feed"), 10, s * 100);
    }
    FeedFetcher fetcher;
    fetcher.setLimits(testLimits());
    const QList<FetchResult> results = fetchAll(fetcher, list);
    QCOMPARE(results.size(), 50);
    QSet<qint64> seen;
    for (const FetchResult &result : results) {
        QCOMPARE_OUTCOME(result, FetchOutcome::Ok);
        QVERIFY(result.body.endsWith("<!-- " + QByteArray::number(result.feedId) + " -->"));
        seen.insert(result.feedId);
    }
    QCOMPARE(seen.size(), 50);
    for (const auto &server : servers)
        QVERIFY(server->maxOpenConnections() <= 2);
}

void TstFetchQueue::thousandNotModified()
{
    // A warm refresh of 1000 feeds is mostly 304s: the per-request overhead of the fetcher (queue,
    // proxy lookup, connection setup) must stay far below the 2 s budget of issue 3. Measured here
    // at about 0.5-0.8 s with the servers on the same thread; the bound is loose for loaded machines.
    std::vector<std::unique_ptr<ScriptedHttpServer>> servers;
    QList<FetchRequest> list;
    for (int s = 0; s < 20; ++s) {
        servers.push_back(std::make_unique<ScriptedHttpServer>());
        for (int i = 0; i < 50; ++i)
            servers.back()->respond("/feed?" + QByteArray::number(i), 304, {}, {{"ETag", "\"e\""}});
        list += requests(*servers.back(), QStringLiteral("/feed"), 50, s * 100);
    }
    for (FetchRequest &request : list)
        request.etag = "\"e\"";
    FeedFetcher fetcher;
    QElapsedTimer clock;
    clock.start();
    const QList<FetchResult> results = fetchAll(fetcher, list, 30000);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(results.size(), 1000);
    for (const FetchResult &result : results)
        QCOMPARE_OUTCOME(result, FetchOutcome::NotModified);
    qInfo("1000 conditional requests answered 304 in %lld ms", elapsed);
    QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
}

void TstFetchQueue::onItsOwnThread()
{
    // The refresh service may keep the fetcher on a network thread: requests go in and results
    // come out by queued calls, and the manager moves along as the fetcher's child.
    ScriptedHttpServer server;
    for (int i = 0; i < 5; ++i)
        server.respond("/feed?" + QByteArray::number(i), 200, kFeed);
    QThread thread;
    auto *fetcher = new FeedFetcher;
    fetcher->setLimits(testLimits());
    fetcher->moveToThread(&thread);
    connect(&thread, &QThread::finished, fetcher, &QObject::deleteLater);
    thread.start();
    QList<FetchResult> results;
    QList<QThread *> emittedOn;
    connect(fetcher, &FeedFetcher::finished, this, [&](const FetchResult &result) {
        results.append(result);
        emittedOn.append(QThread::currentThread());
    });
    const QList<FetchRequest> list = requests(server, QStringLiteral("/feed"), 5);
    QMetaObject::invokeMethod(fetcher, [fetcher, list] { fetcher->enqueue(list); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 10000);
    for (const FetchResult &result : results)
        QCOMPARE_OUTCOME(result, FetchOutcome::Ok);
    QVERIFY(emittedOn.count(QThread::currentThread()) == 5);   // delivered to the receiver's thread
    thread.quit();
    QVERIFY(thread.wait(5000));
}

QTEST_GUILESS_MAIN(TstFetchQueue)
#include "tst_fetchqueue.moc"
