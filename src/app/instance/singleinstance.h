#pragma once

// One window per profile. The first launch for a profile listens on a local socket named after the
// user and the canonical profile folder; a later launch for the same profile connects, hands its
// request over (handoffmessage.h) and exits, so `tidings feed:…` from a browser lands in the
// window that is already open. `--profile` elsewhere is another name: both run side by side.
//
// Who becomes the listener is decided under a lock file beside the socket, so two launches at the
// same moment cannot both remove and re-create it. A socket left by a crash (nobody answers) is
// removed and taken over.

#include "app/instance/handoffmessage.h"

#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace tidings::app {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,     // listening: this process runs the window
        HandedOff,   // another instance took the request: exit 0
        NoAnswer,    // another instance is there but did not take it: exit with an error
        Alone,       // the socket could not be created: run anyway, without hand-off
    };

    // The socket name for a profile folder (canonical path) and the current user.
    static QString serverNameFor(const QString &canonicalProfileDir);

    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Becomes the listener, or hands `handoff` to the one there is. Blocks for at most a few
    // seconds (before the event loop runs: nothing else is waiting).
    Role start(const Handoff &handoff);
    QString errorString() const { return m_error; }
    QString serverName() const { return m_serverName; }

signals:
    // A later launch's request, read and checked. Emitted from the event loop.
    void handoffReceived(const tidings::app::Handoff &handoff);

private:
    Role sendTo(QLocalSocket &socket, const Handoff &handoff);
    void accept();

    QString m_serverName;
    QString m_error;
    QLocalServer *m_server = nullptr;
    int m_connections = 0;
};

} // namespace tidings::app
