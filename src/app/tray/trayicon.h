#pragma once

// The icon in the system tray: the app icon with the unread count on it (when wanted) and in its
// tooltip, and its menu: Show/Hide, Refresh All, Mark All Read, Quit. A click toggles the window
// (the controller decides what that means). Only the icon and its menu live here.

#include <QIcon>
#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace tidings::app {

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    // The main window's own actions, so that their enabled state and keys stay one thing.
    struct WindowActions {
        QAction *refreshAll = nullptr;
        QAction *pauseRefresh = nullptr;   // checkable: the window's "Pause Automatic Refresh"
        QAction *markAllRead = nullptr;
    };

    TrayIcon(const QIcon &appIcon, const WindowActions &actions, QObject *parent = nullptr);
    ~TrayIcon() override;

    QSystemTrayIcon *systemTrayIcon() const { return m_tray.get(); }
    QMenu *menu() const { return m_menu.get(); }
    void setVisible(bool visible);
    bool isVisible() const;

    // The count drawn on the icon (when `onIcon`) and always said in the tooltip.
    void setUnreadCount(int unread, bool onIcon);
    int unreadCount() const { return m_unread; }
    // The Show/Hide entry names what it will do.
    void setWindowShown(bool shown);

signals:
    void toggleWindowRequested();
    void quitRequested();

private:
    void buildMenu(const WindowActions &actions);
    void addRefreshEntries(QMenu &menu, const WindowActions &actions);

    QIcon m_appIcon;
    std::unique_ptr<QMenu> m_menu;   // a tray menu has no parent widget
    std::unique_ptr<QSystemTrayIcon> m_tray;
    QAction *m_showHide = nullptr;
    int m_unread = -1;
    bool m_countOnIcon = true;
};

} // namespace tidings::app
