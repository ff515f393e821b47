#include "app/instance/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QRegularExpression>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tidings::app {
namespace {

constexpr int kConnectTimeoutMs = 1000;
constexpr int kAnswerTimeoutMs = 5000;
constexpr int kPeerDeadlineMs = 3000;   // a connection that has not sent its message by then is dropped
constexpr int kMaxConnections = 8;      // at the same time; more are closed at once
const QByteArray kAnswer = QByteArrayLiteral("OK\n");

QString userName()
{
#ifdef Q_OS_UNIX
    // The uid: the environment's USER may be unset (services, su) or say anything.
    return QStringLiteral("u%1").arg(::getuid());
#else
    QString name = qEnvironmentVariable("USERNAME");
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]"));
    name.replace(unsafe, QStringLiteral("_"));
    return name.left(32);
#endif
}

QString lockPathFor(const QString &serverName)
{
    const QString base = QDir::isAbsolutePath(serverName) ? serverName : QDir::tempPath() + u'/' + serverName;
    return base + QStringLiteral(".lock");
}

} // namespace

QString SingleInstance::serverNameFor(const QString &canonicalProfileDir)
{
    QString profile = canonicalProfileDir;
#ifdef Q_OS_WIN
    profile = profile.toLower();   // one folder, however it was spelt
#endif
    const QByteArray hash = QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString name = QStringLiteral("tidings-%1-%2").arg(userName(), QString::fromLatin1(hash));
#ifdef Q_OS_UNIX
    // The per-user runtime folder (mode 0700) when there is one: nobody else can create the name
    // first there. Otherwise the temporary folder, with the user in the name.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QDir::isAbsolutePath(runtime) && QFileInfo(runtime).isDir()
        && runtime.size() < 60)   // a socket path must fit sockaddr_un (108 bytes)
        return runtime + u'/' + name;
#endif
    return name;
}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName)
{
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Role SingleInstance::start(const Handoff &handoff)
{
    QLockFile lock(lockPathFor(m_serverName));
    lock.setStaleLockTime(10000);
    // Without the lock (a folder we cannot write, a holder that hangs) the race is only less safe.
    const bool locked = lock.tryLock(kConnectTimeoutMs + kAnswerTimeoutMs);

    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (socket.waitForConnected(kConnectTimeoutMs))
        return sendTo(socket, handoff);

    // Nobody answers: no instance, or a socket left by one that crashed (kill -9, power loss).
    // With UserAccessOption Qt 6.4 on Unix binds in a private folder and renames over the old file,
    // which replaces a stale socket by itself (and would replace a live one too: hence the lock);
    // without it, and on Windows, the name must be freed first.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(kMaxConnections);
    if (!m_server->listen(m_serverName)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Role::Alone;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
    if (locked)
        lock.unlock();
    return Role::Primary;
}

SingleInstance::Role SingleInstance::sendTo(QLocalSocket &socket, const Handoff &handoff)
{
    socket.write(encodeHandoff(handoff));
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (answer.size() < kAnswer.size() && clock.elapsed() < kAnswerTimeoutMs) {
        if (!socket.waitForReadyRead(int(kAnswerTimeoutMs - clock.elapsed())))
            break;
        answer += socket.read(kAnswer.size() - answer.size());
    }
    if (answer == kAnswer)
        return Role::HandedOff;
    m_error = socket.errorString();
    return Role::NoAnswer;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        socket->setReadBufferSize(kMaxHandoffHeader + kMaxHandoffPayload + 1);
        auto *reader = new HandoffReader;
        connect(socket, &QObject::destroyed, this, [reader] { delete reader; });
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        deadline->start(kPeerDeadlineMs);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, reader, deadline] {
            if (reader->status() != HandoffReader::Status::NeedMore)
                return;
            const HandoffReader::Status status = reader->feed(socket->readAll());
            if (status == HandoffReader::Status::Invalid) {
                socket->abort();
                socket->deleteLater();
            } else if (status == HandoffReader::Status::Done) {
                deadline->stop();
                socket->write(kAnswer);
                socket->disconnectFromServer();   // after the answer is written
                emit handoffReceived(reader->handoff());
            }
        });
    }
}

} // namespace tidings::app
