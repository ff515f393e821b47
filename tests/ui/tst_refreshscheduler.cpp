// The automatic-refresh policy (refreshscheduler.h) with a fake wall clock and a fake random
// source: the test is the timer, calling periodicTick()/catchUp() at the times it chooses, and
// reads what the scheduler asked for and what it armed. No network: the scheduler is pure policy.

#include "app/refreshscheduler.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tidings::app;
using State = RefreshScheduler::State;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kStart = 1'750'000'000'000;   // some afternoon in 2025

} // namespace

class TstRefreshScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void regularChecksAskForABatch();
    void noIntervalMeansNoTimers();
    void wakeIsStaggered();
    void clockSetBackIsAnOrdinaryCheck();
    void fullBatchIsFollowedByTheNext();
    void pauseStopsAndResumeChecksOnce();
    void offlineStopsAndOnlineChecksOnce();
    void wakeAndOnlineTogetherMakeOneCheck();

private:
    std::unique_ptr<RefreshScheduler> make(int intervalMinutes = 60);

    qint64 m_now = kStart;
    QList<QPair<int, int>> m_randomAsked;   // the ranges the scheduler drew from
    int m_randomAnswer = 42'000;
};

void TstRefreshScheduler::init()
{
    m_now = kStart;
    m_randomAsked.clear();
    m_randomAnswer = 42'000;
}

std::unique_ptr<RefreshScheduler> TstRefreshScheduler::make(int intervalMinutes)
{
    auto scheduler = std::make_unique<RefreshScheduler>(
        nullptr, [this] { return m_now; },
        [this](int low, int high) {
            m_randomAsked.append({low, high});
            return m_randomAnswer;
        });
    scheduler->setIntervalMinutes(intervalMinutes);
    return scheduler;
}

void TstRefreshScheduler::regularChecksAskForABatch()
{
    auto scheduler = make(60);
    QCOMPARE(scheduler->state(), State::Running);
    QVERIFY(scheduler->periodicTimer().isActive());
    QCOMPARE(scheduler->periodicTimer().interval(), int(5 * kMinute));   // a quarter, at most 5 min
    QSignalSpy asked(scheduler.get(), &RefreshScheduler::dueCheckRequested);
    for (int i = 1; i <= 3; ++i) {
        m_now += 5 * kMinute + 800;   // timers are a little late; that is no wake
        scheduler->periodicTick();
        QCOMPARE(asked.size(), i);
        QCOMPARE(asked.last().first().toInt(), scheduler->policy().batchSize);
    }
    QVERIFY(!scheduler->catchUpTimer().isActive());
    QVERIFY(m_randomAsked.isEmpty());

    auto shortInterval = make(4);
    QCOMPARE(shortInterval->periodicTimer().interval(), int(kMinute));   // at least a minute
}

void TstRefreshScheduler::noIntervalMeansNoTimers()
{
    auto scheduler = make(0);
    QCOMPARE(scheduler->state(), State::Manual);
    QVERIFY(!scheduler->periodicTimer().isActive());
    QSignalSpy asked(scheduler.get(), &RefreshScheduler::dueCheckRequested);
    scheduler->periodicTick();
    scheduler->catchUp();
    QCOMPARE(asked.size(), 0);
}

void TstRefreshScheduler::wakeIsStaggered()
{
    auto scheduler = make(60);
    QSignalSpy asked(scheduler.get(), &RefreshScheduler::dueCheckRequested);
    // Eight hours asleep: the monotonic timer fires once, the wall clock says 8 h went by.
    m_now += 8 * 60 * kMinute;
    scheduler->periodicTick();
    QCOMPARE(asked.size(), 0);   // not now: the network is still coming up
    QCOMPARE(m_randomAsked, (QList<QPair<int, int>>{{10'000, 60'000}}));
    QVERIFY(scheduler->catchUpTimer().isActive());
    QCOMPARE(scheduler->catchUpTimer().interval(), m_randomAnswer);
    // The ordinary tick before the delayed check adds nothing.
    m_now += 5 * kMinute;
    scheduler->periodicTick();
    QCOMPARE(asked.size(), 0);
    m_now += 42'000;
    scheduler->catchUp();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toInt(), scheduler->policy().batchSize);

    // Just over the slack is a wake; just under is not.
    auto edge = make(60);
    QSignalSpy edgeAsked(edge.get(), &RefreshScheduler::dueCheckRequested);
    m_now += 5 * kMinute + 5 * kMinute - 1000;
    edge->periodicTick();
    QCOMPARE(edgeAsked.size(), 1);
    m_now += 5 * kMinute + 5 * kMinute + 1000;
    edge->periodicTick();
    QCOMPARE(edgeAsked.size(), 1);
    QVERIFY(edge->catchUpTimer().isActive());
}

