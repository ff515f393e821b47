// A due-only refresh in batches (RefreshOptions::maxFeeds, used by the app's scheduler after a
// wake): at most N feeds per run, the longest waiting first, and the next run takes the rest.
// Real parts: a SQLite profile in a temporary folder and a loopback HTTP server.

#include "core/service/refreshservice.h"
#include "core/store/store.h"

#include "../support/scriptedhttpserver.h"
#include "tst_storehelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using namespace storetest;

class TstRefreshBatch : public QObject
{
    Q_OBJECT

private slots:
    void dueFeedsComeInBatches();
};

void TstRefreshBatch::dueFeedsComeInBatches()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    ScriptedHttpServer server;
    const QByteArray rss = "<rss version=\"2.0\"><channel><title>T</title><item><guid>1</guid><title>A</title></item></channel></rss>";
    for (int i = 0; i < 5; ++i) {
        const QByteArray path = "/f" + QByteArray::number(i) + ".xml";
        server.respond(path, 200, rss, {{"Content-Type", "application/rss+xml"}});
        addFeed(store, server.url(QString::fromLatin1(path)).toString());
    }

    RefreshService service(store);
    QSignalSpy finished(&service, &RefreshService::finished);
    RefreshOptions options;
    options.dueOnly = true;
    options.maxFeeds = 2;
    const auto run = [&] {
        const qsizetype before = finished.size();
        if (!service.start(options))
            return -1;
        if (finished.size() == before && !finished.wait(20000))
            return -2;
        return finished.last().first().value<RefreshSummary>().feeds;
    };
    const auto fetchedPaths = [&] {
        QStringList paths;
        for (const auto &request : server.requests())
            paths.append(QString::fromLatin1(request.path));
        return paths;
    };

    // Never fetched: all five due, taken two at a time in their order, then the last one.
    QCOMPARE(run(), 2);
    QCOMPARE(fetchedPaths(), (QStringList{QStringLiteral("/f0.xml"), QStringLiteral("/f1.xml")}));
    QCOMPARE(run(), 2);
    QCOMPARE(run(), 1);
    const QStringList all = fetchedPaths();
    QCOMPARE(all.size(), 5);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 5);   // each feed once
    // All fetched just now: nothing due.
    QCOMPARE(run(), 0);

    // Without a limit a due check takes every due feed, as before.
    options.maxFeeds = 0;
    options.dueOnly = false;
    QCOMPARE(run(), 5);
}

QTEST_GUILESS_MAIN(TstRefreshBatch)
#include "tst_refreshbatch.moc"
