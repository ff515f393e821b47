// A full disk (threats.md §6, reliability.md): the profile on a tiny tmpfs. Writes that do not fit
// fail with a clear message, nothing reported as stored is lost, the database stays intact, and
// once there is room again the same profile works without being reopened or repaired.
// Mounting needs root (CI runs as root); elsewhere the test is skipped and says why.

#include "../support/clirun.h"
#include "../support/scriptedhttpserver.h"
#include "tst_storehelpers.h"

#include <QProcess>
#include <QRandomGenerator>

#include <unistd.h>

using namespace tidings;
using namespace storetest;

namespace {

// Text that zstd cannot shrink much, so a few items fill a small disk.
QString noise(QRandomGenerator &random, int words)
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
    QString text;
    for (int w = 0; w < words; ++w) {
        const int length = 3 + int(random.bounded(8));
        for (int i = 0; i < length; ++i)
            text.append(QLatin1Char(letters[random.bounded(26)]));
        text.append(u' ');
    }
    return text;
}

Feed bigFeed(int first, int count, QRandomGenerator &random)
{
    Feed feed = makeFeed(first, count);
    for (Item &item : feed.items)
        item.content = QStringLiteral("<p>") + noise(random, 3000) + QStringLiteral("</p>");
    return feed;
}

bool mountTmpfs(const QString &dir, const QString &size, QString *error)
{
    QProcess mount;
    mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=%1,mode=0700").arg(size), QStringLiteral("tmpfs"), dir});
    if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
        *error = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

bool remount(const QString &dir, const QString &size)
{
    return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,size=%1").arg(size), dir}) == 0;
}

} // namespace

class TstCliDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storeReportsFullDiskAndRecovers();
    void cliRefreshOnAFullDisk();

private:
    QTemporaryDir m_base;
    QString m_mount;
};

void TstCliDiskFull::init()
{
    if (::geteuid() != 0)
        QSKIP("mounting a small tmpfs for the profile needs root");
    m_mount = m_base.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(m_mount));
    QString error;
    if (!mountTmpfs(m_mount, QStringLiteral("3m"), &error))
        QSKIP(qPrintable(QStringLiteral("tmpfs cannot be mounted here: ") + error));
}

void TstCliDiskFull::cleanup()
{
    if (!m_mount.isEmpty())
        QProcess::execute(QStringLiteral("umount"), {m_mount});
    m_mount.clear();
}

void TstCliDiskFull::storeReportsFullDiskAndRecovers()
{
    QRandomGenerator random(20261126);
    const QString profile = m_mount + QStringLiteral("/profile");
    QString databasePath;
    qint64 feed = 0;
    QList<qint64> markedRead;
    int stored = 0;
    {
        Store store;
        QCOMPARE(store.open(profile), QString());
        databasePath = store.databasePath();
        feed = addFeed(store, QStringLiteral("https://example.org/big.xml"));
        QVERIFY(feed > 0);
        // Batches of big items until the disk refuses one.
        WriteResult last;
        for (int batch = 0; batch < 100; ++batch) {
            last = storeFeed(store, feed, bigFeed(batch * 10, 10, random));
            if (!last.ok)
                break;
            stored += last.inserted;
            if (batch == 0) {
                // A read mark made while there is room must survive what follows.
                const ReadResult<ItemRow> items = store.items({});
                markedRead = {items.rows.first().id, items.rows.last().id};
                QVERIFY(sync(store, [&](Completion done) { store.markRead(ItemSelection::items(markedRead), true, done); }).ok);
            }
        }
        QVERIFY2(!last.ok, "the 3 MB disk never filled up");
        QVERIFY(stored > 0);
        // One sentence that names the problem, and nothing of the failed job in the counts.
        QVERIFY2(last.error.contains(QLatin1String("full"), Qt::CaseInsensitive), qPrintable(last.error));
        QCOMPARE(last.inserted, 0);
        QCOMPARE(store.items({}).rows.size(), stored);

        // Room again: the same, still open store goes on writing.
        QVERIFY(remount(m_mount, QStringLiteral("64m")));
        const WriteResult after = storeFeed(store, feed, bigFeed(5000, 3, random));
        QVERIFY2(after.ok, qPrintable(after.error));
        QCOMPARE(after.inserted, 3);
    }
    Peek peek(databasePath);
    QCOMPARE(peek.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(peek.value(QStringLiteral("SELECT count(*) FROM items")).toInt(), stored + 3);
    for (qint64 id : markedRead)
        QCOMPARE(peek.value(QStringLiteral("SELECT read FROM item_state WHERE item_id = %1").arg(id)).toInt(), 1);
}

void TstCliDiskFull::cliRefreshOnAFullDisk()
{
    QRandomGenerator random(7);
    ScriptedHttpServer server;
    const int feeds = 12;
    for (int n = 0; n < feeds; ++n) {
        QByteArray xml = "<rss version=\"2.0\"><channel><title>Feed " + QByteArray::number(n) + "</title>";
        for (int i = 0; i < 16; ++i) {
            xml += "<item><guid>" + QByteArray::number(n) + "-" + QByteArray::number(i) + "</guid><title>Item</title>"
                   "<description>" + noise(random, 2500).toUtf8() + "</description></item>";
        }
        server.respond("/" + QByteArray::number(n) + ".xml", 200, xml + "</channel></rss>",
                       {{"Content-Type", "application/rss+xml"}});
    }
    const QString profile = m_mount + QStringLiteral("/cli");
    for (int n = 0; n < feeds; ++n) {
        const CliRun add = runCliIn(profile, {QStringLiteral("add"), server.url(QStringLiteral("/%1.xml").arg(n)).toString()});
        if (add.exitCode != 0) {
            // The disk may already be too small for a subscription: that is the case under test too.
            QVERIFY2(add.err.contains("full"), add.err.constData());
            break;
        }
    }
    const CliRun full = runCliIn(profile, {QStringLiteral("refresh")});
    // Some feeds did not fit: exit 1 (some failed), each failure named, no crash, no hang.
    QCOMPARE(full.exitCode, 1);
    QVERIFY2((full.out + full.err).contains("full"), (full.out + full.err).constData());

    QVERIFY(remount(m_mount, QStringLiteral("64m")));
    const CliRun again = runCliIn(profile, {QStringLiteral("refresh")});
    QCOMPARE(again.exitCode, 0);
    const CliRun check = runCliIn(profile, {QStringLiteral("feeds"), QStringLiteral("--json")});
    QCOMPARE(check.exitCode, 0);
    Peek peek(profile + QStringLiteral("/tidings.sqlite"));
    QCOMPARE(peek.value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    const int items = peek.value(QStringLiteral("SELECT count(*) FROM items")).toInt();
    const int subscribed = peek.value(QStringLiteral("SELECT count(*) FROM feeds")).toInt();
    QCOMPARE(items, subscribed * 16);
}

QTEST_GUILESS_MAIN(TstCliDiskFull)
#include "tst_clidiskfull.moc"