void TstRefreshScheduler::clockSetBackIsAnOrdinaryCheck()
{
    auto scheduler = make(60);
    QSignalSpy asked(scheduler.get(), &RefreshScheduler::dueCheckRequested);
    m_now -= 3 * 60 * kMinute;   // the user corrected the clock
    scheduler->periodicTick();
    QCOMPARE(asked.size(), 1);
    QVERIFY(!scheduler->catchUpTimer().isActive());
}

void TstRefreshScheduler::fullBatchIsFollowedByTheNext()
{
    auto scheduler = make(60);
    const RefreshScheduler::Policy policy = scheduler->policy();
    scheduler->dueCheckFinished(3);
    QVERIFY(!scheduler->catchUpTimer().isActive());   // all that was due fitted
    scheduler->dueCheckFinished(policy.batchSize);
    QVERIFY(scheduler->catchUpTimer().isActive());
    QCOMPARE(scheduler->catchUpTimer().interval(), policy.batchGapMs);
    QSignalSpy asked(scheduler.get(), &RefreshScheduler::dueCheckRequested);
    scheduler->catchUp();
    QCOMPARE(asked.size(), 1);
    QVERIFY(!scheduler->catchUpTimer().isActive());
    // Paused in between: no next batch.
    scheduler->setPaused(true);
    scheduler->dueCheckFinished(policy.batchSize);
    QVERIFY(!scheduler->catchUpTimer().isActive());
}

void TstRefreshScheduler::pauseStopsAndResumeChecksOnce()
{
    auto scheduler = make(60);
    QSignalSpy states(scheduler.get(), &RefreshScheduler::stateChanged);
    QSignalSpy asked(scheduler.get(), &RefreshScheduler::dueCheckRequested);
    scheduler->setPaused(true);
    QCOMPARE(scheduler->state(), State::Paused);
    QCOMPARE(states.size(), 1);
    QVERIFY(!scheduler->periodicTimer().isActive());
    QVERIFY(!scheduler->catchUpTimer().isActive());
    m_now += 3 * 60 * kMinute;
    scheduler->periodicTick();   // a tick already queued when pausing
    scheduler->catchUp();
    QCOMPARE(asked.size(), 0);

    scheduler->setPaused(false);
    QCOMPARE(scheduler->state(), State::Running);
    QCOMPARE(states.size(), 2);
    QVERIFY(scheduler->periodicTimer().isActive());
    QVERIFY(scheduler->catchUpTimer().isActive());
    QCOMPARE(scheduler->catchUpTimer().interval(), scheduler->policy().resumeDelayMs);
    // A pause is no sleep: the regular check after it is ordinary, no random delay.
    m_now += 5 * kMinute;
    scheduler->catchUp();
    QCOMPARE(asked.size(), 1);
    QVERIFY(m_randomAsked.isEmpty());
}

void TstRefreshScheduler::offlineStopsAndOnlineChecksOnce()
{
    auto scheduler = make(60);
    QSignalSpy asked(scheduler.get(), &RefreshScheduler::dueCheckRequested);
    scheduler->setOnline(false);
    QCOMPARE(scheduler->state(), State::Offline);
    QVERIFY(!scheduler->periodicTimer().isActive());
    scheduler->periodicTick();
    QCOMPARE(asked.size(), 0);
    // Paused and offline: the user's pause is what the status says.
    scheduler->setPaused(true);
    QCOMPARE(scheduler->state(), State::Paused);
    scheduler->setPaused(false);
    QCOMPARE(scheduler->state(), State::Offline);
    QVERIFY(!scheduler->catchUpTimer().isActive());

    scheduler->setOnline(true);
    QCOMPARE(scheduler->state(), State::Running);
    QVERIFY(scheduler->catchUpTimer().isActive());
    scheduler->catchUp();
    QCOMPARE(asked.size(), 1);
    // Told "online" again while online: nothing new.
    scheduler->setOnline(true);
    QVERIFY(!scheduler->catchUpTimer().isActive());
}

void TstRefreshScheduler::wakeAndOnlineTogetherMakeOneCheck()
{
    auto scheduler = make(60);
    QSignalSpy asked(scheduler.get(), &RefreshScheduler::dueCheckRequested);
    // The lid opens: the network is down first, then comes back, then the late tick arrives.
    scheduler->setOnline(false);
    m_now += 10 * 60 * kMinute;
    scheduler->setOnline(true);   // re-arms the period from now, with a check in a few seconds
    QCOMPARE(scheduler->catchUpTimer().interval(), scheduler->policy().resumeDelayMs);
    // Asleep while online, then the tick finds the clock far ahead: the wake delay, being later,
    // replaces the short one; one check, not two.
    m_now += 9 * 60 * kMinute;
    scheduler->periodicTick();
    QCOMPARE(scheduler->catchUpTimer().interval(), m_randomAnswer);
    scheduler->catchUp();
    QCOMPARE(asked.size(), 1);
}

QTEST_GUILESS_MAIN(TstRefreshScheduler)
#include "tst_refreshscheduler.moc"
