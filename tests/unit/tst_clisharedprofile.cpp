// The desktop app and the command line on one profile at once (issue 6): the app marking items read
// and starred while `tidings-cli refresh` writes the same database, and `tidings-cli mark-read`
// while the app refreshes. A Store opened in this process stands in for the app (it is the core the
// app's models call, job by job). Every refresh writes: each request of a feed gets a body with one
// more item and every other item edited. What must hold: no mark job, read, refresh or CLI run
// fails with "database is locked" (or anything else), every mark is in the items and in the mark
// journal afterwards, and PRAGMA integrity_check is ok.

#include "core/service/refreshservice.h"
#include "core/store/store.h"

#include "../support/clirun.h"
#include "../support/scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <vector>

using namespace tidings;

class TstCliSharedProfile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void appMarksWhileCliRefreshes();
    void cliMarksWhileAppRefreshes();
    void markWaitsOutAWriterThatNeverPauses();

private:
    QByteArray feed(int index);
    QVariant scalar(const QString &sql);
    QSet<qint64> ids(const QString &sql);
    QString integrity() { return scalar(QStringLiteral("PRAGMA integrity_check")).toString(); }

    ScriptedHttpServer m_server;
    QTemporaryDir m_profile;
    std::vector<int> m_generation;   // per feed: requests answered so far
    static constexpr int kFeeds = 60;
    static constexpr int kItems = 20;
};

namespace {

bool mentionsBusy(const QByteArray &text)
{
    const QByteArray lower = text.toLower();
    return lower.contains("busy") || lower.contains("locked");
}

QString describe(const char *what, int exitCode, const QByteArray &out, const QByteArray &err)
{
    return QStringLiteral("%1 exited %2: %3 %4")
        .arg(QLatin1String(what)).arg(exitCode)
        .arg(QString::fromUtf8(out.right(400)), QString::fromUtf8(err.right(400)));
}

} // namespace

QByteArray TstCliSharedProfile::feed(int index)
{
    const int generation = m_generation[size_t(index)]++;
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Feed " + QByteArray::number(index) + "</title>";
    for (int i = 0; i < kItems + generation; ++i) {
        const QByteArray id = QByteArray::number(index) + "-" + QByteArray::number(i);
        xml += "<item><guid>" + id + "</guid><title>Item " + id + "</title><description>&lt;p&gt;Text "
            + QByteArray(200, 'x') + " generation " + QByteArray::number(generation) + "&lt;/p&gt;</description></item>";
    }
    return xml + "</channel></rss>";
}

QVariant TstCliSharedProfile::scalar(const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_profile.filePath(Store::databaseFileName()));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

QSet<qint64> TstCliSharedProfile::ids(const QString &sql)
{
    QSet<qint64> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(m_profile.filePath(Store::databaseFileName()));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql)) {
                while (query.next())
                    result.insert(query.value(0).toLongLong());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return result;
}

