#pragma once

// What the tray and the notifications do for the main window: the tray icon while the preference
// asks for it and the desktop has a tray; closing, minimizing and starting to the tray; the
// unread count on the icon; and after a refresh that brought new items, one grouped notification
// whose click brings the window up on those items (and on those of the notifications it replaced
// while the reader was away).
//
// Without a system tray (QSystemTrayIcon::isSystemTrayAvailable() false, always so offscreen) there
// is no icon, and closing the window closes it as usual. Notifications go through the desktop's
// notification server and need no tray (desktopnotifier.h).

#include "app/tray/newitemscollector.h"

#include "core/service/refreshservice.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace tidings {
class Store;
}

namespace tidings::app {

class AppSettings;
class DesktopNotifier;
class MainWindow;
class TrayIcon;

class TrayController : public QObject
{
    Q_OBJECT

public:
    TrayController(Store &store, AppSettings &settings, MainWindow &window, RefreshService &refresh);
    ~TrayController() override;

    // Shows or hides the icon after Preferences changed.
    void applySettings();
    // main(): shows the window, or not (in the tray) or minimized, as "start minimized" says.
    void showAtStart();

    bool trayShown() const;
    TrayIcon *trayIcon() const { return m_tray.get(); }   // null while there is none
    DesktopNotifier &notifier() const { return *m_notifier; }

    void showWindow();     // shown, raised and activated
    void toggleWindow();   // a click on the icon
    // A click on the notification: the window on exactly the items it announced, newest first
    // (MainWindow::showNewItems). Past kMaxItemsListed (the first refresh after importing a
    // thousand feeds brings about everything they have) it falls back to the feed when they are
    // all from one, else the Unread entry, where they all are: a list of that many ids would be
    // formatted into the statement of every page the list reads, to show what Unread shows.
    void openOnAnnounced();
    static constexpr int kMaxItemsListed = 10000;

signals:
    // After each refresh: what was announced (items == 0: nothing, for whatever reason).
    void announced(const tidings::app::NotificationText &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onRefreshFinished(const RefreshSummary &summary);
    void forgetUnseen() { m_unseen.clear(); }
    void updateUnread();

    Store &m_store;
    AppSettings &m_settings;
    MainWindow &m_window;
    NewItemsCollector m_collector;
    std::unique_ptr<TrayIcon> m_tray;
    DesktopNotifier *m_notifier;
    // The feeds and items of the notification on screen. Each notification replaces the one
    // before (desktopnotifier.h), so a click is always on the last one shown.
    QList<qint64> m_announcedFeeds;
    QList<qint64> m_announcedItems;
    // What the notification on screen announced while the reader has not seen it: not clicked, not
    // dismissed, the app not brought to the front since. The next notification replaces it, so it
    // announces these too ("5 new items" after 3 and 2), and its click lists them all.
    QList<NewItemsInFeed> m_unseen;
    QTimer m_unreadTimer;             // one icon update for a burst of count changes
};

} // namespace tidings::app
