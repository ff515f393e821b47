#include "core/net/downloadbudget.h"

#include <QMutex>

#include <algorithm>

namespace tidings {

struct BudgetState {
    QMutex mutex;
    qint64 limit = 0;
    qint64 held = 0;       // running downloads plus handed-on holds
    qint64 handedOn = 0;   // the part of `held` in holds
    qint64 peak = 0;
    int waiting = 0;
    bool resolvePosted = false;
    std::function<void()> wake;   // posts resolve() to the owner; empty once the owner is gone

    // Caller holds the mutex.
    void postResolve()
    {
        if (wake && !resolvePosted) {
            resolvePosted = true;
            wake();
        }
    }
};

struct BudgetHold::Data {
    std::shared_ptr<BudgetState> state;
    qint64 bytes = 0;

    ~Data()
    {
        QMutexLocker lock(&state->mutex);
        state->held -= bytes;
        state->handedOn -= bytes;
        if (state->waiting > 0)
            state->postResolve();
    }
};

qint64 BudgetHold::bytes() const
{
    return d ? d->bytes : 0;
}

DownloadBudget::DownloadBudget(qint64 limitBytes, QObject *parent)
    : QObject(parent), m_state(std::make_shared<BudgetState>())
{
    m_state->limit = qMax<qint64>(0, limitBytes);
    // Queued with `this` as context: a wake posted from a parse thread after this budget is gone is
    // dropped with it (and the destructor clears `wake` first, under the mutex).
    m_state->wake = [this] { QMetaObject::invokeMethod(this, [this] { resolve(); }, Qt::QueuedConnection); };
}

DownloadBudget::~DownloadBudget()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->wake = nullptr;
}

void DownloadBudget::setLimit(qint64 bytes)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->limit = qMax<qint64>(0, bytes);
    m_state->postResolve();
}

qint64 DownloadBudget::limit() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->limit;
}

qint64 DownloadBudget::heldBytes() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->held;
}

qint64 DownloadBudget::peakBytes() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->peak;
}

void DownloadBudget::resetPeak()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->peak = m_state->held;
}

int DownloadBudget::waitingCount() const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->waiting;
}

DownloadBudget::Ticket DownloadBudget::join(std::function<void()> resume, std::function<void()> giveWay)
{
    const Ticket ticket = m_nextTicket++;
    Entry entry;
    entry.resume = std::move(resume);
    entry.giveWay = std::move(giveWay);
    m_entries.insert(ticket, std::move(entry));
    return ticket;
}

bool DownloadBudget::resize(Ticket ticket, qint64 bytes)
{
    const auto it = m_entries.find(ticket);
    if (it == m_entries.end())
        return false;
    QMutexLocker lock(&m_state->mutex);
    const qint64 growth = bytes - it->held;
    if (growth <= 0 || m_state->held + growth <= m_state->limit) {
        m_state->held += growth;
        m_state->peak = qMax(m_state->peak, m_state->held);
        it->held = bytes;
        if (it->waiting) {
            it->waiting = false;
            --m_state->waiting;
        }
        if (growth < 0 && m_state->waiting > 0)
            m_state->postResolve();
        return true;
    }
    it->wanted = bytes;
    if (!it->waiting) {
        it->waiting = true;
        ++m_state->waiting;
    }
    m_state->postResolve();
    return false;
}

BudgetHold DownloadBudget::leave(Ticket ticket)
{
    const auto it = m_entries.constFind(ticket);
    if (it == m_entries.constEnd())
        return {};
    BudgetHold hold;
    {
        QMutexLocker lock(&m_state->mutex);
        if (it->waiting)
            --m_state->waiting;
        m_state->handedOn += it->held;
        // Everything else that changes the picture for the waiters posts resolve(); a download that
        // leaves does too, since rule 2b may now apply to the others.
        if (m_state->waiting > 0)
            m_state->postResolve();
    }
    hold.d = std::make_shared<BudgetHold::Data>();
    hold.d->state = m_state;
    hold.d->bytes = it->held;
    m_entries.erase(it);
    return hold;
}

void DownloadBudget::resolve()
{
    QList<Ticket> resumed;
    Ticket loser = 0;
    {
        QMutexLocker lock(&m_state->mutex);
        m_state->resolvePosted = false;

        // 1. Waiters whose growth fits now, least held first.
        QList<Ticket> waiters;
        for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
            if (it->waiting)
                waiters.append(it.key());
        }
        std::sort(waiters.begin(), waiters.end(), [this](Ticket a, Ticket b) {
            const qint64 heldA = m_entries.value(a).held;
            const qint64 heldB = m_entries.value(b).held;
            return heldA != heldB ? heldA < heldB : a < b;
        });
        for (const Ticket ticket : waiters) {
            Entry &entry = m_entries[ticket];
            const qint64 growth = entry.wanted - entry.held;
            if (m_state->held + growth > m_state->limit)
                continue;
            // Granted here, so that a later waiter cannot take the same bytes before this one asks again.
            m_state->held += growth;
            m_state->peak = qMax(m_state->peak, m_state->held);
            entry.held = entry.wanted;
            entry.waiting = false;
            --m_state->waiting;
            resumed.append(ticket);
        }

        // 2. Someone still waits: does the largest give way?
        if (m_state->waiting > 0 && !m_entries.isEmpty()) {
            auto largest = m_entries.end();
            int running = 0;
            bool alreadyGivingWay = false;
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
                alreadyGivingWay = alreadyGivingWay || it->givingWay;
                if (it->givingWay)
                    continue;   // on its way out: its bytes come back when it leaves
                ++running;
                if (largest == m_entries.end() || it->held > largest->held
                    || (it->held == largest->held && it.key() < largest.key()))
                    largest = it;
            }
            if (!alreadyGivingWay && largest != m_entries.end() && largest->waiting) {
                const qint64 share = m_state->limit / qMax(1, running);
                const bool greedy = m_state->waiting >= 2 && largest->held > share;
                const bool deadlocked = m_state->waiting == running && m_state->handedOn == 0;
                if (greedy || deadlocked) {
                    largest->waiting = false;
                    largest->givingWay = true;
                    --m_state->waiting;
                    loser = largest.key();
                }
            }
        }
    }
    // Outside the lock and after the decision: each call may start, read or end downloads, which
    // calls back into this class.
    for (const Ticket ticket : resumed) {
        const auto it = m_entries.constFind(ticket);
        if (it != m_entries.constEnd() && it->resume)
            std::function<void()>(it->resume)();
    }
    if (loser) {
        const auto it = m_entries.constFind(loser);
        if (it != m_entries.constEnd() && it->giveWay)
            std::function<void()>(it->giveWay)();
    }
}

} // namespace tidings
