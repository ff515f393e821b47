// The app half of issue 6's "Network faults": the real window refreshes the 200 feeds of
// tst_clifaults (a third of them misbehaving, support/faultyfeeds.h) while a person keeps using it.
// Every good feed's items are listed, every bad feed carries its badge and a reason, the refresh
// ends within the per-request deadline, peak memory stays bounded, and the GUI thread never stalls
// for long: a 10 ms timer on it records the longest gap between its ticks (less the time the thread
// waited for a CPU), while the test moves through the subscriptions, opens items and types into the
// filter, checking each takes effect.
// The servers run on a thread of their own, so their work is not counted as the app's.

#include "app/article/articlescheme.h"
#include "app/article/articleview.h"
#include "app/mainwindow.h"
#include "app/models/itemlistmodel.h"
#include "app/models/subscriptionmodel.h"
#include "app/refreshstatus.h"

#include "../support/faultyfeeds.h"
#include "../unit/tst_storehelpers.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <memory>

#include <time.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TIDINGS_TEST_ASAN 1   // clang's spelling of GCC's __SANITIZE_ADDRESS__
#endif
#endif

using namespace tidings;
using namespace tidings::app;
using namespace storetest;

namespace {

// The longest the GUI thread may be busy or blocked at a stretch. Measured (Debug, shared 2-core
// machine, docs/reliability.md) with the fetcher on its own thread: 25-48 ms in nine runs of ten, one
// unexplained 270 ms; so a single stall fails only past 400 ms, and more than a couple over 50 ms
// fails too. That second bound is what caught Qt inflating each gzip bomb on the GUI thread: one
// stall of 60-100 ms per bomb (5-10 over 50 ms per refresh), up to 655 ms when several came together.
#if defined(__SANITIZE_ADDRESS__) || defined(TIDINGS_TEST_ASAN)
// AddressSanitizer runs the same code 2-5 times slower (measured: 128 ms).
constexpr qint64 kStallBoundMs = 800;
constexpr qint64 kShortStallMs = 250;
constexpr qint64 kFreezeBoundMs = 3000;
#else
constexpr qint64 kStallBoundMs = 400;
constexpr qint64 kShortStallMs = 50;
// The whole gap, with the time the thread waited for a CPU: that depends on the machine's load
// (CI and this shared 2-core machine run other work), so only a freeze is a failure.
constexpr qint64 kFreezeBoundMs = 1000;
#endif
constexpr int kShortStallsAllowed = 2;

// How long this thread has waited for a CPU while runnable, in ms (the kernel's schedstat); 0 where
// the kernel does not say.
qint64 runQueueWaitMs()
{
    QFile schedstat(QStringLiteral("/proc/thread-self/schedstat"));
    if (!schedstat.open(QIODevice::ReadOnly))
        return 0;
    return schedstat.readAll().split(' ').value(1).toLongLong() / 1000000;
}

// This thread's time on a CPU, in ms: what of a stall was work rather than waiting (a lock, I/O).
qint64 threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

// The GUI thread's responsiveness: a timer that should tick every 10 ms, and the longest it had to
// wait for its turn. Anything the thread does or waits for (a model reset, a query, a parse, a
// lock) shows as a gap; `stall` leaves out the time it was runnable but got no CPU.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastWait = runQueueWaitMs();
        m_lastCpu = threadCpuMs();
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    qint64 longestGapMs() const { return m_longestGap; }
    qint64 longestStallMs() const { return m_longestStall; }
    qint64 longestStallAtMs() const { return m_longestStallAt; }   // when it ended, from start()
    qint64 longestStallCpuMs() const { return m_longestStallCpu; }   // of it, running on a CPU
    int stallsOver(qint64 ms) const
    {
        return int(std::count_if(m_stalls.cbegin(), m_stalls.cend(), [ms](qint64 stall) { return stall > ms; }));
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 wait = runQueueWaitMs();
        const qint64 gap = now - m_last;
        const qint64 stall = qMax<qint64>(0, gap - (wait - m_lastWait));
        const qint64 cpu = threadCpuMs();
        const qint64 cpuSpent = cpu - m_lastCpu;
        m_last = now;
        m_lastWait = wait;
        m_lastCpu = cpu;
        m_longestGap = qMax(m_longestGap, gap);
        if (stall > 20)
            m_stalls.append(stall);
        if (stall > m_longestStall) {
            m_longestStall = stall;
            m_longestStallAt = now;
            m_longestStallCpu = cpuSpent;
        }
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastWait = 0;
    qint64 m_longestGap = 0;
    qint64 m_longestStall = 0;
    qint64 m_longestStallAt = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestStallCpu = 0;
    QList<qint64> m_stalls;
};

// The 200 feeds' servers, answering on a thread of their own: writing endless bodies, dripping
// bytes and sending 20,000 header lines is the network's work, not the app's.
class ServerThread
{
public:
    ServerThread()
    {
        m_thread.start();
        m_context.moveToThread(&m_thread);
        QMetaObject::invokeMethod(&m_context, [this] { m_feeds = std::make_unique<FaultyFeeds>(); },
                                  Qt::BlockingQueuedConnection);
    }
    ~ServerThread()
    {
        QThread *home = QThread::currentThread();
        QMetaObject::invokeMethod(&m_context, [this, home] {
            m_feeds.reset();
            m_context.moveToThread(home);
        }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    const FaultyFeeds &feeds() const { return *m_feeds; }

private:
    QThread m_thread;
    QObject m_context;
    std::unique_ptr<FaultyFeeds> m_feeds;
};

// The process' peak resident memory so far (VmHWM), in KiB.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QString plainText(const QString &richText)
{
    QTextDocument document;
    document.setHtml(richText);
    return document.toPlainText();
}

} // namespace

class TstAppFaults : public QObject
{
    Q_OBJECT

private slots:
    void stallMeterSeesABlockedGuiThread();
    void aThirdMisbehavingWhileTheUserReads();

private:
    // One gesture of a person using the window while it refreshes, checked to take effect.
    void moveDownTheSubscriptions(MainWindow &window);
    void openTheNextItem(MainWindow &window);
    void filterTheSubscriptions(MainWindow &window, int badFeeds);
    static int feedRowsShown(MainWindow &window);
};

// The meter can fail: a block of the GUI thread just past the bound (500 ms in Debug) is seen as such.
void TstAppFaults::stallMeterSeesABlockedGuiThread()
{
    const qint64 blockMs = kStallBoundMs + 100;
    StallMeter meter;
    meter.start();
    QTest::qWait(100);
    QThread::msleep(blockMs);
    QTest::qWait(100);
    meter.stop();
    qInfo("blocked %lld ms: longest stall %lld ms, gap %lld ms", blockMs, meter.longestStallMs(), meter.longestGapMs());
    QVERIFY2(meter.longestStallMs() >= blockMs - 10, qPrintable(QString::number(meter.longestStallMs())));
    QVERIFY(meter.longestStallMs() > kStallBoundMs);
}

int TstAppFaults::feedRowsShown(MainWindow &window)
{
    const QAbstractItemModel *shown = window.findChild<QTreeView *>(QStringLiteral("subscriptionsView"))->model();
    int rows = 0;
    for (int row = 0; row < shown->rowCount(); ++row)
        rows += shown->index(row, 0).data(SubscriptionModel::NodeKindRole).toInt() == int(NodeKind::Feed);
    return rows;
}

void TstAppFaults::moveDownTheSubscriptions(MainWindow &window)
{
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("subscriptionsView"));
    tree->setFocus(Qt::OtherFocusReason);
    const QModelIndex before = tree->currentIndex();
    QTest::keyClick(tree, before.row() + 1 < tree->model()->rowCount() ? Qt::Key_Down : Qt::Key_Home);
    const QModelIndex now = tree->currentIndex();
    QVERIFY(now != before);
    // The list shows that subscription's items, and only them.
    const ItemFilter wanted = now.data(SubscriptionModel::FilterRole).value<ItemFilter>();
    QTRY_COMPARE(window.itemModel()->filter().feedIds, wanted.feedIds);
    const qint64 feedId = now.data(SubscriptionModel::FeedIdRole).toLongLong();
    for (int row = 0; feedId > 0 && row < window.itemModel()->rowCount(); ++row)
        QCOMPARE(window.itemModel()->index(row, 0).data(ItemListModel::FeedIdRole).toLongLong(), feedId);
}

void TstAppFaults::openTheNextItem(MainWindow &window)
{
    auto *list = window.findChild<QTreeView *>(QStringLiteral("itemsView"));
    list->setFocus(Qt::OtherFocusReason);
    const qint64 before = window.currentItemId();
    const int rows = window.itemModel()->rowCount();
    const int beforeRow = window.itemModel()->rowOf(before);
    if (rows == 0 || beforeRow == rows - 1)
        return;   // nothing (more) to open in this subscription yet
    QTest::keyClick(list, Qt::Key_J);
    QTRY_VERIFY(window.currentItemId() != before);
    QCOMPARE(window.itemModel()->rowOf(window.currentItemId()), beforeRow + 1);
}

void TstAppFaults::filterTheSubscriptions(MainWindow &window, int badFeeds)
{
    // The bad feeds keep their addresses (…/feed.xml) as titles; the good ones are "/good/N.xml"
    // until fetched and "Good N" after: so the filter shows exactly the bad ones, at any moment.
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("feedFilter"));
    filter->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(filter, QStringLiteral("feed.xml"));
    QTRY_COMPARE(feedRowsShown(window), badFeeds);
    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QTRY_COMPARE(feedRowsShown(window), FaultyFeeds::kFeeds);
}

