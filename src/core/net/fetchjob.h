#pragma once

#include "core/net/downloadbudget.h"
#include "core/net/fetchresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace tidings {

// One request and its response, with every guard a fetch in Tidings keeps: http(s) only, each
// redirect vetted (scheme, no downgrade, hop limit) and classified permanent or not, an overall
// deadline that a dripping server cannot defeat, a body cap checked against Content-Length and again
// while streaming, Qt's decompression-bomb check left on, conditional GET, and our User-Agent.
// With a budget, the body grows only as far as the budget allows; while it waits for room the job
// stops reading (Qt's read buffer is bounded, so the server's socket stalls), its deadline keeps
// running and its stall timer is paused: the wait is not the server's fault.
// Emits finished() exactly once, always after start() has returned.
class FetchJob : public QObject
{
    Q_OBJECT

public:
    // `budget` may be null (a single fetch: only the per-request cap applies); else it must outlive
    // the job's finished() or the job, whichever comes first.
    FetchJob(QNetworkAccessManager &manager, FetchRequest request, const FetchLimits &limits,
             DownloadBudget *budget, QObject *parent = nullptr);
    ~FetchJob() override;

    void start();
    void cancel();

signals:
    void finished(const tidings::FetchResult &result);

private:
    void send(const QUrl &url);
    bool followRedirect();
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void pump();
    bool pull();
    bool growBody(qint64 needed);
    void waitForBudget();
    void onBudgetResume();
    void restartStall();
    void finish();
    void stop(FetchOutcome outcome, const QString &message);
    void classify(FetchResult &result) const;
    void emitOnce(FetchResult result);

    QNetworkAccessManager &m_manager;
    const FetchRequest m_request;
    const FetchLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    DownloadBudget *const m_budget;
    DownloadBudget::Ticket m_ticket = 0;
    QTimer m_deadline;
    QTimer m_stall;                  // ours, not Qt's transfer timeout: it must pause while we wait
    QElapsedTimer m_clock;
    QElapsedTimer m_waitClock;
    qint64 m_waitedMs = 0;           // for the budget, over the whole request
    QByteArray m_body;               // its capacity is what the budget counts
    QByteArray m_pending;            // read from Qt, not yet in m_body (waits for room)
    qint64 m_received = 0;           // bytes of the current response, kept or not
    qint64 m_announced = -1;         // uncompressed 2xx Content-Length, else -1
    QUrl m_permanentUrl;
    int m_redirects = 0;
    bool m_allPermanent = true;
    bool m_stopped = false;          // we ended it; m_stopOutcome says why
    bool m_done = false;
    bool m_waiting = false;          // for the budget
    bool m_replyFinished = false;    // Qt finished; the rest may still sit in its buffer
    bool m_left = false;             // the budget is told
    FetchOutcome m_stopOutcome = FetchOutcome::Cancelled;
    QString m_stopMessage;
};

} // namespace tidings
