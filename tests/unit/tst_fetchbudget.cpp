// The memory budget all downloads of one FeedFetcher share (DownloadBudget), against real loopback
// servers: endless bodies wait or give way instead of piling up, good feeds still arrive whole,
// a waiting download holds its server back through the socket, and its deadline keeps running
// while its stall timer does not.

#include "../support/fetchhelpers.h"
#include "../support/scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <zlib.h>

#include <memory>
#include <vector>

using namespace tidings;

namespace {

constexpr qint64 kMiB = 1 << 20;

// A feed of about `size` bytes, different for each n.
QByteArray feedOfSize(int n, int size)
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Feed " + QByteArray::number(n) + "</title>";
    for (int i = 0; xml.size() < size; ++i)
        xml += "<item><guid>" + QByteArray::number(n) + "-" + QByteArray::number(i) + "</guid><description>"
               + QByteArray(200, char('a' + (n + i) % 26)) + "</description></item>";
    return xml + "</channel></rss>";
}

// An endless chunked body, written as fast as the client takes it; `written` counts what the
// server got rid of (into the kernel), so it shows whether the client holds the server back.
void serveEndless(ScriptedHttpServer &server, std::shared_ptr<qint64> written)
{
    server.on("/endless", [written](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nTransfer-Encoding: chunked\r\n\r\n");
        const QByteArray chunk = "10000\r\n" + QByteArray(0x10000, 'x') + "\r\n";
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [written](qint64 bytes) { *written += bytes; });
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk] {
            if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024)
                socket->write(chunk);
        });
        timer->start(1);
    });
}

// The same, gzip-compressed: a block of text that repeats within deflate's window, so it shrinks
// about 20-fold, below the ratio at which Qt calls a stream a decompression bomb. Each block ends
// with a full flush, which resets the compressor: the same compressed bytes can be sent again and
// again, as fast as the client takes them.
void serveEndlessGzip(ScriptedHttpServer &server, std::shared_ptr<qint64> written, std::shared_ptr<qint64> plain)
{
    QByteArray segment(4096, Qt::Uninitialized);
    for (char &c : segment)
        c = char('a' + QRandomGenerator::global()->bounded(26));
    const QByteArray block = segment.repeated(16);
    z_stream stream{};
    deflateInit2(&stream, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    auto compress = [&] {
        QByteArray out(block.size() + 1024, Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(block.constData()));
        stream.avail_in = uInt(block.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        deflate(&stream, Z_FULL_FLUSH);
        out.resize(out.size() - qsizetype(stream.avail_out));
        return QByteArray::number(out.size(), 16) + "\r\n" + out + "\r\n";
    };
    const QByteArray first = compress();   // with the gzip header
    const QByteArray next = compress();
    deflateEnd(&stream);
    server.on("/endless.gz", [=](const ScriptedHttpServer::Request &, QTcpSocket *socket) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Encoding: gzip\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n" + first);
        *plain += block.size();
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [written](qint64 bytes) { *written += bytes; });
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [=] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024) {
                socket->write(next);
                *plain += block.size();
            }
        });
        timer->start(1);
    });
}

// Resident memory of this process now, in KiB.
qint64 rssKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    return statm.readAll().split(' ').value(1).toLongLong() * 4;
}

// Spins the loop for `ms` (the servers live on it).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

class TstFetchBudget : public QObject
{
    Q_OBJECT

private slots:
    void endlessBodiesShareTheBudgetAndGoodFeedsArrive();
    void aWaitingDownloadHoldsItsServerBack();
    void aWaitingDownloadEndsAtItsDeadlineNotAtTheStallLimit();
    void aWaitingCompressedDownloadHoldsItsServerBack();
    void handedOnBodiesCountUntilReleased();
    void theBudgetMovesWithItsFetcher();
};