void TstAppFaults::aThirdMisbehavingWhileTheUserReads()
{
    QTemporaryDir dir;
    Store store;
    QCOMPARE(store.open(dir.path()), QString());
    ServerThread servers;
    const FaultyFeeds &feeds = servers.feeds();
    QList<qint64> ids;
    for (const QString &url : feeds.urls()) {
        ids.append(addFeed(store, url));
        QVERIFY(ids.last() > 0);
    }

    MainWindow window(store, dir.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(1000);   // WebEngine's start is the app's launch, not the refresh
    const qint64 peakBeforeKiB = peakKiB();

    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    window.action(QStringLiteral("refreshAllAction"))->trigger();
    QVERIFY(window.refreshService().isRunning());
    // The per-request deadline ends any request, however it misbehaves; storing the rest follows.
    const qint64 deadlineMs = FetchLimits{}.deadlineMs + 15000;
    int gestures = 0;
    while (window.refreshService().isRunning() && clock.elapsed() < deadlineMs) {
        switch (gestures++ % 4) {
        case 0: moveDownTheSubscriptions(window); break;
        case 1: openTheNextItem(window); break;
        case 2: moveDownTheSubscriptions(window); break;
        default: filterTheSubscriptions(window, feeds.badCount()); break;
        }
        if (QTest::currentTestFailed())
            return;
        QTest::qWait(100);
    }
    const qint64 refreshMs = clock.elapsed();
    QVERIFY2(!window.refreshService().isRunning(), qPrintable(QString::number(refreshMs)));

    // The status bar says it is done, with every good item new and the bad feeds counted.
    auto *status = window.findChild<RefreshStatus *>();
    const QLabel *label = status->findChild<QLabel *>();
    QTRY_VERIFY(label->text().startsWith(QLatin1String("Last refresh")));
    QVERIFY2(label->text().endsWith(QStringLiteral(", %1 new item(s)").arg(feeds.goodCount() * FaultyFeeds::kItems)),
             qPrintable(label->text()));
    QVERIFY(!status->findChild<QProgressBar *>()->isVisible());
    const QList<QToolButton *> buttons = status->findChildren<QToolButton *>();
    QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [&](const QToolButton *button) {
        return button->isVisible() && button->text() == QStringLiteral("%1 failing feed(s)").arg(feeds.badCount());
    }));
    QTest::qWait(300);   // what the window does right after the refresh counts too
    meter.stop();
    const qint64 peakAfterKiB = peakKiB();
    qInfo("200 feeds, %d misbehaving: refresh %lld ms, %d gestures; GUI thread: longest stall %lld ms (at %lld ms), "
          "%lld ms of it on a CPU; %d > 50 ms, %d > 100 ms; longest gap with the waits for a CPU %lld ms; "
          "VmHWM %lld KiB before, %lld KiB after",
          feeds.badCount(), refreshMs, gestures, meter.longestStallMs(), meter.longestStallAtMs(),
          meter.longestStallCpuMs(), meter.stallsOver(50),
          meter.stallsOver(100), meter.longestGapMs(), peakBeforeKiB, peakAfterKiB);

    // Every good feed's items in the list, every bad feed with its badge and a reason.
    const SubscriptionModel &model = *window.subscriptionModel();
    const QIcon goodIcon = model.feedIndex(ids.first()).data(Qt::DecorationRole).value<QIcon>();
    const QImage goodLooks = goodIcon.pixmap(16, 16).toImage();
    QHash<qint64, FeedRow> rows;
    for (const FeedRow &row : store.feeds().rows)
        rows.insert(row.id, row);
    for (int n = 0; n < FaultyFeeds::kFeeds; ++n) {
        const QModelIndex feed = model.feedIndex(ids[n]);
        const QString where = feeds.urls()[n];
        if (!FaultyFeeds::isBad(n)) {
            QCOMPARE(feed.data(SubscriptionModel::FeedStatusRole).toInt(), int(FeedStatus::Ok));
            QCOMPARE(feed.data().toString(), FaultyFeeds::goodTitle(n));
            window.selectSubscription(feed);
            QTRY_COMPARE(window.itemModel()->rowCount(), FaultyFeeds::kItems);
            continue;
        }
        QVERIFY2(feed.data(SubscriptionModel::FeedStatusRole).toInt() == int(FeedStatus::Failing), qPrintable(where));
        const QString error = rows.value(ids[n]).lastError;
        QVERIFY2(!error.isEmpty(), qPrintable(where));
        const QString tip = plainText(feed.data(Qt::ToolTipRole).toString());
        QVERIFY2(tip.contains(error) && tip.contains(QLatin1String("Fetching failed")), qPrintable(where + u' ' + tip));
        const QImage looks = feed.data(Qt::DecorationRole).value<QIcon>().pixmap(16, 16).toImage();
        QVERIFY2(looks != goodLooks, qPrintable(where));   // the warning badge
    }

    // Figures (docs/reliability.md "Network faults"): the refresh ends with the 30 s stall limit of
    // the silent servers (32-33 s), the GUI thread never stalls for long, and the peak grows by what
    // the CLI's refresh needs: the fetcher's 96 MiB download budget plus Qt's inflate buffers of
    // the bombs (about 10 MiB each); measured 108-121 MiB over a window with WebEngine at 128-135 MiB.
    QVERIFY2(refreshMs < deadlineMs, qPrintable(QString::number(refreshMs)));
    QVERIFY2(meter.longestStallMs() < kStallBoundMs, qPrintable(QString::number(meter.longestStallMs())));
    QVERIFY2(meter.longestGapMs() < kFreezeBoundMs, qPrintable(QString::number(meter.longestGapMs())));
    QVERIFY2(meter.stallsOver(kShortStallMs) <= kShortStallsAllowed, qPrintable(QString::number(meter.stallsOver(kShortStallMs))));
#if defined(__SANITIZE_ADDRESS__) || defined(TIDINGS_TEST_ASAN)
    const qint64 growthBoundKiB = 512 * 1024;   // freed memory waits in ASan's quarantine: 325 MiB measured
#else
    const qint64 growthBoundKiB = 160 * 1024;
#endif
    QVERIFY2(peakAfterKiB - peakBeforeKiB < growthBoundKiB, qPrintable(QString::number(peakAfterKiB - peakBeforeKiB)));
}

int main(int argc, char **argv)
{
    registerArticleScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TstAppFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appfaults.moc"
