#pragma once

// The one message a second launch sends to the running instance, and its reader. Tiny on purpose:
//
//   "TIDINGS-HANDOFF 1 <n>\n"   ASCII header: magic, protocol version, payload length in bytes
//   <n bytes of JSON>           {"args": ["https://…", "/abs/file.opml"], "token": "…"}
//
// answered by "OK\n". The peer is another process of the same user, but the socket is still input:
// the header is capped, the payload is capped, every argument goes through the LaunchRequest parser
// again (relative paths refused: the sender resolves them) and the activation token must be short
// printable ASCII. A later version bumps the number; this reader refuses any other.

#include "app/instance/launchrequest.h"

#include <QByteArray>
#include <QString>

namespace tidings::app {

inline constexpr int kHandoffVersion = 1;
inline constexpr int kMaxHandoffHeader = 64;
inline constexpr int kMaxHandoffPayload = 64 * 1024;
inline constexpr int kMaxActivationToken = 256;

struct Handoff {
    LaunchRequest request;
    QString activationToken;   // XDG_ACTIVATION_TOKEN / DESKTOP_STARTUP_ID of the second launch
};

QByteArray encodeHandoff(const Handoff &handoff);

// Reads one message from bytes arriving in pieces.
class HandoffReader
{
public:
    enum class Status { NeedMore, Done, Invalid };

    Status feed(const QByteArray &bytes);
    Status status() const { return m_status; }
    const Handoff &handoff() const { return m_handoff; }   // when Done

private:
    Status fail();
    Status finish();

    QByteArray m_buffer;
    qsizetype m_payloadSize = -1;   // -1: header not read yet
    Status m_status = Status::NeedMore;
    Handoff m_handoff;
};

} // namespace tidings::app

Q_DECLARE_METATYPE(tidings::app::Handoff)
