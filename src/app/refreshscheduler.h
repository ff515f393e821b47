#pragma once

// When the app asks the core which feeds are due: the policy of automatic refreshing, without the
// network or the window, so a test drives it with a fake clock (tst_refreshscheduler).
//
// - A regular check a few times per refresh interval (each feed's own interval, TTL hints and
//   back-off decide in the core what is due; this only decides when to ask).
// - None while the user paused automatic refresh, or while the system says it is offline; one
//   check a few seconds after either ends.
// - After a sleep (a check arriving far later by the wall clock than it was due: QTimer runs on a
//   monotonic clock that stops while the machine sleeps) every feed is due at once. Asking for all
//   of them the moment the lid opens fetches hundreds while the Wi-Fi is still connecting: they all
//   fail, and each failure backs its feed off for longer. So a wake waits a random 10–60 s (the
//   network settles; machines waking together, as a fleet on a schedule does, do not hit the same
//   servers in the same second), and every check asks for at most a batch of feeds, the longest
//   overdue first; a full batch is followed by the next one shortly after it finished. In normal
//   running fewer than a batch are due per check, so the limit changes nothing there.

#include <QObject>
#include <QTimer>

#include <functional>

namespace tidings::app {

class RefreshScheduler : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;              // wall clock, ms since the epoch
    using Random = std::function<int(int low, int high)>;   // uniform in [low, high]

    struct Policy {
        int wakeDelayMinMs = 10'000;
        int wakeDelayMaxMs = 60'000;
        int resumeDelayMs = 3'000;   // after going online or unpausing: the network may still settle
        int batchSize = 25;
        int batchGapMs = 15'000;     // between a full batch finishing and the next one
    };

    enum class State {
        Manual,    // no refresh interval: only when asked
        Running,
        Paused,    // by the user
        Offline,   // by the system's network information
    };
    Q_ENUM(State)

    // Without a clock or random source: the real ones.
    explicit RefreshScheduler(QObject *parent = nullptr, Clock clock = {}, Random random = {});

    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }

    void setIntervalMinutes(int minutes);   // the user's refresh interval; 0: only when asked
    void setPaused(bool paused);
    void setOnline(bool online);
    bool isPaused() const { return m_paused; }
    bool isOnline() const { return m_online; }
    State state() const;

    // The window's report: the due check it was asked for refreshed `feeds` feeds.
    void dueCheckFinished(int feeds);

    // The regular check, and the one-shot check (after a wake, going online, or for the next batch).
    const QTimer &periodicTimer() const { return m_periodic; }
    const QTimer &catchUpTimer() const { return m_catchUp; }

    // What the timers call; public so a test can be the timer, with its clock at any time it likes.
    void periodicTick();
    void catchUp();

signals:
    // Ask the core for at most `maxFeeds` due feeds (RefreshOptions::dueOnly, maxFeeds).
    void dueCheckRequested(int maxFeeds);
    void stateChanged(tidings::app::RefreshScheduler::State state);

private:
    void apply(State before);
    void scheduleCatchUp(int delayMs);
    std::chrono::milliseconds period() const;

    Clock m_clock;
    Random m_random;
    Policy m_policy;
    QTimer m_periodic;
    QTimer m_catchUp;
    int m_intervalMinutes = 0;
    bool m_paused = false;
    bool m_online = true;
    qint64 m_lastTick = 0;   // wall-clock ms of the last regular check (or of arming the timer)
};

} // namespace tidings::app
