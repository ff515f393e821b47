#pragma once

#include "core/net/budgethold.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace tidings {

// The memory all downloads of one fetcher may hold at once: the bodies being received (their
// buffers, counted by capacity, after decompression) and the bodies handed on in results until
// their holds are released (RefreshService releases one when its parse job is done). The per-request
// cap (FetchLimits::maxBodyBytes) stops a single absurd body; this stops many large ones at once.
//
// A download asks before its buffer grows. When the growth does not fit, the download waits: it
// stops reading, Qt's bounded read buffer fills, and the server's socket stalls (back-pressure).
// It does not fail for that. The policy that keeps waiting from turning into a deadlock, decided
// on the owner's event loop whenever someone waits or bytes come back:
//  1. Waiters whose growth now fits go on, those holding least first (they are most likely normal
//     feeds, and finishing them frees connections).
//  2. While some download still waits, the running download holding the most gives way (fails as
//     too large) when it is itself waiting and either
//     a. another download waits too and it holds more than an equal share (limit / running), so
//        one greedy body, typically endless, cannot stall all the others; or
//     b. every running download waits and no handed-on body holds bytes: nothing could ever be
//        released, whatever the shares (a real deadlock).
//     A large body that is still receiving is never chosen, and small downloads waiting only for
//     handed-on bodies to be parsed wait for that rather than fail.
// A waiting download keeps its own deadline (FetchJob), so no download waits longer than that.
//
// Jobs call join/resize/leave on the owner's thread; holds may be released on any thread.
class DownloadBudget : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;

    explicit DownloadBudget(qint64 limitBytes = 96ll << 20, QObject *parent = nullptr);
    ~DownloadBudget() override;

    // A new limit applies to the next growth asked for; nothing held is taken away.
    void setLimit(qint64 bytes);
    qint64 limit() const;
    qint64 heldBytes() const;   // now: running downloads and handed-on bodies
    qint64 peakBytes() const;   // the most held at once since construction or resetPeak()
    void resetPeak();
    int runningCount() const { return int(m_entries.size()); }
    int waitingCount() const;

    // A download starts taking part. `resume` is called when a refused growth may now fit (ask
    // again); `giveWay` when the policy above chose it to fail. Both come from the event loop,
    // never from inside a call to this class.
    Ticket join(std::function<void()> resume, std::function<void()> giveWay);
    // Sets the bytes the download holds. Less is always granted; more only if it fits, else false
    // and the download waits for `resume` (or `giveWay`).
    bool resize(Ticket ticket, qint64 bytes);
    // The download ends; what it held stays counted by the returned hold (drop it to release).
    BudgetHold leave(Ticket ticket);

private:
    struct Entry {
        std::function<void()> resume;
        std::function<void()> giveWay;
        qint64 held = 0;
        qint64 wanted = 0;
        bool waiting = false;
        bool givingWay = false;
    };
    void resolve();

    std::shared_ptr<BudgetState> m_state;
    QHash<Ticket, Entry> m_entries;
    Ticket m_nextTicket = 1;
};

} // namespace tidings