void TstCliSharedProfile::initTestCase()
{
    QVERIFY(m_profile.isValid());
    m_generation.assign(kFeeds, 0);
    QByteArray opml = "<opml version=\"2.0\"><body>";
    for (int i = 0; i < kFeeds; ++i) {
        const QByteArray path = "/f" + QByteArray::number(i) + ".xml";
        m_server.on(path, [this, i](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::response(200, feed(i), {{"Content-Type", "application/rss+xml"}}));
            socket->disconnectFromHost();
        });
        opml += "<outline type=\"rss\" text=\"f\" xmlUrl=\"" + m_server.url(QString::fromUtf8(path)).toEncoded() + "\"/>";
    }
    opml += "</body></opml>";
    QFile file(m_profile.filePath(QStringLiteral("list.opml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(opml);
    file.close();
    const CliRun import = runCliIn(m_profile.path(), {QStringLiteral("import"), file.fileName()});
    QVERIFY2(import.exitCode == 0, qPrintable(describe("import", import.exitCode, import.out, import.err)));
    const CliRun refresh = runCliIn(m_profile.path(), {QStringLiteral("refresh")});
    QVERIFY2(refresh.exitCode == 0, qPrintable(describe("refresh", refresh.exitCode, refresh.out, refresh.err)));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM items")).toInt(), kFeeds * kItems);
}

// The app's side: one read mark per item, a star on every third, each its own job as a click makes
// it, every 20 ms, with the list re-read from the store when it runs out, while the CLI refreshes
// every feed again and again (at least kRefreshes times, and for as long as the marks go on).
void TstCliSharedProfile::appMarksWhileCliRefreshes()
{
    constexpr int kRefreshes = 4;
    constexpr int kMarks = 600;   // leaves unread items for the next test
    Store store;
    QCOMPARE(store.open(m_profile.path()), QString());

    QStringList failures;
    QList<qint64> unread;            // what the list shows, not yet marked
    QSet<qint64> marked, starred;
    int issued = 0, issuedDuringRefresh = 0, finished = 0;
    const Completion done = [&](const WriteResult &result) {
        ++finished;
        if (!result.ok)
            failures.append(QStringLiteral("mark job: ") + result.error);
        else if (result.affected != 1)
            failures.append(QStringLiteral("mark job changed %1 rows, not 1").arg(result.affected));
    };

    int refreshes = 0;
    bool keepRefreshing = true;
    QProcess cli;
    const auto startRefresh = [&] {
        cli.start(QStringLiteral(TIDINGS_CLI), {QStringLiteral("--profile"), m_profile.path(), QStringLiteral("refresh")});
    };
    connect(&cli, &QProcess::finished, this, [&](int exitCode, QProcess::ExitStatus status) {
        ++refreshes;
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        if (status != QProcess::NormalExit || exitCode != 0 || mentionsBusy(out) || mentionsBusy(err)
            || !out.contains(QByteArray::number(kFeeds) + " feeds: " + QByteArray::number(kFeeds) + " ok")) {
            failures.append(describe("refresh", status == QProcess::NormalExit ? exitCode : -2, out, err));
        }
        if (keepRefreshing)
            QTimer::singleShot(0, &cli, startRefresh);
    });

    QTimer ticker;
    ticker.setInterval(20);
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (marked.size() >= kMarks)
            return;
        if (unread.isEmpty()) {
            ItemFilter filter;
            filter.unreadOnly = true;
            filter.order = ItemOrder::OldestFirst;
            const ReadResult<ItemSummary> list = store.itemSummaries(filter);
            if (!list.ok())
                failures.append(QStringLiteral("reading the list: ") + list.error);
            for (const ItemSummary &row : list.rows) {
                if (!marked.contains(row.id))
                    unread.append(row.id);
            }
        }
        if (unread.isEmpty())
            return;   // everything is marked; the next refresh brings new items
        const qint64 id = unread.takeFirst();
        const bool duringRefresh = cli.state() != QProcess::NotRunning;
        marked.insert(id);
        store.markRead(ItemSelection::items({id}), true, done);
        ++issued;
        issuedDuringRefresh += int(duringRefresh);
        if (marked.size() % 3 == 0) {
            starred.insert(id);
            store.setStarred({id}, true, done);
            ++issued;
            issuedDuringRefresh += int(duringRefresh);
        }
    });

    startRefresh();
    ticker.start();
    QTRY_VERIFY_WITH_TIMEOUT(refreshes >= kRefreshes && marked.size() >= kMarks, 280000);
    ticker.stop();
    keepRefreshing = false;
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 120000);
    store.waitForIdle();
    QTRY_COMPARE(finished, issued);
    qInfo("%d mark jobs (%lld read, %lld starred), %d while a CLI refresh ran; %d CLI refreshes",
          issued, qint64(marked.size()), qint64(starred.size()), issuedDuringRefresh, refreshes);

    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(u'\n')));
    QVERIFY2(issuedDuringRefresh >= issued * 3 / 4, "the marks should mostly overlap a refresh");
    // Nothing marks items here but this test: the database holds exactly these marks.
    QCOMPARE(ids(QStringLiteral("SELECT item_id FROM item_state WHERE read = 1")), marked);
    QCOMPARE(ids(QStringLiteral("SELECT item_id FROM item_state WHERE starred = 1")), starred);
    QCOMPARE(ids(QStringLiteral("SELECT item_id FROM mark_journal WHERE field = 'read' AND value = 1")), marked);
    QCOMPARE(ids(QStringLiteral("SELECT item_id FROM mark_journal WHERE field = 'starred' AND value = 1")), starred);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mark_journal")).toInt(), marked.size() + starred.size());
    QCOMPARE(integrity(), QStringLiteral("ok"));
}

