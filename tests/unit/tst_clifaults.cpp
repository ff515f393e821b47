// A refresh of 200 feeds where a third of the servers misbehave (issue 6, "Network faults"): refused
// connections, resets mid-body, slowloris headers, endless chunked bodies, gzip bombs, lying
// Content-Length, 60-hop redirect chains, redirects to file:, 20,000 header lines, 5xx storms and
// TLS spoken to a plain server. Every good feed is stored, every bad one is named with a reason,
// the refresh ends within the per-request deadline, and the process' peak memory stays near that of
// a normal refresh (the fetcher's shared download budget).

#include "../support/clirun.h"
#include "../support/faultyfeeds.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TIDINGS_TEST_ASAN 1   // clang's spelling of GCC's __SANITIZE_ADDRESS__
#endif
#endif

class TstCliFaults : public QObject
{
    Q_OBJECT

private slots:
    void aThirdMisbehaving();
};

void TstCliFaults::aThirdMisbehaving()
{
    const FaultyFeeds feeds;
    QTemporaryDir profile;
    QFile file(profile.filePath(QStringLiteral("list.opml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(feeds.opml());
    file.close();
    QCOMPARE(runCliIn(profile.path(), {QStringLiteral("import"), file.fileName()}).exitCode, 0);

    QElapsedTimer clock;
    clock.start();
    const CliRun refresh = runCli({QStringLiteral("--profile"), profile.path(), QStringLiteral("refresh")}, {}, 240000);
    const qint64 elapsedMs = clock.elapsed();
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const long peakKiB = usage.ru_maxrss;   // the largest child so far: this refresh
    qInfo("200 feeds, %d misbehaving: %lld ms, peak RSS %ld KiB", feeds.badCount(), elapsedMs, peakKiB);

    // Some failed: exit 1, the total says how many, each bad feed has a line of its own with a reason.
    QCOMPARE(refresh.exitCode, 1);
    const QByteArray summary = QByteArray::number(feeds.goodCount()) + " ok, " + QByteArray::number(feeds.badCount()) + " failed";
    const QByteArray total = refresh.out.trimmed().split('\n').last();
    if (!refresh.out.contains(summary)) {
        for (const QByteArray &line : refresh.out.split('\n')) {
            if (line.startsWith("ok") && line.contains("/feed.xml"))
                qWarning("a misbehaving feed passed: %s", line.constData());
            if (line.startsWith("failed") && line.contains("/good/"))
                qWarning("a good feed failed: %s", line.constData());
        }
    }
    QVERIFY2(refresh.out.contains(summary), total.constData());
    int failedLines = 0;
    for (const QByteArray &line : refresh.out.split('\n')) {
        if (!line.startsWith("failed"))
            continue;
        ++failedLines;
        // "failed   <title> (<url>): <reason>"
        QVERIFY2(line.contains("): ") && line.indexOf("): ") + 4 < line.size(), line.constData());
    }
    QCOMPARE(failedLines, feeds.badCount());
    // Ends within the per-request deadline (60 s) plus the time to store the rest.
    QVERIFY2(elapsedMs < 80000, qPrintable(QString::number(elapsedMs)));
    // Bounded memory: the bomb is refused by Qt's inflate guard, and all bodies together, received
    // or waiting to be parsed, stay within the fetcher's shared budget (96 MiB): endless bodies wait
    // with their sockets held back, and give way when others wait too (DownloadBudget). Before the
    // budget, each could fill the per-request cap (64 MiB) at once: 340-395 MiB; with it 124-125
    // MiB (Debug; docs/reliability.md). AddressSanitizer keeps freed memory in quarantine.
#if defined(__SANITIZE_ADDRESS__) || defined(TIDINGS_TEST_ASAN)
    const long boundKiB = 640 * 1024;
#else
    const long boundKiB = 160 * 1024;
#endif
    QVERIFY2(peakKiB < boundKiB, qPrintable(QString::number(peakKiB)));

    const CliRun items = runCliIn(profile.path(), {QStringLiteral("items"), QStringLiteral("--json")});
    QCOMPARE(items.exitCode, 0);
    QCOMPARE(int(items.out.count("\"guid\"")), feeds.goodCount() * FaultyFeeds::kItems);
}

QTEST_GUILESS_MAIN(TstCliFaults)
#include "tst_clifaults.moc"
