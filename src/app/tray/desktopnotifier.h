#pragma once

// Shows a NotificationText on the desktop and says when the reader clicked it.
//
// On Linux (when Qt has D-Bus) it calls org.freedesktop.Notifications directly: that works with or
// without a tray, tells us whether the server interprets body markup (then the body is escaped,
// threats.md §5), lets the new notification replace the previous one, and reports clicks
// (ActionInvoked "default"). Elsewhere, or when no notification server answers, it falls back to
// the tray icon's showMessage() (Windows and macOS show that text as plain text; on Linux it may
// reach a markup-reading server through Qt, so it is escaped there too).

#include "app/tray/notificationtext.h"

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace tidings::app {

class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The fallback; may be null or hidden (then nothing is shown without a notification server).
    void setTrayIcon(QSystemTrayIcon *tray);
    void show(const NotificationText &text);

signals:
    void activated();        // the reader clicked the notification
    void dismissed();        // the reader closed it without a click (not: it expired)
    void sent(bool shown);   // for tests and the status bar: whether any way of showing it worked

private slots:
    // D-Bus signals of org.freedesktop.Notifications (connected by name: they need slot signatures).
    void onActionInvoked(uint id, const QString &action);
    void onNotificationClosed(uint id, uint reason);

private:
    void showThroughBus(const NotificationText &text);
    void showThroughTray(const NotificationText &text);

    QPointer<QSystemTrayIcon> m_tray;
    uint m_lastId = 0;       // the server's id of our last notification: replaced by the next one
    bool m_busConnected = false;
    bool m_lastThroughTray = false;   // the last one was shown by the tray icon (its clicks count)
};

} // namespace tidings::app