// The other way round: the app refreshes every feed again and again (RefreshService, as the app's
// refresh action runs it) while `tidings-cli mark-read` runs once per item, and now and then for a
// whole feed.
void TstCliSharedProfile::cliMarksWhileAppRefreshes()
{
    constexpr int kCliRuns = 100;
    Store store;
    QCOMPARE(store.open(m_profile.path()), QString());

    QStringList failures;
    RefreshService service(store);
    int refreshes = 0;
    bool keepRefreshing = true;
    connect(&service, &RefreshService::feedFinished, this, [&](const FeedRefreshOutcome &outcome) {
        if (!outcome.ok)
            failures.append(QStringLiteral("app refresh of %1: %2").arg(outcome.url, outcome.message));
    });
    connect(&service, &RefreshService::finished, this, [&](const RefreshSummary &summary) {
        ++refreshes;
        if (summary.failed != 0 || summary.ok != kFeeds)
            failures.append(QStringLiteral("app refresh: %1 ok, %2 failed").arg(summary.ok).arg(summary.failed));
        if (keepRefreshing) {
            QTimer::singleShot(0, &service, [&] {
                if (!service.start(RefreshOptions()))
                    failures.append(QStringLiteral("the app's refresh did not start"));
            });
        }
    });

    ItemFilter filter;
    filter.unreadOnly = true;
    filter.order = ItemOrder::OldestFirst;
    const ReadResult<ItemSummary> list = store.itemSummaries(filter);
    QVERIFY2(list.ok(), qPrintable(list.error));
    // Items of the feeds marked whole are left out, so each --item run has exactly one item to mark.
    QList<qint64> unread;
    for (const ItemSummary &row : list.rows) {
        if (row.feedId > kCliRuns / 20)
            unread.append(row.id);
    }
    QVERIFY(unread.size() >= kCliRuns);
    const QSet<qint64> readBefore = ids(QStringLiteral("SELECT item_id FROM item_state WHERE read = 1"));

    QVERIFY(service.start(RefreshOptions()));
    QSet<qint64> markedItems;
    QList<QPair<qint64, qint64>> markedFeeds;   // feed id, the newest item id before its mark-read ran
    int runsDuringRefresh = 0;
    for (int run = 0; run < kCliRuns; ++run) {
        const bool duringRefresh = service.isRunning();
        QStringList arguments{QStringLiteral("mark-read")};
        if (run % 20 == 19) {
            const qint64 feedId = 1 + run / 20;
            const qint64 newest = scalar(QStringLiteral("SELECT max(id) FROM items WHERE feed_id = %1").arg(feedId)).toLongLong();
            markedFeeds.append({feedId, newest});
            arguments << QStringLiteral("--feed") << QString::number(feedId);
        } else {
            const qint64 id = unread.at(run);
            markedItems.insert(id);
            arguments << QStringLiteral("--item") << QString::number(id);
        }
        const CliRun cli = runCliIn(m_profile.path(), arguments);   // spins this thread's event loop
        runsDuringRefresh += int(duringRefresh && service.isRunning());
        if (cli.exitCode != 0 || mentionsBusy(cli.out) || mentionsBusy(cli.err) || !cli.err.isEmpty()
            || (arguments.at(1) == QLatin1String("--item") && cli.out != "1 item marked read\n")) {
            failures.append(describe("mark-read", cli.exitCode, cli.out, cli.err));
        }
    }
    keepRefreshing = false;
    QTRY_VERIFY_WITH_TIMEOUT(!service.isRunning(), 120000);
    store.waitForIdle();
    qInfo("%d CLI mark-read runs, %d of them during an app refresh; %d app refreshes", kCliRuns, runsDuringRefresh,
          refreshes);

    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 5).join(u'\n')));
    QVERIFY2(refreshes >= 2, "the app should have refreshed several times");
    QVERIFY2(runsDuringRefresh >= kCliRuns / 2, "the CLI runs should mostly overlap a refresh");
    const QSet<qint64> read = ids(QStringLiteral("SELECT item_id FROM item_state WHERE read = 1"));
    const QSet<qint64> journaled = ids(QStringLiteral("SELECT item_id FROM mark_journal WHERE field = 'read' AND value = 1"));
    for (const qint64 id : markedItems) {
        QVERIFY2(read.contains(id), qPrintable(QStringLiteral("item %1 lost its read mark").arg(id)));
        QVERIFY2(journaled.contains(id), qPrintable(QStringLiteral("item %1 is not in the journal").arg(id)));
    }
    for (const auto &[feedId, newest] : markedFeeds) {
        const QSet<qint64> ofFeed = ids(QStringLiteral("SELECT id FROM items WHERE feed_id = %1 AND id <= %2").arg(feedId).arg(newest));
        QVERIFY(!ofFeed.isEmpty());
        QVERIFY2(read.contains(ofFeed), qPrintable(QStringLiteral("feed %1 lost read marks").arg(feedId)));
        QVERIFY2(journaled.contains(ofFeed), qPrintable(QStringLiteral("feed %1 misses journal rows").arg(feedId)));
    }
    // Every read item got there through a journaled mark, and the earlier ones are still read.
    QVERIFY(journaled.contains(read));
    QVERIFY(read.contains(readBefore));
    QCOMPARE(integrity(), QStringLiteral("ok"));
}

