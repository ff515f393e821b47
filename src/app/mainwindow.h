#pragma once

// The three-pane window: subscriptions | item list | article. It wires models (which adapt Store
// values), the article view and the refresh service together and turns actions into store jobs;
// it runs no SQL and fetches nothing itself.

#include "app/appsettings.h"
#include "app/dialogs/preferencesdialog.h"
#include "app/shortcuts.h"

#include "core/service/refreshservice.h"
#include "core/store/store.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace tidings::app {

class ArticleView;
class ItemListModel;
struct LaunchRequest;
class RefreshScheduler;
class RefreshStatus;
class SubscriptionModel;
class TrayController;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store &store, const QString &profileDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For the UI tests, which drive the window the way a person does.
    SubscriptionModel *subscriptionModel() const { return m_subscriptions; }
    ItemListModel *itemModel() const { return m_items; }
    ArticleView *articleView() const;
    RefreshService &refreshService() { return m_refresh; }
    QAction *action(const QString &objectName) const;
    // The item shown in the article pane (0: none).
    qint64 currentItemId() const { return m_shownItem; }
    void selectSubscription(const QModelIndex &sourceIndex);
    // A click on the new-items notification: the list on exactly these items, newest first, under
    // the title "12 new items", with the newest shown and the keys going to the list. No subscription
    // is current meanwhile; choosing one (or a view) returns to the usual lists. Search and the
    // Unread/Starred buttons narrow the set like any list.
    void showNewItems(const QList<qint64> &itemIds);
    bool showsNewItems() const { return m_newItems.has_value(); }
    // What the automatic-refresh timer does: fetch the feeds that are due (at most `maxFeeds`, 0: all),
    // if no refresh runs. mainwindowscheduler.cpp.
    void refreshDue(int maxFeeds = 0);
    const QTimer &automaticRefreshTimer() const;
    RefreshScheduler &refreshScheduler() { return *m_scheduler; }

    // mainwindowhandoff.cpp: what a launch asked for (the command line, a second launch, a macOS
    // file-open event): Add Feed prefilled for each address, the OPML import for each file, one
    // after the other, never a dialog inside another.
    void handleLaunchRequest(const LaunchRequest &request);
    // Shown, unminimized, raised and activated. The token is the launching desktop's permission to
    // take the focus (Wayland's XDG_ACTIVATION_TOKEN).
    void bringToFront(const QString &activationToken = {});
    // The tray icon and new-item notifications (src/app/tray).
    TrayController &tray() const { return *m_tray; }
    void showAtStart();   // main(): shown, minimized or only in the tray, as the settings say

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void setUpViews();
    void restoreWindowState();
    void saveWindowState();
    void applyLayout(PaneLayout layout);

    void reloadSubscriptions();
    void onSubscriptionChanged();
    ItemFilter listFilter() const;   // what the list shows: the current subscription's, or the new items
    void onCurrentItemChanged(const QModelIndex &current);
    void showItem(const QModelIndex &index);
    void reloadItemsKeepingCurrent();
    QModelIndex nextFeedWithUnread(const QModelIndex &from) const;   // in the source model
    void markShownItemRead();
    void updateItemActions();

    void moveToRow(int row);
    int firstRowAfterChosen() const;
    void nextItem();
    void previousItem();
    bool selectNextUnreadInList();
    void nextUnread();
    void pageDown();
    void toggleRead();
    void toggleStar();
    void openInBrowser();
    void copyLink();
    QList<int> selectedRows() const;

    void refreshAll();
    void refreshSelected();
    void scheduleAutomaticRefresh();
    void setUpScheduler();
    void updateScheduleStatus();
    int defaultIntervalMinutes() const;
    void onFeedRefreshed(const FeedRefreshOutcome &outcome);
    void onRefreshFinished(const RefreshSummary &summary);
    void showFailingFeeds();

    void markSelectionRead();
    void markAllRead();
    // `what` names the feed, folder or view for the status message; empty for everything.
    void markRead(const ItemFilter &filter, const QString &what);
    void undoMarkRead();

    void addFeed(const QString &url = {});
    void feedsAdded(const QList<qint64> &added);   // reload, and fetch the new ones
    void processLaunchRequests();
    void importOpml();
    void exportOpml();
    void showSubscriptionMenu(const QPoint &position);
    void showItemMenu(const QPoint &position);
    void addMoveMenu(QMenu &menu, const QModelIndex &index);
    void renameSelected();
    void deleteSelected();
    void openSite();
    void copyFeedUrl();
    void showAbout();

    // mainwindowdialogs.cpp: the dialogs that change settings, and applying what they changed.
    void showFeedProperties();
    void showPreferences();
    void applyPreferences(PreferenceChanges changes, PaneLayout layoutBefore);
    bool loadImagesFor(qint64 feedId) const;   // the feed's own choice, else the preference
    void reshowItem();                         // the article again, after its options changed

    qint64 selectedFeedId() const;
    QModelIndex currentSubscription() const;   // in the source model
    void showMessage(const QString &text);
    void reportWrite(const WriteResult &result);
    // A store job's completion that runs only while this window exists: the app can quit (or a
    // test drop the window) while a job is queued, and the store outlives the window.
    Completion whileAlive(std::function<void(const WriteResult &)> handler);

    Store &m_store;
    AppSettings m_settings;
    std::unique_ptr<Ui::MainWindow> m_ui;
    SubscriptionModel *m_subscriptions;
    QSortFilterProxyModel *m_subscriptionFilter;
    ItemListModel *m_items;
    RefreshStatus *m_refreshStatus;
    RefreshService m_refresh;
    QList<ShortcutEntry> m_shortcuts;

    QHash<qint64, FeedRow> m_feeds;          // by id, for titles, addresses and per-feed options
    qint64 m_shownItem = 0;
    std::optional<QList<qint64>> m_newItems; // showNewItems(): the list's items while no subscription is current
    QTimer m_markReadTimer;
    QTimer m_countsTimer;                    // coalesces count updates while a refresh runs
    QTimer m_searchTimer;
    RefreshScheduler *m_scheduler = nullptr; // when to ask the core which feeds are due
    QLabel *m_scheduleStatus = nullptr;      // "Automatic refresh paused", "Offline"
    bool m_keepItemList = false;             // reloadSubscriptions() puts the tree's current entry back
    bool m_dueCheckRunning = false;          // the refresh running is the scheduler's due check
    std::optional<ItemSelection> m_lastMarkedRead;   // what the last "mark … read" changed, for undo
    int m_marksInFlight = 0;                 // "mark … read" jobs queued; undo waits for the last one
    bool m_undoAfterMarks = false;
    QHash<qint64, QString> m_failing;        // feed id → why, from the last refresh
    TrayController *m_tray = nullptr;
    QStringList m_launchUrls;                // handed over, waiting for their Add Feed dialog
    QStringList m_launchFiles;               // handed over, waiting to be imported
    QPointer<QDialog> m_launchDialog;        // the hand-off dialog open now
};

} // namespace tidings::app
