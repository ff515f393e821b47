#pragma once

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
// Emits finished() exactly once, always after start() has returned.
class FetchJob : public QObject
{
    Q_OBJECT

public:
    FetchJob(QNetworkAccessManager &manager, FetchRequest request, const FetchLimits &limits,
             QObject *parent = nullptr);
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
    void stop(FetchOutcome outcome, const QString &message);
    void classify(FetchResult &result) const;
    void emitOnce(FetchResult result);

    QNetworkAccessManager &m_manager;
    const FetchRequest m_request;
    const FetchLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QByteArray m_body;
    QUrl m_permanentUrl;
    int m_redirects = 0;
    bool m_allPermanent = true;
    bool m_stopped = false;          // we ended it; m_stopOutcome says why
    bool m_done = false;
    FetchOutcome m_stopOutcome = FetchOutcome::Cancelled;
    QString m_stopMessage;
};

} // namespace tidings