// A refresh of many feeds commits batch after batch, taking the write lock again right after each
// commit, and SQLite's busy handler only polls (every 100 ms once it has waited a while): another
// process can miss every gap for longer than the busy timeout (5 s). Measured with the tests above
// and the timeout cut down (LD_PRELOAD): at 250 ms and at 1 s `tidings-cli mark-read` failed with
// "the database is busy" while the app refreshed. Here a connection of this process writes the way
// the store's writer does under a long refresh, batches of 100 ms back to back, for 14 s (longer than
// the two busy timeouts a job used to wait) while the CLI marks an item read: the mark waits for
// the lock and is written.
void TstCliSharedProfile::markWaitsOutAWriterThatNeverPauses()
{
    constexpr qint64 kHogMs = 14000;
    const qint64 item = scalar(QStringLiteral("SELECT min(item_id) FROM item_state WHERE read = 0 AND feed_id > 5")).toLongLong();
    QVERIFY(item > 0);
    std::atomic<int> commits{0};
    QString hogError;
    QThread *hog = QThread::create([&] {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hog"));
            db.setDatabaseName(m_profile.filePath(Store::databaseFileName()));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open())
                hogError = db.lastError().text();
            QSqlQuery query(db);
            QElapsedTimer clock;
            clock.start();
            while (hogError.isEmpty() && clock.elapsed() < kHogMs) {
                for (const char *sql : {"BEGIN IMMEDIATE", "INSERT OR REPLACE INTO meta(key, value) VALUES ('test.hog', 'x')",
                                        "COMMIT"}) {
                    if (sql[0] == 'C')
                        QThread::msleep(100);
                    if (!query.exec(QString::fromLatin1(sql))) {
                        hogError = query.lastError().text();
                        break;
                    }
                }
                ++commits;
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hog"));
    });
    hog->start();
    QTRY_VERIFY(commits > 0);
    QElapsedTimer clock;
    clock.start();
    const CliRun cli = runCliIn(m_profile.path(), {QStringLiteral("mark-read"), QStringLiteral("--item"), QString::number(item)});
    const qint64 waited = clock.elapsed();
    QVERIFY(hog->wait(60000));
    delete hog;
    qInfo("the other writer committed %d times; mark-read took %lld ms", commits.load(), waited);
    QVERIFY2(hogError.isEmpty(), qPrintable(hogError));
    QVERIFY2(cli.exitCode == 0 && cli.out == "1 item marked read\n" && cli.err.isEmpty(),
             qPrintable(describe("mark-read", cli.exitCode, cli.out, cli.err)));
    QCOMPARE(scalar(QStringLiteral("SELECT read FROM item_state WHERE item_id = %1").arg(item)).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mark_journal WHERE item_id = %1 AND field = 'read' AND value = 1")
                        .arg(item)).toInt(), 1);
    QCOMPARE(integrity(), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TstCliSharedProfile)
#include "tst_clisharedprofile.moc"