void TstFetchBudget::endlessBodiesShareTheBudgetAndGoodFeedsArrive()
{
    // 8 endless bodies on servers of their own and 20 good feeds of 50-400 KB on one server, all
    // queued at once: the endless ones could each fill the per-request cap (4 MiB: 32 MiB in all);
    // the budget (8 MiB) makes them wait and give way instead.
    std::vector<std::unique_ptr<ScriptedHttpServer>> endless;
    std::vector<std::shared_ptr<qint64>> written;
    ScriptedHttpServer good;
    QList<FetchRequest> requests;
    QHash<qint64, QByteArray> expected;
    for (int n = 0; n < 28; ++n) {
        if (n % 7 == 3 || n % 7 == 5) {   // 8 of 28, spread through the queue
            endless.push_back(std::make_unique<ScriptedHttpServer>());
            written.push_back(std::make_shared<qint64>(0));
            serveEndless(*endless.back(), written.back());
            requests.append(feedRequest(endless.back()->url(QStringLiteral("/endless")), n));
        } else {
            const QByteArray path = "/good/" + QByteArray::number(n);
            expected.insert(n, feedOfSize(n, 50'000 + 18'000 * n));
            good.respond(path, 200, expected.value(n), {{"Content-Type", "application/rss+xml"}});
            requests.append(feedRequest(good.url(QString::fromLatin1(path)), n));
        }
    }
    QCOMPARE(int(endless.size()), 8);

    FeedFetcher fetcher;
    FeedFetcher::Limits limits = testLimits();
    limits.budgetBytes = 8 * kMiB;
    limits.request.maxBodyBytes = 4 * kMiB;
    limits.request.deadlineMs = 8000;
    fetcher.setLimits(limits);
    // Each result is checked and let go as it comes, as the refresh's parse jobs do: a body kept
    // here would keep its bytes counted and leave less for the rest.
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    int tooLarge = 0;
    qint64 maxHeldByAGoodBody = 0;
    QEventLoop loop;
    connect(&fetcher, &FeedFetcher::finished, &loop, [&](FetchResult result) {
        ++done;
        if (expected.contains(result.feedId)) {
            if (result.outcome != FetchOutcome::Ok || result.body != expected.value(result.feedId))
                qWarning("good feed %lld: %s %s", result.feedId, outcomeName(result.outcome).data(), qPrintable(result.message));
            else
                expected.remove(result.feedId);
            maxHeldByAGoodBody = qMax(maxHeldByAGoodBody, result.bodyHold.bytes());
        } else if (result.outcome != FetchOutcome::TooLarge
                   || !(result.message.contains(QLatin1String("larger than the limit of 4194304 bytes"))
                        || result.message.contains(QLatin1String("alongside the other downloads")))
                   || !result.body.isEmpty()) {
            // Either the per-request cap or the shared budget stops it, each with its own reason.
            qWarning("endless body %lld: %s %s", result.feedId, outcomeName(result.outcome).data(), qPrintable(result.message));
        } else {
            tooLarge += result.message.contains(QLatin1String("alongside")) ? 1 : 0;
        }
        if (done == requests.size())
            loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    fetcher.enqueue(requests);
    loop.exec();
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(done, int(requests.size()));
    QVERIFY2(expected.isEmpty(), "a good feed was lost (see above)");

    qInfo("peak held %lld of %lld bytes; %d endless bodies gave way to the others; %lld ms",
          fetcher.budget().peakBytes(), fetcher.budget().limit(), tooLarge, elapsed);
    // The counter is the fetcher's own, moved by every buffer that grows: never past the budget.
    QVERIFY2(fetcher.budget().peakBytes() <= 8 * kMiB, qPrintable(QString::number(fetcher.budget().peakBytes())));
    QVERIFY(fetcher.budget().peakBytes() > 4 * kMiB);   // it was really contended
    QVERIFY(tooLarge > 0);
    QVERIFY(maxHeldByAGoodBody > 0);   // results carry their bytes until let go
    QVERIFY2(elapsed < limits.request.deadlineMs, qPrintable(QString::number(elapsed)));
    QCOMPARE(fetcher.budget().heldBytes(), 0);
    QCOMPARE(fetcher.budget().runningCount(), 0);
}

void TstFetchBudget::aWaitingDownloadHoldsItsServerBack()
{
    // A body handed on (kept here, as a slow parser would) fills most of the budget; an endless
    // body then finds no room and waits. It must not fail for that, and its server must be held
    // back through the socket rather than its bytes piling up inside Qt.
    ScriptedHttpServer server;
    const QByteArray big = feedOfSize(1, int(2.5 * kMiB));
    server.respond("/big", 200, big);
    auto written = std::make_shared<qint64>(0);
    serveEndless(server, written);

    FeedFetcher fetcher;
    FeedFetcher::Limits limits = testLimits();
    limits.budgetBytes = 4 * kMiB;
    limits.request.maxBodyBytes = 3 * kMiB;
    limits.request.deadlineMs = 20000;
    fetcher.setLimits(limits);
    QList<FetchResult> kept = fetchAll(fetcher, {feedRequest(server.url(QStringLiteral("/big")), 1)});
    QCOMPARE_OUTCOME(kept.value(0), FetchOutcome::Ok);
    QCOMPARE(kept.value(0).body, big);

    QList<FetchResult> results;
    connect(&fetcher, &FeedFetcher::finished, this, [&](const FetchResult &result) { results.append(result); });
    fetcher.enqueue(feedRequest(server.url(QStringLiteral("/endless")), 2));
    QVERIFY(QTest::qWaitFor([&] { return fetcher.budget().waitingCount() == 1; }, 5000));
    spin(300);
    const qint64 whenWaiting = *written;
    spin(1500);
    const qint64 afterWaiting = *written;
    qInfo("the server wrote %lld bytes until the download waited, %lld more in the 1.5 s it waited",
          whenWaiting, afterWaiting - whenWaiting);
    QVERIFY(results.isEmpty());   // waiting, not failed
    QCOMPARE(fetcher.budget().waitingCount(), 1);
    // Loopback moves hundreds of MiB a second: held back, the server gets nothing more out.
    QVERIFY2(afterWaiting - whenWaiting < 64 * 1024, qPrintable(QString::number(afterWaiting - whenWaiting)));
    QVERIFY2(afterWaiting < 16 * kMiB, qPrintable(QString::number(afterWaiting)));
    QVERIFY(fetcher.budget().peakBytes() <= 4 * kMiB);

    // The handed-on body is done with: the waiting download goes on, until its own cap stops it.
    kept.clear();
    QVERIFY(QTest::qWaitFor([&] { return !results.isEmpty(); }, 10000));
    QCOMPARE_OUTCOME(results.value(0), FetchOutcome::TooLarge);
    QVERIFY2(results.value(0).message.contains(QLatin1String("larger than the limit")), qPrintable(results.value(0).message));
    QVERIFY(*written > 3 * kMiB);
    QVERIFY(fetcher.budget().peakBytes() <= 4 * kMiB);
}

void TstFetchBudget::aWaitingDownloadEndsAtItsDeadlineNotAtTheStallLimit()
{
    ScriptedHttpServer server;
    const QByteArray big = feedOfSize(1, int(2.5 * kMiB));
    server.respond("/big", 200, big);
    auto written = std::make_shared<qint64>(0);
    serveEndless(server, written);

    FeedFetcher fetcher;
    FeedFetcher::Limits limits = testLimits();
    limits.budgetBytes = 4 * kMiB;
    limits.request.maxBodyBytes = 3 * kMiB;
    limits.request.stallMs = 400;     // a stall timer that kept running would end it after 0.4 s
    limits.request.deadlineMs = 2000;
    fetcher.setLimits(limits);
    const QList<FetchResult> kept = fetchAll(fetcher, {feedRequest(server.url(QStringLiteral("/big")), 1)});
    QCOMPARE_OUTCOME(kept.value(0), FetchOutcome::Ok);

    QElapsedTimer clock;
    clock.start();
    const QList<FetchResult> results = fetchAll(fetcher, {feedRequest(server.url(QStringLiteral("/endless")), 2)});
    const qint64 elapsed = clock.elapsed();
    QCOMPARE_OUTCOME(results.value(0), FetchOutcome::Timeout);
    QVERIFY2(results.value(0).message.contains(QLatin1String("waiting for memory")), qPrintable(results.value(0).message));
    QVERIFY2(elapsed >= 1800 && elapsed < 3000, qPrintable(QString::number(elapsed)));
    QVERIFY(fetcher.budget().peakBytes() <= 4 * kMiB);
}

void TstFetchBudget::aWaitingCompressedDownloadHoldsItsServerBack()
{
    // Qt inflates gzip itself (we do not set Accept-Encoding): the budget counts the inflated
    // bytes we take, and Qt's own buffer, bounded in compressed bytes, must not inflate ahead
    // without end while we wait.
    ScriptedHttpServer server;
    const QByteArray big = feedOfSize(1, int(2.5 * kMiB));
    server.respond("/big", 200, big);
    auto written = std::make_shared<qint64>(0);
    auto plain = std::make_shared<qint64>(0);
    serveEndlessGzip(server, written, plain);

    FeedFetcher fetcher;
    FeedFetcher::Limits limits = testLimits();
    limits.budgetBytes = 4 * kMiB;
    limits.request.maxBodyBytes = 3 * kMiB;
    limits.request.deadlineMs = 20000;
    fetcher.setLimits(limits);
    QList<FetchResult> kept = fetchAll(fetcher, {feedRequest(server.url(QStringLiteral("/big")), 1)});
    QCOMPARE_OUTCOME(kept.value(0), FetchOutcome::Ok);

    QList<FetchResult> results;
    connect(&fetcher, &FeedFetcher::finished, this, [&](const FetchResult &result) { results.append(result); });
    const qint64 rssBefore = rssKiB();
    fetcher.enqueue(feedRequest(server.url(QStringLiteral("/endless.gz")), 2));
    QVERIFY(QTest::qWaitFor([&] { return fetcher.budget().waitingCount() == 1; }, 5000));
    spin(1000);
    const qint64 settled = *written;
    spin(2000);
    const qint64 rssGrowth = rssKiB() - rssBefore;
    qInfo("compressed %lld of %lld bytes (1:%.1f) before it settled, %lld more in the next 2 s; RSS +%lld KiB",
          settled, *plain, double(*plain) / qMax<qint64>(1, settled), *written - settled, rssGrowth);
    QVERIFY(results.isEmpty());
    QVERIFY2(*written - settled < 64 * 1024, qPrintable(QString::number(*written - settled)));
    QVERIFY2(settled < 8 * kMiB, qPrintable(QString::number(settled)));
    QVERIFY2(rssGrowth < 32 * 1024, qPrintable(QString::number(rssGrowth)));
    kept.clear();
    QVERIFY(QTest::qWaitFor([&] { return !results.isEmpty(); }, 10000));
    QCOMPARE_OUTCOME(results.value(0), FetchOutcome::TooLarge);
    QVERIFY(fetcher.budget().peakBytes() <= 4 * kMiB);
}

void TstFetchBudget::handedOnBodiesCountUntilReleased()
{
    ScriptedHttpServer server;
    const QByteArray body = feedOfSize(1, 300'000);
    server.respond("/feed", 200, body, {{"Content-Type", "application/rss+xml"}});
    FeedFetcher fetcher;
    fetcher.setLimits(testLimits());
    QList<FetchResult> results = fetchAll(fetcher, {feedRequest(server.url(QStringLiteral("/feed")))});
    QCOMPARE_OUTCOME(results.value(0), FetchOutcome::Ok);
    // Content-Length known and not compressed: the buffer is exactly the body.
    QCOMPARE(results.value(0).bodyHold.bytes(), qint64(body.size()));
    QCOMPARE(fetcher.budget().heldBytes(), qint64(body.size()));
    FetchResult copy = results.value(0);   // copies share one hold
    results.clear();
    QCOMPARE(fetcher.budget().heldBytes(), qint64(body.size()));
    copy.bodyHold.reset();
    QCOMPARE(fetcher.budget().heldBytes(), 0);
}

// RefreshService runs its fetcher on a thread of its own: the budget's decisions (on its thread's
// loop) call into the jobs, so it must live where they do. Left behind, it raced them (the CLI
// crashed in 2 of 9 runs of tst_clifaults).
void TstFetchBudget::theBudgetMovesWithItsFetcher()
{
    QThread thread;
    FeedFetcher fetcher;
    fetcher.moveToThread(&thread);
    QCOMPARE(fetcher.budget().thread(), &thread);
}

QTEST_GUILESS_MAIN(TstFetchBudget)
#include "tst_fetchbudget.moc"
