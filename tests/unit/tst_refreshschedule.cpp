// When a refresh says each feed is due next (FeedRow::nextFetch, what the app's automatic refresh
// asks the core about): the default interval, a feed's own interval, the publisher's <ttl> and
// sy:updatePeriod hints, the back-off after failures and a server's Retry-After, and never again
// for a feed that is gone. backoff.h's rules are table-tested in tst_backoff; this proves the
// refresh hands them the right inputs. Real parts: a SQLite profile and a loopback HTTP server.

#include "core/service/refreshservice.h"
#include "core/store/store.h"

#include "../support/scriptedhttpserver.h"
#include "tst_storehelpers.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tidings;
using namespace storetest;

namespace {

QByteArray rss(const QByteArray &channelExtra)
{
    return "<rss version=\"2.0\" xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><channel><title>T</title>"
        + channelExtra + "<item><guid>1</guid><title>A</title></item></channel></rss>";
}

} // namespace

class TstRefreshSchedule : public QObject
{
    Q_OBJECT

private slots:
    void nextFetchFollowsIntervalsHintsAndBackoff();
};

void TstRefreshSchedule::nextFetchFollowsIntervalsHintsAndBackoff()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    ScriptedHttpServer server;
    const QList<QPair<QByteArray, QByteArray>> xml = {{"Content-Type", "application/rss+xml"}};
    server.respond("/plain.xml", 200, rss(""), xml);
    server.respond("/own.xml", 200, rss(""), xml);
    server.respond("/ttl.xml", 200, rss("<ttl>180</ttl>"), xml);
    server.respond("/ttlbelow.xml", 200, rss("<ttl>5</ttl>"), xml);
    // Twice a day: 720 minutes.
    server.respond("/sy.xml", 200, rss("<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>"), xml);
    server.respond("/broken.xml", 500, "no", {});
    server.respond("/busy.xml", 503, "later", {{"Retry-After", "36000"}});
    server.respond("/gone.xml", 410, "gone", {});
    QHash<QString, qint64> ids;
    for (const char *name : {"plain", "own", "ttl", "ttlbelow", "sy", "broken", "busy", "gone"}) {
        const QString path = QStringLiteral("/%1.xml").arg(QLatin1String(name));
        ids.insert(QLatin1String(name), addFeed(store, server.url(path).toString()));
    }
    FeedOptions own;
    own.url = server.url(QStringLiteral("/own.xml")).toString();
    own.updateIntervalMinutes = 15;
    QVERIFY(sync(store, [&](Completion done) { store.setFeedOptions(ids.value(QStringLiteral("own")), own, done); }).ok);

    RefreshService service(store);
    QSignalSpy finished(&service, &RefreshService::finished);
    RefreshOptions options;
    options.defaultIntervalMinutes = 60;
    QDateTime before;
    QDateTime after;
    const auto refresh = [&] {
        before = QDateTime::currentDateTimeUtc();
        const qsizetype count = finished.size();
        QVERIFY(service.start(options));
        if (finished.size() == count)
            QVERIFY(finished.wait(20000));
        store.waitForIdle();
        after = QDateTime::currentDateTimeUtc();
    };
    const auto row = [&](const char *name) {
        for (const FeedRow &feed : store.feeds().rows) {
            if (feed.id == ids.value(QLatin1String(name)))
                return feed;
        }
        return FeedRow();
    };
    // Due `minutes` after the refresh fetched it (a second either way for the stored precision).
    const auto dueAfter = [&](const char *name, qint64 minutes) {
        const QDateTime next = row(name).nextFetch;
        const bool ok = next.isValid() && next >= before.addSecs(minutes * 60 - 1) && next <= after.addSecs(minutes * 60 + 1);
        if (!ok) {
            qWarning("%s: next fetch %s, wanted %lld minutes after %s", name, qPrintable(next.toString(Qt::ISODateWithMs)),
                     minutes, qPrintable(before.toString(Qt::ISODateWithMs)));
        }
        return ok;
    };

    refresh();
    QVERIFY(dueAfter("plain", 60));      // the default interval
    QVERIFY(dueAfter("own", 15));        // the feed's own, shorter
    QVERIFY(dueAfter("ttl", 180));       // <ttl> raises the interval ...
    QVERIFY(dueAfter("ttlbelow", 60));   // ... but never lowers it
    QVERIFY(dueAfter("sy", 720));        // sy:updatePeriod/updateFrequency
    QVERIFY(dueAfter("broken", 60));     // the first failure: one interval
    QCOMPARE(row("broken").consecutiveFailures, 1);
    QVERIFY(dueAfter("busy", 600));      // Retry-After: 36000 s, beyond the back-off
    QVERIFY(!row("gone").nextFetch.isValid());   // never again on its own
    QCOMPARE(row("gone").status, FeedStatus::Gone);

    // Each failure in a row doubles the wait; a success ends the back-off.
    refresh();
    QCOMPARE(row("broken").consecutiveFailures, 2);
    QVERIFY(dueAfter("broken", 120));
    refresh();
    QCOMPARE(row("broken").consecutiveFailures, 3);
    QVERIFY(dueAfter("broken", 240));
    server.respond("/broken.xml", 200, rss(""), xml);
    refresh();
    QCOMPARE(row("broken").consecutiveFailures, 0);
    QVERIFY(dueAfter("broken", 60));
    // The hints are kept from the last document: a 304 or an unchanged body still honours them.
    QVERIFY(dueAfter("ttl", 180));
    QVERIFY(dueAfter("sy", 720));
    // A document that lowers its hint is believed at once (the stored 180 minutes do not linger).
    server.respond("/ttl.xml", 200, rss("<ttl>30</ttl>"), xml);
    refresh();
    QVERIFY(dueAfter("ttl", 60));
    QCOMPARE(row("ttl").ttlMinutes, 30);

    // A due-only check finds none of them due now, and fetches nothing.
    const qsizetype requests = server.requests().size();
    options.dueOnly = true;
    refresh();
    QCOMPARE(finished.last().first().value<RefreshSummary>().feeds, 0);
    QCOMPARE(server.requests().size(), requests);
}

QTEST_GUILESS_MAIN(TstRefreshSchedule)
#include "tst_refreshschedule.moc"
