// How RefreshService schedules its work: a due-only refresh in batches (RefreshOptions::maxFeeds,
// used by the app's scheduler after a wake): at most N feeds per run, the longest waiting first,
// and the next run takes the rest; and its parse threads below the priority of the threads that
// drain their results (core/util/threadpriority.h).
// Real parts: a SQLite profile in a temporary folder and a loopback HTTP server.

#include "core/service/refreshservice.h"
#include "core/store/store.h"

#include "../support/scriptedhttpserver.h"
#include "tst_storehelpers.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using namespace storetest;

class TstRefreshBatch : public QObject
{
    Q_OBJECT

private slots:
    void dueFeedsComeInBatches();
    void parsingRunsBelowTheWriter();
};

namespace {

struct ThreadNice {
    QByteArray name;
    int nice;
};

// Every thread of this process with its name and nice value, from /proc.
QList<ThreadNice> threadNiceValues()
{
    QList<ThreadNice> threads;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        // After the name: state is field 3 of stat(5), nice is field 19.
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (open < 0 || close < open || fields.size() < 17)
            continue;
        threads.append({line.mid(open + 1, close - open - 1), fields.at(16).toInt()});
    }
    return threads;
}

// Feeds /f0.xml, /f1.xml... served by `server`, each with one item, subscribed in this order.
void subscribeToFeeds(Store &store, ScriptedHttpServer &server, int count)
{
    const QByteArray rss = "<rss version=\"2.0\"><channel><title>T</title><item><guid>1</guid><title>A</title></item></channel></rss>";
    for (int i = 0; i < count; ++i) {
        const QByteArray path = "/f" + QByteArray::number(i) + ".xml";
        server.respond(path, 200, rss, {{"Content-Type", "application/rss+xml"}});
        addFeed(store, server.url(QString::fromLatin1(path)).toString());
    }
}

} // namespace

void TstRefreshBatch::dueFeedsComeInBatches()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    ScriptedHttpServer server;
    subscribeToFeeds(store, server, 5);

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

void TstRefreshBatch::parsingRunsBelowTheWriter()
{
#ifndef Q_OS_LINUX
    QSKIP("reads thread priorities from /proc");
#else
    const int base = getpriority(PRIO_PROCESS, id_t(gettid()));   // the test may run under nice
    if (base >= 10)
        QSKIP("the test runs at a nice value of 10 or more already");
#endif
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    ScriptedHttpServer server;
    subscribeToFeeds(store, server, 3);
    RefreshService service(store);
    QSignalSpy finished(&service, &RefreshService::finished);
    QVERIFY(service.start(RefreshOptions()));
    QVERIFY(finished.wait(20000));

    // The pool's threads stay a while after their jobs: the ones that parsed are below the rest.
    int pooled = 0;
    int lowered = 0;
    for (const ThreadNice &thread : threadNiceValues()) {
        if (thread.name == "Thread (pooled)") {
            ++pooled;
            lowered += thread.nice >= 10;
        } else {
            QVERIFY2(thread.nice == base, thread.name.constData());   // the writer, the fetcher, this thread
        }
    }
    QVERIFY(pooled > 0);
    QVERIFY2(lowered > 0, "no parse thread runs below the writer");
}

QTEST_GUILESS_MAIN(TstRefreshBatch)
#include "tst_refreshbatch.moc"
