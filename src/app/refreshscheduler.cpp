#include "app/refreshscheduler.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace tidings::app {

RefreshScheduler::RefreshScheduler(QObject *parent, Clock clock, Random random)
    : QObject(parent)
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); }))
    , m_random(random ? std::move(random) : Random([](int low, int high) {
          return int(QRandomGenerator::global()->bounded(qint64(low), qint64(high) + 1));
      }))
{
    m_periodic.setObjectName(QStringLiteral("automaticRefresh"));
    m_catchUp.setObjectName(QStringLiteral("automaticRefreshCatchUp"));
    m_catchUp.setSingleShot(true);
    connect(&m_periodic, &QTimer::timeout, this, &RefreshScheduler::periodicTick);
    connect(&m_catchUp, &QTimer::timeout, this, &RefreshScheduler::catchUp);
}

RefreshScheduler::State RefreshScheduler::state() const
{
    if (m_intervalMinutes <= 0)
        return State::Manual;
    if (m_paused)
        return State::Paused;
    if (!m_online)
        return State::Offline;
    return State::Running;
}

std::chrono::milliseconds RefreshScheduler::period() const
{
    // Checking a few times per interval lets a feed with a shorter interval of its own come round.
    return std::chrono::minutes(qBound(1, m_intervalMinutes / 4, 5));
}

void RefreshScheduler::setIntervalMinutes(int minutes)
{
    const State before = state();
    m_intervalMinutes = qMax(0, minutes);
    m_periodic.stop();   // re-armed with the new period
    apply(before);
}

void RefreshScheduler::setPaused(bool paused)
{
    const State before = state();
    m_paused = paused;
    apply(before);
}

void RefreshScheduler::setOnline(bool online)
{
    const State before = state();
    m_online = online;
    apply(before);
}

void RefreshScheduler::apply(State before)
{
    const State now = state();
    if (now != State::Running) {
        m_periodic.stop();
        m_catchUp.stop();
    } else if (!m_periodic.isActive()) {
        m_lastTick = m_clock();
        m_periodic.start(period());
        // Back from a pause or from offline: what fell due meanwhile is fetched once, soon.
        if (before == State::Paused || before == State::Offline)
            scheduleCatchUp(m_policy.resumeDelayMs);
    }
    if (now != before)
        emit stateChanged(now);
}

void RefreshScheduler::periodicTick()
{
    const qint64 now = m_clock();
    const qint64 expected = m_lastTick + qint64(period().count());
    m_lastTick = now;
    if (state() != State::Running)
        return;
    // Later by the wall clock than a whole period (and two minutes) past due: the machine slept, or
    // the clock jumped forward. A clock set back (now before expected) is an ordinary check.
    const qint64 slack = qMax<qint64>(period().count(), 2 * 60 * 1000);
    if (now - expected > slack) {
        scheduleCatchUp(m_random(m_policy.wakeDelayMinMs, m_policy.wakeDelayMaxMs));
        return;
    }
    if (m_catchUp.isActive())
        return;   // a check is coming anyway
    emit dueCheckRequested(m_policy.batchSize);
}

void RefreshScheduler::catchUp()
{
    m_catchUp.stop();
    if (state() == State::Running)
        emit dueCheckRequested(m_policy.batchSize);
}

void RefreshScheduler::dueCheckFinished(int feeds)
{
    // A full batch means more may be waiting: the next batch follows, not a whole period later.
    if (feeds >= m_policy.batchSize && state() == State::Running)
        scheduleCatchUp(m_policy.batchGapMs);
}

void RefreshScheduler::scheduleCatchUp(int delayMs)
{
    // Two reasons at once (a wake and the network coming back) make one check, at the later time.
    if (m_catchUp.isActive() && m_catchUp.remainingTime() >= delayMs)
        return;
    m_catchUp.start(delayMs);
}

} // namespace tidings::app
