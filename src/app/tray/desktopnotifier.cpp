#include "app/tray/desktopnotifier.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>

#if TIDINGS_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace tidings::app {
namespace {

#if TIDINGS_HAVE_DBUS
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
#endif

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
#if TIDINGS_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        m_busConnected = bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                                     SLOT(onActionInvoked(uint, QString)));
        bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                    SLOT(onNotificationClosed(uint, uint)));
    }
#endif
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray, nullptr, this, nullptr);
    m_tray = tray;
    if (m_tray) {
        // Qt's D-Bus tray emits messageClicked for every ActionInvoked on the bus, whoever's
        // notification it was: it counts only when our last notification went through the tray.
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_lastThroughTray)
                emit activated();
        });
    }
}

void DesktopNotifier::show(const NotificationText &text)
{
    if (text.isEmpty())
        return;
    if (m_busConnected)
        showThroughBus(text);
    else
        showThroughTray(text);
}

void DesktopNotifier::showThroughTray(const NotificationText &text)
{
    if (!m_tray || !m_tray->isVisible()) {
        emit sent(false);
        return;
    }
    m_lastThroughTray = true;
#ifdef Q_OS_LINUX
    m_tray->showMessage(text.summary, NotificationTexts::escapedForMarkup(text.body),
                        QSystemTrayIcon::Information);
#else
    m_tray->showMessage(text.summary, text.body, QSystemTrayIcon::Information);
#endif
    emit sent(true);
}

void DesktopNotifier::showThroughBus(const NotificationText &text)
{
#if TIDINGS_HAVE_DBUS
    // Asynchronous all the way: a notification server that is slow to start (bus activation) must
    // not stall the window. First what the server can do, then the notification.
    QDBusConnection bus = QDBusConnection::sessionBus();
    const QDBusMessage ask = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                            QStringLiteral("GetCapabilities"));
    auto *capabilities = new QDBusPendingCallWatcher(bus.asyncCall(ask, 5000), this);
    connect(capabilities, &QDBusPendingCallWatcher::finished, this, [this, text](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        QDBusPendingReply<QStringList> reply = *call;
        if (reply.isError()) {
            showThroughTray(text);
            return;
        }
        const QStringList caps = reply.value();
        // Servers that read markup show "&lt;" as "<"; the others show the plain text as it is.
        const QString body = caps.contains(QLatin1String("body-markup")) ? NotificationTexts::escapedForMarkup(text.body)
                                                                         : text.body;
        QStringList actions;
        if (caps.contains(QLatin1String("actions")))
            actions << QStringLiteral("default") << tr("Show");
        QVariantMap hints;
        hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
        QDBusMessage notify = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
        notify << QGuiApplication::applicationDisplayName() << m_lastId << QStringLiteral("org.tidings.Tidings")
               << text.summary << body << actions << hints << qint32(-1);
        auto *sending = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(notify, 5000), this);
        connect(sending, &QDBusPendingCallWatcher::finished, this, [this, text](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            QDBusPendingReply<uint> id = *call;
            if (id.isError()) {
                showThroughTray(text);
                return;
            }
            m_lastId = id.value();
            m_lastThroughTray = false;
            emit sent(true);
        });
    });
#else
    showThroughTray(text);
#endif
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // The signal goes to every client of the server: only a click on our own notification counts.
    if (id != 0 && id == m_lastId && action == QLatin1String("default"))
        emit activated();
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    // Reasons (the specification): 1 expired, 2 dismissed by the user, 3 closed by a call, 4 other.
    // An expired notification usually waits in the desktop's list of notifications: not seen yet.
    constexpr uint kDismissedByUser = 2;
    if (id != 0 && id == m_lastId && reason == kDismissedByUser)
        emit dismissed();
}

} // namespace tidings::app
