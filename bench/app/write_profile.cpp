// bench_profile: writes the desktop app benchmark's profile (bench/app/profilecorpus.h: 1000 feeds,
// 1,000,000 items) into a folder through the real Store API: importSubscriptions, then
// storeFetchResult with generated feeds, a few thousand items per job. An existing complete profile
// is left alone (bench/run-app-bench.sh reuses it between runs).
//
//   bench_profile DIR [--items N] [--feeds N] [--big N]

#include "profilecorpus.h"

#include "core/store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>

#include <cstdio>

using namespace tidings;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes the desktop app benchmark's profile."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("dir"), QStringLiteral("The profile folder."));
    const QCommandLineOption itemsOption(QStringLiteral("items"), QStringLiteral("Items in all."), QStringLiteral("N"),
                                         QStringLiteral("1000000"));
    const QCommandLineOption feedsOption(QStringLiteral("feeds"), QStringLiteral("Feeds."), QStringLiteral("N"),
                                         QStringLiteral("1000"));
    const QCommandLineOption bigOption(QStringLiteral("big"), QStringLiteral("Items of feed 0."), QStringLiteral("N"),
                                       QStringLiteral("100000"));
    parser.addOptions({itemsOption, feedsOption, bigOption});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    bench::ProfileLayout layout;
    layout.items = parser.value(itemsOption).toLongLong();
    layout.feeds = parser.value(feedsOption).toInt();
    layout.bigFeedItems = parser.value(bigOption).toInt();
    const QString dir = QDir(parser.positionalArguments().constFirst()).absolutePath();
    const QString doneMarker = dir + QStringLiteral("/bench-profile-complete");
    if (QFile::exists(doneMarker)) {
        std::printf("profile %s exists; remove the folder to write it again\n", qPrintable(dir));
        return 0;
    }
    QDir().mkpath(dir);
    QFile::remove(dir + u'/' + Store::databaseFileName());

    QElapsedTimer total;
    total.start();
    Store store;
    if (const QString error = store.open(dir); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<NewSubscription> subscriptions;
    for (int f = 0; f < layout.feeds; ++f)
        subscriptions.append({bench::feedUrl(f), bench::feedTitle(f), bench::folderOf(f)});
    bool failed = false;
    const auto check = [&failed](const WriteResult &result) {
        if (!result.ok) {
            std::fprintf(stderr, "store job failed: %s\n", qPrintable(result.error));
            failed = true;
        }
    };
    store.importSubscriptions(subscriptions, check);
    store.waitForIdle();
    QHash<QString, qint64> idByUrl;
    for (const FeedRow &feed : store.feeds().rows)
        idByUrl.insert(feed.url, feed.id);

    // The main thread generates and prepares the next job while the writer stores the last ones;
    // at most two wait, so memory stays flat.
    constexpr int kChunk = 2000;
    int pending = 0;
    qint64 written = 0;
    const QList<int> counts = bench::itemsPerFeed(layout);
    QEventLoop loop;
    for (int f = 0; f < layout.feeds && !failed; ++f) {
        const qint64 feedId = idByUrl.value(bench::feedUrl(f));
        // Oldest chunk first, as a feed grows; first_seen then follows the dates roughly.
        for (int first = ((counts[f] - 1) / kChunk) * kChunk; first >= 0 && !failed; first -= kChunk) {
            const int count = qMin(kChunk, counts[f] - first);
            PreparedFeed prepared = store.prepare(bench::generateItems(f, counts[f], first, count));
            while (pending >= 2)
                loop.processEvents(QEventLoop::WaitForMoreEvents);
            FeedFetchState state;
            state.fetchedAt = QDateTime::currentDateTimeUtc();
            state.status = FeedStatus::Ok;
            ++pending;
            store.storeFetchResult(feedId, state, std::move(prepared), [&](const WriteResult &result) {
                --pending;
                check(result);
            });
            written += count;
        }
        if (f % 50 == 0)
            std::printf("feed %d/%d, %lld items, %.1f s\n", f, layout.feeds, written, total.elapsed() / 1000.0);
        std::fflush(stdout);
    }
    store.waitForIdle();
    if (failed)
        return 1;
    QFile marker(doneMarker);
    marker.open(QIODevice::WriteOnly);
    marker.write(QStringLiteral("%1 feeds, %2 items\n").arg(layout.feeds).arg(layout.items).toUtf8());
    std::printf("wrote %lld items in %d feeds to %s in %.1f s\n", written, layout.feeds, qPrintable(dir),
                total.elapsed() / 1000.0);
    return 0;
}
